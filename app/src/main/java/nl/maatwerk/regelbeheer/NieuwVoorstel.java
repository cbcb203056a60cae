package nl.maatwerk.regelbeheer;

import java.util.List;

/** What a beheerder proposes: why, and one or more values. */
@org.springframework.modulith.NamedInterface("intern")
public record NieuwVoorstel(String reden, List<Regelwaarde> waarden) {

    public NieuwVoorstel {
        waarden = waarden == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(waarden));
    }
}

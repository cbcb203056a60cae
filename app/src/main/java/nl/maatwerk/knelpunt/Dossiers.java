package nl.maatwerk.knelpunt;

import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.besluit.Afwijkingscijfers;

/** The subjects a dossier can be about: each rule of the register of departures, and each procedure or system. */
@org.springframework.modulith.NamedInterface("intern")
public final class Dossiers {

    /** A dossier's subject: its code (in addresses and the database), its name, and the rule id and law when it is a rule. */
    public record Onderwerp(String code, String naam, String regel, String wet) {

        public boolean isRegel() {
            return regel != null;
        }
    }

    private Dossiers() {
    }

    static List<Onderwerp> alle(Afwijkingscijfers afwijkingen) {
        List<Onderwerp> alle = new ArrayList<>();
        for (Afwijkingscijfers.Regel r : afwijkingen.regels()) {
            alle.add(new Onderwerp(r.code(), r.naam(), r.id(), r.wet()));
        }
        for (Procedure p : Procedure.values()) {
            alle.add(new Onderwerp(p.code(), p.omschrijving(), null, null));
        }
        return alle;
    }

    static String naam(List<Onderwerp> onderwerpen, String code) {
        return onderwerpen.stream().filter(o -> o.code().equals(code)).map(Onderwerp::naam).findFirst().orElse(code);
    }
}

package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.EnumSet;
import java.util.Set;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Statusmachine;

/** Where a request for the regie of another team's household stands: asked, then agreed or declined once. */
enum RegieverzoekStatus implements Keuze, Statusmachine<RegieverzoekStatus> {
    AANGEVRAAGD("aangevraagd", "Wacht op het team van het huishouden"),
    AKKOORD("akkoord", "Akkoord"),
    AFGEWEZEN("afgewezen", "Afgewezen");

    private final String code;
    private final String omschrijving;

    RegieverzoekStatus(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return omschrijving;
    }

    @Override
    public Set<RegieverzoekStatus> volgende() {
        return this == AANGEVRAAGD ? EnumSet.of(AKKOORD, AFGEWEZEN) : Set.of();
    }

    @JsonCreator
    static RegieverzoekStatus vanCode(String code) {
        return Keuze.vanCode(RegieverzoekStatus.class, code, "Onbekende stand van een verzoek");
    }
}

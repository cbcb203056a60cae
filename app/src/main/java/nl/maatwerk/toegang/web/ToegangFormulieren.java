package nl.maatwerk.toegang.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.toegang.HulpvraagStatus;
import nl.maatwerk.toegang.Onderdeel;

/** The small forms of the toegang pages; field names are unique per page so ids never clash. */
final class ToegangFormulieren {

    private ToegangFormulieren() {
    }

    record Status(HulpvraagStatus status, String reden, Integer versie) {
    }

    /** Giving a request to a colleague: whom (login, chosen from the team by name) and why. */
    record Toewijzing(String naar, String toewijzingReden, Integer versie) {
    }

    record Regisseur(String regisseur, String reden) {
    }

    /** Asking for the regie of another team's household; named so that it never clashes with the regie form's "reden". */
    record Regieverzoek(String verzoekReden) {
    }

    record Teamlid(String naam, String organisatie, String rol, Boolean extern) {
    }

    record Toestemming(UUID inwonerId, String partij, List<Onderdeel> onderdelen, String doel, LocalDate gegevenOp, LocalDate geldigTot) {
        Toestemming {
            onderdelen = onderdelen == null ? List.of() : onderdelen;
        }
    }

    record Delen(String deelPartij, List<Onderdeel> deelOnderdelen) {
        Delen {
            deelOnderdelen = deelOnderdelen == null ? List.of() : deelOnderdelen;
        }
    }
}

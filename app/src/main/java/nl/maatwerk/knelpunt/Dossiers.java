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

    /**
     * The Thermometer theme of a subject, where its knelpunten meet the gaps in intent: recovery and special assistance
     * are about money (financien), a Wmo or youth provision about what people can do themselves and with their network
     * (eigen-kracht), cooperation between teams about integraliteit, everything else about the human measure. A fixed
     * choice in code, named here, so policy reads the same theme in every dossier.
     */
    static String thema(String code) {
        return switch (code) {
            case "pw-terugvordering", "pw-bijzondere-bijstand" -> "financien";
            case "wmo-maatwerkvoorziening", "jeugdwet-voorziening" -> "eigen-kracht";
            case "procedure-samenwerking", "systeem-gegevens" -> "integraliteit";
            default -> "menselijke-maat";
        };
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

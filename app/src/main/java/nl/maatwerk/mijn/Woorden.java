package nl.maatwerk.mijn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.maatwerk.toegang.HulpvraagStatus;

/**
 * The resident's words for the professionals' terms (issue 16, B1): the steps a request goes through, and one
 * sentence that explains each legal term the first time a page uses it.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Woorden {

    private Woorden() {
    }

    /** One step of a request as the resident follows it. */
    public record Stap(String naam, boolean gedaan, boolean huidig) {
    }

    public static final List<String> STAPPEN = List.of("Ontvangen", "Wordt bekeken", "Besloten", "Geregeld", "Afgerond");

    /**
     * Where a request stands, as five steps: a melding is received; being looked into (onderzoek, or an application
     * being assessed); decided (a decision was taken); arranged (decided, and no legal clock still runs: what was
     * decided is in place); ended.
     */
    public static List<Stap> stappen(HulpvraagStatus status, boolean geregeld) {
        int nu = switch (status) {
            case MELDING -> 0;
            case ONDERZOEK, AANVRAAG -> 1;
            case BESLUIT -> geregeld ? 3 : 2;
            case AFGESLOTEN -> 4;
        };
        List<Stap> uit = new ArrayList<>();
        for (int i = 0; i < STAPPEN.size(); i++) {
            uit.add(new Stap(STAPPEN.get(i), i < nu || (i == nu && nu == STAPPEN.size() - 1), i == nu));
        }
        return uit;
    }

    /** The current step's name. */
    public static String huidigeStap(HulpvraagStatus status, boolean geregeld) {
        return stappen(status, geregeld).stream().filter(Stap::huidig).findFirst().map(Stap::naam).orElse("");
    }

    /** Plain explanations of the terms on the resident's pages, by term. */
    public static final Map<String, String> UITLEG = Map.ofEntries(
            Map.entry("maatwerkvoorziening", "Een maatwerkvoorziening is hulp die de gemeente speciaal voor u regelt, zoals huishoudelijke hulp of een "
                    + "aanpassing in huis. U krijgt die als u het met hulp van familie, vrienden en gewone voorzieningen niet redt."),
            Map.entry("bijzondere-bijstand", "Bijzondere bijstand is geld van de gemeente voor kosten die u niet zelf kunt betalen, zoals een "
                    + "nieuwe wasmachine als de oude kapot is."),
            Map.entry("terugvordering", "Terugvorderen betekent: de gemeente vraagt geld terug dat u te veel heeft gekregen."),
            Map.entry("jeugdhulp", "Jeugdhulp is hulp voor kinderen en jongeren tot 18 jaar, en voor hun ouders."),
            Map.entry("melding", "Een melding is de eerste stap: u vertelt wat er aan de hand is. Daarna praten we samen over wat u nodig heeft."),
            Map.entry("aanvraag", "Een aanvraag is een vraag om een besluit. De gemeente moet binnen een vaste tijd beslissen."),
            Map.entry("besluit", "Een besluit is de officiële beslissing van de gemeente. U krijgt het als brief."),
            Map.entry("bezwaar", "Bezwaar maken betekent: u vraagt de gemeente om opnieuw naar het besluit te kijken, omdat u het er niet mee eens bent."),
            Map.entry("regisseur", "Uw regisseur is uw vaste contactpersoon bij het wijkteam. Die houdt het overzicht over alle hulp."));

    /** The term that explains a kind of decision, by its code. */
    public static String uitlegBijSoort(String soortCode) {
        return switch (soortCode) {
            case "wmo-maatwerkvoorziening" -> UITLEG.get("maatwerkvoorziening");
            case "pw-bijzondere-bijstand" -> UITLEG.get("bijzondere-bijstand");
            case "pw-terugvordering" -> UITLEG.get("terugvordering");
            case "jeugdwet-voorziening" -> UITLEG.get("jeugdhulp");
            default -> "";
        };
    }
}

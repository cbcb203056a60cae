package nl.maatwerk.platform;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A juriconnect reference as people read it: "Wgs art. 4 lid 2" on pages, "Wet gemeentelijke
 * schuldhulpverlening, artikel 4 lid 2" in letters, and a link to the article on wetten.overheid.nl.
 * The one formatter for templates and letters, so a raw {@code jci1.3:c:BWBR…} never reaches a reader.
 * A source that is not a juriconnect reference ("Stb. 2020, 240") reads as it is, without a link.
 */
public final class Wetsbron {

    private static final Pattern JCI = Pattern.compile("jci1\\.3:c:(BWBR\\d{7})(?:&artikel=([\\w.:]+))?(?:&lid=(\\d+))?(?:&.*)?");

    /** The law's full title and the short name professionals use, by its BWB id. */
    private record Wet(String titel, String kort) {
    }

    private static final Map<String, Wet> WETTEN = Map.ofEntries(
            Map.entry("BWBR0015703", new Wet("Participatiewet", "Participatiewet")),
            Map.entry("BWBR0035362", new Wet("Wet maatschappelijke ondersteuning 2015", "Wmo 2015")),
            Map.entry("BWBR0034925", new Wet("Jeugdwet", "Jeugdwet")),
            Map.entry("BWBR0005537", new Wet("Algemene wet bestuursrecht", "Awb")),
            Map.entry("BWBR0001827", new Wet("Wetboek van Burgerlijke Rechtsvordering", "Rv")),
            Map.entry("BWBR0005416", new Wet("Gemeentewet", "Gemeentewet")),
            Map.entry("BWBR0031331", new Wet("Wet gemeentelijke schuldhulpverlening", "Wgs")),
            Map.entry("BWBR0002221", new Wet("Algemene Ouderdomswet", "AOW")),
            Map.entry("BWBR0002448", new Wet("Algemene termijnenwet", "Atw")),
            Map.entry("BWBR0004766", new Wet("Uitvoeringsregeling Invorderingswet 1990", "Uitv.reg. Invorderingswet 1990")),
            Map.entry("BWBR0040940", new Wet("Uitvoeringswet Algemene verordening gegevensbescherming", "UAVG")),
            Map.entry("BWBR0051679", new Wet("Wet Participatiewet in balans", "Participatiewet in balans")),
            Map.entry("BWBR0018451", new Wet("Wet op de zorgtoeslag", "Wet op de zorgtoeslag")),
            Map.entry("BWBR0008659", new Wet("Wet op de huurtoeslag", "Wet op de huurtoeslag")),
            Map.entry("BWBR0049106", new Wet("Wet verlaging eigen bijdrage huurtoeslag", "Wet verlaging eigen bijdrage huurtoeslag")),
            Map.entry("BWBR0008763", new Wet("Besluit op de huurtoeslag", "Besluit op de huurtoeslag")),
            Map.entry("BWBR0018472", new Wet("Algemene wet inkomensafhankelijke regelingen", "Awir")));

    private Wetsbron() {
    }

    /** "Wgs art. 4 lid 2"; the source itself when it is no juriconnect reference; "" for none. */
    public static String kort(String bron) {
        return opmaak(bron, true);
    }

    /** "Wet gemeentelijke schuldhulpverlening, artikel 4 lid 2", for letters and explanations in full sentences. */
    public static String voluit(String bron) {
        return opmaak(bron, false);
    }

    /** The article on wetten.overheid.nl, which resolves juriconnect references; empty for any other source. */
    public static Optional<String> link(String bron) {
        return bron != null && JCI.matcher(bron).matches() ? Optional.of("https://wetten.overheid.nl/" + bron) : Optional.empty();
    }

    /** The link, or null: for a template's {@code th:href}, which leaves the attribute out on null. */
    public static String url(String bron) {
        return link(bron).orElse(null);
    }

    private static String opmaak(String bron, boolean kort) {
        if (bron == null || bron.isBlank()) {
            return "";
        }
        Matcher m = JCI.matcher(bron.strip());
        if (!m.matches()) {
            return bron;
        }
        Wet wet = WETTEN.get(m.group(1));
        String naam = wet == null ? m.group(1) : kort ? wet.kort() : wet.titel();
        if (m.group(2) == null) {
            return naam;
        }
        String artikel = (kort ? " art. " : ", artikel ") + m.group(2) + (m.group(3) == null ? "" : " lid " + m.group(3));
        return naam + artikel;
    }
}

package nl.maatwerk.besluit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain measure of how readable a Dutch text is: sentence length, long words and the
 * Flesch-Douma score. Not a full B1 judgement (that needs people), but it catches what makes letters
 * hard: long sentences and long words. The thresholds and the method are in docs/leesbaarheid.md.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Leesbaarheid {

    /** B1 guidance for letters: short sentences on average, none very long, few long words. */
    public static final double MAX_GEMIDDELDE_ZINSLENGTE = 15.0;
    public static final int MAX_ZINSLENGTE = 25;
    public static final double MAX_AANDEEL_LANGE_WOORDEN = 0.10;
    /** A word of four or more syllables counts as long. */
    public static final int LANG_WOORD_LETTERGREPEN = 4;

    private static final Pattern ZINSEINDE = Pattern.compile("(?<=[.!?:])\\s+|\\n\\s*\\n|\\n(?=\\s*[-•])");
    private static final Pattern WOORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    // Vowel groups approximate syllables; "ij" is one vowel, and a vowel group split by a diaeresis is two.
    private static final Pattern KLINKERGROEP = Pattern.compile("[aeiouyäëïöüáéíóú]+");

    public record Meting(int zinnen, int woorden, double gemiddeldeZinslengte, int langsteZin, int langeWoorden,
            double aandeelLangeWoorden, double lettergrepenPerWoord, double fleschDouma, List<String> langeZinnen) {

        /** Whether the text keeps to the B1 guidance above. */
        public boolean isB1() {
            return bezwaren().isEmpty();
        }

        /** What keeps the text from B1, one sentence per guideline it misses; empty when it keeps to all. */
        public List<String> bezwaren() {
            List<String> b = new ArrayList<>();
            if (woorden == 0) {
                return b;
            }
            Locale nl = Locale.forLanguageTag("nl-NL");
            if (gemiddeldeZinslengte > MAX_GEMIDDELDE_ZINSLENGTE) {
                b.add(String.format(nl, "De zinnen hebben gemiddeld %.1f woorden. Maak ze korter: gemiddeld hoogstens %.0f.", gemiddeldeZinslengte,
                        MAX_GEMIDDELDE_ZINSLENGTE));
            }
            if (langsteZin > MAX_ZINSLENGTE) {
                b.add("De langste zin heeft " + langsteZin + " woorden. Een zin heeft hoogstens " + MAX_ZINSLENGTE + " woorden.");
            }
            if (aandeelLangeWoorden > MAX_AANDEEL_LANGE_WOORDEN) {
                b.add(String.format(nl, "%.0f%% van de woorden is lang (4 of meer lettergrepen). Hoogstens %.0f%%; kies kortere woorden.",
                        aandeelLangeWoorden * 100, MAX_AANDEEL_LANGE_WOORDEN * 100));
            }
            return b;
        }

        public String samenvatting() {
            return String.format(Locale.forLanguageTag("nl-NL"),
                    "%d %s, gemiddeld %.1f woorden per zin, langste zin %d woorden, %.0f%% lange woorden, Flesch-Douma %.0f",
                    zinnen, zinnen == 1 ? "zin" : "zinnen", gemiddeldeZinslengte, langsteZin, aandeelLangeWoorden * 100, fleschDouma);
        }
    }

    private Leesbaarheid() {
    }

    // Words that speak about the resident instead of to them; a letter says "u".
    private static final Pattern DERDE_PERSOON = Pattern.compile(
            "\\b(de inwoner|inwoonster|cliënt|client|klant|aanvrager|belanghebbende|betrokkene|mevrouw|meneer|hij|zij|haar|hem)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The words in a text for the letter that speak about the resident in the third person, once
     * each, in the order found. "Zij" and "haar" can be right (a mother, a daughter), so this is a hint; "zijn" is left out, being also a verb.
     */
    public static List<String> overDeInwoner(String tekst) {
        List<String> gevonden = new ArrayList<>();
        Matcher m = DERDE_PERSOON.matcher(tekst == null ? "" : tekst);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (!gevonden.contains(w)) {
                gevonden.add(w);
            }
        }
        return gevonden;
    }

    public static Meting meet(String tekst) {
        List<String> zinnen = new ArrayList<>();
        for (String z : ZINSEINDE.split(tekst == null ? "" : tekst.strip())) {
            if (WOORD.matcher(z).find()) {
                zinnen.add(z.strip());
            }
        }
        int woorden = 0;
        int lettergrepen = 0;
        int lang = 0;
        int langste = 0;
        List<String> langeZinnen = new ArrayList<>();
        for (String zin : zinnen) {
            int inZin = 0;
            Matcher m = WOORD.matcher(zin);
            while (m.find()) {
                int l = lettergrepen(m.group());
                inZin++;
                lettergrepen += l;
                if (l >= LANG_WOORD_LETTERGREPEN) {
                    lang++;
                }
            }
            woorden += inZin;
            langste = Math.max(langste, inZin);
            if (inZin > MAX_ZINSLENGTE) {
                langeZinnen.add(zin);
            }
        }
        double perZin = zinnen.isEmpty() ? 0 : (double) woorden / zinnen.size();
        double grepenPerWoord = woorden == 0 ? 0 : (double) lettergrepen / woorden;
        // Flesch-Douma (1960): the Dutch adaptation of Flesch Reading Ease; higher is easier.
        double douma = woorden == 0 ? 0 : 206.84 - 0.77 * (grepenPerWoord * 100) - 0.93 * perZin;
        return new Meting(zinnen.size(), woorden, perZin, langste, lang, woorden == 0 ? 0 : (double) lang / woorden, grepenPerWoord,
                douma, List.copyOf(langeZinnen));
    }

    /** Syllables of one Dutch word, by vowel groups; at least one. */
    static int lettergrepen(String woord) {
        String w = woord.toLowerCase(Locale.ROOT).replace("ij", "y").replace("’", "").replace("'", "");
        int n = 0;
        Matcher m = KLINKERGROEP.matcher(w);
        while (m.find()) {
            String groep = m.group();
            n++;
            // A diaeresis starts a new syllable inside a group (beëindigen, coördinatie).
            for (int i = 1; i < groep.length(); i++) {
                if ("äëïöü".indexOf(groep.charAt(i)) >= 0) {
                    n++;
                }
            }
        }
        return Math.max(1, n);
    }
}

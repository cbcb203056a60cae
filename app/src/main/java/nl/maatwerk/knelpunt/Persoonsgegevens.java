package nl.maatwerk.knelpunt;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.regels.Bsn;

/**
 * The check that keeps personal data out of a knelpunt, a pure function: a knelpunt goes to policy, and policy sees
 * no persons. It finds what looks like a BSN (nine digits that pass the 11-proef, also written with spaces, dots or
 * dashes), a name of the household the knelpunt was reported from (first names and surname of its members and the
 * names in its network), and a birth date (a full date right after "geboren", "geb." or "geboortedatum", or any full
 * date more than {@link #JAREN_GELEDEN} years back: a rule change, a letter or a visit is seldom that old, a birth
 * usually is). It returns each hit with its place, so the form can mark the words.
 *
 * <p>It cannot find every name: only those of the household the report came from are known. The form warns
 * about the rest; the check is a net, not a guarantee.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Persoonsgegevens {

    /** A full date further back than this many years is taken for a birth date. */
    static final int JAREN_GELEDEN = 12;

    public enum Soort {
        BSN("een BSN"), NAAM("een naam uit het huishouden"), GEBOORTEDATUM("een geboortedatum");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** A hit: the words {@code tekst.substring(begin, eind)} in one field look like personal data of this kind. */
    public record Vondst(String veld, int begin, int eind, String woorden, Soort soort) {
    }

    /** A piece of a text for the page: marked when it is a hit. */
    public record Deel(String tekst, boolean gemarkeerd) {
    }

    // Nine digits, each pair optionally apart by one space, dot or dash, not inside a longer number.
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<![\\d])\\d(?:[ .\\-]?\\d){8}(?![\\d])");
    private static final Pattern DATUM_CIJFERS = Pattern.compile("(?<![\\d])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern DATUM_ISO = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Map<String, Integer> MAANDEN = Map.ofEntries(Map.entry("januari", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));
    private static final Pattern DATUM_WOORD = Pattern.compile("(?<![\\d])(\\d{1,2})\\s+(" + String.join("|", MAANDEN.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")\\.?\\s+(\\d{4})(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GEBOREN = Pattern.compile("(geboren|geb\\.|geboortedatum|geboortedag|jarig)[^.!?\\n]{0,20}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Parts of names that are ordinary words or too short to point to anyone ("de", "van", "El"), and the words for a
     * relation that a network entry often carries ("Oma Truus", "buurman Kees"): the name is looked for, not the relation.
     */
    private static final Set<String> GEEN_NAAM = Set.of("de", "der", "den", "van", "het", "ten", "ter", "te", "t", "in", "op", "la", "le",
            "du", "da", "di", "el", "al", "von", "zu", "huishouden", "familie", "gezin", "oma", "opa", "tante", "oom", "moeder", "vader",
            "zus", "broer", "buurman", "buurvrouw", "vriend", "vriendin", "neef", "nicht", "mevrouw", "meneer", "dhr", "mw");

    private Persoonsgegevens() {
    }

    /** Every hit in one field, in the order of the text; none when the text is empty. */
    public static List<Vondst> controleer(String veld, String tekst, Collection<String> namen, LocalDate vandaag) {
        List<Vondst> vondsten = new ArrayList<>();
        if (tekst == null || tekst.isBlank()) {
            return vondsten;
        }
        Matcher m = NEGEN_CIJFERS.matcher(tekst);
        while (m.find()) {
            if (Bsn.isGeldig(m.group().replaceAll("[^0-9]", ""))) {
                vondsten.add(new Vondst(veld, m.start(), m.end(), m.group(), Soort.BSN));
            }
        }
        datums(veld, tekst, vandaag, vondsten);
        for (String naam : naamdelen(namen)) {
            Matcher n = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(naam) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(tekst);
            while (n.find()) {
                vondsten.add(new Vondst(veld, n.start(), n.end(), n.group(), Soort.NAAM));
            }
        }
        vondsten.sort(Comparator.comparingInt(Vondst::begin).thenComparing(v -> -v.eind()));
        // One mark per place: a date inside a nine-digit number, or a name twice in the list, is marked once.
        List<Vondst> uit = new ArrayList<>();
        int tot = -1;
        for (Vondst v : vondsten) {
            if (v.begin() >= tot) {
                uit.add(v);
                tot = v.eind();
            }
        }
        return uit;
    }

    private static void datums(String veld, String tekst, LocalDate vandaag, List<Vondst> vondsten) {
        for (Pattern p : List.of(DATUM_CIJFERS, DATUM_ISO, DATUM_WOORD)) {
            Matcher m = p.matcher(tekst);
            while (m.find()) {
                LocalDate datum = datum(p, m, vandaag);
                if (datum == null) {
                    continue;
                }
                boolean naGeboren = GEBOREN.matcher(tekst.substring(Math.max(0, m.start() - 40), m.start())).find();
                if (naGeboren || datum.isBefore(vandaag.minusYears(JAREN_GELEDEN))) {
                    vondsten.add(new Vondst(veld, m.start(), m.end(), m.group(), Soort.GEBOORTEDATUM));
                }
            }
        }
    }

    /** The date the match writes, or null when it is no date (32-13-2020, a version number). */
    private static LocalDate datum(Pattern p, Matcher m, LocalDate vandaag) {
        try {
            if (p == DATUM_ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            int dag = Integer.parseInt(m.group(1));
            int maand = p == DATUM_WOORD ? MAANDEN.get(m.group(2).toLowerCase(Locale.ROOT)) : Integer.parseInt(m.group(2));
            int jaar = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                // A two-digit year is this century unless that lies in the future.
                int eeuw = vandaag.getYear() / 100 * 100;
                jaar = eeuw + jaar > vandaag.getYear() ? eeuw - 100 + jaar : eeuw + jaar;
            }
            return LocalDate.of(jaar, maand, dag);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The words of the names worth looking for: each part of at least two letters that is not an ordinary word. */
    static Set<String> naamdelen(Collection<String> namen) {
        Set<String> delen = new LinkedHashSet<>();
        for (String naam : namen) {
            if (naam == null) {
                continue;
            }
            for (String deel : naam.strip().split("[\\s,\\-]+")) {
                String d = deel.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
                if (d.length() >= 2 && !GEEN_NAAM.contains(d.toLowerCase(Locale.ROOT))) {
                    delen.add(d);
                }
            }
        }
        return delen;
    }

    /** The text in pieces, the hits of this field marked, for a page that shows the user what to change. */
    public static List<Deel> markeer(String tekst, List<Vondst> vondsten) {
        List<Deel> delen = new ArrayList<>();
        if (tekst == null) {
            return delen;
        }
        int plek = 0;
        for (Vondst v : vondsten) {
            if (v.begin() > plek) {
                delen.add(new Deel(tekst.substring(plek, v.begin()), false));
            }
            delen.add(new Deel(tekst.substring(v.begin(), v.eind()), true));
            plek = v.eind();
        }
        if (plek < tekst.length()) {
            delen.add(new Deel(tekst.substring(plek), false));
        }
        return delen;
    }
}

package nl.maatwerk.socialekaart;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.maatwerk.toegang.Levensdomein;

/**
 * From the words residents use to the ZRM life domains the offer is filed under: "ik kan de huur niet betalen" finds
 * the offer for money and housing, "eenzaam" the offer for the social network. A short list kept by hand, with the
 * phrases residents type in the search box; a phrase matches when all its words occur in the question, in any form
 * that starts with them ("schulden" matches "schuld").
 */
final class Synoniemen {

    private static final Map<String, Set<Levensdomein>> LIJST = new LinkedHashMap<>();

    static {
        zet(Set.of(Levensdomein.FINANCIEN), "schuld", "geld", "rekening", "betalen", "incasso", "deurwaarder", "armoede",
                "rondkomen", "budget", "toeslag", "belasting", "aanmaning", "boodschappen", "voedselbank", "beslag", "administratie");
        zet(EnumSet.of(Levensdomein.FINANCIEN, Levensdomein.HUISVESTING), "huur niet betalen", "huurachterstand", "energie", "afsluiting");
        zet(Set.of(Levensdomein.HUISVESTING), "huis", "woning", "wonen", "dakloos", "uitzetting", "verhuizen", "schimmel", "opvang");
        zet(Set.of(Levensdomein.SOCIAAL_NETWERK), "eenzaam", "alleen", "niemand", "vrienden", "contact", "praatje", "maatje", "buren");
        zet(Set.of(Levensdomein.TIJDSBESTEDING), "verveel", "dagbesteding", "hobby", "sport", "bezigheid", "vrije tijd", "activiteit");
        zet(Set.of(Levensdomein.MAATSCHAPPELIJKE_PARTICIPATIE), "vrijwilliger", "meedoen", "taal", "lezen", "schrijven", "inburgering",
                "digitaal", "computer");
        zet(Set.of(Levensdomein.WERK_OPLEIDING), "werk", "baan", "sollicit", "opleiding", "school", "cursus", "stage", "uitkering");
        zet(Set.of(Levensdomein.HUISELIJKE_RELATIES), "ruzie", "scheiding", "opvoeding", "kinderen", "puber", "mantelzorg", "relatie",
                "geweld", "ouder");
        zet(Set.of(Levensdomein.GEESTELIJKE_GEZONDHEID), "somber", "depress", "stress", "angst", "zorgen", "slapen", "psychisch", "rouw",
                "burn");
        zet(Set.of(Levensdomein.LICHAMELIJKE_GEZONDHEID), "ziek", "pijn", "bewegen", "dokter", "gezond", "eten", "beperking");
        zet(Set.of(Levensdomein.MIDDELENGEBRUIK), "drank", "alcohol", "drugs", "blowen", "gokken", "verslav", "roken");
        zet(Set.of(Levensdomein.BASALE_ADL), "wassen", "aankleden", "douchen", "persoonlijke verzorging");
        zet(Set.of(Levensdomein.INSTRUMENTELE_ADL), "huishouden", "schoonmaken", "post", "formulier", "afspraken", "klussen",
                "vervoer", "koken");
        zet(Set.of(Levensdomein.JUSTITIE), "politie", "boete", "rechter", "advocaat", "gevangenis", "juridisch", "recht");
    }

    private Synoniemen() {
    }

    private static void zet(Set<Levensdomein> domeinen, String... woorden) {
        for (String w : woorden) {
            LIJST.merge(w, domeinen, (a, b) -> {
                EnumSet<Levensdomein> s = EnumSet.copyOf(a);
                s.addAll(b);
                return s;
            });
        }
    }

    /** The life domains the resident's words point at; empty when none of the words is in the list. */
    static Set<Levensdomein> domeinen(String vraag) {
        List<String> woorden = woorden(vraag);
        EnumSet<Levensdomein> uit = EnumSet.noneOf(Levensdomein.class);
        LIJST.forEach((zin, domeinen) -> {
            if (woorden(zin).stream().allMatch(z -> woorden.stream().anyMatch(w -> w.startsWith(z)))) {
                uit.addAll(domeinen);
            }
        });
        return uit;
    }

    /** Lower case, accents removed, split on everything that is not a letter or digit; words of one letter dropped. */
    static List<String> woorden(String tekst) {
        if (tekst == null) {
            return List.of();
        }
        String plat = Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> uit = new ArrayList<>();
        for (String w : plat.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOPWOORDEN.contains(w)) {
                uit.add(w);
            }
        }
        return uit;
    }

    private static final Set<String> STOPWOORDEN = Set.of("ik", "je", "u", "de", "het", "een", "en", "of", "mijn", "met", "van", "voor",
            "in", "op", "te", "kan", "wil", "heb", "is", "ben", "bij", "er", "dat", "die", "niet", "geen", "hulp", "help", "nodig", "om", "aan");
}

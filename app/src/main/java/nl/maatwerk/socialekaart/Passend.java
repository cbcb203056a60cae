package nl.maatwerk.socialekaart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.maatwerk.toegang.AanbodInPlan.Behoefte;
import nl.maatwerk.toegang.Levensdomein;

/**
 * Matching the offer to a household: for every need (a plan goal, or a ZRM domain at 2 or lower) the three services
 * that fit best, each with the reason in words. What counts, in this order: the service is about the need's life
 * domain; the household meets the service's own conditions (an age limit, the kinds of household); general and
 * informal offers before a provider's (voorliggend); how many of the service's conditions the household meets
 * explicitly; in the household's wijk before the whole city before another wijk; free before paid; then the name.
 *
 * <p>Nothing else about the household is used: not its members' sex, origin, nationality, religion, health or
 * income. Age is only compared with the offer's own age limit, the household's make-up only with the kinds of
 * household the offer names, and the wijk only for distance (docs/sociale-kaart.md, "Matchen zonder
 * beschermde kenmerken").
 */
final class Passend {

    static final int AANTAL = 3;

    private Passend() {
    }

    /** A service proposed for a need, with why it fits. */
    record Suggestie(Dienst dienst, String reden) {
    }

    /** The proposals for one need. */
    record Match(Behoefte behoefte, List<Suggestie> suggesties) {
    }

    static List<Match> voor(List<Behoefte> behoeften, Huishoudprofiel profiel, Map<Levensdomein, List<Dienst>> perDomein) {
        List<Match> uit = new ArrayList<>();
        for (Behoefte b : behoeften) {
            uit.add(new Match(b, top(perDomein.getOrDefault(b.domein(), List.of()), b.domein(), profiel)));
        }
        return uit;
    }

    static List<Suggestie> top(List<Dienst> kandidaten, Levensdomein domein, Huishoudprofiel profiel) {
        // A bounded selection instead of sorting every candidate: a city has thousands of services per domain and a
        // household up to a dozen needs (p95 under 50 ms for 10,000 services, docs/performance.md).
        Dienst[] beste = new Dienst[AANTAL];
        long[] sleutels = new long[AANTAL];
        int aantal = 0;
        for (Dienst d : kandidaten) {
            if (!d.voorwaarden().levensdomeinen().contains(domein) || !magGebruiken(d.voorwaarden(), profiel)) {
                continue;
            }
            long sleutel = sleutel(d, profiel);
            int plek = aantal;
            while (plek > 0 && (sleutel < sleutels[plek - 1]
                    || sleutel == sleutels[plek - 1] && String.CASE_INSENSITIVE_ORDER.compare(d.naam(), beste[plek - 1].naam()) < 0)) {
                plek--;
            }
            if (plek >= AANTAL) {
                continue;
            }
            for (int i = Math.min(aantal, AANTAL - 1); i > plek; i--) {
                beste[i] = beste[i - 1];
                sleutels[i] = sleutels[i - 1];
            }
            beste[plek] = d;
            sleutels[plek] = sleutel;
            aantal = Math.min(AANTAL, aantal + 1);
        }
        List<Suggestie> uit = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            uit.add(new Suggestie(beste[i], reden(beste[i], domein, profiel)));
        }
        return uit;
    }

    /** The order in one number, lower first: voorliggend, then more conditions met, then nearer, then free. */
    private static long sleutel(Dienst d, Huishoudprofiel profiel) {
        return (d.voorliggend() ? 0L : 1L) << 12 | (long) (2 - pasvorm(d.voorwaarden())) << 8 | (long) afstand(d.locatie(), profiel.wijk()) << 4
                | (d.kosten() == Kosten.GRATIS ? 0L : 1L);
    }

    /** True when the household meets the offer's structured conditions; an empty condition holds for everyone. */
    static boolean magGebruiken(Dienst.Voorwaarden v, Huishoudprofiel profiel) {
        if (v.heeftLeeftijdsgrens() && profiel.leeftijden().stream().noneMatch(v::leeftijdPast)) {
            return false;
        }
        return v.huishoudtypen().isEmpty() || profiel.type() == null || v.huishoudtypen().contains(profiel.type());
    }

    /** How many structured conditions the offer names (and the household meets): a targeted offer fits better. */
    private static int pasvorm(Dienst.Voorwaarden v) {
        return (v.heeftLeeftijdsgrens() ? 1 : 0) + (v.huishoudtypen().isEmpty() ? 0 : 1);
    }

    /** 0 in the household's wijk, 1 for the whole city, 2 in another wijk. */
    private static int afstand(Dienst.Locatie l, String wijk) {
        if (l.heleStad()) {
            return 1;
        }
        return wijk != null && l.wijk().equalsIgnoreCase(wijk) ? 0 : 2;
    }

    /** "gratis, in uw wijk, voor 18 tot en met 67 jaar, bij geldzorgen". */
    static String reden(Dienst d, Levensdomein domein, Huishoudprofiel profiel) {
        List<String> delen = new ArrayList<>();
        delen.add(d.kosten() == Kosten.GRATIS ? "gratis" : d.kostenTekst().toLowerCase(Locale.ROOT));
        if (d.locatie().heleStad()) {
            delen.add("voor de hele stad");
        } else if (profiel.wijk() != null && d.locatie().wijk().equalsIgnoreCase(profiel.wijk())) {
            delen.add("in uw wijk");
        } else {
            delen.add("in " + d.locatie().wijk());
        }
        if (d.voorwaarden().heeftLeeftijdsgrens()) {
            delen.add("voor " + d.voorwaarden().leeftijdTekst());
        }
        if (!d.voorwaarden().huishoudtypen().isEmpty() && profiel.type() != null) {
            delen.add(switch (profiel.type()) {
                case ALLEENSTAAND -> "voor alleenstaanden";
                case PAAR -> "voor stellen";
                case EENOUDERGEZIN -> "voor eenoudergezinnen";
                case GEZIN -> "voor gezinnen met kinderen";
            });
        }
        delen.add(BIJ.getOrDefault(domein, "bij " + domein.omschrijving().toLowerCase(Locale.ROOT)));
        if (d.voorliggend()) {
            delen.add(d.soort().omschrijving().toLowerCase(Locale.ROOT) + " (voorliggend)");
        }
        return String.join(", ", delen.stream().filter(Objects::nonNull).toList());
    }

    /** The need in everyday words, for the reason. */
    private static final Map<Levensdomein, String> BIJ = Map.ofEntries(
            Map.entry(Levensdomein.FINANCIEN, "bij geldzorgen"),
            Map.entry(Levensdomein.WERK_OPLEIDING, "bij werk of school"),
            Map.entry(Levensdomein.TIJDSBESTEDING, "voor een zinvolle dag"),
            Map.entry(Levensdomein.HUISVESTING, "bij zorgen over het huis"),
            Map.entry(Levensdomein.HUISELIJKE_RELATIES, "bij zorgen thuis of over de kinderen"),
            Map.entry(Levensdomein.GEESTELIJKE_GEZONDHEID, "bij somberheid of stress"),
            Map.entry(Levensdomein.LICHAMELIJKE_GEZONDHEID, "bij gezondheid"),
            Map.entry(Levensdomein.MIDDELENGEBRUIK, "bij drank, drugs of gokken"),
            Map.entry(Levensdomein.BASALE_ADL, "bij de persoonlijke verzorging"),
            Map.entry(Levensdomein.INSTRUMENTELE_ADL, "bij het huishouden, de post en afspraken"),
            Map.entry(Levensdomein.SOCIAAL_NETWERK, "tegen eenzaamheid"),
            Map.entry(Levensdomein.MAATSCHAPPELIJKE_PARTICIPATIE, "om mee te doen"),
            Map.entry(Levensdomein.JUSTITIE, "bij politie of rechter"));
}

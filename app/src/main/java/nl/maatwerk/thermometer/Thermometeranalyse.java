package nl.maatwerk.thermometer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;

/**
 * Turns the totals of a round into what the results page shows: scores per layer, theme and
 * dimension, the doorfluisterverlies, the biggest gaps and the share of open answers that fit.
 * Plain Java without a database, so every number can be checked by hand in a unit test.
 *
 * <p>A score is the mean of the answers (1 to 5) on a scale of 0 to 100: (mean − 1) × 25, rounded
 * to a whole number. Differences are taken between these rounded scores, so that what a reader
 * subtracts on the page is what the page says.
 *
 * <p>A group of fewer than {@link KleineGroep#MINIMUM} respondents, the app's one small-group
 * threshold, has no score: every cell, every share and every coded group. With fewer a score or an
 * answer can be traced to a person (the bestuur of a small municipality is a handful of people), and
 * people only answer honestly when they cannot be recognised.
 */
final class Thermometeranalyse {

    /** How many of the biggest gaps the results show. */
    public static final int AANTAL_KLOVEN = 3;

    private Thermometeranalyse() {
    }

    /** Score 0-100 of a sum of {@code aantal} answers on the 1-5 scale; null without answers. */
    static Integer score(long som, long aantal) {
        if (aantal == 0) {
            return null;
        }
        return (int) Math.round((som - aantal) * 25.0 / aantal);
    }

    static Waarde waarde(Telling t) {
        if (t == null) {
            return new Waarde(null, 0);
        }
        Integer score = t.respondenten() < KleineGroep.MINIMUM ? null : score(t.som(), t.aantal());
        return new Waarde(score, t.respondenten());
    }

    /**
     * @param themas       the round's themes in order
     * @param lagen        the round's layers
     * @param tellingen    totals per layer × theme × dimension and per layer × theme
     * @param respondenten submitted questionnaires per layer
     * @param coderingen   per layer and coding: how many open answers have it (coding null: not yet coded)
     */
    public static Uitslag analyseer(List<Thema> themas, List<Laag> lagen, List<Telling> tellingen, Map<Laag, Integer> respondenten,
            List<Coderingstelling> coderingen) {
        Map<String, Waarde> cellen = new HashMap<>();
        Map<String, Waarde> themascores = new HashMap<>();
        for (Telling t : tellingen) {
            String sleutel = Uitslag.sleutel(t.laag(), t.thema(), t.dimensie());
            (t.dimensie() == null ? themascores : cellen).put(sleutel, waarde(t));
        }
        Map<Laag, Integer> perLaag = new EnumMap<>(Laag.class);
        lagen.forEach(l -> perLaag.put(l, respondenten.getOrDefault(l, 0)));
        Uitslag zonder = new Uitslag(themas, lagen, perLaag, cellen, themascores, List.of(), List.of(), List.of());
        verbergAfgeleid(zonder, themascores);

        List<Verlies> verliezen = new ArrayList<>();
        for (Thema thema : themas) {
            verliezen.add(new Verlies(thema.code(), thema.naam(), zonder.thema(Laag.BESTUUR, thema.code()),
                    zonder.thema(Laag.UITVOERING, thema.code()), zonder.thema(Laag.PARTNERS, thema.code())));
        }

        List<Coderingsaandeel> aandelen = new ArrayList<>();
        for (Laag laag : lagen) {
            int[] n = new int[4];
            coderingen.stream().filter(c -> c.laag() == laag)
                    .forEach(c -> n[c.codering() == null ? 3 : c.codering().ordinal()] += c.aantal());
            aandelen.add(new Coderingsaandeel(laag, perLaag.get(laag), n[Codering.PAST.ordinal()], n[Codering.DEELS.ordinal()],
                    n[Codering.MIST.ordinal()], n[3]));
        }
        return new Uitslag(themas, lagen, perLaag, cellen, themascores, verliezen, kloven(zonder), aandelen);
    }

    /**
     * Complementary suppression. A theme's score is the mean of all answers of its four dimensions. If
     * one dimension is hidden (fewer than {@link KleineGroep#MINIMUM} people scored it) while the theme
     * and the other dimensions show, the hidden one follows by subtraction: theme total minus the shown
     * totals. So the theme's score is hidden too; with it every loss and difference built on it.
     */
    static void verbergAfgeleid(Uitslag u, Map<String, Waarde> themascores) {
        for (Laag laag : u.lagen()) {
            for (Thema thema : u.themas()) {
                Waarde geheel = u.thema(laag, thema.code());
                boolean deelOnderdrukt = java.util.Arrays.stream(Dimensie.values()).map(d -> u.cel(laag, thema.code(), d))
                        .anyMatch(w -> !w.getoond() && w.respondenten() > 0 && w.onderdrukt());
                if (geheel.getoond() && deelOnderdrukt) {
                    themascores.put(Uitslag.sleutel(laag, thema.code(), null), geheel.verbergen());
                }
            }
        }
    }

    /**
     * The biggest drops from the bestuur to another layer on one dimension of one theme. Only
     * cells shown on both sides count; on equal drops the earlier theme, dimension and layer come first.
     */
    static List<Kloof> kloven(Uitslag u) {
        List<Kloof> alle = new ArrayList<>();
        for (Thema thema : u.themas()) {
            for (Dimensie d : Dimensie.values()) {
                Waarde boven = u.cel(Laag.BESTUUR, thema.code(), d);
                if (!boven.getoond()) {
                    continue;
                }
                for (Laag laag : u.lagen()) {
                    Waarde onder = u.cel(laag, thema.code(), d);
                    if (laag == Laag.BESTUUR || !onder.getoond() || boven.score() <= onder.score()) {
                        continue;
                    }
                    alle.add(new Kloof(thema.code(), thema.naam(), d, laag, boven.score(), onder.score(),
                            boven.score() - onder.score(), Acties.voor(d, laag, thema.inZin())));
                }
            }
        }
        List<Thema> volgorde = u.themas();
        alle.sort(Comparator.comparingInt(Kloof::verschil).reversed()
                .thenComparingInt(k -> volgorde.indexOf(volgorde.stream().filter(t -> t.code().equals(k.thema())).findFirst().orElseThrow()))
                .thenComparing(Kloof::dimensie)
                .thenComparing(Kloof::laag));
        return List.copyOf(alle.subList(0, Math.min(AANTAL_KLOVEN, alle.size())));
    }
}

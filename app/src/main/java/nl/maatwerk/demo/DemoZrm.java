package nl.maatwerk.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.maatwerk.toegang.Levensdomein;

/**
 * Synthetic ZRM histories: about a quarter of the households has one to four assessments in the
 * two years before the peildatum. Scores start around a level that fits the household, mostly
 * improve slowly, sometimes fall back, and now and then a domain is not assessed. Each household
 * draws from its own stream, separate from the one that makes its people, so adding this changed
 * none of the households that were generated before.
 */
final class DemoZrm {

    /** One assessment; a null score is 'niet beoordeeld'. Scores and notes follow {@link Levensdomein#values()}. */
    record Meting(UUID id, LocalDate datum, String door, UUID inwonerId, List<Integer> scores, List<String> toelichtingen) {
    }

    private static final String[] PROFESSIONALS = {"Sanne de Wit", "Mehmet Kaya", "Anouk Bakker", "Ricardo Martis", "Fleur Jansen",
        "Yusuf El Idrissi"};

    /** A short note for a low score, per domain, in the professional's own words (not the ZRM's criteria). */
    private static final String[] ZORGEN = {
        "Betalingsachterstanden; aanmelding schuldhulp besproken.",
        "Zoekt werk; gesprek met werkcoach gepland.",
        "Weinig structuur in de week.",
        "Huurachterstand; contact met verhuurder loopt.",
        "Spanningen thuis; gezinscoach betrokken.",
        "Somber; huisarts is op de hoogte.",
        "Lichamelijke klachten, wacht op onderzoek.",
        "Gebruik besproken; doorverwijzing aangeboden.",
        "Heeft hulp nodig bij de dagelijkse verzorging.",
        "Post en afspraken lopen achter.",
        "Weinig mensen om op terug te vallen.",
        "Doet nauwelijks mee in de buurt.",
        "Lopende zaak; reclassering betrokken."};

    private DemoZrm() {
    }

    /** The stream for household n: derived from the seed and n, but not the stream that made the household. */
    static SplittableRandom stroom(long seed, int nummer) {
        return new SplittableRandom(~(seed * 1_000_003L + nummer) * 0x9E3779B97F4A7C15L);
    }

    static List<Meting> metingen(long seed, int nummer, UUID huishoudenId, UUID aanvrager, LocalDate sinds, LocalDate peildatum) {
        SplittableRandom r = stroom(seed, nummer);
        if (r.nextInt(100) >= 25) {
            return List.of();
        }
        int aantal = 1 + r.nextInt(4);
        int[] tussen = new int[aantal];
        int totaal = 0;
        for (int i = 1; i < aantal; i++) {
            tussen[i] = 60 + r.nextInt(180);
            totaal += tussen[i];
        }
        LocalDate datum = peildatum.minusDays(totaal + r.nextInt(Math.max(1, 730 - totaal)));
        String door = PROFESSIONALS[r.nextInt(PROFESSIONALS.length)];
        Levensdomein[] domeinen = Levensdomein.values();
        // A household's level: most are 'beperkt zelfredzaam' somewhere, a few are in acute trouble.
        int niveau = 2 + r.nextInt(3);
        int[] score = new int[domeinen.length];
        for (int d = 0; d < domeinen.length; d++) {
            int basis = domeinen[d] == Levensdomein.JUSTITIE || domeinen[d] == Levensdomein.BASALE_ADL ? niveau + 2 : niveau;
            score[d] = Math.clamp(basis + r.nextInt(-1, 2), 1, 5);
        }
        List<Meting> metingen = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            datum = datum.plusDays(tussen[i]);
            if (i > 0) {
                for (int d = 0; d < domeinen.length; d++) {
                    int worp = r.nextInt(100);
                    score[d] = Math.clamp(score[d] + (worp < 30 ? 1 : worp < 38 ? -1 : 0), 1, 5);
                }
            }
            List<Integer> scores = new ArrayList<>();
            List<String> toelichtingen = new ArrayList<>();
            for (int d = 0; d < domeinen.length; d++) {
                boolean nietBeoordeeld = r.nextInt(100) < (domeinen[d] == Levensdomein.JUSTITIE ? 25 : 6);
                scores.add(nietBeoordeeld ? null : score[d]);
                toelichtingen.add(!nietBeoordeeld && score[d] <= 2 && r.nextInt(3) > 0 ? ZORGEN[d] : null);
            }
            if (datum.isBefore(sinds)) {
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes((huishoudenId + "-zrm-" + i).getBytes(StandardCharsets.UTF_8));
            r.nextInt(5); // once chose between the applicant and the whole household; kept so the draws after it stay the same
            // The ZRM scores one adult per assessment (issue 15): the applicant, never the household as a whole.
            metingen.add(new Meting(id, datum, door, aanvrager, nullVrij(scores), nullVrij(toelichtingen)));
            if (r.nextInt(4) == 0) {
                door = PROFESSIONALS[r.nextInt(PROFESSIONALS.length)];
            }
        }
        return List.copyOf(metingen);
    }

    /** List.copyOf refuses nulls; an unmodifiable view of a fresh list keeps them. */
    private static <T> List<T> nullVrij(List<T> lijst) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(lijst));
    }
}

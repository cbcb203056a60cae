package nl.maatwerk.socialekaart;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): the work behind the targets of issue 17 on
 * the in-memory {@link Catalogus}, matching the top offers for a household against 10,000 services (p95 under 50 ms)
 * and the public search (p95 under 100 ms). Run with {@code scripts/benchmark-sociale-kaart.sh}; the request around
 * it is measured by {@code scripts/belasting/sociale-kaart.sh}. Numbers in docs/performance.md.
 */
class SocialeKaartBenchmark {

    static final int DIENSTEN = 10_000;
    static final int OPWARMEN = 200;
    static final int METEN = 1_000;

    @Test
    void matchenEnZoeken() {
        Catalogus catalogus = DemoAanbod.catalogus(LocalDate.of(2026, 12, 7), DIENSTEN);
        List<Zoekvraag> zoekvragen = List.of(new Zoekvraag("ik heb schulden", null, null, null),
                new Zoekvraag("ik kan de huur niet betalen", null, "Laak", null), new Zoekvraag("eenzaam", null, null, Kosten.GRATIS),
                new Zoekvraag(null, nl.maatwerk.toegang.Levensdomein.FINANCIEN, "Escamp", null), new Zoekvraag("koffie", null, null, null),
                new Zoekvraag(null, null, null, null));

        long[] matchen = meet(i -> Passend.voor(DemoAanbod.GEZIN_BEHOEFTEN, DemoAanbod.GEZIN, catalogus.perDomein()).size());
        long[] zoeken = meet(i -> zoekvragen.get(i % zoekvragen.size()).toepassen(catalogus.items()).size());
        regel("matchen (8 behoeften, " + DIENSTEN + " diensten)", matchen);
        regel("zoeken (6 soorten zoekvragen, " + DIENSTEN + " diensten)", zoeken);
    }

    private static long[] meet(IntUnaryOperator werk) {
        IntStream.range(0, OPWARMEN).forEach(werk::applyAsInt);
        long[] ns = new long[METEN];
        for (int i = 0; i < METEN; i++) {
            long start = System.nanoTime();
            werk.applyAsInt(i);
            ns[i] = System.nanoTime() - start;
        }
        Arrays.sort(ns);
        return ns;
    }

    private static void regel(String wat, long[] gesorteerd) {
        System.out.printf("Benchmark: %s, %d keer: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", wat, gesorteerd.length, ms(gesorteerd, 50),
                ms(gesorteerd, 95), ms(gesorteerd, 99));
    }

    private static double ms(long[] gesorteerd, int percentiel) {
        return gesorteerd[Math.min(gesorteerd.length - 1, (int) Math.ceil(percentiel / 100.0 * gesorteerd.length) - 1)] / 1_000_000.0;
    }
}

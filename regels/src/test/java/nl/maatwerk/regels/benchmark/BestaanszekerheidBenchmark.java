package nl.maatwerk.regels.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Maatregel;
import nl.maatwerk.regels.inkomen.Parameters;
import nl.maatwerk.regels.inkomen.SnelleBerekening;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Households per second for the existence-minimum check, in memory (no CSV): the fast path in
 * cents on one and on two threads, and the explained reference with its tree of sources. Run with
 * {@code scripts/benchmark-regels.sh}; the numbers go in docs/performance.md, never in a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BestaanszekerheidBenchmark {

    static final int N = 65_536;

    final SnelleBerekening.Peil peil = new SnelleBerekening.Peil(LocalDate.of(2025, 9, 1), Parameters.standaard());
    final long[] aanvrager = new long[N];
    final long[] partner = new long[N];
    final long[][] mede = new long[N][];
    final boolean[][] uitgezonderd = new boolean[N][];
    final long[] terug = new long[N];
    final long[] aflossing = new long[N];
    final List<Huishoudsituatie> situaties = new ArrayList<>(N);
    final List<Optional<Maatregel>> maatregelen = new ArrayList<>(N);

    @Setup
    public void huishoudens() {
        SplittableRandom r = new SplittableRandom(7);
        long van = LocalDate.of(1962, 1, 1).toEpochDay();
        long tot = LocalDate.of(2003, 12, 31).toEpochDay();
        for (int i = 0; i < N; i++) {
            aanvrager[i] = r.nextLong(van, tot);
            partner[i] = r.nextInt(10) < 4 ? r.nextLong(van, tot) : Long.MIN_VALUE;
            int m = r.nextInt(3);
            mede[i] = new long[m];
            uitgezonderd[i] = new boolean[m];
            List<Huishoudsituatie.Persoon> leden = new ArrayList<>();
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, LocalDate.ofEpochDay(aanvrager[i])));
            if (partner[i] != Long.MIN_VALUE) {
                leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.PARTNER, LocalDate.ofEpochDay(partner[i])));
            }
            for (int j = 0; j < m; j++) {
                mede[i][j] = r.nextLong(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2005, 1, 1).toEpochDay());
                uitgezonderd[i][j] = r.nextInt(5) == 0;
                leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.MEDEBEWONER, LocalDate.ofEpochDay(mede[i][j]),
                        uitgezonderd[i][j] ? Optional.of(Huishoudsituatie.Uitzondering.STUDENT) : Optional.empty()));
            }
            terug[i] = r.nextBoolean() ? r.nextLong(10_000, 900_000) : -1;
            aflossing[i] = terug[i] >= 0 ? r.nextLong(1_000, 30_000) : -1;
            situaties.add(new Huishoudsituatie(leden));
            maatregelen.add(terug[i] < 0 ? Optional.empty() : Optional.of(new Maatregel.Terugvordering(BigDecimal.valueOf(terug[i], 2),
                    Optional.of(BigDecimal.valueOf(aflossing[i], 2)))));
        }
    }

    @State(Scope.Thread)
    public static class Uit {
        final SnelleBerekening.Uitkomst uitkomst = new SnelleBerekening.Uitkomst();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void snelleRouteEenThread(Uit uit, Blackhole bh) {
        snel(uit, bh);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(N)
    public void snelleRouteTweeThreads(Uit uit, Blackhole bh) {
        snel(uit, bh);
    }

    private void snel(Uit uit, Blackhole bh) {
        SnelleBerekening.Uitkomst u = uit.uitkomst;
        for (int i = 0; i < N; i++) {
            SnelleBerekening.bereken(peil, aanvrager[i], partner[i], mede[i], uitgezonderd[i], mede[i].length, terug[i], aflossing[i], u);
            bh.consume(u.normInclusief + u.beslagvrijeVoet + u.maanden);
        }
    }

    private int volgende;

    /** One household with the full explanation, as on a page or in the API: the distribution, for p99. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Bestaanszekerheid.Resultaat eenHuishoudenMetUitleg() {
        int i = volgende++ & (N - 1);
        return Bestaanszekerheid.bereken(situaties.get(i), LocalDate.of(2025, 9, 1), maatregelen.get(i));
    }

    /** The explained reference on the first 1,024 households: the tree of sources costs most of its time. */
    @Benchmark
    @OperationsPerInvocation(1_024)
    public void uitgelegdeReferentie(Blackhole bh) {
        LocalDate peildatum = LocalDate.of(2025, 9, 1);
        for (int i = 0; i < 1_024; i++) {
            bh.consume(Bestaanszekerheid.bereken(situaties.get(i), peildatum, maatregelen.get(i)));
        }
    }
}

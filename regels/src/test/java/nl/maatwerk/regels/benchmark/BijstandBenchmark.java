package nl.maatwerk.regels.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Maandbudget;
import nl.maatwerk.regels.inkomen.Parameters;
import nl.maatwerk.regels.inkomen.SnelleBijstand;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Households per second for bijstand next to income and the monthly total with zorgtoeslag (issue 19):
 * the fast path in cents and the explained {@link Maandbudget}. Numbers go in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class BijstandBenchmark {

    static final int N = 65_536;
    static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 1);
    static final Inkomsten.Vrijlating[] VRIJLATINGEN = {Inkomsten.Vrijlating.GEEN, Inkomsten.Vrijlating.ALGEMEEN,
        Inkomsten.Vrijlating.MEDISCH_UREN_BEPERKT};

    final SnelleBijstand.Peil peil = new SnelleBijstand.Peil(PEILDATUM, Parameters.standaard());
    final long[] aanvrager = new long[N];
    final long[] partner = new long[N];
    final long[][] mede = new long[N][];
    final boolean[][] uitgezonderd = new boolean[N][];
    final long[] loon = new long[N];
    final Inkomsten.Vrijlating[] vrijlating = new Inkomsten.Vrijlating[N];
    final long[] uitkering = new long[N];
    final long[] giften = new long[N];
    final List<Huishoudsituatie> situaties = new ArrayList<>(N);
    final List<Inkomsten> inkomsten = new ArrayList<>(N);

    @Setup
    public void huishoudens() {
        SplittableRandom r = new SplittableRandom(19);
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
                leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.MEDEBEWONER, LocalDate.ofEpochDay(mede[i][j])));
            }
            loon[i] = r.nextBoolean() ? r.nextLong(0, 250_000) : 0;
            vrijlating[i] = VRIJLATINGEN[r.nextInt(3)];
            uitkering[i] = r.nextInt(5) == 0 ? r.nextLong(0, 120_000) : 0;
            giften[i] = r.nextInt(10) == 0 ? r.nextLong(0, 300_000) : 0;
            situaties.add(new Huishoudsituatie(leden));
            inkomsten.add(new Inkomsten(BigDecimal.valueOf(loon[i], 2), vrijlating[i], null, Inkomsten.Vrijlating.GEEN,
                    BigDecimal.valueOf(uitkering[i], 2), null, BigDecimal.valueOf(giften[i], 2)));
        }
    }

    @State(Scope.Thread)
    public static class Uit {
        final SnelleBijstand.Uitkomst uitkomst = new SnelleBijstand.Uitkomst();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void snelleRouteEenThread(Uit uit, Blackhole bh) {
        SnelleBijstand.Uitkomst u = uit.uitkomst;
        for (int i = 0; i < N; i++) {
            boolean ok = SnelleBijstand.bereken(peil, aanvrager[i], partner[i], mede[i], uitgezonderd[i], mede[i].length, false, loon[i],
                    vrijlating[i], 0, Inkomsten.Vrijlating.GEEN, uitkering[i], 0, giften[i], u);
            bh.consume(ok ? u.totaal : -1);
        }
    }

    /** The explained monthly total on the first 1,024 households (those the rules accept). */
    @Benchmark
    @OperationsPerInvocation(1_024)
    public void uitgelegdMaandbudget(Blackhole bh) {
        for (int i = 0; i < 1_024; i++) {
            try {
                bh.consume(Maandbudget.bereken(situaties.get(i), PEILDATUM, inkomsten.get(i), Parameters.standaard()));
            } catch (IllegalArgumentException e) {
                bh.consume(e);
            }
        }
    }
}

package nl.maatwerk.prioriteit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import nl.maatwerk.prioriteit.score.Factoren;
import nl.maatwerk.prioriteit.score.Gewichten;
import nl.maatwerk.prioriteit.score.Nood;
import nl.maatwerk.prioriteit.score.Score;

/**
 * A measured harness, not a test: recomputes a queue of N open items (100,000 by default) the way
 * the app does after the factors are gathered: points for every item and the sort, and then also
 * the "why here" explanation for every item. Prints the median and the spread of repeated runs after
 * a warm-up. Run with {@code scripts/benchmark-prioriteit.sh}; the numbers go into docs/performance.md.
 */
public final class WachtrijBenchmark {

    record Item(String sleutel, Factoren f) {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rondes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Item> items = items(n, 20261126L);
        Gewichten w = Gewichten.STANDAARD;
        for (int i = 0; i < 10; i++) {
            alleen(items, w);
            metUitleg(items, w);
        }
        long[] orden = new long[rondes];
        long[] uitleg = new long[rondes];
        long controle = 0;
        for (int i = 0; i < rondes; i++) {
            long t0 = System.nanoTime();
            controle += alleen(items, w).getFirst().sleutel().hashCode();
            long t1 = System.nanoTime();
            controle += metUitleg(items, w);
            long t2 = System.nanoTime();
            orden[i] = t1 - t0;
            uitleg[i] = t2 - t1;
        }
        System.out.printf("items: %,d; rondes: %d (na 10 keer opwarmen); Java %s; %d cores%n", n, rondes, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        druk("punten en sorteren", orden);
        druk("punten, uitleg per item en sorteren", uitleg);
        System.out.println("(controle " + controle + ")");
    }

    static List<Item> alleen(List<Item> items, Gewichten w) {
        return Nood.orden(items, Item::f, Item::sleutel, w);
    }

    static long metUitleg(List<Item> items, Gewichten w) {
        long som = 0;
        for (Item i : items) {
            Score s = Nood.bereken(i.f(), w);
            som += s.bijdragen().size();
        }
        return som + alleen(items, w).size();
    }

    /** A mix like a large city's: most items have a deadline or a wait, a minority acute domains or arrears, a few a safety flag. */
    static List<Item> items(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Item> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int acuut = r.nextInt(10) == 0 ? 1 + r.nextInt(3) : 0;
            int zwak = acuut + (r.nextInt(3) == 0 ? r.nextInt(5) : 0);
            long schuld = r.nextInt(6) == 0 ? r.nextInt(5000) : 0;
            int maanden = schuld > 0 ? 1 + r.nextInt(8) : 0;
            Integer termijn = r.nextInt(4) == 0 ? null : r.nextInt(70) - 14;
            items.add(new Item("hulpvraag:" + i, new Factoren(acuut, zwak, schuld, maanden, r.nextInt(200) == 0, termijn, r.nextInt(200))));
        }
        return items;
    }

    private static void druk(String wat, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("%-40s mediaan %6.1f ms, min %6.1f ms, max %6.1f ms%n", wat, s[s.length / 2] / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6);
    }
}

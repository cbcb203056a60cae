package nl.maatwerk.simulatie;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.maatwerk.regels.hervorming.Aggregaat;
import nl.maatwerk.regels.hervorming.Basisregels;
import nl.maatwerk.regels.hervorming.Hervorming;
import nl.maatwerk.regels.hervorming.Populatie;
import nl.maatwerk.regels.hervorming.Samenvatting;
import nl.maatwerk.regels.hervorming.WatAls;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * The same work as {@link Simulatie} for a synthetic population, as a plain loop on one thread
 * without Spark: the reference for the benchmark in docs/performance.md.
 * {@code java -cp maatwerk-simulatie.jar nl.maatwerk.simulatie.Lus N SEED K DIR}
 */
public final class Lus {

    private Lus() {
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        long seed = Long.parseLong(args[1]);
        int k = Integer.parseInt(args[2]);
        Path uit = Path.of(args[3]);
        Files.createDirectories(uit);
        long start = System.nanoTime();
        LocalDate peil = LocalDate.of(2025, 9, 1);
        Parameters basis = Parameters.standaard();
        List<Hervorming> varianten = Hervorming.synthetisch(k, basis, peil);
        Populatie p = new Populatie(seed, peil, Populatie.Gebied.NEDERLAND);
        Aggregaat a = WatAls.reken(n, p::huishouden, varianten, basis, peil);
        Basisregels rekenaar = new Basisregels(basis);
        try (BufferedWriter w = Files.newBufferedWriter(uit.resolve("basis.csv"), StandardCharsets.UTF_8)) {
            w.write("id,norm_incl_vt,vakantietoeslag,kostendelers,beslagvrije_voet,max_aflossing,signalen\n");
            for (long i = 0; i < n; i++) {
                try {
                    w.write(rekenaar.bereken(p.huishouden(i)));
                    w.write('\n');
                } catch (IllegalArgumentException e) {
                    // refused rows: counted in the summary as nietBerekend
                }
            }
        }
        double sec = (System.nanoTime() - start) / 1e9;
        Files.writeString(uit.resolve("samenvatting.json"), Samenvatting.json(a, varianten, basis, peil, "synthetisch, seed " + seed, 10, sec));
        System.out.println(String.format(Locale.forLanguageTag("nl-NL"), "lus: %,d huishoudens × %d varianten in %.1f s", n, k, sec));
    }
}

package nl.maatwerk.regels.bulk;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Persoon;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Rol;
import nl.maatwerk.regels.inkomen.Maatregel;
import nl.maatwerk.regels.inkomen.Parameters;
import nl.maatwerk.regels.inkomen.SnelleBerekening;

/**
 * {@code java -jar maatwerk-regels.jar bulk --in IN.csv --out OUT.csv [--fouten FOUTEN.csv] [--parameters FILE]}:
 * the existence-minimum check for every row of a file (format in the contract). A row with bad data
 * goes to the error file with its id and the reason, and the run goes on; no row is dropped
 * silently. On a terminal a progress bar shows; at the end one summary line. {@code --parameters}
 * takes a parameter set in the format of {@code parameters.csv} instead of the built-in one.
 *
 * <p>The {@code signalen} column keeps to the contract's code {@code ONDER_BESLAGVRIJE_VOET}: the
 * other signals of the library (such as {@code LANGER_DAN_TIEN_JAAR}) are in its explained result,
 * not in this file, so the contract's example rows stay exactly as they are.
 */
public final class Bulk {

    static final String KOP_UIT = "id,norm_incl_vt,vakantietoeslag,kostendelers,beslagvrije_voet,max_aflossing,signalen";
    static final String KOP_FOUTEN = "id,regel,reden";

    /** What a run did. */
    public record Samenvatting(long rijen, long goed, long fout, double seconden) {

        public String regel() {
            double perSeconde = seconden > 0 ? rijen / seconden : rijen;
            return String.format(Locale.forLanguageTag("nl-NL"), "%,d rijen (%,d goed, %,d fout) in %.1f s: %,.0f rijen per seconde",
                    rijen, goed, fout, seconden, perSeconde);
        }
    }

    private Bulk() {
    }

    public static void main(String[] args) {
        int code = start(args, System.out, System.err, System.console() != null);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int start(String[] args, PrintStream uit, PrintStream fout, boolean terminal) {
        if (args.length == 0 || !args[0].equals("bulk")) {
            fout.println("Gebruik: java -jar maatwerk-regels.jar bulk --in IN.csv --out OUT.csv [--fouten FOUTEN.csv] [--parameters BESTAND]");
            return 2;
        }
        Path in = null;
        Path out = null;
        Path fouten = null;
        Path parameterbestand = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--in" -> in = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--fouten" -> fouten = Path.of(args[i + 1]);
                case "--parameters" -> parameterbestand = Path.of(args[i + 1]);
                default -> {
                    fout.println("Onbekende optie: " + args[i]);
                    return 2;
                }
            }
        }
        if (in == null || out == null) {
            fout.println("Geef --in en --out.");
            return 2;
        }
        if (!Files.isReadable(in)) {
            fout.println("Kan het invoerbestand niet lezen: " + in);
            return 2;
        }
        Parameters parameters = Parameters.standaard();
        if (parameterbestand != null) {
            try (InputStream p = Files.newInputStream(parameterbestand)) {
                parameters = Parameters.lees(p);
            } catch (IOException | RuntimeException e) {
                fout.println("Kan het parameterbestand niet lezen: " + parameterbestand + " (" + e.getMessage() + ")");
                return 2;
            }
        }
        if (fouten == null) {
            String naam = out.getFileName().toString();
            fouten = out.resolveSibling((naam.endsWith(".csv") ? naam.substring(0, naam.length() - 4) : naam) + ".fouten.csv");
        }
        try {
            Samenvatting s = verwerk(in, out, fouten, terminal ? fout : null, parameters);
            uit.println(s.regel() + (s.fout() > 0 ? "; fouten staan in " + fouten : ""));
            return 0;
        } catch (IOException e) {
            fout.println("Lezen of schrijven ging mis: " + e.getMessage());
            return 1;
        }
    }

    /** Reads {@code in}, writes results to {@code out} and bad rows to {@code fouten}; shows progress on {@code voortgang} if given. */
    public static Samenvatting verwerk(Path in, Path out, Path fouten, PrintStream voortgang) throws IOException {
        return verwerk(in, out, fouten, voortgang, Parameters.standaard());
    }

    /** As {@link #verwerk(Path, Path, Path, PrintStream)}, with the given parameter set. */
    public static Samenvatting verwerk(Path in, Path out, Path fouten, PrintStream voortgang, Parameters parameters) throws IOException {
        Rekenaar rekenaar = new Rekenaar(parameters);
        long start = System.nanoTime();
        long totaal = Files.size(in);
        AtomicLong gelezen = new AtomicLong();
        long rijen = 0;
        long goed = 0;
        long fout = 0;
        long laatsteMelding = 0;
        try (InputStream bytes = new TellendeStroom(Files.newInputStream(in), gelezen);
                BufferedReader lezer = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
                BufferedWriter schrijver = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                BufferedWriter foutSchrijver = Files.newBufferedWriter(fouten, StandardCharsets.UTF_8)) {
            schrijver.write(KOP_UIT);
            schrijver.newLine();
            foutSchrijver.write(KOP_FOUTEN);
            foutSchrijver.newLine();
            String kop = lezer.readLine();
            long regelnummer = 1;
            if (kop == null || !kop.strip().startsWith("id,peildatum")) {
                throw new IOException("De eerste regel is geen kop 'id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing'");
            }
            String regel;
            while ((regel = lezer.readLine()) != null) {
                regelnummer++;
                if (regel.isBlank()) {
                    continue;
                }
                rijen++;
                String id = regel.contains(",") ? regel.substring(0, regel.indexOf(',')) : regel;
                try {
                    schrijver.write(rekenaar.bereken(regel));
                    schrijver.newLine();
                    goed++;
                } catch (RuntimeException e) {
                    fout++;
                    foutSchrijver.write(csv(id) + "," + regelnummer + "," + csv(reden(e)));
                    foutSchrijver.newLine();
                }
                if (voortgang != null && (rijen & 0x3FF) == 0 && System.nanoTime() - laatsteMelding > 200_000_000L) {
                    laatsteMelding = System.nanoTime();
                    balk(voortgang, gelezen.get(), totaal, rijen);
                }
            }
        }
        if (voortgang != null) {
            balk(voortgang, totaal, totaal, rijen);
            voortgang.println();
        }
        return new Samenvatting(rijen, goed, fout, (System.nanoTime() - start) / 1e9);
    }

    /** One input row with the built-in parameters. */
    static String bereken(String regel) {
        return new Rekenaar(Parameters.standaard()).bereken(regel);
    }

    /** One run's parameter set with the peildatum's fixed values, worked out once per date (a file usually has one or a few). */
    public static final class Rekenaar {
        private final Parameters parameters;
        private final java.util.Map<LocalDate, Optional<SnelleBerekening.Peil>> peilen = new java.util.HashMap<>();

        public Rekenaar(Parameters parameters) {
            this.parameters = parameters;
        }

        /**
         * One input row to one output row; throws with a Dutch reason when the row is not usable. The
         * common case goes through {@link SnelleBerekening}; what it declines (AOW age, youth, odd rows)
         * through the explained reference, which gives the same numbers or the reason for refusing.
         */
        public String bereken(String regel) {
            String[] v = regel.split(",", -1);
            if (v.length != 7) {
                throw new IllegalArgumentException("De regel heeft " + v.length + " velden in plaats van 7");
            }
            LocalDate peildatum = datum(v[1], "peildatum");
            LocalDate aanvrager = datum(v[2], "aanvrager");
            LocalDate partner = v[3].isBlank() ? null : datum(v[3], "partner");
            String[] mede = v[4].isBlank() ? new String[0] : v[4].split("\\|");
            long[] geboren = new long[mede.length];
            boolean[] uitgezonderd = new boolean[mede.length];
            List<Persoon> leden = new ArrayList<>();
            leden.add(new Persoon(Rol.AANVRAGER, aanvrager));
            if (partner != null) {
                leden.add(new Persoon(Rol.PARTNER, partner));
            }
            for (int i = 0; i < mede.length; i++) {
                String[] delen = mede[i].split(":", 2);
                Optional<Huishoudsituatie.Uitzondering> uitzondering = Optional.empty();
                if (delen.length == 2) {
                    uitzondering = Optional.of(Huishoudsituatie.Uitzondering.vanCode(delen[1]));
                }
                LocalDate d = datum(delen[0], "medebewoner");
                geboren[i] = d.toEpochDay();
                uitgezonderd[i] = uitzondering.isPresent();
                leden.add(new Persoon(Rol.MEDEBEWONER, d, uitzondering));
            }
            BigDecimal terug = null;
            BigDecimal aflossing = null;
            if (!v[5].isBlank()) {
                terug = bedrag(v[5], "terugvordering");
                aflossing = v[6].isBlank() ? null : bedrag(v[6], "aflossing");
            } else if (!v[6].isBlank()) {
                throw new IllegalArgumentException("Een aflossing zonder terugvordering");
            }
            SnelleBerekening.Uitkomst u = new SnelleBerekening.Uitkomst();
            SnelleBerekening.Peil peil = peilen.computeIfAbsent(peildatum, d -> {
                try {
                    return Optional.of(new SnelleBerekening.Peil(d, parameters));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }).orElse(null);
            if (peil != null && SnelleBerekening.bereken(peil, aanvrager.toEpochDay(), partner == null ? Long.MIN_VALUE : partner.toEpochDay(),
                    geboren, uitgezonderd, geboren.length, terug == null ? -1 : terug.movePointRight(2).longValueExact(),
                    aflossing == null ? -1 : aflossing.movePointRight(2).longValueExact(), u)) {
                return v[0] + ',' + centen(u.normInclusief) + ',' + centen(u.vakantietoeslag) + ',' + u.kostendelers + ','
                        + centen(u.beslagvrijeVoet) + ',' + centen(u.maximaleAflossing) + ',' + (u.onderBeslagvrijeVoet ? Bestaanszekerheid.ONDER_BESLAGVRIJE_VOET : "");
            }
            Optional<Maatregel> maatregel = terug == null ? Optional.empty()
                    : Optional.of(new Maatregel.Terugvordering(terug, Optional.ofNullable(aflossing)));
            Bestaanszekerheid.Resultaat r = Bestaanszekerheid.bereken(new Huishoudsituatie(leden), peildatum, maatregel, parameters);
            // Never negative: without a recovery the room above the voet, which is at least zero.
            BigDecimal maximaal = r.maatregel().map(Bestaanszekerheid.Terugbetaling::maximaleAflossingPerMaand)
                    .orElse(r.ruimteBovenBeslagvrijeVoet());
            StringBuilder sb = new StringBuilder(96);
            sb.append(v[0]).append(',').append(twee(r.bijstandsnorm().inclusiefVakantietoeslag())).append(',')
                    .append(twee(r.bijstandsnorm().vakantietoeslag())).append(',').append(r.bijstandsnorm().aantalKostendelers()).append(',')
                    .append(twee(r.beslagvrijeVoet())).append(',').append(twee(maximaal)).append(',');
            List<String> codes = r.signalen().stream().map(Bestaanszekerheid.Signaal::code)
                    .filter(Bestaanszekerheid.ONDER_BESLAGVRIJE_VOET::equals).distinct().toList();
            sb.append(String.join("|", codes));
            return sb.toString();
        }
    }

    /** Cents as an amount with two decimals and a dot. */
    static String centen(long c) {
        long euro = c / 100;
        long rest = c % 100;
        return euro + (rest < 10 ? ".0" : ".") + rest;
    }

    private static LocalDate datum(String tekst, String veld) {
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("De " + veld + " '" + tekst + "' is geen datum als 2025-09-01");
        }
    }

    private static BigDecimal bedrag(String tekst, String veld) {
        try {
            BigDecimal b = new BigDecimal(tekst.strip());
            if (b.scale() > 2) {
                throw new IllegalArgumentException("De " + veld + " '" + tekst + "' heeft meer dan twee cijfers achter de punt");
            }
            return b;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("De " + veld + " '" + tekst + "' is geen bedrag als 7040.00");
        }
    }

    private static String twee(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String reden(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A field for a CSV row, quoted when it needs to be (as in the error file). */
    public static String csvVeld(String tekst) {
        return csv(tekst);
    }

    private static String csv(String tekst) {
        return tekst.contains(",") || tekst.contains("\"") ? "\"" + tekst.replace("\"", "\"\"") + "\"" : tekst;
    }

    private static void balk(PrintStream p, long gelezen, long totaal, long rijen) {
        int procent = totaal == 0 ? 100 : (int) Math.min(100, 100 * gelezen / totaal);
        int vol = procent / 5;
        p.print("\r[" + "#".repeat(vol) + ".".repeat(20 - vol) + "] " + procent + "% "
                + String.format(Locale.forLanguageTag("nl-NL"), "%,d", rijen) + " rijen");
        p.flush();
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class TellendeStroom extends FilterInputStream {
        private final AtomicLong teller;

        TellendeStroom(InputStream in, AtomicLong teller) {
            super(in);
            this.teller = teller;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                teller.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int van, int lengte) throws IOException {
            int n = super.read(buffer, van, lengte);
            if (n > 0) {
                teller.addAndGet(n);
            }
            return n;
        }
    }
}

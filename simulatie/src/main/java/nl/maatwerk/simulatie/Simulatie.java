package nl.maatwerk.simulatie;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.regels.bulk.Bulk;
import nl.maatwerk.regels.hervorming.Aggregaat;
import nl.maatwerk.regels.hervorming.Armoedeval;
import nl.maatwerk.regels.hervorming.Basisregels;
import nl.maatwerk.regels.hervorming.Doorrekening;
import nl.maatwerk.regels.hervorming.Hervorming;
import nl.maatwerk.regels.hervorming.Huishouden;
import nl.maatwerk.regels.hervorming.Inkomensdecielen;
import nl.maatwerk.regels.hervorming.Populatie;
import nl.maatwerk.regels.hervorming.Samenvatting;
import nl.maatwerk.regels.hervorming.WatAls;
import nl.maatwerk.regels.inkomen.Parameters;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code java -jar maatwerk-simulatie.jar (--in IN.csv | --huishoudens N [--seed S]) [--hervorming FILE] [--varianten K] --uit DIR}
 * (the contract), plus {@code --peildatum}, {@code --gebied nederland|gemeente}, {@code --master},
 * {@code --partities}, {@code --minimale-groep} and {@code --bewaar-populatie}. The rules run inside
 * Spark tasks as plain Java from {@code regels}; Spark only spreads the households and adds up.
 */
public final class Simulatie {

    static final String GEBRUIK = "Gebruik: java -jar maatwerk-simulatie.jar (--in IN.csv | --huishoudens N [--seed S]) [--hervorming BESTAND]"
            + " [--varianten K] --uit MAP [--peildatum 2025-09-01] [--gebied nederland|gemeente] [--master local[2]] [--partities P]"
            + " [--minimale-groep 10] [--bewaar-populatie]";

    /** What the user asked for; {@link #lees} refuses nonsense in Dutch. */
    record Opdracht(Path in, long huishoudens, long seed, Path hervorming, int varianten, Path uit, LocalDate peildatum, Populatie.Gebied gebied,
            String master, int partities, int minimaleGroep, boolean bewaarPopulatie) {

        static Opdracht lees(String[] args) {
            Path in = null;
            Path hervorming = null;
            Path uit = null;
            long huishoudens = -1;
            long seed = 1;
            int varianten = 0;
            LocalDate peildatum = LocalDate.of(2025, 9, 1);
            Populatie.Gebied gebied = Populatie.Gebied.NEDERLAND;
            String master = null;
            int partities = 0;
            int minimaleGroep = 10; // the app's KleineGroep.MINIMUM: one threshold for small groups
            boolean bewaar = false;
            for (int i = 0; i < args.length; i++) {
                String optie = args[i];
                if (optie.equals("--bewaar-populatie")) {
                    bewaar = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new FouteInvoer("De optie " + optie + " mist een waarde.");
                }
                String w = args[++i];
                switch (optie) {
                    case "--in" -> in = Path.of(w);
                    case "--huishoudens" -> huishoudens = getal(optie, w, 1, 100_000_000);
                    case "--seed" -> seed = getal(optie, w, Long.MIN_VALUE, Long.MAX_VALUE);
                    case "--hervorming" -> hervorming = Path.of(w);
                    case "--varianten" -> varianten = (int) getal(optie, w, 0, 1000);
                    case "--uit" -> uit = Path.of(w);
                    case "--peildatum" -> {
                        try {
                            peildatum = LocalDate.parse(w);
                        } catch (DateTimeParseException e) {
                            throw new FouteInvoer("De peildatum '" + w + "' is geen datum als 2025-09-01.");
                        }
                    }
                    case "--gebied" -> gebied = switch (w) {
                        case "nederland" -> Populatie.Gebied.NEDERLAND;
                        case "gemeente" -> Populatie.Gebied.GEMEENTE;
                        default -> throw new FouteInvoer("Het gebied '" + w + "' bestaat niet; kies nederland of gemeente.");
                    };
                    case "--master" -> master = w;
                    case "--partities" -> partities = (int) getal(optie, w, 1, 100_000);
                    case "--minimale-groep" -> minimaleGroep = (int) getal(optie, w, 1, 1_000_000);
                    default -> throw new FouteInvoer("Onbekende optie: " + optie);
                }
            }
            if ((in == null) == (huishoudens < 0)) {
                throw new FouteInvoer("Geef precies één van --in en --huishoudens.");
            }
            if (uit == null) {
                throw new FouteInvoer("Geef met --uit de map voor de uitkomsten.");
            }
            if (in != null && !Files.isReadable(in)) {
                throw new FouteInvoer("Kan het invoerbestand niet lezen: " + in);
            }
            if (hervorming != null && !Files.isReadable(hervorming)) {
                throw new FouteInvoer("Kan het hervormingsbestand niet lezen: " + hervorming);
            }
            return new Opdracht(in, huishoudens, seed, hervorming, varianten, uit, peildatum, gebied, master, partities, minimaleGroep, bewaar);
        }

        private static long getal(String optie, String w, long min, long max) {
            try {
                long n = Long.parseLong(w.replace("_", ""));
                if (n < min || n > max) {
                    throw new FouteInvoer("De waarde van " + optie + " moet tussen " + min + " en " + max + " liggen, niet " + w + ".");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new FouteInvoer("De waarde van " + optie + " is geen geheel getal: " + w);
            }
        }
    }

    /** Bad input: the message is for the user, in Dutch; exit code 2. */
    static final class FouteInvoer extends RuntimeException {
        FouteInvoer(String bericht) {
            super(bericht);
        }
    }

    /** What a run produced, for the summary line and the tests. */
    /** {@code voorPeildatum}: rows of an input file whose own peildatum is before the run's (a reform does not reach them). */
    record Uitkomst(long huishoudens, int varianten, double seconden, long kostenBasisPerJaar, long voorPeildatum) {

        String regel(Path uit) {
            Locale nl = Locale.forLanguageTag("nl-NL");
            return String.format(nl, "%,d huishoudens × %d varianten in %.1f s (%,.0f huishoudens per seconde); kosten basis € %,.2f per jaar; uitvoer in %s",
                    huishoudens, varianten, seconden, huishoudens / Math.max(seconden, 1e-9), kostenBasisPerJaar / 100.0, uit);
        }
    }

    private Simulatie() {
    }

    /**
     * Progress goes to a terminal; {@code -Dmaatwerk.voortgang=true} asks for it without one, for a
     * parent process that reads stderr (the app's "Wat als?" hands large runs to this jar).
     */
    public static void main(String[] args) {
        int code = start(args, System.out, System.err, System.console() != null || Boolean.getBoolean("maatwerk.voortgang"), null);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs with the given Spark context when there is one (tests share one), otherwise with a new one that it stops. */
    static int start(String[] args, PrintStream uit, PrintStream fout, boolean terminal, JavaSparkContext gegeven) {
        Opdracht o;
        List<Hervorming> varianten;
        try {
            o = Opdracht.lees(args);
            varianten = varianten(o);
        } catch (FouteInvoer | IllegalArgumentException e) {
            fout.println(e.getMessage());
            fout.println(GEBRUIK);
            return 2;
        } catch (IOException e) {
            fout.println("Lezen van het hervormingsbestand ging mis: " + e.getMessage());
            return 1;
        }
        Fasen.meet("jvm en opties");
        JavaSparkContext spark = gegeven != null ? gegeven : sessie(o);
        Fasen.meet("spark starten");
        try {
            Uitkomst u = draai(spark, o, varianten, terminal ? fout : null);
            if (u.voorPeildatum() > 0) {
                // Otherwise the variants silently equal the baseline for these rows, and a council reads "no effect".
                fout.println("Let op: " + u.voorPeildatum() + " huishoudens in het invoerbestand hebben een peildatum vóór " + o.peildatum()
                        + ", de peildatum van deze run. Een hervorming geldt vanaf " + o.peildatum()
                        + " en verandert voor hen niets. Zet de peildatum van de rijen gelijk aan die van de run (--peildatum).");
            }
            uit.println(u.regel(o.uit()));
            return 0;
        } catch (IOException e) {
            fout.println("Schrijven van de uitkomsten ging mis: " + e.getMessage());
            return 1;
        } catch (Exception e) { // SparkException is checked in Scala, not declared in Java
            String invoer = invoerfout(e);
            if (invoer != null) {
                fout.println(invoer);
                return 2;
            }
            fout.println("De simulatie is mislukt: " + e);
            return 1;
        } finally {
            if (gegeven == null) {
                spark.stop();
                Fasen.meet("sessie stoppen");
            }
        }
    }

    static List<Hervorming> varianten(Opdracht o) throws IOException {
        List<Hervorming> varianten = new ArrayList<>();
        Parameters basis = Parameters.standaard();
        if (o.hervorming() != null) {
            try (Reader r = Files.newBufferedReader(o.hervorming(), StandardCharsets.UTF_8)) {
                varianten.addAll(Hervorming.lees(r, basis));
            }
        }
        varianten.addAll(Hervorming.synthetisch(o.varianten(), basis, o.peildatum()));
        List<String> namen = WatAls.namen(varianten);
        if (namen.stream().distinct().count() != namen.size()) {
            throw new FouteInvoer("Twee varianten hebben dezelfde naam.");
        }
        return varianten;
    }

    /**
     * Only a SparkContext: the run needs RDDs and nothing of Spark SQL (the Parquet files are written by
     * {@link VariantenParquet}). Settings given to spark-submit (--conf, spark-defaults.conf) win over these.
     */
    static JavaSparkContext sessie(Opdracht o) {
        SparkConf conf = new SparkConf().setAppName("maatwerk-simulatie");
        if (o.master() != null) {
            conf.setMaster(o.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // spark-submit sets spark.master; java -jar runs embedded
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        JavaSparkContext jsc = new JavaSparkContext(conf);
        jsc.setLogLevel("WARN");
        return jsc;
    }

    static Uitkomst draai(JavaSparkContext jsc, Opdracht o, List<Hervorming> varianten, PrintStream voortgang) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(o.uit());
        Voortgang v = voortgang == null ? null : new Voortgang(jsc, voortgang);
        try {
            JavaRDD<Huishouden> huishoudens;
            long aantal;
            String populatie;
            if (o.in() != null) {
                huishoudens = uitBestand(jsc, o);
                aantal = -1;
                populatie = "bestand " + o.in().getFileName();
            } else {
                aantal = o.huishoudens();
                huishoudens = synthetisch(jsc, o);
                populatie = "synthetisch, " + o.gebied().name().toLowerCase(Locale.ROOT) + ", seed " + o.seed();
            }
            LocalDate peildatum = o.peildatum();

            if (v != null) {
                v.fase("inkomensdecielen", aantal);
            }
            Inkomensdecielen decielen = huishoudens.mapPartitions(it -> {
                Inkomensdecielen d = new Inkomensdecielen();
                it.forEachRemaining(h -> d.tel(h.nettoInkomen()));
                return List.of(d).iterator();
            }).reduce(Inkomensdecielen::samen);
            long[] grenzen = decielen.grenzen();
            Fasen.meet("inkomensdecielen");

            if (v != null) {
                v.fase("doorrekenen (" + (varianten.size() + 1) + " varianten)", aantal);
            }
            List<String> namen = WatAls.namen(varianten);
            Aggregaat aggregaat = huishoudens.mapPartitions(it -> {
                Doorrekening[] d = WatAls.doorrekeningen(varianten, Parameters.standaard(), peildatum);
                Doorrekening.Uitkomst[] u = WatAls.uitkomsten(d.length);
                Aggregaat a = new Aggregaat(namen, grenzen);
                while (it.hasNext()) {
                    WatAls.voegToe(a, it.next(), d, u);
                }
                return List.of(a).iterator();
            }).reduce(Aggregaat::samen);
            long totaal = aggregaat.totaal(0).huishoudens();
            Fasen.meet("doorrekenen");

            if (v != null) {
                v.fase("basis.csv schrijven", totaal + aggregaat.aantalNietBerekend());
            }
            schrijfBasis(huishoudens, o, v);
            Fasen.meet("basis.csv");

            Files.writeString(o.uit().resolve("samenvatting.json"), Samenvatting.json(aggregaat, varianten, Parameters.standaard(), peildatum,
                    populatie, o.minimaleGroep(), (System.nanoTime() - start) / 1e9), StandardCharsets.UTF_8);
            Fasen.meet("samenvatting");
            schrijfVarianten(jsc.version(), aggregaat, o);
            Fasen.meet("varianten en parquet");
            schrijfArmoedeval(varianten, o);
            Fasen.meet("armoedeval");
            if (v != null) {
                v.klaar();
            }
            long voor = 0;
            if (o.in() != null && !varianten.isEmpty()) {
                long dag = peildatum.toEpochDay();
                voor = huishoudens.filter(h -> h.peildatum() < dag).count();
            }
            return new Uitkomst(totaal, varianten.size(), (System.nanoTime() - start) / 1e9, aggregaat.totaal(0).kostenPerJaar(), voor);
        } finally {
            if (v != null) {
                v.stop();
            }
        }
    }

    /** Ranges of household numbers, one per partition; each task generates its own households. */
    static JavaRDD<Huishouden> synthetisch(JavaSparkContext jsc, Opdracht o) {
        long n = o.huishoudens();
        int p = o.partities() > 0 ? o.partities() : (int) Math.max(jsc.defaultParallelism(), Math.min(1_000, n / 200_000));
        p = (int) Math.max(1, Math.min(p, n));
        List<long[]> delen = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            delen.add(new long[] {n * i / p, n * (i + 1) / p});
        }
        Populatie populatie = new Populatie(o.seed(), o.peildatum(), o.gebied());
        return jsc.parallelize(delen, p).flatMap(deel -> new Iterator<Huishouden>() {
            long volgende = deel[0];

            @Override
            public boolean hasNext() {
                return volgende < deel[1];
            }

            @Override
            public Huishouden next() {
                return populatie.huishouden(volgende++);
            }
        });
    }

    /** IN.csv, with the row's line number for the Dutch reason when a row is bad. */
    static JavaRDD<Huishouden> uitBestand(JavaSparkContext jsc, Opdracht o) {
        String pad = o.in().toAbsolutePath().toString();
        int p = o.partities() > 0 ? o.partities() : jsc.defaultParallelism();
        JavaRDD<String> regels = jsc.textFile(pad, p);
        List<String> kolommen = Huishouden.kop(regels.isEmpty() ? null : regels.first());
        return regels.zipWithIndex().filter(t -> t._2() > 0 && !t._1().isBlank())
                .map(t -> Huishouden.lees(t._1(), t._2() - 1, t._2() + 1, kolommen));
    }

    /**
     * A run of rows for the driver: per file one block of UTF-8 bytes instead of an object per row. Encoded in
     * the task (in parallel); the driver, which writes alone, only copies bytes.
     */
    record Brok(int aantal, byte[] basis, byte[] fouten, byte[] populatie) implements java.io.Serializable {

        Brok(int aantal, StringBuilder basis, StringBuilder fouten, StringBuilder populatie) {
            this(aantal, utf8(basis), utf8(fouten), utf8(populatie));
        }

        private static byte[] utf8(StringBuilder s) {
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final int BROK = 50_000;

    /**
     * basis.csv in input order. The partitions are computed as separate jobs, a few at a time so that every
     * core has one (toLocalIterator computes one partition after another: one core in this phase), and
     * written in order as they come back; at most {@code venster} partitions wait in the driver's memory.
     */
    static void schrijfBasis(JavaRDD<Huishouden> huishoudens, Opdracht o, Voortgang v) throws IOException {
        boolean bewaar = o.bewaarPopulatie();
        JavaRDD<Brok> brokRdd = huishoudens.mapPartitions(it -> {
            Basisregels rekenaar = new Basisregels(Parameters.standaard());
            List<Brok> uit = new ArrayList<>();
            StringBuilder basis = new StringBuilder(1 << 16);
            StringBuilder fouten = new StringBuilder();
            StringBuilder populatie = new StringBuilder();
            int n = 0;
            while (it.hasNext()) {
                Huishouden h = it.next();
                try {
                    basis.append(rekenaar.bereken(h)).append('\n');
                } catch (IllegalArgumentException e) {
                    // As the bulk command: the row goes to the error file with its reason, the run goes on.
                    fouten.append(Bulk.csvVeld(h.id())).append(',').append(h.nummer() + 2).append(',').append(Bulk.csvVeld(e.getMessage())).append('\n');
                }
                if (bewaar) {
                    populatie.append(h.alsInRegel()).append(',').append(h.extraKolommen()).append('\n');
                }
                if (++n % BROK == 0 || !it.hasNext()) {
                    uit.add(new Brok(n % BROK == 0 ? BROK : n % BROK, basis, fouten, populatie));
                    basis.setLength(0);
                    fouten.setLength(0);
                    populatie.setLength(0);
                }
            }
            return uit.iterator();
        });
        int partities = brokRdd.getNumPartitions();
        int venster = Math.max(2, Math.min(brokRdd.context().defaultParallelism() + 1, 16));
        ExecutorService jobs = Executors.newFixedThreadPool(Math.min(venster, partities), r -> {
            Thread t = new Thread(r, "basis-csv");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<Brok>>> onderweg = new ArrayDeque<>();
        int volgende = 0;
        Path populatie = o.uit().resolve("populatie.csv");
        try (OutputStream basis = new BufferedOutputStream(Files.newOutputStream(o.uit().resolve("basis.csv")), 1 << 16);
                OutputStream fouten = new BufferedOutputStream(Files.newOutputStream(o.uit().resolve("basis.fouten.csv")));
                OutputStream pop = bewaar ? new BufferedOutputStream(Files.newOutputStream(populatie), 1 << 16) : null) {
            basis.write("id,norm_incl_vt,vakantietoeslag,kostendelers,beslagvrije_voet,max_aflossing,signalen\n".getBytes(StandardCharsets.UTF_8));
            fouten.write("id,regel,reden\n".getBytes(StandardCharsets.UTF_8));
            if (pop != null) {
                pop.write((Huishouden.KOP + ',' + String.join(",", Huishouden.EXTRA) + '\n').getBytes(StandardCharsets.UTF_8));
            }
            while (volgende < partities || !onderweg.isEmpty()) {
                while (volgende < partities && onderweg.size() < venster) {
                    int[] deel = {volgende++};
                    onderweg.add(jobs.submit(() -> brokRdd.collectPartitions(deel)[0]));
                }
                for (Brok b : wacht(onderweg.removeFirst())) {
                    if (v != null) {
                        v.geschreven(b.aantal());
                    }
                    basis.write(b.basis());
                    fouten.write(b.fouten());
                    if (pop != null) {
                        pop.write(b.populatie());
                    }
                }
            }
        } finally {
            onderweg.forEach(f -> f.cancel(true));
            jobs.shutdownNow();
        }
    }

    /** The partition's rows, or the job's failure as it is (a bad row inside a task is found by {@link #invoerfout}). */
    private static List<Brok> wacht(Future<List<Brok>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("onderbroken", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Per variant the groups as CSV under DIR/varianten/, and all of them as one Parquet table partitioned by
     * variant, DIR/varianten.parquet/variant=NAAM/ ({@link VariantenParquet}, on the driver).
     */
    static void schrijfVarianten(String sparkVersie, Aggregaat a, Opdracht o) throws IOException {
        Path map = o.uit().resolve("varianten");
        Files.createDirectories(map);
        Map<String, List<Aggregaat.Regel>> perVariant = new LinkedHashMap<>();
        for (int v = 0; v < a.varianten().size(); v++) {
            List<Aggregaat.Regel> regels = a.regels(v, o.minimaleGroep());
            String bestand = bestandsnaam(a.varianten().get(v));
            List<String> csv = new ArrayList<>();
            csv.add(Aggregaat.CSV_KOP);
            for (Aggregaat.Regel r : regels) {
                csv.add(Aggregaat.csv(r));
            }
            Files.write(map.resolve(bestand + ".csv"), csv, StandardCharsets.UTF_8);
            perVariant.put(bestand, regels);
        }
        VariantenParquet.schrijf(o.uit().resolve("varianten.parquet"), perVariant, sparkVersie);
    }

    static void schrijfArmoedeval(List<Hervorming> varianten, Opdracht o) throws IOException {
        Doorrekening[] d = WatAls.doorrekeningen(varianten, Parameters.standaard(), o.peildatum());
        List<String> namen = WatAls.namen(varianten);
        List<String> regels = new ArrayList<>();
        regels.add(Armoedeval.CSV_KOP);
        for (int v = 0; v < d.length; v++) {
            Armoedeval.curve(namen.get(v), d[v], o.peildatum()).forEach(p -> regels.add(Armoedeval.csv(p)));
        }
        Files.write(o.uit().resolve("armoedeval.csv"), regels, StandardCharsets.UTF_8);
    }

    /** A variant's name as a file name: "normen+1%" becomes "normen-plus-1pct". */
    static String bestandsnaam(String variant) {
        return variant.replace("+", "-plus-").replace("%", "pct").replaceAll("[^\\p{L}0-9_.-]", "_");
    }

    private static final Pattern INVOERFOUT = Pattern.compile("Regel \\d+ van de invoer: [^\\n]*");

    /** A bad row found inside a Spark task comes back wrapped; find the Dutch reason again. */
    static String invoerfout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Huishouden.OngeldigeInvoerException || t instanceof FouteInvoer) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                Matcher m = INVOERFOUT.matcher(t.getMessage());
                if (m.find()) {
                    return m.group();
                }
            }
            if (t instanceof IllegalArgumentException && t.getMessage() != null && t.getMessage().startsWith("De eerste regel")) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** Households done and the rate, on one terminal line, from Spark's own task counts. */
    static final class Voortgang {
        private final JavaSparkContext jsc;
        private final PrintStream uit;
        private final Thread draad;
        private volatile String fase = "";
        private volatile long totaal = -1;
        private volatile long faseStart = System.nanoTime();
        private volatile boolean klaar;
        /** In the phase that writes basis.csv: rows the driver has written; -1 in the others (then Spark's task counts). */
        private volatile long geschreven = -1;

        Voortgang(JavaSparkContext jsc, PrintStream uit) {
            this.jsc = jsc;
            this.uit = uit;
            this.draad = new Thread(this::lus, "voortgang");
            draad.setDaemon(true);
            draad.start();
        }

        void fase(String naam, long huishoudens) {
            fase = naam;
            totaal = huishoudens;
            geschreven = naam.startsWith("basis.csv") ? 0 : -1;
            faseStart = System.nanoTime();
        }

        private void lus() {
            Locale nl = Locale.forLanguageTag("nl-NL");
            while (!klaar) {
                long klaarTaken = 0;
                long taken = 0;
                for (int id : jsc.statusTracker().getActiveStageIds()) {
                    SparkStageInfo s = jsc.statusTracker().getStageInfo(id);
                    if (s != null) {
                        klaarTaken += s.numCompletedTasks();
                        taken += s.numTasks();
                    }
                }
                double deel = geschreven >= 0 && totaal > 0 ? (double) geschreven / totaal : taken == 0 ? 0 : (double) klaarTaken / taken;
                double sec = (System.nanoTime() - faseStart) / 1e9;
                String regel = totaal > 0
                        ? String.format(nl, "%s: %,d van %,d huishoudens (%,.0f per seconde)", fase, (long) (deel * totaal), totaal, deel * totaal / Math.max(sec, 1e-3))
                        : String.format(nl, "%s: %d%% van de taken", fase, Math.round(deel * 100));
                uit.print("\r" + regel + "    ");
                uit.flush();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void geschreven(int aantal) {
            geschreven += aantal; // only the driver's writing thread adds
        }

        void klaar() {
            klaar = true;
        }

        void stop() {
            klaar = true;
            draad.interrupt();
            uit.print("\r" + " ".repeat(100) + "\r");
            uit.flush();
        }
    }
}

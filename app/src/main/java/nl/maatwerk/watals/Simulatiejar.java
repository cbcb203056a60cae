package nl.maatwerk.watals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.maatwerk.regels.hervorming.Hervorming;
import nl.maatwerk.regels.hervorming.Huishouden;
import nl.maatwerk.regels.inkomen.Parameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hands a large run to the simulatie jar (issue 19): Apache Spark in local mode, as a child process with
 * the command line of the contract. The households go in as IN.csv with the extra columns (no identifiers:
 * the id is the row number), the variants as a reform file named v1..vn (the jar wants plain names), and
 * the groups come back from {@code varianten/*.csv}, already with small groups hidden at the same threshold.
 * The jar computes from its own built-in parameter set; a run whose baseline differs from it (a managed
 * parameter changed in the app) stays in the process, so both routes always mean the same baseline.
 */
@Component
class Simulatiejar {

    /** A line of the jar's progress: {@code klaar} of {@code totaal} (households, or percent of Spark's tasks). */
    record Voortgang(String tekst, long klaar, long totaal) {
    }

    /** What the jar wrote: the groups per variant (0 = basis), in cents, and the households it could not compute. */
    record Uitslag(List<Run.Uitkomst> uitkomsten, long huishoudens, long nietBerekend) {
    }

    private static final Pattern AANTALLEN = Pattern.compile("([\\d.]+) van ([\\d.]+) huishoudens");
    private static final Pattern PROCENT = Pattern.compile("(\\d+)% van de taken");
    private static final Pattern GETAL = Pattern.compile("\"(huishoudens|nietBerekend)\": (\\d+)");

    // Not final: the tests set a threshold of 0 and a missing jar on the one bean of the shared context.
    private volatile int drempel;
    private volatile Path jar;
    private final Duration maximaal;
    private final List<String> jvmOpties;

    /**
     * @param jvmOpties options for the child's JVM, separated by spaces; none by default, so a large run gets the JVM's
     *        full JIT. The tests, whose runs are a few hundred households, pass options that make a JVM cheap to start.
     */
    Simulatiejar(@Value("${maatwerk.watals.spark.drempel:250000}") int drempel,
            @Value("${maatwerk.watals.spark.jar:../simulatie/target/maatwerk-simulatie.jar}") String jar,
            @Value("${maatwerk.watals.spark.maximaal:PT1H}") Duration maximaal, @Value("${maatwerk.watals.spark.jvm-opties:}") String jvmOpties) {
        this.drempel = drempel;
        this.jar = Path.of(jar).toAbsolutePath().normalize();
        this.maximaal = maximaal;
        this.jvmOpties = jvmOpties.isBlank() ? List.of() : List.of(jvmOpties.strip().split("\\s+"));
    }

    int drempel() {
        return drempel;
    }

    Path jar() {
        return jar;
    }

    boolean aanwezig() {
        return Files.isRegularFile(jar) && Files.isReadable(jar);
    }

    /** Whether the app's parameter set on the peildatum is the jar's built-in one, name by name. */
    static boolean zelfdeBasis(Parameters app, LocalDate peildatum) {
        Parameters jarSet = Parameters.standaard();
        java.util.Set<String> namen = new java.util.TreeSet<>();
        app.alle().forEach(p -> namen.add(p.naam()));
        jarSet.alle().forEach(p -> namen.add(p.naam()));
        for (String naam : namen) {
            BigDecimal a = app.geldig(naam, peildatum).map(Parameters.Parameter::waarde).orElse(null);
            BigDecimal b = jarSet.geldig(naam, peildatum).map(Parameters.Parameter::waarde).orElse(null);
            if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Runs the jar in a fresh folder that is removed afterwards; {@code voortgang} hears each progress line. */
    Uitslag draai(List<Huishouden> huishoudens, List<Hervorming> varianten, LocalDate peildatum, Consumer<Voortgang> voortgang)
            throws IOException, InterruptedException {
        Path map = Files.createTempDirectory("maatwerk-wat-als-");
        try {
            Path in = map.resolve("export.csv");
            try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
                w.write(Huishouden.KOP + "," + String.join(",", Huishouden.EXTRA) + "\n");
                for (Huishouden h : huishoudens) {
                    w.write(invoerregel(h));
                    w.write('\n');
                }
            }
            Path hervorming = map.resolve("hervorming.csv");
            Files.write(hervorming, hervormingsbestand(varianten, peildatum), StandardCharsets.UTF_8);
            Path uit = map.resolve("uit");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> opdracht = new ArrayList<>(List.of(java));
            opdracht.addAll(jvmOpties);
            opdracht.addAll(List.of("-Dmaatwerk.voortgang=true", "-jar", jar.toString(), "--in", in.toString(), "--hervorming",
                    hervorming.toString(), "--uit", uit.toString(), "--peildatum", peildatum.toString(), "--minimale-groep",
                    Integer.toString(nl.maatwerk.platform.KleineGroep.MINIMUM)));
            Process p = new ProcessBuilder(opdracht).redirectOutput(map.resolve("uitvoer.txt").toFile()).start();
            StringBuilder laatste = new StringBuilder();
            Thread lezer = new Thread(() -> lees(p.getErrorStream(), voortgang, laatste), "wat-als-spark-voortgang");
            lezer.setDaemon(true);
            lezer.start();
            boolean op;
            try {
                op = p.waitFor(maximaal.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // The app is stopping: the child must not go on writing into a folder that is about to go.
                p.destroyForcibly();
                throw e;
            }
            if (!op) {
                p.destroyForcibly();
                throw new IllegalStateException("De simulatie op Spark duurde langer dan " + maximaal.toMinutes() + " minuten en is gestopt.");
            }
            lezer.join(5_000);
            if (p.exitValue() != 0) {
                String melding;
                synchronized (laatste) {
                    melding = laatste.toString().strip();
                }
                throw new IllegalStateException("De simulatie op Spark stopte met code " + p.exitValue() + (melding.isEmpty() ? "" : ": " + melding));
            }
            String samenvatting = Files.readString(uit.resolve("samenvatting.json"), StandardCharsets.UTF_8);
            long aantal = 0;
            long niet = 0;
            Matcher m = GETAL.matcher(samenvatting);
            while (m.find()) {
                if (m.group(1).equals("huishoudens") && aantal == 0) {
                    aantal = Long.parseLong(m.group(2));
                } else if (m.group(1).equals("nietBerekend")) {
                    niet = Long.parseLong(m.group(2));
                }
            }
            List<Run.Uitkomst> uitkomsten = new ArrayList<>();
            for (int v = 0; v <= varianten.size(); v++) {
                Path csv = uit.resolve("varianten").resolve((v == 0 ? Hervorming.BASIS : "v" + v) + ".csv");
                List<String> regels = Files.readAllLines(csv, StandardCharsets.UTF_8);
                for (String regel : regels.subList(1, regels.size())) {
                    if (!regel.isBlank()) {
                        uitkomsten.add(uitkomst(v, regel));
                    }
                }
            }
            return new Uitslag(uitkomsten, aantal, niet);
        } finally {
            try (Stream<Path> alles = Files.walk(map)) {
                alles.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }

    /** IN.csv with every extra column, in the order of the header ({@link Huishouden#EXTRA}). */
    static String invoerregel(Huishouden h) {
        return h.alsInRegel() + "," + h.extraKolommen();
    }

    /** variant,parameter,waarde; a variant without changes sets one parameter to its own value, so it still exists. */
    static List<String> hervormingsbestand(List<Hervorming> varianten, LocalDate peildatum) {
        List<String> regels = new ArrayList<>();
        regels.add("variant,parameter,waarde");
        for (int v = 0; v < varianten.size(); v++) {
            String naam = "v" + (v + 1);
            Map<String, BigDecimal> w = varianten.get(v).wijzigingen();
            if (w.isEmpty()) {
                Parameters.Parameter p = Parameters.standaard().geldig(Parameters.NORM_GEHUWDEN, peildatum).orElseThrow();
                regels.add(naam + "," + p.naam() + "," + p.waarde().toPlainString());
            }
            w.forEach((parameter, waarde) -> regels.add(naam + "," + parameter + "," + waarde.toPlainString()));
        }
        return regels;
    }

    /** One row of varianten/NAAM.csv: euros to cents, an empty field is a hidden number. */
    static Run.Uitkomst uitkomst(int variant, String regel) {
        List<String> v = velden(regel);
        return new Run.Uitkomst(variant, v.get(1), v.get(2), getal(v.get(3)), centen(v.get(4)), centen(v.get(5)), getal(v.get(7)), getal(v.get(8)),
                getal(v.get(9)), getal(v.get(10)), getal(v.get(11)), centen(v.get(12)), centen(v.get(13)));
    }

    /** CSV fields with quotes as {@code Aggregaat.csv} writes them (a group name may hold a comma). */
    static List<String> velden(String regel) {
        List<String> uit = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean binnen = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (binnen) {
                if (c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    binnen = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                binnen = true;
            } else if (c == ',') {
                uit.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        uit.add(veld.toString());
        if (uit.size() != 14) {
            throw new IllegalStateException("Een regel van de simulatie heeft " + uit.size() + " velden in plaats van 14: " + regel);
        }
        return uit;
    }

    private static Long getal(String s) {
        return s.isBlank() ? null : Long.parseLong(s.strip());
    }

    private static Long centen(String s) {
        return s.isBlank() ? null : new BigDecimal(s.strip()).movePointRight(2).longValueExact();
    }

    /** Reads stderr: progress lines end in a carriage return, messages in a newline. Keeps the last line for a failure. */
    private static void lees(InputStream fout, Consumer<Voortgang> voortgang, StringBuilder laatste) {
        try (Reader r = new InputStreamReader(fout, StandardCharsets.UTF_8)) {
            StringBuilder regel = new StringBuilder();
            long vorige = 0;
            int c;
            while ((c = r.read()) != -1) {
                if (c != '\r' && c != '\n') {
                    regel.append((char) c);
                    continue;
                }
                String tekst = regel.toString().strip();
                regel.setLength(0);
                if (tekst.isEmpty()) {
                    continue;
                }
                synchronized (laatste) {
                    laatste.setLength(0);
                    laatste.append(tekst.length() > 300 ? tekst.substring(0, 300) : tekst);
                }
                // The jar writes a line twice a second; the database hears at most one a second.
                if (System.nanoTime() - vorige < 1_000_000_000L) {
                    continue;
                }
                vorige = System.nanoTime();
                Matcher m = AANTALLEN.matcher(tekst);
                Matcher p = PROCENT.matcher(tekst);
                if (m.find()) {
                    voortgang.accept(new Voortgang(tekst, Long.parseLong(m.group(1).replace(".", "")), Long.parseLong(m.group(2).replace(".", ""))));
                } else if (p.find()) {
                    voortgang.accept(new Voortgang(tekst, Long.parseLong(p.group(1)), 100));
                }
            }
        } catch (IOException e) {
            // the process ended; its exit code tells the rest
        }
    }
}

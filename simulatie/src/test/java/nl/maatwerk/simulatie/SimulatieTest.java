package nl.maatwerk.simulatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.maatwerk.regels.bulk.Bulk;
import nl.maatwerk.regels.hervorming.Aggregaat;
import nl.maatwerk.regels.hervorming.Hervorming;
import nl.maatwerk.regels.hervorming.Huishouden;
import nl.maatwerk.regels.hervorming.Populatie;
import nl.maatwerk.regels.hervorming.WatAls;
import nl.maatwerk.regels.inkomen.Parameters;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation command against the contract and against the single-JVM rules. One SparkSession on
 * local[2] for the whole class and small populations: Spark's start is the expensive part.
 */
class SimulatieTest {

    private static final LocalDate PEIL = LocalDate.of(2025, 9, 1);
    private static SparkSession spark;

    @TempDir
    Path map;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("simulatie-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private record Run(int code, String uit, String fout) {
    }

    private Run draai(String... args) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ByteArrayOutputStream fout = new ByteArrayOutputStream();
        int code = Simulatie.start(args, new PrintStream(uit, true, StandardCharsets.UTF_8), new PrintStream(fout, true, StandardCharsets.UTF_8), false,
                JavaSparkContext.fromSparkContext(spark.sparkContext()));
        return new Run(code, uit.toString(StandardCharsets.UTF_8), fout.toString(StandardCharsets.UTF_8));
    }

    /** The same synthetic households as IN.csv rows, the way the bulk command reads them. */
    private Path inCsv(long seed, int aantal, boolean extra) throws Exception {
        Populatie p = new Populatie(seed, PEIL, Populatie.Gebied.NEDERLAND);
        List<String> regels = new ArrayList<>();
        regels.add(extra ? Huishouden.KOP + "," + String.join(",", Huishouden.EXTRA) : Huishouden.KOP);
        for (long n = 0; n < aantal; n++) {
            Huishouden h = p.huishouden(n);
            regels.add(extra ? h.alsInRegel() + ',' + h.extraKolommen() : h.alsInRegel());
        }
        Path in = map.resolve(extra ? "in-extra.csv" : "in.csv");
        Files.write(in, regels, StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void theSparkBaselineOfASyntheticPopulationEqualsTheBulkCommandRowForRow() throws Exception {
        Path in = inCsv(5, 3_000, false);
        Path bulk = map.resolve("bulk.csv");
        Bulk.Samenvatting s = Bulk.verwerk(in, bulk, map.resolve("fouten.csv"), null);

        Path uit = map.resolve("uit");
        Run r = draai("--huishoudens", "3000", "--seed", "5", "--uit", uit.toString(), "--partities", "3");
        assertEquals(0, r.code(), r.fout());
        assertEquals(Files.readAllLines(bulk), Files.readAllLines(uit.resolve("basis.csv")));
        assertEquals(Files.readAllLines(map.resolve("fouten.csv")), Files.readAllLines(uit.resolve("basis.fouten.csv")));
        assertTrue(Files.readString(uit.resolve("samenvatting.json")).contains("\"nietBerekend\": " + s.fout() + ","));
    }

    @Test
    void theSparkBaselineOfAnInputFileEqualsTheBulkCommandRowForRowInTheSameOrder() throws Exception {
        Path in = inCsv(9, 2_000, false);
        Path bulk = map.resolve("bulk.csv");
        Bulk.verwerk(in, bulk, map.resolve("fouten.csv"), null);
        Path uit = map.resolve("uit");
        Run r = draai("--in", in.toString(), "--uit", uit.toString(), "--varianten", "1", "--partities", "4");
        assertEquals(0, r.code(), r.fout());
        assertEquals(Files.readAllLines(bulk), Files.readAllLines(uit.resolve("basis.csv")));
    }

    @Test
    void theSparkResultsPerGroupEqualThePlainJavaLoop() throws Exception {
        Path hervorming = map.resolve("hervorming.csv");
        Files.writeString(hervorming, """
                variant,parameter,waarde
                geen-kostendelers,kostendeler-minimumleeftijd,200
                hogere-norm,pw-norm-alleenstaande,1450.00
                """);
        Path uit = map.resolve("uit");
        Run r = draai("--huishoudens", "4000", "--seed", "8", "--hervorming", hervorming.toString(), "--varianten", "2", "--uit", uit.toString());
        assertEquals(0, r.code(), r.fout());

        List<Hervorming> varianten = new ArrayList<>(Hervorming.lees(Files.newBufferedReader(hervorming), Parameters.standaard()));
        varianten.addAll(Hervorming.synthetisch(2, Parameters.standaard(), PEIL));
        Populatie p = new Populatie(8, PEIL, Populatie.Gebied.NEDERLAND);
        Aggregaat lus = WatAls.reken(4_000, p::huishouden, varianten, Parameters.standaard(), PEIL);
        for (int v = 0; v <= varianten.size(); v++) {
            List<String> verwacht = new ArrayList<>();
            verwacht.add(Aggregaat.CSV_KOP);
            lus.regels(v, 10).forEach(regel -> verwacht.add(Aggregaat.csv(regel)));
            Path bestand = uit.resolve("varianten").resolve(Simulatie.bestandsnaam(WatAls.namen(varianten).get(v)) + ".csv");
            assertEquals(verwacht, Files.readAllLines(bestand), bestand.toString());
            assertTrue(Files.isDirectory(uit.resolve("varianten.parquet").resolve("variant=" + Simulatie.bestandsnaam(WatAls.namen(varianten).get(v)))));
        }
        // The Parquet table as Spark SQL reads it: variant as the partition column, the rest with Spark's types and
        // nullability, and per variant the same rows in the same order as the plain loop.
        Dataset<Row> tabel = spark.read().parquet(uit.resolve("varianten.parquet").toString());
        assertEquals(List.of("dimensie", "groep", "huishoudens", "kosten_per_jaar_centen", "kosten_per_jaar_basis_centen", "onder_minimum",
                "onder_minimum_basis", "in_bijstand", "winnaars", "verliezers", "gemiddelde_winst_per_maand_centen", "gemiddeld_verlies_per_maand_centen",
                "variant"), List.of(tabel.schema().fieldNames()));
        assertEquals(DataTypes.LongType, tabel.schema().apply("winnaars").dataType());
        assertTrue(tabel.schema().apply("winnaars").nullable(), "a hidden small group is null");
        assertEquals(DataTypes.StringType, tabel.schema().apply("dimensie").dataType());
        assertTrue(Files.exists(uit.resolve("varianten.parquet").resolve("_SUCCESS")));
        for (int v = 0; v <= varianten.size(); v++) {
            String variant = Simulatie.bestandsnaam(WatAls.namen(varianten).get(v));
            List<List<Object>> verwacht = new ArrayList<>();
            for (Aggregaat.Regel g : lus.regels(v, 10)) {
                verwacht.add(Arrays.asList(g.dimensie(), g.groep(), g.huishoudens(), g.kostenPerJaar(), g.kostenPerJaarBasis(), g.onderMinimum(),
                        g.onderMinimumBasis(), g.inBijstand(), g.winnaars(), g.verliezers(), g.gemiddeldeWinstPerMaand(), g.gemiddeldVerliesPerMaand(), variant));
            }
            List<List<Object>> gelezen = new ArrayList<>();
            for (Row rij : tabel.where(functions.col("variant").equalTo(variant)).collectAsList()) {
                List<Object> velden = new ArrayList<>();
                for (int i = 0; i < rij.size(); i++) {
                    velden.add(rij.get(i));
                }
                gelezen.add(velden);
            }
            assertEquals(verwacht, gelezen, variant);
        }
        String json = Files.readString(uit.resolve("samenvatting.json"));
        assertTrue(json.contains("\"variant\": \"geen-kostendelers\""), json);
        assertTrue(json.contains("{\"parameter\": \"kostendeler-minimumleeftijd\", \"was\": 27, \"wordt\": 200"), json);
        assertTrue(json.contains("\"kostenPerJaar\": " + Aggregaat.csv(lus.totaal(0)).split(",")[4]), json);
        assertTrue(r.uit().strip().matches("4\\.000 huishoudens × 4 varianten in .*"), r.uit());
        assertTrue(Files.readAllLines(uit.resolve("armoedeval.csv")).size() > 100);
    }

    @Test
    void extraColumnsForIncomeAndWijkAreReadFromTheInputFile() throws Exception {
        Path in = inCsv(12, 500, true);
        Path uit = map.resolve("uit");
        Run r = draai("--in", in.toString(), "--uit", uit.toString(), "--varianten", "1");
        assertEquals(0, r.code(), r.fout());
        Populatie p = new Populatie(12, PEIL, Populatie.Gebied.NEDERLAND);
        Aggregaat lus = WatAls.reken(500, p::huishouden, Hervorming.synthetisch(1, Parameters.standaard(), PEIL), Parameters.standaard(), PEIL);
        List<String> csv = Files.readAllLines(uit.resolve("varianten").resolve("normen-plus-1pct.csv"));
        assertEquals(Aggregaat.csv(lus.regels(1, 10).get(0)), csv.get(1));
    }

    @Test
    void rowsWhosePeildatumIsBeforeTheRunsAreNamedBecauseAReformDoesNotReachThem() throws Exception {
        Path in = map.resolve("oud.csv");
        Files.writeString(in, """
                id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing
                1,2025-09-01,1990-05-01,,,,
                2,2025-09-01,1980-05-01,1981-01-01,,,
                3,2026-07-01,1970-05-01,,,,
                """);
        Run r = draai("--in", in.toString(), "--varianten", "1", "--peildatum", "2026-07-01", "--uit", map.resolve("uit-oud").toString());
        assertEquals(0, r.code(), r.fout());
        assertTrue(r.fout().contains("Let op: 2 huishoudens in het invoerbestand hebben een peildatum vóór 2026-07-01"), r.fout());
        Run gelijk = draai("--in", in.toString(), "--varianten", "1", "--peildatum", "2025-09-01", "--uit", map.resolve("uit-gelijk").toString());
        assertEquals(0, gelijk.code(), gelijk.fout());
        assertTrue(!gelijk.fout().contains("Let op"), gelijk.fout());
    }

    @Test
    void aBadRowStopsTheRunWithItsLineNumberInDutchAndExitCodeTwo() throws Exception {
        Path in = map.resolve("in.csv");
        Files.writeString(in, """
                id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing
                1,2025-09-01,1990-05-01,,,,
                2,2025-09-01,1 mei 1990,,,,
                """);
        Run r = draai("--in", in.toString(), "--uit", map.resolve("uit").toString());
        assertEquals(2, r.code());
        assertTrue(r.fout().contains("Regel 3 van de invoer: de aanvrager '1 mei 1990' is geen datum als 2025-09-01"), r.fout());
    }

    @Test
    void badOptionsAndReformFilesAreRefusedInDutchBeforeSparkStarts() throws Exception {
        Run geenUit = draai("--huishoudens", "10");
        assertEquals(2, geenUit.code());
        assertTrue(geenUit.fout().startsWith("Geef met --uit de map voor de uitkomsten."), geenUit.fout());

        Run beide = draai("--huishoudens", "10", "--in", "x.csv", "--uit", "u");
        assertEquals(2, beide.code());
        assertTrue(beide.fout().startsWith("Geef precies één van --in en --huishoudens."), beide.fout());

        Path hervorming = map.resolve("h.csv");
        Files.writeString(hervorming, "variant,parameter,waarde\nv,bestaat-niet,1\n");
        Run onbekend = draai("--huishoudens", "10", "--hervorming", hervorming.toString(), "--uit", map.resolve("u").toString());
        assertEquals(2, onbekend.code());
        assertTrue(onbekend.fout().startsWith("Regel 2: de parameter 'bestaat-niet' bestaat niet"), onbekend.fout());
        assertTrue(Files.notExists(map.resolve("u")));
    }
}

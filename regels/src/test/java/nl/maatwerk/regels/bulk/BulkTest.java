package nl.maatwerk.regels.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkTest {

    @TempDir
    Path map;

    @Test
    void theContractsExampleRowGivesTheContractsOutputRow() throws Exception {
        Path in = map.resolve("in.csv");
        Files.writeString(in, """
                id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing
                1,2025-09-01,1990-05-01,,1960-01-01|1999-03-02:student,7040.00,250.00
                """);
        Bulk.Samenvatting s = Bulk.verwerk(in, map.resolve("out.csv"), map.resolve("fouten.csv"), null);
        assertThat(Files.readAllLines(map.resolve("out.csv"))).containsExactly(Bulk.KOP_UIT,
                "1,977.90,48.90,2,929.00,48.90,ONDER_BESLAGVRIJE_VOET");
        assertThat(s.rijen()).isEqualTo(1);
        assertThat(s.fout()).isZero();
    }

    @Test
    void aYoungCoupleNeverGetsANegativeRepaymentRoom() throws Exception {
        // Was 1293.21 - 1825.97 = -532.76 with the voet of a couple of 21 and older; the voet is 95% of
        // the couple's own norm: 1293.21 - 64.66 = 1228.55, room 64.66.
        Path in = map.resolve("in.csv");
        Files.writeString(in, """
                id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing
                j,2025-03-01,2005-06-01,2000-01-01,,,
                k,2025-03-01,2005-06-01,2000-01-01,,1000.00,100.00
                """);
        Bulk.verwerk(in, map.resolve("out.csv"), map.resolve("fouten.csv"), null);
        assertThat(Files.readAllLines(map.resolve("out.csv"))).containsExactly(Bulk.KOP_UIT,
                "j,1293.21,64.66,2,1228.55,64.66,",
                "k,1293.21,64.66,2,1228.55,64.66,ONDER_BESLAGVRIJE_VOET");
    }

    @Test
    void theParametersOptionReadsAParameterSetInTheFormatOfParametersCsv() throws Exception {
        String standaard;
        try (var s = nl.maatwerk.regels.inkomen.Parameters.class.getResourceAsStream("parameters.csv")) {
            standaard = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        // A what-if set: the single norm of 1 July 2025 raised to 1400.00. 5% = 70.00, voet 1330.00.
        String eigen = standaard.replace("pw-norm-alleenstaande;1369.06;2025-07-01", "pw-norm-alleenstaande;1400.00;2025-07-01");
        assertThat(eigen).isNotEqualTo(standaard);
        Path parameters = map.resolve("parameters.csv");
        Files.writeString(parameters, eigen);
        Path in = map.resolve("in.csv");
        Files.writeString(in, """
                id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing
                1,2025-09-01,1990-05-01,,,,
                """);
        ByteArrayOutputStream fout = new ByteArrayOutputStream();
        int code = Bulk.start(new String[] {"bulk", "--in", in.toString(), "--out", map.resolve("uit.csv").toString(),
                "--parameters", parameters.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(fout, true, StandardCharsets.UTF_8), false);
        assertThat(code).as(fout.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readAllLines(map.resolve("uit.csv"))).containsExactly(Bulk.KOP_UIT, "1,1400.00,70.00,1,1330.00,70.00,");

        // Without the option the built-in set applies.
        assertThat(Bulk.start(new String[] {"bulk", "--in", in.toString(), "--out", map.resolve("standaard.csv").toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(fout, true, StandardCharsets.UTF_8),
                false)).isZero();
        assertThat(Files.readAllLines(map.resolve("standaard.csv"))).containsExactly(Bulk.KOP_UIT, "1,1369.06,68.45,1,1300.61,68.45,");

        // A missing or malformed file is refused with exit code 2 and a reason.
        Files.writeString(map.resolve("kapot.csv"), "pw-norm-alleenstaande;1400.00;2025-07-01;bron;verzonnen;x\n");
        ByteArrayOutputStream fout2 = new ByteArrayOutputStream();
        assertThat(Bulk.start(new String[] {"bulk", "--in", in.toString(), "--out", map.resolve("x.csv").toString(), "--parameters",
                map.resolve("kapot.csv").toString()}, System.out, new PrintStream(fout2, true, StandardCharsets.UTF_8), false)).isEqualTo(2);
        assertThat(fout2.toString(StandardCharsets.UTF_8)).contains("parameterbestand");
        assertThat(Bulk.start(new String[] {"bulk", "--in", in.toString(), "--out", map.resolve("x.csv").toString(), "--parameters",
                map.resolve("bestaat-niet.csv").toString()}, System.out, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), false)).isEqualTo(2);
    }

    @Test
    void badRowsGoToTheErrorFileWithIdAndReasonAndTheRunGoesOnInOrder() throws Exception {
        Path in = map.resolve("in.csv");
        Files.writeString(in, """
                id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing
                a,2025-09-01,1990-05-01,,,,
                b,2025-13-01,1990-05-01,,,,
                c,2025-09-01,1990-05-01,1991-02-03,,100.00,
                d,2025-09-01,1990-05-01,,1980-01-01:rijk,,
                e,2025-09-01,1990-05-01,,,12.345,
                f,2018-12-31,1960-01-01,,,,
                g,2025-09-01,1990-05-01
                h,2025-09-01,1990-05-01,,,,10.00
                i,2025-09-01,1985-01-01,,,,
                """);
        Bulk.Samenvatting s = Bulk.verwerk(in, map.resolve("out.csv"), map.resolve("fouten.csv"), null);
        List<String> uit = Files.readAllLines(map.resolve("out.csv"));
        assertThat(uit).extracting(r -> r.split(",")[0]).containsExactly("id", "a", "c", "i");
        List<String> fouten = Files.readAllLines(map.resolve("fouten.csv"));
        assertThat(fouten.getFirst()).isEqualTo(Bulk.KOP_FOUTEN);
        assertThat(fouten.subList(1, fouten.size())).extracting(r -> r.split(",")[0]).containsExactly("b", "d", "e", "f", "g", "h");
        assertThat(String.join("\n", fouten)).contains("geen datum", "Onbekende uitzondering", "twee cijfers", "7");
        assertThat(s.rijen()).isEqualTo(9);
        assertThat(s.goed() + s.fout()).as("no row dropped silently").isEqualTo(s.rijen());
    }

    @Test
    void theCommandPrintsOneSummaryLineAndAProgressBarOnlyOnATerminal() throws Exception {
        Path in = map.resolve("in.csv");
        StringBuilder sb = new StringBuilder("id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing\n");
        for (int i = 0; i < 3000; i++) {
            sb.append(i).append(",2025-09-01,1990-05-01,,,,\n");
        }
        Files.writeString(in, sb);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ByteArrayOutputStream fout = new ByteArrayOutputStream();
        int code = Bulk.start(new String[] {"bulk", "--in", in.toString(), "--out", map.resolve("uit.csv").toString()},
                new PrintStream(uit, true, StandardCharsets.UTF_8), new PrintStream(fout, true, StandardCharsets.UTF_8), true);
        assertThat(code).isZero();
        assertThat(uit.toString(StandardCharsets.UTF_8).strip()).matches("3\\.000 rijen \\(3\\.000 goed, 0 fout\\) in .* rijen per seconde");
        assertThat(fout.toString(StandardCharsets.UTF_8)).contains("[####################] 100% 3.000 rijen");
        assertThat(Files.exists(map.resolve("uit.fouten.csv"))).isTrue();
        assertThat(Bulk.start(new String[] {"bulk", "--in", "bestaat-niet.csv", "--out", "x.csv"}, System.out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false)).isEqualTo(2);
    }
}

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

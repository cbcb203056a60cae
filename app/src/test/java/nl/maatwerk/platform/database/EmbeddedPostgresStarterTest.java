package nl.maatwerk.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresStarterTest {

    @TempDir
    Path map;

    @Test
    void keepsDataAcrossRestartsInAKeptDirectory() throws Exception {
        Path data = map.resolve("pg");
        try (EmbeddedPostgres pg = EmbeddedPostgresStarter.startIn(data);
                Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bewaard (tekst text)");
            s.execute("insert into bewaard values ('nog hier')");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgresStarter.startIn(data);
                Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select tekst from bewaard")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("nog hier");
        }
    }

    @Test
    void recoversAfterPostgresWasKilledAndLeftItsPidFile() throws Exception {
        Path data = map.resolve("crash");
        EmbeddedPostgres eerste = EmbeddedPostgresStarter.startIn(data);
        try (Connection c = eerste.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table overleeft (n int)");
            s.execute("insert into overleeft values (42)");
        }
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        // A crash: the server dies without cleaning up, like after kill -9 or a power cut.
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        assertThat(data.resolve("postmaster.pid")).exists();
        try {
            eerste.close();
        } catch (Exception ignored) {
            // stopping an already dead server may complain; the point is what happens next
        }
        Files.writeString(data.resolve("postmaster.pid"), pid + "\n" + data + "\n");

        try (EmbeddedPostgres tweede = EmbeddedPostgresStarter.startIn(data);
                Connection c = tweede.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select n from overleeft")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void removesAPidFileThatPointsAtAProcessThatIsNotPostgres() throws Exception {
        Path data = map.resolve("vreemd");
        Files.createDirectories(data);
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");

        EmbeddedPostgresStarter.recoverFromCrash(data);

        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }
}

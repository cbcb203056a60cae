package nl.maatwerk.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The app takes PostgreSQL's programs from the zonky library's unpacking, which is not public API: a new version may change it. */
class PostgresBinariesTest {

    @Test
    void theProgramsAreUnpackedWhereTheAppLooksForThem() {
        assertThat(PostgresBinaries.map().resolve("bin/postgres")).isExecutable();
        assertThat(PostgresBinaries.map().resolve("bin/initdb")).isExecutable();
        assertThat(PostgresBinaries.opdracht("postgres").getLast()).endsWith("/bin/postgres");
    }
}

package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlKopieTest {

    @Test
    void rowsBecomeCopyTextWithNullsInstantsInUtcBooleansAndEscapedSpecialCharacters() {
        Instant moment = Instant.parse("2026-03-01T08:30:00Z");
        String tekst = SqlKopie.tekst(List.of(
                new Object[] {1, null, "a\tb\nc\\d\re", true},
                new Object[] {LocalDate.of(2026, 1, 2), moment, Timestamp.from(moment), false}));
        assertThat(tekst).isEqualTo("1\t\\N\ta\\tb\\nc\\\\d\\re\tt\n2026-01-02\t2026-03-01T08:30:00Z\t2026-03-01T08:30:00Z\tf\n");
    }
}

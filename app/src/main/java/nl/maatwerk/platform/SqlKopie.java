package nl.maatwerk.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk loading with PostgreSQL {@code COPY ... from stdin}: one statement per table and batch, which
 * PostgreSQL parses as a stream, several times faster than batched inserts. For a module that writes
 * many rows of its own at once (the demo city); it runs on the current transaction's connection, so
 * a batch still commits or rolls back as one.
 */
public final class SqlKopie {

    private SqlKopie() {
    }

    /**
     * Copies {@code rijen} into {@code tabelEnKolommen} (for example {@code "inwoner.huishouden (id, naam)"}),
     * each row's values in the order of the columns; returns the number of rows copied.
     */
    public static long kopieer(JdbcTemplate jdbc, String tabelEnKolommen, List<Object[]> rijen) {
        if (rijen.isEmpty()) {
            return 0;
        }
        String tekst = tekst(rijen);
        String sql = "copy " + tabelEnKolommen.strip() + " from stdin";
        Long aantal = jdbc.execute((ConnectionCallback<Long>) verbinding -> {
            try {
                return verbinding.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(tekst));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return aantal == null ? 0 : aantal;
    }

    /** The rows in COPY's text format: tab between values, a newline after each row. */
    static String tekst(List<Object[]> rijen) {
        StringBuilder tekst = new StringBuilder(rijen.size() * 128);
        for (Object[] rij : rijen) {
            for (int i = 0; i < rij.length; i++) {
                if (i > 0) {
                    tekst.append('\t');
                }
                waarde(tekst, rij[i]);
            }
            tekst.append('\n');
        }
        return tekst.toString();
    }

    /** One value: \N for null, instants in UTC, booleans as t/f, special characters escaped. */
    private static void waarde(StringBuilder tekst, Object waarde) {
        String s = switch (waarde) {
            case null -> null;
            case Timestamp t -> t.toInstant().toString();
            case Instant i -> i.toString();
            case Boolean b -> b ? "t" : "f";
            default -> waarde.toString();
        };
        if (s == null) {
            tekst.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> tekst.append("\\\\");
                case '\n' -> tekst.append("\\n");
                case '\r' -> tekst.append("\\r");
                case '\t' -> tekst.append("\\t");
                default -> tekst.append(c);
            }
        }
    }
}

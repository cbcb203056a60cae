package nl.maatwerk.platform;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Lists as PostgreSQL array literals, so plain JdbcClient parameters can carry them
 * ({@code ... = any(?::uuid[])}, {@code ?::text[]}), and text arrays read back as lists.
 */
public final class SqlLijsten {

    private SqlLijsten() {
    }

    public static String tekst(Collection<String> waarden) {
        StringBuilder sb = new StringBuilder("{");
        boolean eerste = true;
        for (String w : waarden) {
            if (!eerste) {
                sb.append(',');
            }
            eerste = false;
            sb.append('"').append(w.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }

    public static String uuids(Collection<UUID> ids) {
        return tekst(ids.stream().map(UUID::toString).toList());
    }

    public static List<String> lees(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

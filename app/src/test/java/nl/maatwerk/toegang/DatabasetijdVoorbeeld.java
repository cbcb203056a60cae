package nl.maatwerk.toegang;

/**
 * Deliberate breaches of the one clock in SQL, for {@code KlokTest} to prove its rule catches them: a
 * toegang class whose statements take the date and time from the database, in any case and also in
 * a fixed part of a concatenation. The last two statements take the moment and the day as
 * parameters, as they should, and must not be reported. Never used by the application.
 */
public final class DatabasetijdVoorbeeld {

    static final String STATUS = "update toegang.hulpvraag set status = ?, gewijzigd_op = now() where id = ?";

    static final String VERLOPEN = """
            select id from toegang.termijn
            where uiterste_datum < CURRENT_DATE and afgerond_op is null
            """;

    static final String REGISTRATIE = "insert into toegang.verstrekking (id, op) values (?, current_timestamp)";

    static final String GOED_MOMENT = "update toegang.hulpvraag set status = ?, gewijzigd_op = ? where id = ?";

    static final String GOEDE_DAG = "select id from toegang.termijn where uiterste_datum < ? and afgerond_op is null";

    private DatabasetijdVoorbeeld() {
    }

    static String stap(String wie) {
        return "update toegang.hulpvraag set " + wie + "_op = localtimestamp where id = ?";
    }
}

package nl.maatwerk.besluit;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household a decision belongs to, for a module that keeps something beside a decision (a document)
 * and checks need-to-know on the household itself. Only the id: no check, no log, nothing about the decision.
 */
@Component
public class BesluitHuishouden {

    private final JdbcClient jdbc;

    BesluitHuishouden(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The decision's household, empty when there is no such decision. */
    public Optional<UUID> van(UUID besluitId) {
        return jdbc.sql("select huishouden_id from besluit.besluit where id = ?").param(besluitId).query(UUID.class).optional();
    }
}

package nl.maatwerk.toegang;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household a request belongs to, for a module that holds a request's id (a work queue item) and
 * checks need-to-know on the household itself. Only the id: no check, no log, nothing about the request.
 */
@Component
public class HulpvraagHuishouden {

    private final JdbcClient jdbc;

    HulpvraagHuishouden(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The request's household, empty when there is no such request. */
    public Optional<UUID> van(UUID hulpvraagId) {
        return jdbc.sql("select huishouden_id from toegang.hulpvraag where id = ?").param(hulpvraagId).query(UUID.class).optional();
    }
}

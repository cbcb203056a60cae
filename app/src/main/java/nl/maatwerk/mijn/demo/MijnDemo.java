package nl.maatwerk.mijn.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo mode only: a message in the demo resident's conversation, written once (the same id again does nothing). */
@Component
public class MijnDemo {

    private final JdbcClient jdbc;

    MijnDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code gelezenOp} null: not opened yet; {@code bijlageId}: a document of the household's dossier, or null. */
    public void bericht(UUID id, UUID huishoudenId, UUID inwonerId, boolean vanInwoner, String afzender, String tekst, Instant op,
            Instant gelezenOp, UUID bijlageId) {
        jdbc.sql("""
                insert into mijn.bericht (id, huishouden_id, inwoner_id, van_inwoner, afzender, tekst, verzonden_op, gelezen_op, bijlage_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """).params(id, huishoudenId, inwonerId, vanInwoner, afzender, tekst, Timestamp.from(op),
                gelezenOp == null ? null : Timestamp.from(gelezenOp), bijlageId).update();
    }
}

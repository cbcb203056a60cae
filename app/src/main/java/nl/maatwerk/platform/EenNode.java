package nl.maatwerk.platform;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A scheduled job that runs on one node at a time. Several application nodes on one database each
 * fire the same schedule; the node that gets PostgreSQL's advisory lock for the job runs it, the
 * others skip that round. The lock belongs to one database session, held on one connection while the
 * job runs and released after it; should the node die, PostgreSQL releases it with the connection.
 * Used by the event registry's housekeeping here and by the anchoring of the Logboek's chain.
 */
@Component
public class EenNode {

    private final JdbcTemplate jdbc;

    EenNode(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the job when no other node runs it now; true when it ran here. */
    public boolean voer(String taak, Runnable actie) {
        String sleutel = "maatwerk-taak:" + taak;
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) verbinding -> {
            boolean slot;
            try (var vraag = verbinding.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
                vraag.setString(1, sleutel);
                try (var rij = vraag.executeQuery()) {
                    slot = rij.next() && rij.getBoolean(1);
                }
            }
            if (!slot) {
                return false;
            }
            try {
                actie.run();
                return true;
            } finally {
                try (var vrij = verbinding.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                    vrij.setString(1, sleutel);
                    vrij.execute();
                }
            }
        }));
    }
}

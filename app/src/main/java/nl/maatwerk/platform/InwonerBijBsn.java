package nl.maatwerk.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the resident a DigiD login belongs to, by BSN (issue 16). Platform's security asks it at login; the module
 * that knows residents implements it (platform uses no other module). Logs the lookup itself.
 */
public interface InwonerBijBsn {

    Optional<UUID> inwonerMetBsn(String bsn);
}

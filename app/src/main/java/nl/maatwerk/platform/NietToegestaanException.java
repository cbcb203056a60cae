package nl.maatwerk.platform;

import org.springframework.security.access.AccessDeniedException;

/** Not allowed, with a Dutch reason the user may see (for example: approving one's own departure). */
public class NietToegestaanException extends AccessDeniedException {

    public NietToegestaanException(String reden) {
        super(reden);
    }
}

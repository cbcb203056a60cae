package nl.maatwerk.besluit;

import nl.maatwerk.platform.ConflictException;

/** A step the decision's state does not allow, or a stale version. */
@org.springframework.modulith.NamedInterface("intern")
public class BesluitStatusException extends ConflictException {

    public BesluitStatusException(String bericht) {
        super(bericht);
    }
}

package nl.maatwerk.platform;

/**
 * The application cannot take this request on now, but can again in a few seconds: not the client's
 * fault and not a bug. Answered as 503 with Retry-After, the kind "bezet" of
 * {@code platform.web.DatabaseNietBeschikbaar}, like a database that did not hand out a connection or a
 * lock in time (issue 14).
 */
@org.springframework.modulith.NamedInterface("intern")
public class TeDrukException extends RuntimeException {

    public TeDrukException(String bericht) {
        super(bericht);
    }
}

package nl.maatwerk.mijn;

/** A resident's login whose BSN the municipality does not know (or no resident at all): a page says so. */
@org.springframework.modulith.NamedInterface("intern")
public class OnbekendeInwonerException extends RuntimeException {

    public OnbekendeInwonerException() {
        super("Wij kennen u nog niet als inwoner");
    }
}

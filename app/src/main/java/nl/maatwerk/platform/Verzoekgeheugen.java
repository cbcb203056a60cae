package nl.maatwerk.platform;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers an answer for the rest of one web request: who the user is, whether they may see a
 * household. A household page asks these many times through its parts; one lookup per request is
 * enough and still sees every change made by an earlier request. Outside a request (jobs, tests of
 * services) nothing is remembered.
 */
public final class Verzoekgeheugen {

    private static final String VOORVOEGSEL = Verzoekgeheugen.class.getName() + ".";

    private Verzoekgeheugen() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T onthoud(String sleutel, Supplier<T> berekening) {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek == null) {
            return berekening.get();
        }
        String naam = VOORVOEGSEL + sleutel;
        Object bekend = verzoek.getAttribute(naam, RequestAttributes.SCOPE_REQUEST);
        if (bekend != null) {
            return (T) bekend;
        }
        T waarde = berekening.get();
        if (waarde != null) {
            verzoek.setAttribute(naam, waarde, RequestAttributes.SCOPE_REQUEST);
        }
        return waarde;
    }

    /** Forgets an answer, after something in this request changed it. */
    public static void vergeet(String sleutel) {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek != null) {
            verzoek.removeAttribute(VOORVOEGSEL + sleutel, RequestAttributes.SCOPE_REQUEST);
        }
    }
}

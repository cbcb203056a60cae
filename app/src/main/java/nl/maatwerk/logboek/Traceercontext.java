package nl.maatwerk.logboek;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The W3C trace context of the current request: taken from an incoming {@code traceparent} header
 * when there is one, so that log records link up with the caller's own log; otherwise new.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Traceercontext {

    private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Traceercontext> HUIDIGE = new ThreadLocal<>();

    private final String traceId;
    private final String spanId;
    private final String parentSpanId;

    private Traceercontext(String traceId, String spanId, String parentSpanId) {
        this.traceId = traceId;
        this.spanId = spanId;
        this.parentSpanId = parentSpanId;
    }

    static Traceercontext uitTraceparent(String traceparent) {
        if (traceparent != null) {
            var m = TRACEPARENT.matcher(traceparent.trim());
            if (m.matches() && !m.group(1).equals("0".repeat(32)) && !m.group(2).equals("0".repeat(16))) {
                return new Traceercontext(m.group(1), nieuweId(8), m.group(2));
            }
        }
        return new Traceercontext(nieuweId(16), nieuweId(8), null);
    }

    public static Traceercontext huidigeOfNieuw() {
        Traceercontext c = HUIDIGE.get();
        return c != null ? c : uitTraceparent(null);
    }

    static void zet(Traceercontext context) {
        HUIDIGE.set(context);
    }

    static void wis() {
        HUIDIGE.remove();
    }

    public static String nieuweId(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public String traceId() {
        return traceId;
    }

    public String spanId() {
        return spanId;
    }

    String parentSpanId() {
        return parentSpanId;
    }

    String alsTraceparent() {
        return "00-" + traceId + "-" + spanId + "-01";
    }
}

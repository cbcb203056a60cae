package nl.maatwerk.platform;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The system acting on its own: an event listener that reacts after the request that caused it has
 * ended, with no one logged in, so need-to-know has no one to apply to. It carries its reason
 * ("gebeurtenis BesluitVerzonden"); a step it records names {@link #door()} as who took it, and the
 * Logboek records its reads and writes with the actor {@value #ACTOR}. It does not start inside a web
 * request or for a logged-in user, and only a method annotated as an event listener starts one
 * (SysteemactieTest), so no request gets what a system action may do.
 */
public final class Systeemactie {

    /** Who a system action is in the Logboek: its actor when no one is logged in. */
    public static final String ACTOR = "systeem";

    private static final ThreadLocal<String> REDEN = new ThreadLocal<>();

    private Systeemactie() {
    }

    /** Runs the action as the system, for a reason; refused inside a web request, for a logged-in user or within another one. */
    public static void voer(String reden, Runnable actie) {
        if (reden == null || reden.isBlank()) {
            throw new IllegalArgumentException("Een systeemactie heeft een reden");
        }
        if (RequestContextHolder.getRequestAttributes() != null || SecurityContextHolder.getContext().getAuthentication() != null) {
            throw new IllegalStateException("Een systeemactie start niet binnen een verzoek of voor een ingelogde gebruiker");
        }
        if (REDEN.get() != null) {
            throw new IllegalStateException("Er loopt al een systeemactie");
        }
        REDEN.set(reden.strip());
        try {
            actie.run();
        } finally {
            REDEN.remove();
        }
    }

    /** The reason of the system action running on this thread; refused when none runs, so a request cannot pass for one. */
    public static String vereis() {
        String reden = REDEN.get();
        if (reden == null) {
            throw new IllegalStateException("Alleen binnen een systeemactie");
        }
        return reden;
    }

    /** Who took a step recorded in the running system action: "systeem (gebeurtenis BesluitVerzonden)". */
    public static String door() {
        return ACTOR + " (" + vereis() + ")";
    }
}

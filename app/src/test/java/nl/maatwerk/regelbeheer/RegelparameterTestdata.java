package nl.maatwerk.regelbeheer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Shared by the regelbeheer tests: a half year of its own for each test, far enough ahead (from 2100)
 * that approving a norm for it changes no other test's calculation or default date, and acting as one
 * of the demo beheerders.
 */
public final class RegelparameterTestdata {

    private static final AtomicInteger HALFJAAR = new AtomicInteger();

    private RegelparameterTestdata() {
    }

    /** 1 January or 1 July of a year from 2100 on, a new one on each call in this JVM. */
    public static LocalDate nieuwHalfjaar() {
        int n = HALFJAAR.getAndIncrement();
        return LocalDate.of(2100 + n / 2, n % 2 == 0 ? 1 : 7, 1);
    }

    public static final String BRON_NORM = "jci1.3:c:BWBR0015703&artikel=21";

    /** The two norms a single person's calculation needs, for a half year. */
    public static NieuwVoorstel normen(LocalDate vanaf, String gehuwden, String alleenstaande) {
        return new NieuwVoorstel("Normen per " + vanaf, List.of(
                new Regelwaarde("pw-norm-gehuwden", new BigDecimal(gehuwden), vanaf, BRON_NORM, "bevestigd", "Normenbrief SZW (test)"),
                new Regelwaarde("pw-norm-alleenstaande", new BigDecimal(alleenstaande), vanaf, BRON_NORM, "bevestigd", "Normenbrief SZW (test)")));
    }

    public static <T> T als(String gebruiker, String rol, Supplier<T> actie) {
        SecurityContext vorige = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(gebruiker, "demo", List.of(new SimpleGrantedAuthority("ROLE_" + rol))));
        SecurityContextHolder.setContext(context);
        try {
            return actie.get();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }

    public static <T> T alsBeheerder(Supplier<T> actie) {
        return als("beheerder", "BEHEERDER", actie);
    }

    public static <T> T alsBeheerder2(Supplier<T> actie) {
        return als("beheerder2", "BEHEERDER", actie);
    }
}

package nl.maatwerk.watals.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.watals.WatAlsRuns;
import nl.maatwerk.watals.WatAlsRuns.GevraagdeVariant;
import nl.maatwerk.watals.WatAlsRuns.GevraagdeWijziging;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo mode: one finished "Wat als?" run with two variants over the demo city, so the page of the policy
 * role is not empty: a higher gift allowance, and no kostendelersnorm. Computed by the module's own job,
 * as the demo account {@code beleid}, under a fixed id: written once, a restart adds nothing.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class WatAlsDemo {

    /** The demo run's id, the same on every start. */
    public static final UUID RUN = UUID.nameUUIDFromBytes("maatwerk-demo-wat-als".getBytes(StandardCharsets.UTF_8));
    public static final String NAAM = "Demo: giften en kostendelers";
    private static final String BELEID = "beleid";

    private final WatAlsRuns runs;

    WatAlsDemo(WatAlsRuns runs) {
        this.runs = runs;
    }

    public String vul() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(BELEID, null,
                List.of(new SimpleGrantedAuthority(Rol.BELEID.authority()))));
        try {
            boolean nieuw = runs.rekenNu(RUN, NAAM, List.of(
                    new GevraagdeVariant("Giftenvrijlating 2400", List.of(new GevraagdeWijziging("giften-vrijlating-per-jaar", "2400"))),
                    new GevraagdeVariant("Geen kostendelersnorm", List.of(new GevraagdeWijziging("kostendeler-minimumleeftijd", "200")))));
            return nieuw ? "een run met twee varianten" : "al gevuld";
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

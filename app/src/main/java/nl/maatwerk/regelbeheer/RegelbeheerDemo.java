package nl.maatwerk.regelbeheer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: one waiting proposal, so the beheerder's screens are not empty. It is never approved
 * here: its amounts are examples, marked "te verifiëren", and approving them would change every
 * calculation from 1 January 2027 (no norms are known for that date yet; the real ones are from 1 July 2026). Written once (fixed id); a restart changes nothing. The demo module's
 * sequence calls {@link #vul()} after the demo accounts exist (the proposal is by {@code beheerder}).
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class RegelbeheerDemo {

    private static final Logger LOG = LoggerFactory.getLogger(RegelbeheerDemo.class);
    static final UUID VOORSTEL = UUID.nameUUIDFromBytes("demo-regelbeheer-2027-01".getBytes(StandardCharsets.UTF_8));
    private static final String TOELICHTING = "Demovoorstel: een voorbeeldbedrag, niet nagekeken. Zoek het echte bedrag op in de "
            + "normenbrief van SZW per 1 januari 2027 voordat iemand dit goedkeurt.";

    private final VoorstelOpslag opslag;
    private final Clock klok;

    RegelbeheerDemo(VoorstelOpslag opslag, Clock klok) {
        this.opslag = opslag;
        this.klok = klok;
    }

    /** Writes the waiting proposal, unless it is there already. */
    @Transactional
    public void vul() {
        if (opslag.lees(VOORSTEL).isPresent()) {
            return;
        }
        LocalDate januari = LocalDate.of(2027, 1, 1);
        String bron = "jci1.3:c:BWBR0015703&artikel=21";
        opslag.voegToe(VOORSTEL, new NieuwVoorstel("Demo: de bijstandsnormen per 1 januari 2027 (bedragen nog nakijken)", List.of(
                new Regelwaarde("pw-norm-gehuwden", new BigDecimal("2060.00"), januari, bron, Regelwaarde.TE_VERIFIEREN, TOELICHTING),
                new Regelwaarde("pw-norm-alleenstaande", new BigDecimal("1442.00"), januari, bron, Regelwaarde.TE_VERIFIEREN, TOELICHTING))),
                "beheerder", Instant.now(klok));
        LOG.info("Demo: één voorstel voor regelparameters wacht op beoordeling");
    }
}

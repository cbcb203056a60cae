package nl.maatwerk.mijn;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Woonsituaties;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.InwonerBijBsn;
import org.springframework.stereotype.Component;

/**
 * Links a DigiD login to the resident with that BSN. Looking a BSN up is processing it, found or not, so it is
 * logged for that BSN (ADR 0004: also an attempt without an answer); no one is logged in yet, so the actor is the system.
 */
@Component
class DigidKoppeling implements InwonerBijBsn {

    private final Woonsituaties woonsituaties;
    private final Logboek logboek;
    private final Clock klok;

    DigidKoppeling(Woonsituaties woonsituaties, Logboek logboek, Clock klok) {
        this.woonsituaties = woonsituaties;
        this.logboek = logboek;
        this.klok = klok;
    }

    @Override
    public Optional<UUID> inwonerMetBsn(String bsn) {
        Instant start = Instant.now(klok);
        Optional<UUID> inwoner = woonsituaties.inwonerMetBsn(bsn);
        logboek.registreer("mijn.inloggen-digid", Verwerkingsactiviteit.INWONER_RAADPLEGEN, List.of(Betrokkene.bsn(bsn)), start, true);
        return inwoner;
    }
}

package nl.maatwerk.logboek.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.logboek.LogboekInzage;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.StartOnderdeel;
import org.springframework.stereotype.Component;

/**
 * Unusual access on the privacy auditor's start page (issue 15), beside the recent doorbraken: professionals who
 * used the data of more than {@value #DREMPEL} different people on one day, or any at night, in the last
 * {@value #DAGEN} days. The definition is in docs/begrippen.md ("Ongewone toegang"). It shows who and how many,
 * no resident, so the page itself reads no personal data; the auditor follows up in the logboek.
 */
@Component
class LogboekStart implements StartOnderdeel {

    static final int DREMPEL = 50;
    static final int DAGEN = 7;
    static final int MAX = 20;

    private final LogboekInzage inzage;
    private final nl.maatwerk.logboek.Inzagen inzagen;
    private final Clock klok;

    LogboekStart(LogboekInzage inzage, nl.maatwerk.logboek.Inzagen inzagen, Clock klok) {
        this.inzage = inzage;
        this.inzagen = inzagen;
        this.klok = klok;
    }

    @Override
    public int volgorde() {
        return 15;
    }

    @Override
    public String sjabloon() {
        return "logboek/start";
    }

    @Override
    public String fragment() {
        return "ongewoon";
    }

    @Override
    public Optional<Map<String, Object>> voor(Gebruiker g) {
        if (g.rol() != Rol.AUDITOR) {
            return Optional.empty();
        }
        Instant vanaf = Instant.now(klok).minus(Duration.ofDays(DAGEN));
        // Holding back what residents see is a power over them: the auditor sees every hold that runs, and who recorded it.
        return Optional.of(Map.of("ongewoon", inzage.ongewoneToegang(vanaf, DREMPEL, MAX), "drempel", DREMPEL, "dagen", DAGEN,
                "uitstel", inzagen.allesLopend(java.time.LocalDate.now(klok), MAX)));
    }
}

package nl.maatwerk.samenhang;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.StartOnderdeel;
import org.springframework.stereotype.Component;

/**
 * On the start page of a professional (consulent, regisseur, teamleider): the changes that hit their team and land
 * in the coming twelve months, or whose transition still runs. No personal data, so nothing to log.
 */
@Component
class SamenhangStart implements StartOnderdeel {

    static final int MAANDEN_VOORUIT = 12;

    private final Invliegers invliegers;
    private final Clock klok;

    SamenhangStart(Invliegers invliegers, Clock klok) {
        this.invliegers = invliegers;
        this.klok = klok;
    }

    @Override
    public int volgorde() {
        return 60;
    }

    @Override
    public String sjabloon() {
        return "samenhang/start";
    }

    @Override
    public String fragment() {
        return "wat-komt-eraan";
    }

    @Override
    public Optional<Map<String, Object>> voor(Gebruiker g) {
        if (!g.isProfessional() || g.teamId() == null) {
            return Optional.empty();
        }
        LocalDate vandaag = LocalDate.now(klok);
        List<Invlieger> lijst = invliegers.voorTeam(g.teamId(), vandaag, vandaag.plusMonths(MAANDEN_VOORUIT));
        return Optional.of(Map.of("invliegers", lijst, "team", g.teamId(), "vandaag", vandaag));
    }
}

package nl.maatwerk.prioriteit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.StartOnderdeel;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.stereotype.Component;

/**
 * New early debt signals for my households on a professional's start page (issue 15): signals received in the
 * last {@value #DAGEN} days for the households they coordinate or handle an open request of. Not the team's
 * signals (those are on the signals page): what is new in their own work.
 */
@Component
class SignaalStart implements StartOnderdeel {

    static final int DAGEN = 14;
    static final int MAX = 10;

    private final Hulpvragen hulpvragen;
    private final SignalenLezen lezen;

    SignaalStart(Hulpvragen hulpvragen, SignalenLezen lezen) {
        this.hulpvragen = hulpvragen;
        this.lezen = lezen;
    }

    @Override
    public int volgorde() {
        return 30;
    }

    @Override
    public String sjabloon() {
        return "prioriteit/start";
    }

    @Override
    public String fragment() {
        return "nieuwe-signalen";
    }

    @Override
    public Optional<Map<String, Object>> voor(Gebruiker g) {
        if (!g.isProfessional()) {
            return Optional.empty();
        }
        List<UUID> mijn = hulpvragen.mijnHuishoudens(g);
        return Optional.of(Map.of("signalen", lezen.nieuwVoorMijnHuishoudens(g, mijn, DAGEN, MAX), "dagen", DAGEN));
    }
}

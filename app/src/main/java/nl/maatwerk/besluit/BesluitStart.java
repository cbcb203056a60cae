package nl.maatwerk.besluit;

import java.util.Map;
import java.util.Optional;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.StartOnderdeel;
import org.springframework.stereotype.Component;

/** Approvals on the start page (issue 15): what came back to me; for the team lead what waits for their approval. */
@Component
class BesluitStart implements StartOnderdeel {

    /** How long a judged decision stays on the start page as "came back". */
    static final int DAGEN_TERUG = 14;

    private final BesluitLezen lezen;

    BesluitStart(BesluitLezen lezen) {
        this.lezen = lezen;
    }

    @Override
    public int volgorde() {
        return 15;
    }

    @Override
    public String sjabloon() {
        return "besluit/start";
    }

    @Override
    public String fragment() {
        return "goedkeuringen";
    }

    @Override
    public Optional<Map<String, Object>> voor(Gebruiker g) {
        if (!g.isProfessional()) {
            return Optional.empty();
        }
        return Optional.of(Map.of("terug", lezen.terugVanBeoordeling(DAGEN_TERUG), "teamleider", g.rol() == Rol.TEAMLEIDER,
                "wachtend", g.rol() == Rol.TEAMLEIDER ? lezen.terGoedkeuring() : java.util.List.of(), "dagen", DAGEN_TERUG));
    }
}

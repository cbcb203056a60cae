package nl.maatwerk.knelpunt;

import java.util.Map;
import java.util.Optional;
import nl.maatwerk.besluit.Afwijkingscijfers;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.StartOnderdeel;
import org.springframework.stereotype.Component;

/** Policy's answers on the start page: on subjects the user or their team reported a knelpunt about, of the last weeks. */
@Component
class KnelpuntStart implements StartOnderdeel {

    /** How long an answer stays on the start page. */
    static final int DAGEN = 60;

    private final Knelpunten knelpunten;
    private final Afwijkingscijfers afwijkingen;

    KnelpuntStart(Knelpunten knelpunten, Afwijkingscijfers afwijkingen) {
        this.knelpunten = knelpunten;
        this.afwijkingen = afwijkingen;
    }

    @Override
    public int volgorde() {
        return 40;
    }

    @Override
    public String sjabloon() {
        return "knelpunt/start";
    }

    @Override
    public String fragment() {
        return "antwoorden";
    }

    @Override
    public Optional<Map<String, Object>> voor(Gebruiker g) {
        if (!g.isProfessional()) {
            return Optional.empty();
        }
        var onderwerpen = Dossiers.alle(afwijkingen);
        var antwoorden = knelpunten.antwoordenVoorTeam(g, DAGEN).stream()
                .map(r -> Map.of("reactie", r, "naam", Dossiers.naam(onderwerpen, r.dossier()))).toList();
        return Optional.of(Map.of("antwoorden", antwoorden, "dagen", DAGEN));
    }
}

package nl.maatwerk.inwoner.web;

import java.util.List;
import java.util.Map;
import nl.maatwerk.inwoner.Doorbraken;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
import nl.maatwerk.platform.Gebruiker;
import org.springframework.stereotype.Component;

/**
 * Who opened this household with a doorbraak, and why, on the household page of the team that owns
 * it (issue 13): the team learns when someone outside it looked. Others see nothing of it.
 */
@Component
class DoorbrakenOnderdeel implements HuishoudenOnderdeel {

    private static final int MAX = 20;

    private final Doorbraken doorbraken;

    DoorbrakenOnderdeel(Doorbraken doorbraken) {
        this.doorbraken = doorbraken;
    }

    @Override
    public int volgorde() {
        // After the parts about the household's help; it is about the professionals around it.
        return 900;
    }

    @Override
    public String sjabloon() {
        return "huishouden/doorbraken-onderdeel";
    }

    @Override
    public String fragment() {
        return "doorbraken";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.GESCHIEDENIS;
    }

    @Override
    public List<String> ankers() {
        return List.of("doorbraken-titel");
    }

    /** Residents see nothing of it: the interface's default for them. */
    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker gebruiker) {
        boolean vanHetTeam = huishouden.teamId() != null && huishouden.teamId().equals(gebruiker.teamId());
        return Map.of("doorbraken", vanHetTeam ? doorbraken.opHuishouden(huishouden.id(), MAX) : java.util.List.of());
    }
}

package nl.maatwerk.berekening.web;

import java.util.List;
import java.util.Map;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
import nl.maatwerk.platform.Gebruiker;
import org.springframework.stereotype.Component;

/** A link on the household page to the existence-minimum check, pre-filled with today's composition. */
@Component
class BestaanszekerheidOnderdeel implements HuishoudenOnderdeel {

    @Override
    public int volgorde() {
        return 50;
    }

    @Override
    public String sjabloon() {
        return "berekening/bestaanszekerheid";
    }

    @Override
    public String kop() {
        return "Bestaanszekerheid";
    }

    @Override
    public String fragment() {
        return "paneel";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.BESLUITEN;
    }

    @Override
    public List<String> ankers() {
        return List.of("bestaanszekerheid-titel");
    }

    /** Only for professionals: a resident's page has no calculator (the default leaves this part off it). */
    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        return Map.of("huishoudenId", huishouden.id(), "professional", true);
    }
}

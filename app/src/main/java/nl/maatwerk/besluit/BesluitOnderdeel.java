package nl.maatwerk.besluit;

import java.util.List;
import java.util.Map;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.stereotype.Component;

/** The decisions of a household on its page, and where to prepare a new one. */
@Component
class BesluitOnderdeel implements HuishoudenOnderdeel {

    private final Besluiten besluiten;
    private final Hulpvragen hulpvragen;

    BesluitOnderdeel(Besluiten besluiten, Hulpvragen hulpvragen) {
        this.besluiten = besluiten;
        this.hulpvragen = hulpvragen;
    }

    @Override
    public int volgorde() {
        return 45;
    }

    @Override
    public String sjabloon() {
        return "besluit/onderdelen";
    }

    @Override
    public String fragment() {
        return "besluiten";
    }

    @Override
    public Map<String, Object> gegevens(Huishouden huishouden, Gebruiker gebruiker) {
        if (!gebruiker.isProfessional()) {
            return Map.of("professional", false, "besluiten", List.of(), "open", List.of());
        }
        return Map.of("professional", true,
                "besluiten", besluiten.vanHuishoudenZonderLog(huishouden.id()),
                // The same key as the regie panel, so the page reads the requests once.
                "open", nl.maatwerk.platform.Verzoekgeheugen.onthoud("toegang.vragen." + huishouden.id(),
                        () -> hulpvragen.vanHuishoudenZonderLog(huishouden.id())).stream().filter(Hulpvraag::isOpen).toList());
    }
}

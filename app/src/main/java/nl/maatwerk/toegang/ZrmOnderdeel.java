package nl.maatwerk.toegang;

import java.util.Map;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.platform.Gebruiker;
import org.springframework.stereotype.Component;

/** The ZRM summary on the household page: the latest scores and the change since the one before. */
@Component
class ZrmOnderdeel implements HuishoudenOnderdeel {

    private final ZrmMetingen metingen;

    ZrmOnderdeel(ZrmMetingen metingen) {
        this.metingen = metingen;
    }

    @Override
    public int volgorde() {
        return 30;
    }

    @Override
    public String sjabloon() {
        return "toegang/zrm";
    }

    @Override
    public String fragment() {
        return "samenvatting";
    }

    @Override
    public Map<String, Object> gegevens(Huishouden huishouden, Gebruiker gebruiker) {
        ZrmOverzicht overzicht = metingen.overzichtVoorHuishoudenpagina(huishouden.id());
        return Map.of("huishoudenId", huishouden.id(), "overzicht", overzicht, "magVastleggen", gebruiker.isProfessional(),
                "matrix", ZrmNiveau.OFFICIELE_MATRIX);
    }
}

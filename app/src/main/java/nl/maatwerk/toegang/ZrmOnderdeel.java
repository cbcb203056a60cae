package nl.maatwerk.toegang;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
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
    public String kop() {
        return "Zelfredzaamheid";
    }

    @Override
    public String fragment() {
        return "samenvatting";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.PLAN;
    }

    @Override
    public List<String> ankers() {
        return List.of("zrm-titel");
    }

    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        return gegevens(huishouden, metingen.overzichtVoorHuishoudenpagina(huishouden.id()), true);
    }

    /** The scores of the assessments about the resident or the whole household, without comments. */
    @Override
    public Optional<Map<String, Object>> voorInwoner(Huishouden huishouden, UUID inwonerId) {
        return Optional.of(gegevens(huishouden,
                new ZrmOverzicht(ZrmMeting.voorInwoner(metingen.voorHuishoudenpagina(huishouden.id()), inwonerId)), false));
    }

    private static Map<String, Object> gegevens(Huishouden huishouden, ZrmOverzicht overzicht, boolean professional) {
        return Map.of("huishoudenId", huishouden.id(), "overzicht", overzicht, "magVastleggen", professional,
                "matrix", ZrmNiveau.OFFICIELE_MATRIX);
    }
}

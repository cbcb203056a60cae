package nl.maatwerk.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Keuze;
import org.springframework.stereotype.Component;

/**
 * The contactjournaal and the documents on the household page: the newest notes and documents with the
 * forms to add one. A member of the household sees only what is shared with them, without the forms.
 * The page logs its read for all members (inwoner.Huishoudens#lees); this part does not log again.
 */
@Component
class DossierOnderdeel implements HuishoudenOnderdeel {

    static final int AANTAL = 5;

    private final Notities notities;
    private final Documenten documenten;

    DossierOnderdeel(Notities notities, Documenten documenten) {
        this.notities = notities;
        this.documenten = documenten;
    }

    @Override
    public int volgorde() {
        // After requests, ZRM, plan and signals; before decisions and the calculation.
        return 17;
    }

    @Override
    public String sjabloon() {
        return "dossier/onderdelen";
    }

    @Override
    public String fragment() {
        return "dossier";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.DOSSIER;
    }

    @Override
    public List<String> ankers() {
        return List.of("notities", "notities-titel", "documenten", "documenten-titel");
    }

    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        return Map.of(
                "huishoudenId", huishouden.id(),
                "professional", true,
                "notities", notities.nieuwsteZonderLog(huishouden.id(), false, AANTAL),
                "documenten", documenten.nieuwsteZonderLog(huishouden.id(), new Dossiertoegang.Lezer(professional, false), AANTAL),
                "kanalen", Keuze.opties(Kanaal.values(), "Kies hoe het contact was"),
                "documenttypen", Keuze.opties(Documenttype.values(), "Kies wat voor document dit is"),
                "maximum", documenten.maximum(),
                "toegestaan", Documenten.toegestaan(),
                "accept", Documenten.accept());
    }

    /** A member sees the notes and documents shared with them: nothing a professional kept for the team. */
    @Override
    public Optional<Map<String, Object>> voorInwoner(Huishouden huishouden, UUID inwonerId) {
        Gebruiker inwoner = new Gebruiker("", "", nl.maatwerk.platform.Rol.INWONER, null, inwonerId);
        return Optional.of(Map.of(
                "huishoudenId", huishouden.id(),
                "professional", false,
                "notities", notities.nieuwsteZonderLog(huishouden.id(), true, AANTAL),
                "documenten", documenten.nieuwsteZonderLog(huishouden.id(), new Dossiertoegang.Lezer(inwoner, true), AANTAL)));
    }
}

package nl.maatwerk.besluit;

import java.util.List;
import java.util.Map;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tijdlijn;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.stereotype.Component;

/** The decisions of a household on its page, where to prepare a new one, and their steps in the timeline. */
@Component
class BesluitOnderdeel implements HuishoudenOnderdeel, Tijdlijn {

    private final Besluiten besluiten;
    private final Hulpvragen hulpvragen;
    private final nl.maatwerk.platform.GebruikerRegister gebruikers;

    BesluitOnderdeel(Besluiten besluiten, Hulpvragen hulpvragen, nl.maatwerk.platform.GebruikerRegister gebruikers) {
        this.besluiten = besluiten;
        this.hulpvragen = hulpvragen;
        this.gebruikers = gebruikers;
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

    // The panel and the timeline read the same decisions while one page is built; read them once.
    private List<Besluit> besluiten(java.util.UUID huishouden) {
        return nl.maatwerk.platform.Verzoekgeheugen.onthoud("besluit.lijst." + huishouden, () -> besluiten.vanHuishoudenZonderLog(huishouden));
    }

    @Override
    public List<Gebeurtenis> gebeurtenissen(java.util.UUID huishoudenId) {
        // A resident sees that a decision was taken and sent, not the deliberation before it.
        boolean professional = gebruikers.huidige().isProfessional();
        return besluiten(huishoudenId).stream().flatMap(b -> b.geschiedenis().stream()
                .filter(s -> professional || s.naar().isDefinitief())
                .map(s -> new Gebeurtenis(s.op(), "Besluit", b.soort().omschrijving() + ": " + s.naar().omschrijving().toLowerCase(java.util.Locale.ROOT)
                        + (professional && s.toelichting() != null ? " (" + s.toelichting() + ")" : ""), professional ? s.door() : ""))).toList();
    }

    @Override
    public Map<String, Object> gegevens(Huishouden huishouden, Gebruiker gebruiker) {
        if (!gebruiker.isProfessional()) {
            return Map.of("professional", false, "besluiten", List.of(), "open", List.of());
        }
        return Map.of("professional", true, "huishoudenId", huishouden.id(),
                "besluiten", besluiten(huishouden.id()),
                "open", hulpvragen.vanHuishoudenZonderLog(huishouden.id()).stream().filter(Hulpvraag::isOpen).toList());
    }
}

package nl.maatwerk.besluit;

import java.util.List;
import java.util.Map;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
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
    public String kop() {
        return "Besluiten";
    }

    @Override
    public String fragment() {
        return "besluiten";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.BESLUITEN;
    }

    @Override
    public List<String> ankers() {
        return List.of("besluiten-titel");
    }

    // The panel and the timeline read the same decisions while one page is built; read them once.
    private List<Besluit> besluiten(java.util.UUID huishouden) {
        return nl.maatwerk.platform.Verzoekgeheugen.onthoud("besluit.lijst." + huishouden, () -> besluiten.vanHuishoudenZonderLog(huishouden));
    }

    @Override
    public List<Gebeurtenis> voorProfessional(java.util.UUID huishoudenId) {
        return besluiten(huishoudenId).stream().flatMap(b -> b.geschiedenis().stream()
                .map(s -> new Gebeurtenis(s.op(), "Besluit", b.soort().omschrijving() + ": " + klein(s.naar().omschrijving())
                        + (s.toelichting() != null ? " (" + s.toelichting() + ")" : ""), s.door()))).toList();
    }

    /**
     * A resident sees that a decision addressed to them was taken and sent, not the deliberation
     * before it, nor a decision addressed to another member.
     */
    @Override
    public List<Gebeurtenis> voorInwoner(java.util.UUID huishoudenId, java.util.UUID inwonerId) {
        return besluiten(huishoudenId).stream().filter(b -> inwonerId.equals(b.inwonerId())).flatMap(b -> b.geschiedenis().stream()
                .filter(s -> s.naar().isDefinitief())
                .map(s -> new Gebeurtenis(s.op(), "Besluit", b.soort().omschrijving() + ": " + klein(s.naar().omschrijving()), ""))).toList();
    }

    private static String klein(String tekst) {
        return tekst.toLowerCase(java.util.Locale.ROOT);
    }

    /** The panel is the professionals' workbench; a resident finds their decisions in the timeline (and later the portal). */
    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        return Map.of("professional", true, "huishoudenId", huishouden.id(),
                "besluiten", besluiten(huishouden.id()),
                "open", hulpvragen.vanHuishoudenZonderLog(huishouden.id()).stream().filter(Hulpvraag::isOpen).toList());
    }
}

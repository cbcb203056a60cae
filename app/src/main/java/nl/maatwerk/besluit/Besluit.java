package nl.maatwerk.besluit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A decision with its content, who did what when, and its history of steps. */
@org.springframework.modulith.NamedInterface("intern")
public record Besluit(UUID id, UUID huishoudenId, String huishoudenNaam, UUID hulpvraagId, UUID inwonerId, String inwonerNaam,
        BesluitSoort soort, BesluitStatus status, int versie, UUID corrigeert, BesluitGegevens inhoud, boolean onderBeslagvrijeVoet,
        String aangemaaktDoor,
        Instant aangemaaktOp, String gewijzigdDoor, Instant gewijzigdOp, List<String> bewerktDoor, String ingediendDoor, Instant ingediendOp, String beoordeeldDoor,
        Instant beoordeeldOp, String beoordeling, String beoordelingToelichting, String definitiefDoor, Instant definitiefOp,
        String verzondenDoor, Instant verzondenOp, String briefHtml, List<Stap> geschiedenis) {

    public record Stap(BesluitStatus van, BesluitStatus naar, String toelichting, String door, Instant op) {
    }

    /**
     * A departure needs four eyes, in either direction: a power to deviate is used or chosen, less is
     * recovered than the claim, or the household is left below the beslagvrije voet.
     */
    public boolean isAfwijking() {
        return inhoud.metAfwijking() || inhoud.mindervordering() || (inhoud.bevoegdheid() != null && !inhoud.bevoegdheid().isBlank())
                || onderBeslagvrijeVoet;
    }

    /** Harsher when it leaves the household below the voet; otherwise as the professional chose, milder by default. */
    public Richting richting() {
        if (onderBeslagvrijeVoet) {
            return Richting.STRENGER;
        }
        return soort.isTerugvordering() || inhoud.afwijkingRichting() == null ? Richting.MILDER : inhoud.afwijkingRichting();
    }

    /** Started by the municipality itself, not on a request for help. */
    public boolean isAmbtshalve() {
        return hulpvraagId == null;
    }

    /** The second pair of eyes is someone who wrote none of it and did not submit it. */
    public boolean magBeoordelenDoor(String gebruikersnaam) {
        return !gebruikersnaam.equals(aangemaaktDoor) && !gebruikersnaam.equals(ingediendDoor) && !bewerktDoor.contains(gebruikersnaam);
    }

    /** This decision as it reads once made final by someone at a moment: for the letter that is fixed with it. */
    Besluit alsDefinitief(String door, Instant op) {
        return new Besluit(id, huishoudenId, huishoudenNaam, hulpvraagId, inwonerId, inwonerNaam, soort, BesluitStatus.DEFINITIEF, versie,
                corrigeert, inhoud, onderBeslagvrijeVoet, aangemaaktDoor, aangemaaktOp, gewijzigdDoor, gewijzigdOp, bewerktDoor, ingediendDoor, ingediendOp, beoordeeldDoor,
                beoordeeldOp, beoordeling, beoordelingToelichting, door, op, null, null, null, geschiedenis);
    }

    /** This decision with the names of its household and addressee, which inwoner keeps. */
    Besluit metNamen(String huishouden, String inwoner) {
        return new Besluit(id, huishoudenId, huishouden, hulpvraagId, inwonerId, inwoner, soort, status, versie, corrigeert, inhoud,
                onderBeslagvrijeVoet, aangemaaktDoor, aangemaaktOp, gewijzigdDoor, gewijzigdOp, bewerktDoor, ingediendDoor, ingediendOp,
                beoordeeldDoor, beoordeeldOp, beoordeling, beoordelingToelichting, definitiefDoor, definitiefOp, verzondenDoor, verzondenOp,
                briefHtml, geschiedenis);
    }

    public boolean isBewerkbaar() {
        return status == BesluitStatus.CONCEPT;
    }
}

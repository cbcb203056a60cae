package nl.maatwerk.dossier;

import java.util.List;
import java.util.UUID;
import nl.maatwerk.besluit.BesluitHuishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.toegang.HulpvraagHuishouden;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for the dossier, on inwoner's rule: the team with a relation to the household reads
 * everything in it; a member of the household (role inwoner) reads only what is shared with them; anyone
 * else hears that the household does not exist (404). Only professionals add to a dossier.
 */
@Component
class Dossiertoegang {

    /** Who reads, and whether they may see only what is shared with the resident. */
    record Lezer(Gebruiker gebruiker, boolean alleenGedeeld) {
    }

    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Huishoudens huishoudens;
    private final HulpvraagHuishouden hulpvraagHuishouden;
    private final BesluitHuishouden besluitHuishouden;

    Dossiertoegang(Inzage inzage, GebruikerRegister gebruikers, Huishoudens huishoudens, HulpvraagHuishouden hulpvraagHuishouden,
            BesluitHuishouden besluitHuishouden) {
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.huishoudens = huishoudens;
        this.hulpvraagHuishouden = hulpvraagHuishouden;
        this.besluitHuishouden = besluitHuishouden;
    }

    Lezer lezer(UUID huishoudenId) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        if (g.isProfessional()) {
            return new Lezer(g, false);
        }
        if (g.rol() == Rol.INWONER) {
            return new Lezer(g, true);
        }
        throw new NietGevondenException("Huishouden");
    }

    /** Who may add an attachment to a message: a professional with need-to-know, or a resident of the household. */
    Gebruiker bijdrager(UUID huishoudenId) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        if (!g.isProfessional() && g.rol() != Rol.INWONER) {
            throw new NietGevondenException("Huishouden");
        }
        return g;
    }

    Gebruiker schrijver(UUID huishoudenId) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        return g;
    }

    /** The household of a request the user may see; 404 for an unknown request or another team's. */
    UUID huishoudenVanHulpvraag(UUID hulpvraagId) {
        UUID huishouden = hulpvraagHuishouden.van(hulpvraagId).orElseThrow(() -> new NietGevondenException("Hulpvraag"));
        lezer(huishouden);
        return huishouden;
    }

    /** The household of a decision the user may see; 404 for an unknown decision or another team's. */
    UUID huishoudenVanBesluit(UUID besluitId) {
        UUID huishouden = besluitHuishouden.van(besluitId).orElseThrow(() -> new NietGevondenException("Besluit"));
        lezer(huishouden);
        return huishouden;
    }

    /** A request or decision named with something of a household must belong to that household. */
    void vereisVanHuishouden(UUID huishoudenId, UUID hulpvraagId, UUID besluitId) {
        if (hulpvraagId != null && !hulpvraagHuishouden.van(hulpvraagId).map(huishoudenId::equals).orElse(false)) {
            throw new OngeldigeInvoerException("hulpvraagId", "unknown", "Deze hulpvraag hoort niet bij dit huishouden.");
        }
        if (besluitId != null && !besluitHuishouden.van(besluitId).map(huishoudenId::equals).orElse(false)) {
            throw new OngeldigeInvoerException("besluitId", "unknown", "Dit besluit hoort niet bij dit huishouden.");
        }
    }

    List<Betrokkene> betrokkenen(UUID huishoudenId) {
        return huishoudens.betrokkenenVoorLogboek(huishoudenId);
    }

    java.util.Map<String, String> namen(java.util.Collection<String> gebruikersnamen) {
        return gebruikers.namen(gebruikersnamen);
    }
}

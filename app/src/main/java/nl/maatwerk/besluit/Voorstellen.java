package nl.maatwerk.besluit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.BotsingException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.stereotype.Component;

/**
 * Proposing a decision: a concept on a request, a recovery the municipality starts itself, a
 * correction of a final decision, and saving a concept. Only professionals; only what is valid is
 * stored.
 */
@Component
class Voorstellen {

    private final Besluitdossier dossier;
    private final BesluitOpslag opslag;
    private final Hulpvragen hulpvragen;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Catalogus catalogus;
    private final Clock klok;
    private final VoorliggendOpslag voorliggend;

    Voorstellen(Besluitdossier dossier, BesluitOpslag opslag, Hulpvragen hulpvragen, Huishoudens huishoudens, Inzage inzage,
            GebruikerRegister gebruikers, Logboek logboek, Catalogus catalogus, Clock klok, VoorliggendOpslag voorliggend) {
        this.voorliggend = voorliggend;
        this.dossier = dossier;
        this.opslag = opslag;
        this.hulpvragen = hulpvragen;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.catalogus = catalogus;
        this.klok = klok;
    }

    /** A new concept for a request for help, for the person who asked (or the applicant). */
    Besluit maak(UUID hulpvraagId, BesluitSoort soort, LocalDate peildatum) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        BesluitValidatie.vereisNieuwOpHulpvraag(hulpvraagId, soort);
        Hulpvraag vraag = hulpvragen.lees(hulpvraagId);
        BesluitValidatie.vereisOpenHulpvraag(vraag.isOpen());
        dossier.staandBesluit(null, vraag.huishoudenId(), hulpvraagId, soort, null, null, null).ifPresent(d -> {
            throw new BesluitStatusException(BesluitValidatie.tweedeBesluit(d));
        });
        UUID inwoner = vraag.inwonerId() != null ? vraag.inwonerId() : aanvrager(vraag.huishoudenId(), LocalDate.now(klok));
        UUID id = UUID.randomUUID();
        LocalDate dag = peildatum == null ? LocalDate.now(klok) : peildatum;
        return logboek.verwerk("besluit.aanmaken", Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(vraag.huishoudenId()), () -> {
            Instant nu = Instant.now(klok);
            opslag.voegToe(id, vraag.huishoudenId(), hulpvraagId, inwoner, soort, dag, null, g.gebruikersnaam(), nu);
            opslag.stap(id, null, BesluitStatus.CONCEPT, "Besluit voorbereid", g.gebruikersnaam(), nu);
            return dossier.laad(id);
        });
    }

    /**
     * A recovery the municipality starts itself (ambtshalve): it answers no request, so no legal clock
     * for a request runs. It is addressed to the applicant on the peildatum.
     */
    Besluit maakTerugvordering(UUID huishoudenId, LocalDate peildatum) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        BesluitValidatie.vereisHuishoudenVoorTerugvordering(huishoudenId);
        inzage.vereisZichtbaar(g, huishoudenId);
        LocalDate dag = peildatum == null ? LocalDate.now(klok) : peildatum;
        UUID inwoner = aanvrager(huishoudenId, dag);
        UUID id = UUID.randomUUID();
        return logboek.verwerk("besluit.aanmaken", Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId), () -> {
            Instant nu = Instant.now(klok);
            opslag.voegToe(id, huishoudenId, null, inwoner, BesluitSoort.PW_TERUGVORDERING, dag, null, g.gebruikersnaam(), nu);
            opslag.stap(id, null, BesluitStatus.CONCEPT, "Terugvordering gestart door de gemeente (ambtshalve)", g.gebruikersnaam(), nu);
            return dossier.laad(id);
        });
    }

    /**
     * A correction: a new concept with the content of a final decision, which stays as it was. One open correction per
     * decision: two would contradict each other once final. The database holds that line (V29) for two requests at once.
     */
    Besluit corrigeer(UUID origineel) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = dossier.zichtbaar(origineel);
        BesluitValidatie.vereisDefinitiefVoorCorrectie(b);
        opslag.openCorrectie(origineel).ifPresent(open -> {
            throw openCorrectie(open);
        });
        UUID id = UUID.randomUUID();
        return logboek.verwerk("besluit.corrigeren", Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(b.huishoudenId()), () -> {
            Instant nu = Instant.now(klok);
            if (!opslag.voegCorrectieToe(id, b.huishoudenId(), b.hulpvraagId(), b.inwonerId(), b.soort(), b.inhoud().peildatum(), origineel,
                    g.gebruikersnaam(), nu)) {
                // Another request wrote its correction after the check above; say which one, as the check would have.
                throw openCorrectie(opslag.openCorrectie(origineel).orElseThrow());
            }
            opslag.schrijfInhoud(id, b.inhoud(), g.gebruikersnaam(), nu);
            // The correction starts from the income the corrected decision was computed with (issue 19).
            opslag.kopieerInkomen(origineel, id, g.gebruikersnaam(), nu);
            // What the toets weighed as voorliggend belongs to the content (issue 17).
            voorliggend.kopieer(id, voorliggend.van(origineel), g.gebruikersnaam(), nu);
            opslag.stap(id, null, BesluitStatus.CONCEPT, "Correctie van het besluit van " + BesluitValidatie.datum(b.definitiefOp()), g.gebruikersnaam(),
                    nu);
            return dossier.laad(id);
        });
    }

    private BotsingException openCorrectie(UUID open) {
        Besluit b = dossier.laad(open);
        String wie = gebruikers.zoek(b.aangemaaktDoor()).map(Gebruiker::naam).orElse(b.aangemaaktDoor());
        return BesluitValidatie.alOpenCorrectie(b, wie);
    }

    /** Saves a concept. Every filled field must be valid; the version must be the one that was read. */
    Besluit wijzig(UUID id, BesluitGegevens inhoud, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = dossier.vergrendeld(id, versie);
        BesluitValidatie.vereisBewerkbaar(b);
        BesluitValidatie.vereisGeldigeVelden(b.soort(), inhoud, catalogus, LocalDate.now(klok));
        return dossier.vastleggen("besluit.wijzigen", b, () -> {
            opslag.schrijfInhoud(id, inhoud, g.gebruikersnaam(), Instant.now(klok));
            dossier.bijgewerkt(dossier.laad(id));
        });
    }

    /**
     * Records the household's own income on a concept (issue 19); an empty form removes it. It is an
     * edit like any other: the version the form was opened on, and a new version after.
     */
    Besluit legInkomenVast(UUID id, BesluitInkomen inkomen, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = dossier.vergrendeld(id, versie);
        BesluitValidatie.vereisBewerkbaar(b);
        BesluitInkomen i = inkomen == null ? BesluitInkomen.leeg() : inkomen;
        java.util.List<nl.maatwerk.platform.OngeldigeInvoerException.Fout> fouten = i.fouten();
        if (!fouten.isEmpty()) {
            throw new nl.maatwerk.platform.OngeldigeInvoerException(fouten);
        }
        return dossier.vastleggen("besluit.inkomen", b, () -> {
            opslag.schrijfInkomen(id, i, g.gebruikersnaam(), Instant.now(klok));
            dossier.bijgewerkt(dossier.laad(id));
        });
    }

    /** The household's applicant on a date: whom a decision is addressed to when the request names no one. */
    private UUID aanvrager(UUID huishoudenId, LocalDate dag) {
        return huishoudens.samenstellingOp(huishoudenId, dag).stream().filter(l -> l.rol() == LidRol.AANVRAGER).map(l -> l.inwoner().id())
                .findFirst().orElse(null);
    }
}

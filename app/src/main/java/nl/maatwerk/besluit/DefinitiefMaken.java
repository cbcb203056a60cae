package nl.maatwerk.besluit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Klok;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Making a decision final: complete, approved if it departs, within the safeguard if it leaves the
 * household below the beslagvrije voet, and not contradicting a decision already final. The letter
 * is fixed with it, the register counts it, and {@link BesluitDefinitief} tells other modules.
 */
@Component
class DefinitiefMaken {

    private final Besluitdossier dossier;
    private final BesluitOpslag opslag;
    private final Bestaanscontrole bestaanscontrole;
    private final Beschikking beschikking;
    private final Afwijkingen afwijkingen;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Catalogus catalogus;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    DefinitiefMaken(Besluitdossier dossier, BesluitOpslag opslag, Bestaanscontrole bestaanscontrole, Beschikking beschikking,
            Afwijkingen afwijkingen, Inzage inzage, GebruikerRegister gebruikers, Catalogus catalogus, ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.dossier = dossier;
        this.opslag = opslag;
        this.bestaanscontrole = bestaanscontrole;
        this.beschikking = beschikking;
        this.afwijkingen = afwijkingen;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.catalogus = catalogus;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    Besluit maakDefinitief(UUID id, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = dossier.bijgewerkt(dossier.vergrendeld(id, versie));
        BesluitValidatie.vereisStap(b, BesluitStatus.DEFINITIEF);
        BesluitValidatie.vereisGeenOngekeurdeAfwijking(b);
        Besluiten.Controle controle = bestaanscontrole.voor(b);
        BesluitValidatie.vereisCompleet(b, controle, catalogus, LocalDate.now(klok));
        BesluitValidatie.vereisWaarborgBijDefinitief(b, controle);
        dossier.vereisGeenTweedeBesluit(b);
        Besluit definitief = dossier.vastleggen("besluit.definitief", b, () -> {
            Instant nu = Instant.now(klok);
            // The letter is fixed in the same update that makes the decision final; the database allows no later change.
            String brief = beschikking.html(b.alsDefinitief(g.gebruikersnaam(), nu), controle);
            opslag.maakDefinitief(id, g.gebruikersnaam(), nu, brief, b.onderBeslagvrijeVoet());
            opslag.stap(id, b.status(), BesluitStatus.DEFINITIEF, "Definitief gemaakt", g.gebruikersnaam(), nu);
            LocalDate dag = nu.atZone(Klok.ZONE).toLocalDate();
            afwijkingen.telBesluit(b.soort(), dag);
            if (b.isAfwijking()) {
                afwijkingen.registreer(b.soort(), b.inhoud().afwijkingRedensoort(), b.richting(), dag);
            }
        });
        // Stored with the transaction: listeners get it once it commits, at least once.
        gebeurtenissen.publishEvent(new BesluitDefinitief(definitief.id(), definitief.huishoudenId(), definitief.hulpvraagId(),
                definitief.soort(), definitief.corrigeert(), definitief.definitiefOp()));
        return definitief;
    }
}

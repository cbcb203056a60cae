package nl.maatwerk.besluit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sending a final decision's letter to the resident. {@link BesluitVerzonden} tells other modules:
 * toegang then stops the clocks of the request it answers and moves the request on, after this
 * transaction has committed.
 */
@Component
class Verzenden {

    private final Besluitdossier dossier;
    private final BesluitOpslag opslag;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Verzenden(Besluitdossier dossier, BesluitOpslag opslag, Inzage inzage, GebruikerRegister gebruikers, ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.dossier = dossier;
        this.opslag = opslag;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    Besluit verzend(UUID id, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = dossier.vergrendeld(id, versie);
        BesluitValidatie.vereisStap(b, BesluitStatus.VERZONDEN);
        Besluit verzonden = dossier.vastleggen("besluit.verzenden", b, () -> {
            // The moment of sending starts the objection period: the app's clock, so a test can pin it.
            Instant nu = Instant.now(klok);
            opslag.zetStatus(id, BesluitStatus.VERZONDEN, "verzonden", g.gebruikersnaam(), nu);
            opslag.stap(id, b.status(), BesluitStatus.VERZONDEN, "Brief verzonden aan de inwoner", g.gebruikersnaam(), nu);
        });
        // Stored with the transaction: listeners get it once it commits, at least once.
        gebeurtenissen.publishEvent(new BesluitVerzonden(verzonden.id(), verzonden.huishoudenId(), verzonden.hulpvraagId(), verzonden.soort(),
                verzonden.verzondenOp()));
        return verzonden;
    }
}

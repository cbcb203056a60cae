package nl.maatwerk.besluit;

import java.util.Locale;
import java.util.UUID;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.stereotype.Component;

/** Sending a final decision's letter to the resident; the request it answers moves on. */
@Component
class Verzenden {

    private final Besluitdossier dossier;
    private final BesluitOpslag opslag;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Hulpvragen hulpvragen;

    Verzenden(Besluitdossier dossier, BesluitOpslag opslag, Inzage inzage, GebruikerRegister gebruikers, Hulpvragen hulpvragen) {
        this.dossier = dossier;
        this.opslag = opslag;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.hulpvragen = hulpvragen;
    }

    Besluit verzend(UUID id, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = dossier.vergrendeld(id, versie);
        BesluitValidatie.vereisStap(b, BesluitStatus.VERZONDEN);
        return dossier.vastleggen("besluit.verzenden", b, () -> {
            opslag.zetStatus(id, BesluitStatus.VERZONDEN, "verzonden", g.gebruikersnaam());
            opslag.stap(id, b.status(), BesluitStatus.VERZONDEN, "Brief verzonden aan de inwoner", g.gebruikersnaam());
            if (b.hulpvraagId() != null) {
                hulpvragen.besluitVerzonden(b.hulpvraagId(), "Besluit verzonden: " + b.soort().omschrijving().toLowerCase(Locale.ROOT));
            }
        });
    }
}

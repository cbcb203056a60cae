package nl.maatwerk.besluit;

import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Menuteller;
import nl.maatwerk.platform.Rol;
import org.springframework.stereotype.Component;

/** The badge beside "Besluiten ter goedkeuring": the departures a team lead may approve now, counted in one query. */
@Component
class TerGoedkeuringTeller implements Menuteller {

    private final BesluitOpslag opslag;
    private final Inzage inzage;

    TerGoedkeuringTeller(BesluitOpslag opslag, Inzage inzage) {
        this.opslag = opslag;
        this.inzage = inzage;
    }

    @Override
    public String sleutel() {
        return "besluiten-ter-goedkeuring";
    }

    @Override
    public long aantal(Gebruiker gebruiker) {
        return gebruiker.rol() == Rol.TEAMLEIDER ? opslag.aantalTerGoedkeuring(inzage.zichtbaarheid(gebruiker), gebruiker.gebruikersnaam()) : 0;
    }
}

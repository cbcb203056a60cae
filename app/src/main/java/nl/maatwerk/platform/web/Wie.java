package nl.maatwerk.platform.web;

import java.util.List;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Verzoekgeheugen;
import org.springframework.stereotype.Component;

/**
 * A user's name where a page shows who did something: {@code ${@wie.naam(s.door())}}. Records keep the
 * user name (the login: stable, and what the logboek holds); people read names. An unknown value, such
 * as a name stored as such or a system actor, is shown as it is. Each user name is looked up once per
 * web request.
 */
@Component("wie")
class Wie {

    private final GebruikerRegister gebruikers;

    Wie(GebruikerRegister gebruikers) {
        this.gebruikers = gebruikers;
    }

    public String naam(String gebruikersnaam) {
        if (gebruikersnaam == null || gebruikersnaam.isBlank()) {
            return "";
        }
        return Verzoekgeheugen.onthoud("platform.wie." + gebruikersnaam,
                () -> gebruikers.namen(List.of(gebruikersnaam)).getOrDefault(gebruikersnaam, gebruikersnaam));
    }

    /** "Sanne de Wit (consulent)": for the auditor, who searches the logboek by user name. */
    public String naamEnLogin(String gebruikersnaam) {
        String naam = naam(gebruikersnaam);
        return naam.equals(gebruikersnaam) ? naam : naam + " (" + gebruikersnaam + ")";
    }
}

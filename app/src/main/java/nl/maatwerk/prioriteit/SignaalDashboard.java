package nl.maatwerk.prioriteit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.prioriteit.Vroegsignaal.SchuldeiserType;
import nl.maatwerk.prioriteit.Vroegsignalen.Dashboardregel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The dashboard of early debt signals: numbers only, no one's data, small groups suppressed. */
@Component
class SignaalDashboard {

    private final SignaalOpslag opslag;
    private final GebruikerRegister gebruikers;
    private final Clock klok;

    SignaalDashboard(SignaalOpslag opslag, GebruikerRegister gebruikers, Clock klok) {
        this.opslag = opslag;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    /** See {@link Vroegsignalen#dashboard}. */
    List<Dashboardregel> dashboard() {
        Gebruiker g = gebruikers.huidige();
        if (!g.isProfessional() && g.rol() != Rol.BELEID) {
            throw new AccessDeniedException("Alleen professionals en beleid");
        }
        Map<SchuldeiserType, SignaalOpslag.Telling> tellingen = opslag.tellingen(LocalDate.now(klok));
        List<Dashboardregel> regels = new ArrayList<>();
        for (SchuldeiserType t : SchuldeiserType.values()) {
            regels.add(regel(t, tellingen.get(t)));
        }
        return regels;
    }

    /** One creditor type's line; all numbers hidden under {@link KleineGroep#MINIMUM}, a share also when its base is that small. */
    static Dashboardregel regel(SchuldeiserType type, SignaalOpslag.Telling t) {
        boolean klein = t.aantal() < KleineGroep.MINIMUM;
        return new Dashboardregel(type.omschrijving(), klein ? null : t.aantal(), klein ? null : t.open(),
                klein ? null : procent(t.contact14(), t.oud14()), klein ? null : procent(t.contact28(), t.oud28()));
    }

    private static Integer procent(long deel, long geheel) {
        return geheel < KleineGroep.MINIMUM ? null : (int) Math.round(100.0 * deel / geheel);
    }
}

package nl.maatwerk.prioriteit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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

    /** How many months the reach per month goes back, this month included. */
    static final int MAANDEN = 12;

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

    /** See {@link Vroegsignalen#bereik}. */
    List<Vroegsignalen.Bereikmaand> bereik() {
        Gebruiker g = gebruikers.huidige();
        if (!g.isProfessional() && g.rol() != Rol.BELEID) {
            throw new AccessDeniedException("Alleen professionals en beleid");
        }
        LocalDate vandaag = LocalDate.now(klok);
        YearMonth tot = YearMonth.from(vandaag);
        YearMonth van = tot.minusMonths(MAANDEN - 1L);
        return bereik(van, tot, opslag.bereikPerMaand(van, vandaag));
    }

    /**
     * Every month from {@code van} to {@code tot}, months without signals too, with the small-group rule: a share
     * and its base are hidden when the base is under {@link KleineGroep#MINIMUM} (as on the dashboard), a pure function.
     */
    static List<Vroegsignalen.Bereikmaand> bereik(YearMonth van, YearMonth tot, List<SignaalOpslag.Bereik> tellingen) {
        Map<YearMonth, SignaalOpslag.Bereik> perMaand = new java.util.HashMap<>();
        tellingen.forEach(b -> perMaand.put(b.maand(), b));
        List<Vroegsignalen.Bereikmaand> uit = new ArrayList<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            SignaalOpslag.Bereik b = perMaand.getOrDefault(m, new SignaalOpslag.Bereik(m, 0, 0, 0, 0));
            uit.add(new Vroegsignalen.Bereikmaand(m, basis(b.oud14()), procent(b.contact14(), b.oud14()), basis(b.oud28()),
                    procent(b.contact28(), b.oud28())));
        }
        return uit;
    }

    private static Long basis(long aantal) {
        return KleineGroep.isKlein(aantal) ? null : aantal;
    }

    /** One creditor type's line; all numbers hidden under {@link KleineGroep#MINIMUM}, a share also when its base is that small. */
    static Dashboardregel regel(SchuldeiserType type, SignaalOpslag.Telling t) {
        boolean klein = t.aantal() < KleineGroep.MINIMUM;
        return new Dashboardregel(type.omschrijving(), klein ? null : t.aantal(), klein ? null : t.open(),
                klein ? null : procent(t.contact14(), t.oud14()), klein ? null : procent(t.contact28(), t.oud28()));
    }

    /** A share in whole percent; null when its base is under the minimum (zero included: no share of nothing). */
    private static Integer procent(long deel, long geheel) {
        return geheel < KleineGroep.MINIMUM ? null : (int) Math.round(100.0 * deel / geheel);
    }
}

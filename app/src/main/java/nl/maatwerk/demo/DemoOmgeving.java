package nl.maatwerk.demo;

import java.util.Arrays;
import java.util.List;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.demo.PlatformDemoOpslag;
import nl.maatwerk.platform.demo.PlatformDemoOpslag.Account;
import nl.maatwerk.platform.demo.PlatformDemoOpslag.Team;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the teams of a city like Den Haag and the demo accounts of the contract (password
 * {@code demo}), written by the platform module. Changes nothing that is already there.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
class DemoOmgeving {

    static final String TEAM_CENTRUM = "wijkteam-centrum";

    /** The names of the two Centrum professionals, also used when demo records say who did something. */
    static final String NAAM_CONSULENT = "Sanne de Wit";
    static final String NAAM_REGISSEUR = "Mohamed El Amrani";

    static final List<Account> ACCOUNTS = List.of(
            new Account("consulent", NAAM_CONSULENT, Rol.CONSULENT, TEAM_CENTRUM),
            new Account("regisseur", NAAM_REGISSEUR, Rol.REGISSEUR, TEAM_CENTRUM),
            new Account("teamleider", "Petra Jansen", Rol.TEAMLEIDER, TEAM_CENTRUM),
            new Account("beleid", "Koen Visser", Rol.BELEID, null),
            new Account("auditor", "Ingrid Bakker", Rol.AUDITOR, null),
            new Account("inwoner", "Demo Inwoner", Rol.INWONER, null),
            // Two functional administrators, so a proposed norm can be approved by a second person (four eyes).
            new Account("beheerder", "Ahmet Yilmaz", Rol.BEHEERDER, null),
            new Account("beheerder2", "Lotte de Boer", Rol.BEHEERDER, null));

    private final PlatformDemoOpslag platform;

    DemoOmgeving(PlatformDemoOpslag platform) {
        this.platform = platform;
    }

    /** Writes the teams and accounts; returns what it did for the log. */
    String richtIn() {
        List<Team> teams = Arrays.stream(Wijk.values()).map(w -> new Team(w.teamId(), w.teamNaam())).toList();
        platform.richtIn(teams, ACCOUNTS, "demo");
        return teams.size() + " teams en " + ACCOUNTS.size() + " accounts (wachtwoord: demo)";
    }
}

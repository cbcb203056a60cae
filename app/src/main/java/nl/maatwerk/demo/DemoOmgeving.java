package nl.maatwerk.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the teams of a city like Den Haag and the demo accounts of the contract (password
 * {@code demo}). Runs on every start and changes nothing that is already there.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
@Order(1)
class DemoOmgeving implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOmgeving.class);

    static final String TEAM_CENTRUM = "wijkteam-centrum";

    /** The names of the two Centrum professionals, also used when demo records say who did something. */
    static final String NAAM_CONSULENT = "Sanne de Wit";
    static final String NAAM_REGISSEUR = "Mohamed El Amrani";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    DemoOmgeving(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    private boolean ingericht;

    @Override
    public void run(ApplicationArguments args) {
        richtIn();
    }

    /** Once per start; DemoGegevens calls it first, from its own thread, before seeding households. */
    @Transactional
    public synchronized void richtIn() {
        if (ingericht) {
            return;
        }
        for (Wijk wijk : Wijk.values()) {
            jdbc.sql("insert into platform.team (id, naam) values (?, ?) on conflict do nothing").params(wijk.teamId(), wijk.teamNaam()).update();
        }
        String hash = encoder.encode("demo");
        account("consulent", NAAM_CONSULENT, "CONSULENT", TEAM_CENTRUM, hash);
        account("regisseur", NAAM_REGISSEUR, "REGISSEUR", TEAM_CENTRUM, hash);
        account("teamleider", "Petra Jansen", "TEAMLEIDER", TEAM_CENTRUM, hash);
        account("beleid", "Koen Visser", "BELEID", null, hash);
        account("auditor", "Ingrid Bakker", "AUDITOR", null, hash);
        account("inwoner", "Demo Inwoner", "INWONER", null, hash);
        // Two functional administrators, so a proposed norm can be approved by a second person (four eyes).
        account("beheerder", "Ahmet Yilmaz", "BEHEERDER", null, hash);
        account("beheerder2", "Lotte de Boer", "BEHEERDER", null, hash);
        ingericht = true;
        LOG.info("Demo-accounts klaar (wachtwoord: demo)");
    }

    private void account(String naam, String volledigeNaam, String rol, String team, String hash) {
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id, wachtwoord_hash) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(naam, volledigeNaam, rol, team, hash).update();
    }
}

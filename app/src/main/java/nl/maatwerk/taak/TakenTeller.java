package nl.maatwerk.taak;

import java.time.Clock;
import java.time.LocalDate;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Menuteller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The badge beside "Taken" (issue 15): my open tasks that are due today or overdue, in one query on the index
 * taak_eigenaar_open. A number only, so nothing to log.
 */
@Component
class TakenTeller implements Menuteller {

    static final String SLEUTEL = "taken-te-doen";

    private final JdbcClient jdbc;
    private final Clock klok;

    TakenTeller(JdbcClient jdbc, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    @Override
    public String sleutel() {
        return SLEUTEL;
    }

    @Override
    public long aantal(Gebruiker gebruiker) {
        if (!gebruiker.isProfessional()) {
            return 0;
        }
        return jdbc.sql("select count(*) from taak.taak where eigenaar = ? and status = 'open' and vervaldatum <= ?")
                .params(gebruiker.gebruikersnaam(), LocalDate.now(klok)).query(Long.class).single();
    }
}

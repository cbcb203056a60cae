package nl.maatwerk.mijn.bericht;

import java.util.Map;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.platform.Gebruiker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the professionals' household page: how many messages residents sent from Mijn Maatwerk and how many nobody
 * opened yet, with the way to the conversation. Counts only, no text; the page logs its own read.
 */
@Component
class BerichtenOnderdeel implements HuishoudenOnderdeel {

    private final JdbcClient jdbc;

    BerichtenOnderdeel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        // Right after the contact journal: both are about contact with the household.
        return 18;
    }

    @Override
    public String sjabloon() {
        return "mijn/onderdelen";
    }

    @Override
    public String fragment() {
        return "berichten";
    }

    @Override
    public String kop() {
        return "Berichten";
    }

    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        Map<String, Object> telling = jdbc.sql("""
                select count(*) as totaal, count(*) filter (where van_inwoner and gelezen_op is null) as nieuw
                from mijn.bericht where huishouden_id = ?
                """).param(huishouden.id()).query().singleRow();
        return Map.of("huishoudenId", huishouden.id(), "totaal", telling.get("totaal"), "nieuw", telling.get("nieuw"));
    }
}

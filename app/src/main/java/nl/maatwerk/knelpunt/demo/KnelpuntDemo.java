package nl.maatwerk.knelpunt.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo knelpunten over two years, counted back from today: many about recovery of bijstand (the rule the register of
 * departures shows most), fewer after policy changed the practice four months ago, some about the application
 * procedure, a few about the Wmo (hidden as a small group). Deterministic (fixed ids and texts) and written once.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class KnelpuntDemo {

    static final String TERUGVORDERING = "pw-terugvordering";
    static final String REGEL_TERUGVORDERING = "jci1.3:c:BWBR0015703&artikel=58";
    static final List<String> TEAMS = List.of("wijkteam-centrum", "wijkteam-escamp");
    static final List<String[]> VERHALEN = List.of(
            new String[] {"Boodschappen van familie", "Een moeder kreeg elke week boodschappen van haar eigen moeder. De regel telde dat als inkomen en we moesten terugvorderen.",
                    "Ruimte om kleine giften niet mee te tellen, zonder dat een teamleider het apart moet goedkeuren."},
            new String[] {"Terugvordering bij een vergissing", "Een inwoner gaf een bijbaan te laat door. Het bedrag was klein, de terugvordering duwde het huishouden onder het minimum.",
                    "Eerst kijken wat het huishouden overhoudt, en dan pas terugvorderen."},
            new String[] {"Aflossing te hoog", "De standaardaflossing liet te weinig over voor huur en eten.",
                    "Een aflossing die uitgaat van de beslagvrije voet."},
            new String[] {"Geen ruimte voor dringende redenen", "Collega's weten niet dat zij dringende redenen mogen afwegen bij een terugvordering.",
                    "Een korte uitleg in het werkproces, met voorbeelden."},
            new String[] {"Schuld door toeslag", "Een terugvordering kwam bovenop een toeslagschuld. Het gezin raakte in de schulden.",
                    "Samen met schuldhulp kijken voordat we terugvorderen."});
    static final List<String[]> AANVRAAG = List.of(
            new String[] {"Te veel bewijsstukken", "Voor een kleine aanvraag moest een inwoner zes maanden bankafschriften inleveren.",
                    "Alleen vragen wat we echt nodig hebben."},
            new String[] {"Formulier niet te begrijpen", "Het aanvraagformulier is lang en moeilijk. Inwoners haken af.",
                    "Een kort formulier in eenvoudige taal."});

    private final JdbcTemplate jdbc;

    KnelpuntDemo(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public String vul(LocalDate vandaag) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from knelpunt.knelpunt where id = ?)", Boolean.class, id("knelpunt-0")))) {
            return "al gevuld";
        }
        LocalDate deze = vandaag.withDayOfMonth(1);
        LocalDate gewijzigd = deze.minusMonths(4).withDayOfMonth(15);
        List<Object[]> rijen = new ArrayList<>();
        int n = 0;
        for (int m = 23; m >= 0; m--) {
            LocalDate maand = deze.minusMonths(m);
            // Before the change six a month, after it three: the evaluation shows the drop.
            int aantal = maand.isAfter(gewijzigd) ? 3 : 6;
            for (int i = 0; i < aantal; i++) {
                String[] v = VERHALEN.get((n + i) % VERHALEN.size());
                rijen.add(rij(vandaag, n++, TERUGVORDERING, REGEL_TERUGVORDERING, v, i % 4 == 0 ? "dagelijks" : "per-week", i % 3 == 0 ? "besluit" : "huishouden",
                        TEAMS.get(i % 2), i % 2 == 0 ? "consulent" : "demo-escamp", maand));
            }
            if (m < 12) {
                for (int i = 0; i < 2; i++) {
                    rijen.add(rij(vandaag, n++, "procedure-aanvraag", null, AANVRAAG.get(i), "per-maand", "hulpvraag", TEAMS.get(i), "regisseur", maand));
                }
            }
            if (m % 5 == 0) {
                rijen.add(rij(vandaag, n++, "wmo-maatwerkvoorziening", "jci1.3:c:BWBR0035362&artikel=2.3.5", new String[] {"Wachttijd voor een traplift",
                        "De levering van een traplift duurt maanden.", "Een tijdelijke oplossing zolang de levering duurt."}, "eenmalig", "werkvoorraad",
                        TEAMS.get(0), "teamleider", maand));
            }
        }
        jdbc.batchUpdate("""
                insert into knelpunt.knelpunt (id, dossier, regel, onderwerp, wat, wat_zou_helpen, hoe_vaak, vanuit, team_id, gemeld_door, gemeld_op, maand)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rijen);
        jdbc.update("insert into knelpunt.reactie (id, dossier, soort, toelichting, gewijzigd_op, door, op) values (?, ?, 'in-behandeling', ?, null, 'beleid', ?)",
                id("reactie-0"), TERUGVORDERING, "We kijken met de teams hoe vaak kleine giften tot een terugvordering leiden.",
                Timestamp.from(gewijzigd.minusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC)));
        jdbc.update("insert into knelpunt.reactie (id, dossier, soort, toelichting, gewijzigd_op, door, op) values (?, ?, 'gewijzigd', ?, ?, 'beleid', ?)",
                id("reactie-1"), TERUGVORDERING, "Giften tot € 1.200 per jaar tellen niet meer mee; de werkinstructie voor terugvordering is aangepast.",
                gewijzigd, Timestamp.from(gewijzigd.atStartOfDay().toInstant(ZoneOffset.UTC)));
        return rijen.size() + " knelpunten en 2 reacties van beleid";
    }

    private static Object[] rij(LocalDate vandaag, int n, String dossier, String regel, String[] tekst, String hoeVaak, String vanuit, String team, String door, LocalDate maand) {
        // Never in the future: a knelpunt of the running month is dated today at the latest.
        LocalDate dag = maand.plusDays(n % 27).isAfter(vandaag) ? vandaag : maand.plusDays(n % 27);
        return new Object[] {id("knelpunt-" + n), dossier, regel, tekst[0], tekst[1], tekst[2], hoeVaak, vanuit, team, door,
                Timestamp.from(dag.atTime(10, 0).toInstant(ZoneOffset.UTC)), maand};
    }

    static UUID id(String naam) {
        return UUID.nameUUIDFromBytes(("demo-knelpunt-" + naam).getBytes(StandardCharsets.UTF_8));
    }
}

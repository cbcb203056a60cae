package nl.maatwerk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.regels.Bsn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Arranges data for tests straight in the database, in a BSN range the demo generator does not
 * use (999 8xx xxx), so tests can share one application context with the demo data.
 */
public final class TestData {

    private static long volgende = 999_800_000L;

    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static synchronized String nieuwBsn() {
        long bsn = Bsn.volgendeGeldige(volgende);
        volgende = bsn + 1;
        return String.format("%09d", bsn);
    }

    public void team(String id) {
        jdbc.sql("insert into platform.team (id, naam) values (?, ?) on conflict do nothing").params(id, id).update();
    }

    /**
     * An account of this test's own, with password {@code demo} stored as {@code {noop}}: a test of many
     * requests at once measures the application, not a password hash per HTTP Basic request. Only in
     * the test database; the demo accounts keep their hashed passwords.
     */
    public String account(String gebruikersnaam, String rol, String teamId) {
        if (teamId != null) {
            team(teamId);
        }
        jdbc.sql("""
                insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id, wachtwoord_hash) values (?, ?, ?, ?, '{noop}demo')
                on conflict (gebruikersnaam) do nothing
                """).params(gebruikersnaam, "Test " + gebruikersnaam, rol, teamId).update();
        return gebruikersnaam;
    }

    public UUID inwoner(String geslachtsnaam, LocalDate geboortedatum) {
        return inwoner(nieuwBsn(), geslachtsnaam, geboortedatum, "2511AB", 1);
    }

    public UUID inwoner(String bsn, String geslachtsnaam, LocalDate geboortedatum, String postcode, int huisnummer) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into inwoner.inwoner (id, bsn, voornamen, geslachtsnaam, geboortedatum, straat, huisnummer, postcode, woonplaats, wijk)
                values (?, ?, 'Test', ?, ?, 'Teststraat', ?, ?, '''s-Gravenhage', 'Centrum')
                """).params(id, bsn, geslachtsnaam, geboortedatum, huisnummer, postcode).update();
        return id;
    }

    public UUID huishouden(String naam, String teamId) {
        team(teamId);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into inwoner.huishouden (id, naam, team_id) values (?, ?, ?)").params(id, naam, teamId).update();
        return id;
    }

    public void lid(UUID huishouden, UUID inwoner, String rol, LocalDate vanaf, LocalDate totEnMet) {
        jdbc.sql("insert into inwoner.huishouden_lid (id, huishouden_id, inwoner_id, rol, vanaf, tot_en_met) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), huishouden, inwoner, rol, vanaf, totEnMet).update();
    }

    /** An open Participatiewet application received today, registered by the demo consulent; {@code inwoner} may be null. */
    public UUID aanvraagParticipatiewet(UUID huishouden, UUID inwoner, String vraag) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into toegang.hulpvraag (id, huishouden_id, inwoner_id, kanaal, vorm, vraag, urgentie, wetten, status, ontvangen_op, geregistreerd_door)
                values (?, ?, ?, 'balie', 'aanvraag', ?, 'hoog', '{participatiewet}', 'aanvraag', current_date, 'consulent')
                """).params(id, huishouden, inwoner, vraag).update();
        return id;
    }

    /** A running legal clock on a request, as intake starts it. */
    public void klok(UUID hulpvraag, String code, LocalDate start, LocalDate uiterste) {
        jdbc.sql("insert into toegang.termijn (id, hulpvraag_id, code, omschrijving, start, uiterste_datum, bron) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), hulpvraag, code, "Testtermijn " + code, start, uiterste, "jci1.3:c:BWBR0005537&artikel=4:13")
                .update();
    }

    /**
     * A complete decision on bijzondere bijstand, on an application of its own received today, in a given state:
     * "concept", "afwijking" (a departing concept), "ter-goedkeuring" or "definitief". Written by {@code door}, so
     * the caller is not its author (and may approve it); days and moments come from the app's clock.
     */
    public UUID besluit(UUID huishouden, String stand, String door, Clock klok) {
        UUID vraag = UUID.randomUUID();
        jdbc.sql("""
                insert into toegang.hulpvraag (id, huishouden_id, kanaal, vorm, vraag, urgentie, wetten, status, ontvangen_op, geregistreerd_door)
                values (?, ?, 'balie', 'aanvraag', ?, 'gemiddeld', '{participatiewet}', 'aanvraag', ?, ?)
                """).params(vraag, huishouden, "Aanvraag van " + door, LocalDate.now(klok), door).update();
        UUID id = UUID.randomUUID();
        boolean afwijking = !stand.equals("concept") && !stand.equals("definitief");
        boolean ingediend = stand.equals("ter-goedkeuring");
        jdbc.sql("""
                insert into besluit.besluit (id, huishouden_id, hulpvraag_id, soort, status, peildatum, beoogd_effect, gevolgen, bedoelingen,
                    bedoeling_toelichting, ethiek, standaard_uitkomst, besluit_tekst, afwijking, bevoegdheid, afwijking_redensoort,
                    afwijking_motivering, aangemaakt_door, gewijzigd_door, ingediend_door, ingediend_op)
                values (?, ?, ?, 'pw-bijzondere-bijstand', ?, '2025-09-01', 'Een wasmachine zodat het gezin schone kleren heeft.',
                    'Minder zorgen.', '{bijzondere-kosten}', 'Noodzakelijke kosten.', 'Eerlijk.', 'Afwijzen.', 'Wij vergoeden de wasmachine.',
                    ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, huishouden, vraag, stand.equals("afwijking") ? "concept" : stand, afwijking,
                afwijking ? "afwijken-beleidsregel" : null, afwijking ? "onevenredig" : null, afwijking ? "De beleidsregel past hier niet." : null,
                door, door, ingediend ? door : null, ingediend ? Timestamp.from(klok.instant()) : null).update();
        return id;
    }

    public String bsnVan(UUID inwoner) {
        return jdbc.sql("select bsn from inwoner.inwoner where id = ?").param(inwoner).query(String.class).single();
    }

    public long aantalLogboekRecords() {
        return jdbc.sql("select count(*) from logboek.logboek_record").query(Long.class).single();
    }
}

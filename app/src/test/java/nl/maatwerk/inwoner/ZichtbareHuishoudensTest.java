package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The SQL function other modules use for need-to-know gives exactly the households that
 * {@link Inzage#magHuishoudenZien} allows, for every kind of access: own team, assignment, an ended
 * assignment, a valid and an expired doorbraak, a resident's current, former and future household,
 * and the roles without any.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class ZichtbareHuishoudensTest {

    @Autowired
    Inzage inzage;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    private Set<UUID> viaFunctie(Gebruiker g, List<UUID> onder) {
        Set<UUID> zichtbaar = new HashSet<>(jdbc.sql(inzage.zichtbaarheid(g).subquery()).params(inzage.zichtbaarheid(g).parameters())
                .query(UUID.class).list());
        zichtbaar.retainAll(onder);
        return zichtbaar;
    }

    private Set<UUID> viaInzage(Gebruiker g, List<UUID> onder) {
        RequestContextHolder.resetRequestAttributes();
        Set<UUID> zichtbaar = new HashSet<>();
        onder.stream().filter(h -> inzage.magHuishoudenZien(g, h)).forEach(zichtbaar::add);
        return zichtbaar;
    }

    @Test
    void theFunctionAndTheJavaRuleAgreeForEveryKindOfAccess() {
        TestData data = new TestData(jdbc);
        data.team("zicht-elders");
        UUID eigen = data.huishouden("Zicht eigen team", "wijkteam-centrum");
        UUID toegewezen = data.huishouden("Zicht toegewezen", "zicht-elders");
        UUID doorbraak = data.huishouden("Zicht doorbraak", "zicht-elders");
        UUID verlopen = data.huishouden("Zicht verlopen doorbraak", "zicht-elders");
        UUID vreemd = data.huishouden("Zicht ander team", "zicht-elders");
        UUID vroeger = data.huishouden("Zicht vroeger huis", "zicht-elders");
        UUID beeindigd = data.huishouden("Zicht beëindigde toewijzing", "zicht-elders");
        UUID straks = data.huishouden("Zicht toekomstig huis", "zicht-elders");
        List<UUID> alle = List.of(eigen, toegewezen, doorbraak, verlopen, vreemd, vroeger, beeindigd, straks);
        // A regisseur of its own, so the demo account 'regisseur' keeps exactly the demo's assignment.
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values ('zicht-regisseur', 'Zicht Regisseur', 'REGISSEUR', 'wijkteam-centrum')")
                .update();
        jdbc.sql("insert into inwoner.huishouden_toewijzing (huishouden_id, gebruikersnaam) values (?, 'zicht-regisseur')").param(toegewezen).update();
        // The regie passed on yesterday: the assignment that came with it has ended (issue 13).
        jdbc.sql("insert into inwoner.huishouden_toewijzing (huishouden_id, gebruikersnaam, vanaf, tot) values (?, 'zicht-regisseur', ?, ?)")
                .params(beeindigd, Timestamp.from(klok.instant().minusSeconds(30 * 86400)), Timestamp.from(klok.instant().minusSeconds(86400)))
                .update();
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot)"
                + " values (?, 'zicht-regisseur', 'wijkteam-centrum', ?, 'Acute zorg', ?, ?)")
                .params(UUID.randomUUID(), doorbraak, Timestamp.from(klok.instant()), Timestamp.from(klok.instant().plusSeconds(3600))).update();
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot)"
                + " values (?, 'zicht-regisseur', 'wijkteam-centrum', ?, 'Acute zorg', ?, ?)")
                .params(UUID.randomUUID(), verlopen, Timestamp.from(klok.instant().minusSeconds(2 * 86400)),
                        Timestamp.from(klok.instant().minusSeconds(86400))).update();
        UUID bewoner = data.inwoner("Zichtbewoner", LocalDate.of(1980, 1, 1));
        data.lid(eigen, bewoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(vroeger, bewoner, "aanvrager", LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31));
        // A move planned for next month: the household opens to the resident on that day, not before.
        UUID andere = data.inwoner("Zichtbewoner toekomst", LocalDate.of(1990, 1, 1));
        data.lid(straks, andere, "aanvrager", LocalDate.now(klok).plusMonths(1), null);
        Gebruiker toekomstig = new Gebruiker("zichttoekomst", "Bewoner", Rol.INWONER, null, andere);

        Gebruiker regisseur = new Gebruiker("zicht-regisseur", "Zicht Regisseur", Rol.REGISSEUR, "wijkteam-centrum", null);
        Gebruiker inwoner = new Gebruiker("zichtbewoner", "Bewoner", Rol.INWONER, null, bewoner);
        Gebruiker beleid = new Gebruiker("beleid", "Beleid", Rol.BELEID, null, null);

        assertThat(viaFunctie(regisseur, alle)).containsExactlyInAnyOrder(eigen, toegewezen, doorbraak).isEqualTo(viaInzage(regisseur, alle));
        assertThat(viaFunctie(inwoner, alle)).containsExactly(eigen).isEqualTo(viaInzage(inwoner, alle));
        assertThat(viaFunctie(toekomstig, alle)).isEmpty();
        assertThat(viaInzage(toekomstig, alle)).isEmpty();
        assertThat(viaFunctie(beleid, alle)).isEmpty();
        assertThat(viaInzage(beleid, alle)).isEmpty();
    }

    /**
     * Both take now and today from the app's clock, not from the database: on a pinned day in 2019 the
     * resident still lived in the former household, and a doorbraak that ended long before the tests
     * run was still valid then.
     */
    @Test
    void theFunctionAndTheJavaRuleCountNowAndTodayOnTheAppsClock() {
        TestData data = new TestData(jdbc);
        data.team("zicht-elders");
        UUID eigen = data.huishouden("Klokzicht eigen", "wijkteam-centrum");
        UUID vroeger = data.huishouden("Klokzicht vroeger huis", "zicht-elders");
        UUID doorbraak = data.huishouden("Klokzicht doorbraak 2019", "zicht-elders");
        List<UUID> alle = List.of(eigen, vroeger, doorbraak);
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot)"
                + " values (?, 'regisseur', 'wijkteam-centrum', ?, 'Acute zorg', ?, ?)")
                .params(UUID.randomUUID(), doorbraak, Timestamp.from(Instant.parse("2019-06-01T08:00:00Z")),
                        Timestamp.from(Instant.parse("2019-06-01T16:00:00Z"))).update();
        UUID bewoner = data.inwoner("Klokzichtbewoner", LocalDate.of(1980, 1, 1));
        data.lid(eigen, bewoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(vroeger, bewoner, "aanvrager", LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31));
        Gebruiker regisseur = new Gebruiker("regisseur", "Regisseur", Rol.REGISSEUR, "wijkteam-centrum", null);
        Gebruiker inwoner = new Gebruiker("klokzichtbewoner", "Bewoner", Rol.INWONER, null, bewoner);

        klok.zet(Instant.parse("2019-06-01T10:00:00Z"));
        // Then the resident lived in the former household; the own household opens to them on 1 January 2020 (V16_1: from vanaf).
        assertThat(viaFunctie(inwoner, alle)).containsExactly(vroeger).isEqualTo(viaInzage(inwoner, alle));
        assertThat(viaFunctie(regisseur, alle)).containsExactlyInAnyOrder(eigen, doorbraak).isEqualTo(viaInzage(regisseur, alle));

        klok.herstel();
        assertThat(viaFunctie(inwoner, alle)).containsExactly(eigen).isEqualTo(viaInzage(inwoner, alle));
        assertThat(viaFunctie(regisseur, alle)).containsExactly(eigen).isEqualTo(viaInzage(regisseur, alle));
    }
}

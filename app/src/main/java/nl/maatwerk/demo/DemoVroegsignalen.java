package nl.maatwerk.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic early debt signals after the households exist: about one in twelve demo households has a
 * signal from a landlord, energy or water company or health insurer in the last eight weeks, some
 * found only by address, a few matching no household at all; part of them already has outreach
 * (letters, calls, visits, an offer, feedback to the creditor). One household in Centrum is marked
 * acutely unsafe. Dates count back from today; the rest follows from the seed. Runs once per seed.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
@Order(3)
class DemoVroegsignalen implements ApplicationRunner {

    private static final String[][] SCHULDEISERS = {
        {"verhuurder", "Woningcorporatie Haagwonen"}, {"verhuurder", "Staedion"}, {"energie", "Energie Direct"},
        {"energie", "Stroomlijn Energie"}, {"water", "Dunea"}, {"zorgverzekeraar", "Zorgverzekeraar Zuid"}, {"zorgverzekeraar", "Haagse Zorg"}
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final long seed;

    DemoVroegsignalen(JdbcTemplate jdbc, TransactionTemplate transactie, @Value("${maatwerk.demo-data.seed:20261123}") long seed) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactie.executeWithoutResult(s -> vul(LocalDate.now()));
    }

    int vul(LocalDate vandaag) {
        String prefix = "demo-" + seed + "-";
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from prioriteit.vroegsignaal where sleutel like ?)", Boolean.class,
                prefix + "%"))) {
            return 0;
        }
        record Kandidaat(UUID huishouden, String team, String bsn, String straat, String postcode, Integer huisnummer) {
        }
        List<Kandidaat> kandidaten = jdbc.query("""
                select distinct on (h.id) h.id, h.team_id, i.bsn, i.straat, i.postcode, i.huisnummer
                from inwoner.huishouden h join inwoner.huishouden_lid l on l.huishouden_id = h.id and l.tot_en_met is null
                join inwoner.inwoner i on i.id = l.inwoner_id
                where h.naam like 'Huishouden %' and i.bsn like '999%' and i.bsn not like '9998%'
                order by h.id, (l.rol = 'aanvrager') desc, i.geboortedatum
                """, (rs, i) -> new Kandidaat(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), (Integer) rs.getObject(6)));
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        List<Object[]> signalen = new ArrayList<>();
        List<Object[]> acties = new ArrayList<>();
        int n = 0;
        for (Kandidaat k : kandidaten) {
            if (r.nextInt(12) != 0) {
                continue;
            }
            String[] eiser = SCHULDEISERS[r.nextInt(SCHULDEISERS.length)];
            boolean opAdres = r.nextInt(5) == 0 && k.postcode() != null;
            boolean onbekend = r.nextInt(15) == 0;
            LocalDate ontvangen = vandaag.minusDays(r.nextInt(56));
            LocalDate signaaldatum = ontvangen.minusDays(1 + r.nextInt(5));
            int maanden = 1 + r.nextInt(eiser[0].equals("zorgverzekeraar") ? 6 : 4);
            BigDecimal bedrag = BigDecimal.valueOf(eiser[0].equals("verhuurder") ? 450 + r.nextInt(2400) : 60 + r.nextInt(900))
                    .add(BigDecimal.valueOf(r.nextInt(100), 2));
            UUID id = UUID.nameUUIDFromBytes((prefix + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String status = "open";
            LocalDate contact = null;
            LocalDate terug = null;
            long dagen = java.time.temporal.ChronoUnit.DAYS.between(ontvangen, vandaag);
            if (dagen > 3 && r.nextInt(10) < 7) {
                LocalDate brief = ontvangen.plusDays(1 + r.nextInt(3));
                acties.add(actie(id, "brief", false, "Brief met aanbod voor een gesprek gestuurd.", brief));
                LocalDate bel = ontvangen.plusDays(2 + r.nextInt((int) Math.min(dagen - 1, 35)));
                if (!bel.isAfter(vandaag)) {
                    boolean gelukt = r.nextInt(4) != 0;
                    acties.add(actie(id, r.nextBoolean() ? "telefoon" : "huisbezoek", gelukt, gelukt ? "Gesproken met de bewoner." : "Niemand thuis.",
                            bel));
                    if (gelukt) {
                        status = "contact";
                        contact = bel;
                        if (r.nextBoolean()) {
                            acties.add(actie(id, "aanbod", null, "Schuldhulp en een gesprek met de budgetcoach aangeboden.", bel));
                            status = "aanbod";
                            if (r.nextBoolean()) {
                                acties.add(actie(id, "geaccepteerd", null, null, bel));
                                status = "geaccepteerd";
                            }
                        }
                    }
                    acties.add(actie(id, "terugmelding", gelukt, null, bel));
                    terug = bel;
                }
            }
            boolean gekoppeld = !onbekend;
            signalen.add(new Object[] {id, prefix + n, eiser[0], eiser[1], opAdres || onbekend ? null : k.bsn(), k.straat(),
                    onbekend ? "2599ZZ" : k.postcode(), onbekend ? 900 + n : k.huisnummer(), bedrag, maanden, Date.valueOf(signaaldatum),
                    Date.valueOf(ontvangen), gekoppeld ? k.huishouden() : null, gekoppeld ? (opAdres ? "adres" : "bsn") : "geen", k.team(),
                    status, contact == null ? null : Date.valueOf(contact), terug == null ? null : Date.valueOf(terug)});
            n++;
        }
        jdbc.batchUpdate("""
                insert into prioriteit.vroegsignaal (id, sleutel, schuldeiser_type, schuldeiser, bsn, straat, postcode, huisnummer, bedrag, maanden,
                    signaaldatum, ontvangen_op, huishouden_id, koppeling, team_id, status, eerste_contact_op, teruggemeld_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, signalen);
        jdbc.batchUpdate("""
                insert into prioriteit.vroegsignaal_actie (id, signaal_id, soort, contact, notitie, datum, door, door_naam) values (?, ?, ?, ?, ?, ?, 'consulent', ?)
                """, acties);
        // One household of the consulent's team is marked unsafe, so the queue shows the flag on top.
        jdbc.update("""
                insert into prioriteit.veiligheidsmarkering (id, huishouden_id, reden, door)
                select ?, h.id, 'Buren melden ruzie en geschreeuw; kinderen in huis. Vandaag huisbezoek met Veilig Thuis.', ?
                from inwoner.huishouden h where h.team_id = 'wijkteam-centrum' and h.naam like 'Huishouden %' order by h.id limit 1
                on conflict do nothing
                """, UUID.nameUUIDFromBytes((prefix + "veilig").getBytes(java.nio.charset.StandardCharsets.UTF_8)), DemoOmgeving.NAAM_CONSULENT);
        return n;
    }

    private static Object[] actie(UUID signaal, String soort, Boolean contact, String notitie, LocalDate datum) {
        return new Object[] {UUID.nameUUIDFromBytes((signaal + "-" + soort).getBytes(java.nio.charset.StandardCharsets.UTF_8)), signaal, soort, contact, notitie, Date.valueOf(datum), DemoOmgeving.NAAM_CONSULENT};
    }
}

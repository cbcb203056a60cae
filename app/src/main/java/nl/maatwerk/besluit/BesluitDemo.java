package nl.maatwerk.besluit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: a register of departures over the last six months (so policy sees which rules chafe)
 * with one answer from policy, and one departing decision waiting for the demo team lead. Fixed seed
 * and ids, written once; a restart changes nothing. The demo module's sequence calls {@link #vul()}
 * after the households and their requests exist: the waiting decision answers a request in Centrum.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class BesluitDemo {

    private static final Logger LOG = LoggerFactory.getLogger(BesluitDemo.class);
    static final UUID WACHTEND = UUID.nameUUIDFromBytes("demo-besluit-ter-goedkeuring".getBytes(StandardCharsets.UTF_8));
    private static final UUID REACTIE = UUID.nameUUIDFromBytes("demo-afwijking-reactie".getBytes(StandardCharsets.UTF_8));

    /** How often each rule is departed from in the demo, and the reasons that dominate. */
    private static final Map<BesluitSoort, Redensoort[]> PATROON = Map.of(
            BesluitSoort.PW_TERUGVORDERING, new Redensoort[] {Redensoort.ONDER_BESTAANSMINIMUM, Redensoort.GOEDE_TROUW,
                    Redensoort.ONEVENREDIG, Redensoort.ONDER_BESTAANSMINIMUM, Redensoort.KINDEREN},
            BesluitSoort.WMO_MAATWERKVOORZIENING, new Redensoort[] {Redensoort.GEZONDHEID, Redensoort.REGEL_PAST_NIET},
            BesluitSoort.PW_BIJZONDERE_BIJSTAND, new Redensoort[] {Redensoort.DOORBRAAK, Redensoort.KINDEREN, Redensoort.ONEVENREDIG},
            BesluitSoort.JEUGDWET_VOORZIENING, new Redensoort[] {Redensoort.KINDEREN});

    private final JdbcTemplate jdbc;
    private final nl.maatwerk.berekening.Berekeningen berekeningen;

    BesluitDemo(JdbcTemplate jdbc, nl.maatwerk.berekening.Berekeningen berekeningen) {
        this.jdbc = jdbc;
        this.berekeningen = berekeningen;
    }

    /** Writes the register and the waiting decision, unless they are there already. */
    @Transactional
    public void vul() {
        Integer al = jdbc.queryForObject("select count(*) from besluit.afwijking_reactie where id = ?", Integer.class, REACTIE);
        if (al != null && al > 0) {
            return;
        }
        long start = System.nanoTime();
        SplittableRandom r = new SplittableRandom(20261126L);
        LocalDate maand = LocalDate.now().withDayOfMonth(1);
        List<Object[]> rijen = new ArrayList<>();
        List<Object[]> tellingen = new ArrayList<>();
        // Iterate in a fixed order: the same seed gives the same register.
        for (BesluitSoort soort : BesluitSoort.values()) {
            Redensoort[] redenen = PATROON.get(soort);
            int perMaand = soort == BesluitSoort.PW_TERUGVORDERING ? 4 : soort == BesluitSoort.JEUGDWET_VOORZIENING ? 1 : 2;
            for (int m = 0; m < 6; m++) {
                java.sql.Date dag = java.sql.Date.valueOf(maand.minusMonths(m));
                int aantal = r.nextInt(perMaand + 1);
                for (int i = 0; i < aantal; i++) {
                    rijen.add(new Object[] {soort.standaardRegel(), soort.code(), redenen[r.nextInt(redenen.length)].code(), "milder", dag});
                }
                // Now and then a harsher outcome, approved with the resident's agreement: the register shows both directions.
                int strenger = r.nextInt(4) == 0 ? 1 : 0;
                for (int i = 0; i < strenger; i++) {
                    rijen.add(new Object[] {soort.standaardRegel(), soort.code(), (soort.isTerugvordering() ? Redensoort.WENS_INWONER
                            : Redensoort.REGEL_PAST_NIET).code(), "strenger", dag});
                }
                // Every final decision counts in the denominator, departing or not.
                tellingen.add(new Object[] {soort.standaardRegel(), soort.code(), dag, aantal + strenger + 6 + r.nextInt(15)});
            }
        }
        jdbc.batchUpdate("insert into besluit.afwijking (regel, soort, redensoort, richting, maand) values (?, ?, ?, ?, ?)", rijen);
        jdbc.batchUpdate("insert into besluit.besluit_telling (regel, soort, maand, aantal) values (?, ?, ?, ?)", tellingen);
        jdbc.update("insert into besluit.afwijking_reactie (id, regel, soort, toelichting, door, op) values (?, ?, 'uitgelegd', ?, 'beleid', ?)",
                REACTIE, BesluitSoort.PW_TERUGVORDERING.standaardRegel(),
                "Teams mogen bij een terugvordering altijd kijken of er dringende redenen zijn. We hebben dit uitgelegd in het teamoverleg.",
                Timestamp.from(Instant.now().minusSeconds(86_400L * 20)));
        wachtendBesluit();
        LOG.info("Besluit-demo klaar: {} afwijkingen in het register, in {} ms", rijen.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** A departing decision on bijzondere bijstand, proposed by the demo consulent, for the team lead to approve. */
    private void wachtendBesluit() {
        List<Map<String, Object>> vraag = jdbc.queryForList("""
                select v.id, v.huishouden_id from toegang.hulpvraag v join inwoner.huishouden h on h.id = v.huishouden_id
                where h.team_id = 'wijkteam-centrum' and v.status <> 'afgesloten'
                  and exists (select 1 from inwoner.huishouden_lid l where l.huishouden_id = h.id and l.rol = 'aanvrager' and l.tot_en_met is null)
                -- Preferably a Participatiewet request of a working-age household, so the check beside it has norms for the demo date.
                order by ('participatiewet' = any(v.wetten)) desc,
                         (select bool_and(i.geboortedatum between date '1960-01-01' and date '2000-01-01') from inwoner.huishouden_lid l
                          join inwoner.inwoner i on i.id = l.inwoner_id where l.huishouden_id = h.id and l.rol in ('aanvrager', 'partner')
                            and l.tot_en_met is null) desc nulls last,
                         v.id
                limit 1
                """);
        if (vraag.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into besluit.besluit (id, huishouden_id, hulpvraag_id, soort, status, peildatum, beoogd_effect, gevolgen, bedoelingen,
                    bedoeling_toelichting, ethiek, standaard_uitkomst, besluit_tekst, afwijking, bevoegdheid, afwijking_redensoort,
                    afwijking_motivering, kosten_doormodderen, kosten_doorbraak, doorbraak_toelichting, aangemaakt_door, gewijzigd_door,
                    ingediend_door, ingediend_op)
                values (?, ?, ?, 'pw-bijzondere-bijstand', 'ter-goedkeuring', ?, ?, ?, '{bijzondere-kosten,afstemmen}', ?, ?, ?, ?, true,
                    'afwijken-beleidsregel', 'doorbraak', ?, 3600.00, 450.00, ?, 'consulent', 'consulent', 'consulent', now())
                """, WACHTEND, vraag.getFirst().get("huishouden_id"), vraag.getFirst().get("id"), berekeningen.standaardPeildatum(),
                "Een wasmachine, zodat het gezin weer schone kleren heeft en de kinderen zonder schaamte naar school gaan.",
                "Zonder wasmachine gaat de moeder twee keer per week naar de wasserette. Dat kost geld en tijd die ze niet heeft.",
                "Dit zijn noodzakelijke kosten door een bijzondere situatie: de oude machine ging kapot na een lekkage.",
                "Het is eerlijk om te helpen. Een lening zou de schulden groter maken.",
                "Afwijzen: de beleidsregel zegt dat een wasmachine uit eigen middelen of met een lening moet.",
                "Wij betalen een eenvoudige wasmachine als gift.",
                "De lening uit de beleidsregel zou dit gezin verder in de schulden brengen. Een gift is goedkoper dan de wasserette.",
                "De wasserette kost het gezin ongeveer 300 euro per maand. Een wasmachine kost eenmalig 450 euro.");
        jdbc.update("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door, op) values (?, null, 'concept', ?, 'consulent', now() - interval '1 day')",
                WACHTEND, "Besluit voorbereid");
        jdbc.update("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door) values (?, 'concept', 'ter-goedkeuring', ?, 'consulent')",
                WACHTEND, "Ter goedkeuring aangeboden, want het besluit wijkt af van de regel");
    }
}

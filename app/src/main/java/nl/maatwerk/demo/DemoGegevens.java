package nl.maatwerk.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.toegang.Levensdomein;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.maatwerk.demo.DemoGenerator.DemoHuishouden;
import nl.maatwerk.toegang.PlanJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with synthetic households in demo mode: {@code maatwerk.demo-data.huishoudens}
 * of them (2,000 by default), in batches that each commit on their own, so an interrupted run
 * resumes where it stopped. A larger number on a later start tops the same data up.
 *
 * <p>Synthetic data is not personal data of anyone, so seeding writes no logboek records.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
@Order(2)
class DemoGegevens implements ApplicationRunner, InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGegevens.class);
    private static final int BATCH = 1_000;

    private final DemoOmgeving omgeving;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final int doel;
    private final long seed;
    // Where seeding time goes, for the log line (one seeding at a time).
    private long genereren;
    private long opbouwen;
    private long schrijven;
    private CompletableFuture<Integer> vooraf;
    private volatile boolean gestopt;

    DemoGegevens(DemoOmgeving omgeving, JdbcTemplate jdbc, TransactionTemplate transactie,
            @Value("${maatwerk.demo-data.huishoudens:2000}") int doel, @Value("${maatwerk.demo-data.seed:20261123}") long seed) {
        this.omgeving = omgeving;
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.doel = doel;
        this.seed = seed;
    }

    /**
     * Seeding starts as soon as this bean exists (the schema is migrated by then: the JdbcTemplate
     * waits for Flyway), on its own thread while Spring builds the rest of the context. {@link #run}
     * waits for it, so the app is not ready (health not UP) before the demo data is in.
     */
    @Override
    public void afterPropertiesSet() {
        vooraf = new CompletableFuture<>();
        Thread vuller = new Thread(() -> {
            try {
                // Households refer to the teams and demo accounts: those first.
                omgeving.richtIn();
                vooraf.complete(vul(doel));
            } catch (Throwable e) {
                vooraf.completeExceptionally(e);
            }
        }, "demogegevens");
        vuller.setDaemon(true);
        vuller.start();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            vooraf.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public void destroy() {
        gestopt = true;
    }

    /** Adds households until there are {@code aantal} for this seed; returns how many were added. */
    synchronized int vul(int aantal) {
        jdbc.update("insert into demo.demo_stand (seed, aantal_huishoudens) values (?, 0) on conflict do nothing", seed);
        int al = jdbc.queryForObject("select aantal_huishoudens from demo.demo_stand where seed = ?", Integer.class, seed);
        if (al >= aantal) {
            return 0;
        }
        long start = System.nanoTime();
        // Requests for help count back from today so their legal clocks are current.
        LocalDate vandaag = LocalDate.now();
        DemoGenerator generator = new DemoGenerator(seed);
        for (int i = 0; i < al; i++) {
            generator.volgende();
        }
        boolean groot = aantal - al >= 10_000;
        int gemeldProcent = 0;
        List<DemoHuishouden> batch = new ArrayList<>(BATCH);
        genereren = 0;
        schrijven = 0;
        opbouwen = 0;
        for (int n = al; n < aantal && !gestopt; n++) {
            long g = System.nanoTime();
            batch.add(generator.volgende());
            genereren += System.nanoTime() - g;
            if (batch.size() == BATCH || n == aantal - 1) {
                int totNu = n + 1;
                transactie.executeWithoutResult(s -> {
                    schrijf(batch, vandaag);
                    jdbc.update("update demo.demo_stand set aantal_huishoudens = ? where seed = ?", totNu, seed);
                });
                batch.clear();
                int procent = (int) (100L * (totNu - al) / (aantal - al));
                if (groot && procent / 10 > gemeldProcent / 10) {
                    gemeldProcent = procent;
                    LOG.info("Demogegevens: {} van {} huishoudens ({}%), {} s", getal(totNu), getal(aantal), procent,
                            (System.nanoTime() - start) / 1_000_000_000L);
                }
            }
        }
        if (gestopt) {
            return 0;
        }
        koppelDemoAccounts();
        if (generator.buitenTestreeks()) {
            LOG.warn("De BSN-testreeks 999 is op: een deel van de demo-BSN's ligt in 990-998. Koppel deze database nooit aan echte systemen.");
        }
        LOG.info("Demogegevens klaar: {} huishoudens ({} nieuw) in {} ms (genereren {} ms, opbouwen {} ms, COPY {} ms)", getal(aantal),
                getal(aantal - al), (System.nanoTime() - start) / 1_000_000, genereren / 1_000_000, (opbouwen - schrijven) / 1_000_000,
                schrijven / 1_000_000);
        return aantal - al;
    }

    private static String naamVan(String gebruikersnaam) {
        return "regisseur".equals(gebruikersnaam) ? DemoOmgeving.NAAM_REGISSEUR
                : "consulent".equals(gebruikersnaam) ? DemoOmgeving.NAAM_CONSULENT : "Medewerker toegang";
    }

    private void schrijf(List<DemoHuishouden> batch, LocalDate vandaag) {
        long begin = System.nanoTime();
        try {
            schrijfRijen(batch, vandaag);
        } finally {
            opbouwen += System.nanoTime() - begin;
        }
    }

    private void schrijfRijen(List<DemoHuishouden> batch, LocalDate vandaag) {
        List<Object[]> huishoudens = new ArrayList<>();
        List<Object[]> inwoners = new ArrayList<>();
        List<Object[]> leden = new ArrayList<>();
        List<Object[]> netwerk = new ArrayList<>();
        List<Object[]> plannen = new ArrayList<>();
        List<Object[]> planversies = new ArrayList<>();
        List<Object[]> zrmMetingen = new ArrayList<>();
        List<Object[]> zrmScores = new ArrayList<>();
        List<Object[]> vragen = new ArrayList<>();
        List<Object[]> statussen = new ArrayList<>();
        List<Object[]> klokken = new ArrayList<>();
        List<Object[]> regie = new ArrayList<>();
        List<Object[]> team = new ArrayList<>();
        List<Object[]> toestemmingen = new ArrayList<>();
        for (DemoHuishouden h : batch) {
            DemoToegang.Toegang t = DemoToegang.voor(seed, h, vandaag);
            UUID aanvrager = h.leden().getFirst().persoon().id();
            for (DemoToegang.Vraag v : t.vragen()) {
                vragen.add(new Object[] {v.id(), h.id(), aanvrager, v.kanaal().code(), v.vorm().code(), v.tekst(), v.watTelt(),
                    SqlLijsten.tekst(v.domeinen().stream().map(Levensdomein::code).toList()), v.urgentie().code(),
                    SqlLijsten.tekst(v.wetten().stream().map(w -> w.code()).toList()), v.dreiging() == null ? null : v.dreiging().code(), v.status(),
                    Date.valueOf(v.ontvangen()), v.behandelaar(), v.behandelaar() == null ? "demo" : v.behandelaar()});
                int volgorde = 0;
                for (String[] w : v.geschiedenis()) {
                    statussen.add(new Object[] {UUID.nameUUIDFromBytes((v.id() + "-status-" + volgorde++).getBytes(StandardCharsets.UTF_8)),
                        v.id(), w[0], w[1], w[2], naamVan(v.behandelaar()),
                        Timestamp.from(LocalDate.parse(w[3]).atTime(9, 30).atZone(ZoneId.of("Europe/Amsterdam")).toInstant())});
                }
                for (DemoToegang.Klok k : v.klokken()) {
                    klokken.add(new Object[] {UUID.nameUUIDFromBytes((v.id() + "-" + k.code()).getBytes(StandardCharsets.UTF_8)), v.id(),
                        k.code(), k.omschrijving(), Date.valueOf(k.start()), Date.valueOf(k.uiterste()), k.bron(),
                        k.afgerond() == null ? null : Date.valueOf(k.afgerond()), k.gestopt()});
                }
            }
            if (t.regisseur() != null) {
                regie.add(new Object[] {UUID.nameUUIDFromBytes((h.id() + "-regie").getBytes(StandardCharsets.UTF_8)), h.id(), t.regisseur(),
                    Timestamp.from(t.regieVanaf().atTime(11, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()), t.regieReden(),
                    naamVan(t.regisseur())});
            }
            for (String[] b : t.team()) {
                team.add(new Object[] {UUID.nameUUIDFromBytes((h.id() + "-team-" + b[0]).getBytes(StandardCharsets.UTF_8)), h.id(), b[0], b[1],
                    b[2], true, Date.valueOf(t.toestemmingOp())});
            }
            if (t.toestemmingPartij() != null) {
                toestemmingen.add(new Object[] {UUID.nameUUIDFromBytes((h.id() + "-toestemming").getBytes(StandardCharsets.UTF_8)), h.id(),
                    aanvrager, t.toestemmingPartij(), SqlLijsten.tekst(t.toestemmingOnderdelen().stream().map(o -> o.code()).toList()),
                    "Samenwerken aan het plan van het huishouden.", Date.valueOf(t.toestemmingOp()), DemoOmgeving.NAAM_CONSULENT});
            }
            List<DemoPlannen.Versie> versies = DemoPlannen.versies(seed, h);
            if (!versies.isEmpty()) {
                DemoPlannen.Versie laatste = versies.getLast();
                plannen.add(new Object[] {h.id(), laatste.nummer(), PlanJson.schrijf(laatste.inhoud()),
                    Date.valueOf(laatste.inhoud().evaluatiedatum()), Timestamp.from(laatste.moment()), laatste.door()});
                for (DemoPlannen.Versie v : versies) {
                    planversies.add(new Object[] {h.id(), v.nummer(), PlanJson.schrijf(v.inhoud()), Timestamp.from(v.moment()), v.door(),
                        v.doorNaam(), PlanJson.schrijfTeksten(v.wijzigingen())});
                }
            }
            huishoudens.add(new Object[] {h.id(), h.naam(), h.wijk().teamId()});
            for (DemoGenerator.Lid lid : h.leden()) {
                DemoGenerator.Persoon p = lid.persoon();
                DemoGenerator.Adres a = h.adres();
                inwoners.add(new Object[] {p.id(), p.bsn(), p.voornamen(), p.voorvoegsel(), p.geslachtsnaam(),
                    Date.valueOf(p.geboortedatum()), a.straat(), a.huisnummer(), a.huisletter(), a.postcode(), "'s-Gravenhage", h.wijk().naam(),
                    p.telefoonnummer(), p.emailadres(), h.wijk().teamId()});
                leden.add(new Object[] {UUID.nameUUIDFromBytes((h.id() + "-" + p.id()).getBytes(StandardCharsets.UTF_8)),
                    h.id(), p.id(), lid.rol(), lid.uitzondering(), Date.valueOf(lid.vanaf()),
                    lid.totEnMet() == null ? null : Date.valueOf(lid.totEnMet())});
            }
            for (DemoGenerator.Netwerk n : h.netwerk()) {
                netwerk.add(new Object[] {n.id(), h.id(), n.naam(), n.relatie(), n.bijdrage(), n.telefoonnummer()});
            }
            for (DemoZrm.Meting m : h.zrm()) {
                zrmMetingen.add(new Object[] {m.id(), h.id(), m.inwonerId(), Date.valueOf(m.datum()), m.door(),
                    Timestamp.from(m.datum().atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant())});
                Levensdomein[] domeinen = Levensdomein.values();
                for (int d = 0; d < domeinen.length; d++) {
                    zrmScores.add(new Object[] {m.id(), domeinen[d].code(), m.scores().get(d), m.toelichtingen().get(d)});
                }
            }
        }
        kopieer("inwoner.huishouden (id, naam, team_id)", huishoudens);
        kopieer("""
                inwoner.inwoner (id, bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, straat, huisnummer, huisletter,
                         postcode, woonplaats, wijk, telefoonnummer, emailadres, team_id)""", inwoners);
        kopieer("inwoner.huishouden_lid (id, huishouden_id, inwoner_id, rol, uitzondering, vanaf, tot_en_met)", leden);
        kopieer("inwoner.netwerkrelatie (id, huishouden_id, naam, relatie, bijdrage, telefoonnummer)", netwerk);
        kopieer("toegang.gezinsplan (huishouden_id, versie, inhoud, evaluatiedatum, gewijzigd_op, gewijzigd_door)", plannen);
        kopieer("toegang.gezinsplan_versie (huishouden_id, versie, inhoud, gewijzigd_op, gewijzigd_door, door_naam, wijzigingen)", planversies);
        kopieer("toegang.zrm_meting (id, huishouden_id, inwoner_id, datum, door_naam, vastgelegd_op)", zrmMetingen);
        kopieer("toegang.zrm_score (meting_id, domein, score, toelichting)", zrmScores);
        kopieer("""
                toegang.hulpvraag (id, huishouden_id, inwoner_id, kanaal, vorm, vraag, wat_telt, levensdomeinen, urgentie, wetten, dreiging,
                           status, ontvangen_op, behandelaar, geregistreerd_door)""", vragen);
        kopieer("toegang.hulpvraag_status (id, hulpvraag_id, van, naar, reden, door, op)", statussen);
        kopieer("toegang.termijn (id, hulpvraag_id, code, omschrijving, start, uiterste_datum, bron, afgerond_op, gestopt_reden)", klokken);
        kopieer("toegang.regie (id, huishouden_id, regisseur, vanaf, reden, door)", regie);
        kopieer("toegang.huishouden_betrokkene (id, huishouden_id, naam, organisatie, rol, extern, vanaf)", team);
        kopieer("toegang.toestemming (id, huishouden_id, inwoner_id, partij, onderdelen, doel, gegeven_op, vastgelegd_door)", toestemmingen);
    }

    /**
     * One COPY per table and batch: PostgreSQL parses the rows as a stream, several times faster
     * than batched inserts. Runs on the transaction's connection, so a batch still commits as one.
     */
    private void kopieer(String tabelEnKolommen, List<Object[]> rijen) {
        if (rijen.isEmpty()) {
            return;
        }
        StringBuilder tekst = new StringBuilder(rijen.size() * 128);
        for (Object[] rij : rijen) {
            for (int i = 0; i < rij.length; i++) {
                if (i > 0) {
                    tekst.append('\t');
                }
                kopieerwaarde(tekst, rij[i]);
            }
            tekst.append('\n');
        }
        String sql = "copy " + tabelEnKolommen.strip() + " from stdin";
        long begin = System.nanoTime();
        jdbc.execute((ConnectionCallback<Long>) verbinding -> {
            try {
                return verbinding.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(tekst.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        schrijven += System.nanoTime() - begin;
    }

    /** A value in COPY's text format: \N for null, instants in UTC, special characters escaped. */
    private static void kopieerwaarde(StringBuilder tekst, Object waarde) {
        String s = switch (waarde) {
            case null -> null;
            case Timestamp t -> t.toInstant().toString();
            case Boolean b -> b ? "t" : "f";
            default -> waarde.toString();
        };
        if (s == null) {
            tekst.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> tekst.append("\\\\");
                case '\n' -> tekst.append("\\n");
                case '\r' -> tekst.append("\\r");
                case '\t' -> tekst.append("\\t");
                default -> tekst.append(c);
            }
        }
    }

    /**
     * The demo resident account belongs to a household in the consulent's team; the demo regisseur
     * is assigned to one household of another team, so both access paths can be tried.
     */
    private void koppelDemoAccounts() {
        jdbc.update("""
                update platform.gebruiker set inwoner_id = (
                    select l.inwoner_id from inwoner.huishouden h join inwoner.huishouden_lid l on l.huishouden_id = h.id
                    where h.team_id = ? and l.rol = 'aanvrager' and l.tot_en_met is null
                      and exists (select 1 from inwoner.huishouden_lid k where k.huishouden_id = h.id and k.rol = 'kind')
                    order by h.naam, h.id limit 1)
                where gebruikersnaam = 'inwoner' and inwoner_id is null
                """, DemoOmgeving.TEAM_CENTRUM);
        jdbc.update("""
                insert into inwoner.huishouden_toewijzing (huishouden_id, gebruikersnaam)
                select h.id, 'regisseur' from inwoner.huishouden h where h.team_id = ? order by h.naam, h.id limit 1
                on conflict do nothing
                """, Wijk.ESCAMP.teamId());
    }

    private static String getal(int n) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%,d", n);
    }
}

package nl.maatwerk.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.maatwerk.demo.DemoGenerator.DemoHuishouden;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Relatiesoort;
import nl.maatwerk.inwoner.Uitzondering;
import nl.maatwerk.inwoner.demo.InwonerDemoOpslag;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.demo.PlatformDemoOpslag;
import nl.maatwerk.toegang.HulpvraagStatus;
import nl.maatwerk.toegang.demo.ToegangDemoOpslag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The households of the demo city: {@code maatwerk.demo-data.huishoudens} of them (2,000 by default),
 * generated here and written by the modules that own them in two passes, inwoner first and then toegang,
 * each in batches that commit on their own, so an interrupted run resumes where it stopped. A larger
 * number on a later start tops the same data up.
 *
 * <p>Two passes rather than one (which generated the city once): nothing of inwoner's part counts from
 * today, while toegang's requests do, so {@code package} keeps a database with inwoner's part as a
 * template and a start adds only toegang's (see {@link Demovolgorde}). A stopped first pass leaves
 * households without requests until the second pass of the next start writes them.
 *
 * <p>Synthetic data is not personal data of anyone, so seeding writes no logboek records.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
class DemoGegevens implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGegevens.class);
    private static final int BATCH = 1_000;

    // The generator speaks in codes; looked up once here, not per row.
    private static final Map<String, LidRol> ROLLEN = perCode(LidRol.values(), LidRol::code);
    private static final Map<String, Uitzondering> UITZONDERINGEN = perCode(Uitzondering.values(), Uitzondering::code);
    private static final Map<String, Relatiesoort> RELATIES = perCode(Relatiesoort.values(), Relatiesoort::code);
    private static final Map<String, HulpvraagStatus> STATUSSEN = perCode(HulpvraagStatus.values(), HulpvraagStatus::code);

    /**
     * What one pass over the households did: the households it passed, how many it wrote, and the
     * candidates for early signals when it passed every household. Where its time went is in the log.
     */
    record Vulling(int aantal, int nieuw, List<DemoVroegsignalen.Kandidaat> kandidaten) {

        /** True when every household up to {@code aantal} passed by in this run, so {@code kandidaten} is complete. */
        boolean alleGezien() {
            return kandidaten != null;
        }
    }

    /** Which module's part of the households a pass writes, and the column of demo.demo_stand that counts it. */
    private enum Deel {
        INWONER("aantal_huishoudens"), TOEGANG("aantal_toegang");

        private final String kolom;

        Deel(String kolom) {
            this.kolom = kolom;
        }
    }

    private final InwonerDemoOpslag inwoner;
    private final ToegangDemoOpslag toegang;
    private final PlatformDemoOpslag platform;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final Clock klok;
    private final int doel;
    private final long seed;
    private volatile boolean gestopt;

    DemoGegevens(InwonerDemoOpslag inwoner, ToegangDemoOpslag toegang, PlatformDemoOpslag platform, JdbcTemplate jdbc,
            TransactionTemplate transactie, Clock klok, @Value("${maatwerk.demo-data.huishoudens:2000}") int doel,
            @Value("${maatwerk.demo-data.seed:20261123}") long seed) {
        this.inwoner = inwoner;
        this.toegang = toegang;
        this.platform = platform;
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.klok = klok;
        this.doel = doel;
        this.seed = seed;
    }

    @Override
    public void destroy() {
        gestopt = true;
    }

    /** Adds households, both parts, until there are {@code aantal} for this seed; returns how many households were added. */
    int vul(int aantal) {
        int nieuw = vulInwoner(aantal).nieuw();
        vulToegang(aantal, LocalDate.now(klok));
        return nieuw;
    }

    /** The households, members and network up to the configured number: nothing in them counts from today. */
    Vulling vulInwoner() {
        return vulInwoner(doel);
    }

    /**
     * The requests, regie, consent, plans and ZRM of the configured number of households, counted back from {@code vandaag}; the
     * household {@code behalve} (the demo resident's, which gets its own story, or null) gets none of the generated ones.
     */
    Vulling vulToegang(LocalDate vandaag, UUID behalve) {
        return vulToegang(doel, vandaag, behalve);
    }

    synchronized Vulling vulInwoner(int aantal) {
        Vulling vulling = vul(Deel.INWONER, aantal, null, null);
        if (vulling.nieuw() > 0 && !gestopt) {
            koppelDemoAccounts();
        }
        return vulling;
    }

    /** Requests for help count back from {@code vandaag} so their legal clocks are current. */
    synchronized Vulling vulToegang(int aantal, LocalDate vandaag) {
        return vulToegang(aantal, vandaag, null);
    }

    private synchronized Vulling vulToegang(int aantal, LocalDate vandaag, UUID behalve) {
        int huishoudens = stand(Deel.INWONER);
        if (huishoudens < aantal) {
            throw new IllegalStateException("De toegangsgegevens van " + getal(aantal) + " huishoudens, maar er zijn er " + getal(huishoudens));
        }
        return vul(Deel.TOEGANG, aantal, vandaag, behalve);
    }

    /**
     * One pass over the generated households, writing one module's part of those not written yet, in batches that
     * each commit with the count, so an interrupted pass resumes where it stopped. The households written earlier
     * pass by again: the BSNs are handed out in order, and the steps after this one see the whole city.
     */
    private Vulling vul(Deel deel, int aantal, LocalDate vandaag, UUID behalve) {
        int al = stand(deel);
        if (al >= aantal) {
            return new Vulling(al, 0, null);
        }
        long start = System.nanoTime();
        long genereren = 0;
        long schrijven = 0;
        List<DemoVroegsignalen.Kandidaat> kandidaten = new ArrayList<>();
        DemoGenerator generator = new DemoGenerator(seed);
        for (int i = 0; i < al; i++) {
            DemoVroegsignalen.kandidaat(generator.volgende()).ifPresent(kandidaten::add);
        }
        boolean groot = aantal - al >= 10_000;
        int gemeldProcent = 0;
        List<InwonerDemoOpslag.Huishouden> huishoudens = new ArrayList<>(BATCH);
        List<ToegangDemoOpslag.Huishouden> toegangsdelen = new ArrayList<>(BATCH);
        for (int n = al; n < aantal && !gestopt; n++) {
            long g = System.nanoTime();
            DemoHuishouden h = generator.volgende();
            if (deel == Deel.INWONER) {
                huishoudens.add(inwonerdeel(h));
            } else if (!h.id().equals(behalve)) {
                toegangsdelen.add(toegangsdeel(h, vandaag));
            }
            DemoVroegsignalen.kandidaat(h).ifPresent(kandidaten::add);
            genereren += System.nanoTime() - g;
            if (huishoudens.size() + toegangsdelen.size() == BATCH || n == aantal - 1) {
                int totNu = n + 1;
                long s = System.nanoTime();
                transactie.executeWithoutResult(t -> {
                    if (deel == Deel.INWONER) {
                        inwoner.voegToe(huishoudens);
                    } else {
                        // toegang's rows refer to the households (foreign keys across the schemas), written by the inwoner pass.
                        toegang.voegToe(toegangsdelen);
                    }
                    jdbc.update("update demo.demo_stand set " + deel.kolom + " = ? where seed = ?", totNu, seed);
                });
                schrijven += System.nanoTime() - s;
                huishoudens.clear();
                toegangsdelen.clear();
                int procent = (int) (100L * (totNu - al) / (aantal - al));
                if (groot && procent / 10 > gemeldProcent / 10) {
                    gemeldProcent = procent;
                    LOG.info("Demogegevens {}: {} van {} huishoudens ({}%), {} s", deel.name().toLowerCase(Locale.ROOT), getal(totNu),
                            getal(aantal), procent, (System.nanoTime() - start) / 1_000_000_000L);
                }
            }
        }
        if (gestopt) {
            return new Vulling(al, 0, null);
        }
        if (groot) {
            // Autovacuum would analyze the tables too, but only after the steps that need the statistics have run.
            if (deel == Deel.INWONER) {
                inwoner.analyseer();
            } else {
                toegang.analyseer();
            }
        }
        if (generator.buitenTestreeks()) {
            LOG.warn("De BSN-testreeks 999 is op: een deel van de demo-BSN's ligt in 990-998. Koppel deze database nooit aan echte systemen.");
        }
        LOG.info("Demogegevens {}: {} huishoudens ({} nieuw) in {} ms (genereren {} ms, schrijven {} ms)", deel.name().toLowerCase(Locale.ROOT),
                getal(aantal), getal(aantal - al), (System.nanoTime() - start) / 1_000_000, genereren / 1_000_000, schrijven / 1_000_000);
        return new Vulling(aantal, aantal - al, List.copyOf(kandidaten));
    }

    /** How many households of this seed have the given part written. */
    private int stand(Deel deel) {
        jdbc.update("insert into demo.demo_stand (seed, aantal_huishoudens) values (?, 0) on conflict do nothing", seed);
        return jdbc.queryForObject("select " + deel.kolom + " from demo.demo_stand where seed = ?", Integer.class, seed);
    }

    /** The inwoner module's part of a generated household. */
    static InwonerDemoOpslag.Huishouden inwonerdeel(DemoHuishouden h) {
        DemoGenerator.Adres a = h.adres();
        List<InwonerDemoOpslag.Lid> leden = new ArrayList<>(h.leden().size());
        for (DemoGenerator.Lid lid : h.leden()) {
            DemoGenerator.Persoon p = lid.persoon();
            leden.add(new InwonerDemoOpslag.Lid(id(h.id() + "-" + p.id()),
                    new InwonerDemoOpslag.Persoon(p.id(), p.bsn(), p.voornamen(), p.voorvoegsel(), p.geslachtsnaam(), p.geboortedatum(),
                            p.telefoonnummer(), p.emailadres()),
                    code(ROLLEN, lid.rol()), lid.uitzondering() == null ? null : code(UITZONDERINGEN, lid.uitzondering()), lid.vanaf(),
                    lid.totEnMet()));
        }
        List<InwonerDemoOpslag.Netwerkrelatie> netwerk = new ArrayList<>(h.netwerk().size());
        for (DemoGenerator.Netwerk n : h.netwerk()) {
            netwerk.add(new InwonerDemoOpslag.Netwerkrelatie(n.id(), n.naam(), code(RELATIES, n.relatie()), n.bijdrage(), n.telefoonnummer()));
        }
        return new InwonerDemoOpslag.Huishouden(h.id(), h.naam(), h.wijk().teamId(),
                new InwonerDemoOpslag.Adres(a.straat(), a.huisnummer(), a.huisletter(), a.postcode(), "'s-Gravenhage", h.wijk().naam()), leden,
                netwerk);
    }

    /** The toegang module's part of a generated household: requests, regie, team, consent, plan and ZRM. */
    ToegangDemoOpslag.Huishouden toegangsdeel(DemoHuishouden h, LocalDate vandaag) {
        DemoToegang.Toegang t = DemoToegang.voor(seed, h, vandaag);
        UUID aanvrager = h.leden().getFirst().persoon().id();
        List<ToegangDemoOpslag.Hulpvraag> vragen = new ArrayList<>(t.vragen().size());
        for (DemoToegang.Vraag v : t.vragen()) {
            List<ToegangDemoOpslag.Statuswijziging> geschiedenis = new ArrayList<>();
            int volgorde = 0;
            for (String[] w : v.geschiedenis()) {
                geschiedenis.add(new ToegangDemoOpslag.Statuswijziging(id(v.id() + "-status-" + volgorde++),
                        w[0] == null ? null : code(STATUSSEN, w[0]), code(STATUSSEN, w[1]), w[2], naamVan(v.behandelaar()),
                        moment(LocalDate.parse(w[3]), 9, 30)));
            }
            List<ToegangDemoOpslag.Klok> klokken = new ArrayList<>(v.klokken().size());
            for (DemoToegang.Klok k : v.klokken()) {
                klokken.add(new ToegangDemoOpslag.Klok(id(v.id() + "-" + k.code()), k.code(), k.omschrijving(), k.start(), k.uiterste(), k.bron(),
                        k.afgerond(), k.gestopt()));
            }
            vragen.add(new ToegangDemoOpslag.Hulpvraag(v.id(), aanvrager, v.kanaal(), v.vorm(), v.tekst(), v.watTelt(), v.domeinen(), v.urgentie(),
                    v.wetten(), v.dreiging(), code(STATUSSEN, v.status()), v.ontvangen(), v.behandelaar(),
                    v.behandelaar() == null ? "demo" : v.behandelaar(), geschiedenis, klokken));
        }
        ToegangDemoOpslag.Regie regie = t.regisseur() == null ? null
                : new ToegangDemoOpslag.Regie(id(h.id() + "-regie"), t.regisseur(), moment(t.regieVanaf(), 11, 0), t.regieReden(),
                        naamVan(t.regisseur()));
        List<ToegangDemoOpslag.Betrokkene> team = new ArrayList<>(t.team().size());
        for (String[] b : t.team()) {
            team.add(new ToegangDemoOpslag.Betrokkene(id(h.id() + "-team-" + b[0]), b[0], b[1], b[2], true, t.toestemmingOp()));
        }
        ToegangDemoOpslag.Toestemming toestemming = t.toestemmingPartij() == null ? null
                : new ToegangDemoOpslag.Toestemming(id(h.id() + "-toestemming"), aanvrager, t.toestemmingPartij(), t.toestemmingOnderdelen(),
                        "Samenwerken aan het plan van het huishouden.", t.toestemmingOp(), DemoOmgeving.NAAM_CONSULENT);
        List<DemoPlannen.Versie> versies = DemoPlannen.versies(seed, h);
        List<ToegangDemoOpslag.Planversie> plan = new ArrayList<>(versies.size());
        for (DemoPlannen.Versie v : versies) {
            plan.add(new ToegangDemoOpslag.Planversie(v.nummer(), v.inhoud(), v.moment(), v.door(), v.doorNaam(), v.wijzigingen()));
        }
        List<ToegangDemoOpslag.ZrmMeting> zrm = new ArrayList<>(h.zrm().size());
        for (DemoZrm.Meting m : h.zrm()) {
            zrm.add(new ToegangDemoOpslag.ZrmMeting(m.id(), m.inwonerId(), m.datum(), m.door(), moment(m.datum(), 10, 0), m.scores(),
                    m.toelichtingen()));
        }
        return new ToegangDemoOpslag.Huishouden(h.id(), vragen, regie, team, toestemming, plan, zrm);
    }

    /**
     * The demo resident account belongs to a household in the consulent's team; the demo regisseur
     * is assigned to one household of another team, so both access paths can be tried.
     */
    private void koppelDemoAccounts() {
        if (!platform.heeftInwoner("inwoner")) {
            inwoner.aanvragerVanEersteGezin(DemoOmgeving.TEAM_CENTRUM).ifPresent(id -> platform.koppelInwoner("inwoner", id));
        }
        inwoner.wijsEersteHuishoudenToe(Wijk.ESCAMP.teamId(), "regisseur");
    }

    private static <T> Map<String, T> perCode(T[] waarden, Function<T, String> code) {
        return Arrays.stream(waarden).collect(Collectors.toUnmodifiableMap(code, w -> w));
    }

    private static <T> T code(Map<String, T> waarden, String code) {
        T waarde = waarden.get(code);
        if (waarde == null) {
            throw new IllegalArgumentException("Onbekende code: " + code);
        }
        return waarde;
    }

    private static String naamVan(String gebruikersnaam) {
        return "regisseur".equals(gebruikersnaam) ? DemoOmgeving.NAAM_REGISSEUR
                : "consulent".equals(gebruikersnaam) ? DemoOmgeving.NAAM_CONSULENT : "Medewerker toegang";
    }

    private static Instant moment(LocalDate dag, int uur, int minuut) {
        return dag.atTime(uur, minuut).atZone(Klok.ZONE).toInstant();
    }

    private static UUID id(String naam) {
        return UUID.nameUUIDFromBytes(naam.getBytes(StandardCharsets.UTF_8));
    }

    static String getal(long n) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%,d", n);
    }
}

package nl.maatwerk.besluit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.Werkvoorraad;
import nl.maatwerk.toegang.Wet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: a register of departures over the last eighteen months (so policy sees which rules chafe,
 * this year and last year)
 * with one answer from policy, one departing decision waiting for the demo team lead, and concept
 * decisions on gifts whose recorded income "Wat als?" reads (issue 19). Fixed seed
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

    private static final int MAANDEN = 18;
    private static final String TEAM = "wijkteam-centrum";
    private static final String CONSULENT = "consulent";
    /** Applicant and partner born in this range are of working age on the demo date: the Participatiewet norms apply. */
    private static final LocalDate WERKEND_VAN = LocalDate.of(1960, 1, 1);
    private static final LocalDate WERKEND_TOT = LocalDate.of(2000, 1, 1);

    private final JdbcTemplate jdbc;
    private final Berekeningen berekeningen;
    private final Werkvoorraad werkvoorraad;
    private final Huishoudens huishoudens;
    private final Clock klok;
    private final GebruikerRegister gebruikers;

    BesluitDemo(JdbcTemplate jdbc, Berekeningen berekeningen, Werkvoorraad werkvoorraad, Huishoudens huishoudens, Clock klok,
            GebruikerRegister gebruikers) {
        this.jdbc = jdbc;
        this.berekeningen = berekeningen;
        this.werkvoorraad = werkvoorraad;
        this.huishoudens = huishoudens;
        this.klok = klok;
        this.gebruikers = gebruikers;
    }

    /** How many households get a concept decision with gifts: enough that a group of winners is not a small group. */
    static final int MET_GIFTEN = 24;

    /** Writes the register and the waiting decision, unless they are there already. */
    @Transactional
    public void vul() {
        Integer al = jdbc.queryForObject("select count(*) from besluit.afwijking_reactie where id = ?", Integer.class, REACTIE);
        if (al != null && al > 0) {
            return;
        }
        long start = System.nanoTime();
        SplittableRandom r = new SplittableRandom(20261126L);
        LocalDate maand = LocalDate.now(klok).withDayOfMonth(1);
        List<Object[]> rijen = new ArrayList<>();
        List<Object[]> tellingen = new ArrayList<>();
        // Iterate in a fixed order: the same seed gives the same register.
        for (BesluitSoort soort : BesluitSoort.values()) {
            Redensoort[] redenen = PATROON.get(soort);
            // Recovery often enough that a year shows its numbers; the other rules so seldom that the register hides
            // them (fewer than platform.KleineGroep.MINIMUM), as it would in a small municipality.
            boolean vaak = soort == BesluitSoort.PW_TERUGVORDERING;
            int perMaand = vaak ? 8 : soort == BesluitSoort.JEUGDWET_VOORZIENING ? 1 : 2;
            for (int m = 0; m < MAANDEN; m++) {
                java.sql.Date dag = java.sql.Date.valueOf(maand.minusMonths(m));
                int aantal = (vaak ? 10 : 0) + r.nextInt(perMaand + 1);
                for (int i = 0; i < aantal; i++) {
                    rijen.add(new Object[] {soort.standaardRegel(), soort.code(), redenen[r.nextInt(redenen.length)].code(), "milder", dag});
                }
                // Now and then a harsher outcome, approved with the resident's agreement: the register shows both directions.
                int strenger = vaak ? r.nextInt(3) : r.nextInt(4) == 0 ? 1 : 0;
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
                Timestamp.from(Instant.now(klok).minus(Duration.ofDays(20))));
        wachtendBesluit();
        int giften = giftenBijBesluiten();
        LOG.info("Besluit-demo klaar: {} afwijkingen in het register, {} besluiten met giften, in {} ms", rijen.size(), giften,
                (System.nanoTime() - start) / 1_000_000);
    }

    static final UUID VOOR_INWONER = UUID.nameUUIDFromBytes("demo-besluit-verzonden-inwoner".getBytes(StandardCharsets.UTF_8));

    /**
     * The demo resident's story (issue 16): a decision on bijzondere bijstand for a washing machine, approved and sent to
     * them {@code dagenGeleden} days ago, so Mijn Maatwerk shows a letter and the objection form. Written once.
     */
    @Transactional
    public void verzondenVoorInwoner(UUID huishoudenId, UUID hulpvraagId, UUID inwonerId, int dagenGeleden) {
        Integer al = jdbc.queryForObject("select count(*) from besluit.besluit where id = ?", Integer.class, VOOR_INWONER);
        if (al != null && al > 0) {
            return;
        }
        Instant verzonden = Instant.now(klok).minus(Duration.ofDays(dagenGeleden));
        Timestamp op = Timestamp.from(verzonden);
        jdbc.update("""
                insert into besluit.besluit (id, huishouden_id, hulpvraag_id, inwoner_id, soort, status, peildatum, beoogd_effect, gevolgen,
                    bedoelingen, bedoeling_toelichting, ethiek, standaard_uitkomst, besluit_tekst, afwijking, aangemaakt_door, aangemaakt_op,
                    gewijzigd_door, definitief_door, definitief_op, verzonden_door, verzonden_op)
                values (?, ?, ?, ?, 'pw-bijzondere-bijstand', 'verzonden', ?, ?, ?, '{bijzondere-kosten}', ?, ?, ?, ?, false, 'consulent', ?,
                    'consulent', 'consulent', ?, 'consulent', ?)
                """, VOOR_INWONER, huishoudenId, hulpvraagId, inwonerId, LocalDate.ofInstant(verzonden, nl.maatwerk.platform.Klok.ZONE),
                "Een werkende koelkast, zodat het gezin eten vers kan bewaren.",
                "Zonder koelkast gooit het gezin elke week eten weg. Dat kost geld dat er niet is.",
                "Dit zijn noodzakelijke kosten door een bijzondere situatie: de oude koelkast ging kapot.",
                "Het is eerlijk om te helpen; het gezin heeft geen spaargeld.",
                "Toekennen: de beleidsregel vergoedt een eenvoudige koelkast.",
                "Wij betalen een eenvoudige koelkast tot 400 euro.", op, op, op);
        jdbc.update("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door, op) values (?, null, 'concept', ?, 'consulent', ?)",
                VOOR_INWONER, "Besluit voorbereid", op);
        jdbc.update("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door, op) values (?, 'concept', 'definitief', ?, 'consulent', ?)",
                VOOR_INWONER, "Definitief gemaakt", op);
        jdbc.update("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door, op) values (?, 'definitief', 'verzonden', ?, 'consulent', ?)",
                VOOR_INWONER, "Brief verzonden", op);
    }

    /**
     * A departing decision on bijzondere bijstand, proposed by the demo consulent, for the team lead to
     * approve: on an open request of the team, preferably a Participatiewet request of a working-age
     * household, so the check beside it has norms for the demo date. Found through toegang's and
     * inwoner's APIs, as the consulent who prepared it, so inwoner checks need-to-know and logs the read.
     */
    private void wachtendBesluit() {
        LocalDate peildatum = berekeningen.standaardPeildatum();
        Optional<Hulpvraag> gekozen = alsConsulent(() -> kiesHulpvraag(peildatum));
        if (gekozen.isEmpty()) {
            return;
        }
        Instant nu = Instant.now(klok);
        jdbc.update("""
                insert into besluit.besluit (id, huishouden_id, hulpvraag_id, soort, status, peildatum, beoogd_effect, gevolgen, bedoelingen,
                    bedoeling_toelichting, ethiek, standaard_uitkomst, besluit_tekst, afwijking, bevoegdheid, afwijking_redensoort,
                    afwijking_motivering, kosten_doormodderen, kosten_doorbraak, doorbraak_toelichting, aangemaakt_door, gewijzigd_door,
                    ingediend_door, ingediend_op)
                values (?, ?, ?, 'pw-bijzondere-bijstand', 'ter-goedkeuring', ?, ?, ?, '{bijzondere-kosten,afstemmen}', ?, ?, ?, ?, true,
                    'afwijken-beleidsregel', 'doorbraak', ?, 3600.00, 450.00, ?, 'consulent', 'consulent', 'consulent', ?)
                """, WACHTEND, gekozen.get().huishoudenId(), gekozen.get().id(), peildatum,
                "Een wasmachine, zodat het gezin weer schone kleren heeft en de kinderen zonder schaamte naar school gaan.",
                "Zonder wasmachine gaat de moeder twee keer per week naar de wasserette. Dat kost geld en tijd die ze niet heeft.",
                "Dit zijn noodzakelijke kosten door een bijzondere situatie: de oude machine ging kapot na een lekkage.",
                "Het is eerlijk om te helpen. Een lening zou de schulden groter maken.",
                "Afwijzen: de beleidsregel zegt dat een wasmachine uit eigen middelen of met een lening moet.",
                "Wij betalen een eenvoudige wasmachine als gift.",
                "De lening uit de beleidsregel zou dit gezin verder in de schulden brengen. Een gift is goedkoper dan de wasserette.",
                "De wasserette kost het gezin ongeveer 300 euro per maand. Een wasmachine kost eenmalig 450 euro.", Timestamp.from(nu));
        jdbc.update("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door, op) values (?, null, 'concept', ?, 'consulent', ?)",
                WACHTEND, "Besluit voorbereid", Timestamp.from(nu.minus(Duration.ofDays(1))));
        jdbc.update("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door, op) values (?, 'concept', 'ter-goedkeuring', ?, 'consulent', ?)",
                WACHTEND, "Ter goedkeuring aangeboden, want het besluit wijkt af van de regel", Timestamp.from(nu));
    }

    /**
     * Concept decisions on a recovery because of gifts (money and groceries from family, as in the Wijdemeren
     * case), each with the household's income recorded: no other income, gifts of 1,500 to 3,600 euros this
     * year. "Wat als?" reads the latest recorded income per household, so its demo variant "Giftenvrijlating
     * 2400" has households that gain. On open requests of every team, Participatiewet first, then debt help (a
     * recovery is often where debts start), in a fixed order.
     */
    private int giftenBijBesluiten() {
        LocalDate peildatum = berekeningen.standaardPeildatum();
        // Team by team, and no further than needed: a team's queue loads every open request in full, and at the start of the
        // demo that is on the way to "ready" (one team of the 2,000-household city has enough Participatiewet requests).
        List<Hulpvraag> participatiewet = new ArrayList<>();
        List<Hulpvraag> schulden = new ArrayList<>();
        alsConsulent(() -> {
            for (GebruikerRegister.Team t : gebruikers.teams().stream().sorted(Comparator.comparing(GebruikerRegister.Team::id)).toList()) {
                List<Hulpvraag> open = werkvoorraad.teamItemsZonderLog(t.id()).stream().map(Werkvoorraad.Werkitem::hulpvraag)
                        .filter(Objects::nonNull).filter(Hulpvraag::isOpen).sorted(Comparator.comparing(v -> v.id().toString())).toList();
                for (Hulpvraag v : open) {
                    if (v.wetten().contains(Wet.PARTICIPATIEWET)) {
                        participatiewet.add(v);
                    } else if (v.wetten().contains(Wet.WGS)) {
                        schulden.add(v);
                    }
                }
                if (participatiewet.stream().map(Hulpvraag::huishoudenId).distinct().count() >= MET_GIFTEN) {
                    break;
                }
            }
            return null;
        });
        List<Hulpvraag> vragen = new ArrayList<>(participatiewet);
        vragen.addAll(schulden);
        SplittableRandom r = new SplittableRandom(20261208L);
        java.util.Set<UUID> gehad = new java.util.HashSet<>();
        Timestamp nu = Timestamp.from(Instant.now(klok));
        int n = 0;
        for (Hulpvraag v : vragen) {
            if (n == MET_GIFTEN || !gehad.add(v.huishoudenId())) {
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes(("demo-besluit-giften-" + n).getBytes(StandardCharsets.UTF_8));
            jdbc.update("""
                    insert into besluit.besluit (id, huishouden_id, hulpvraag_id, soort, status, peildatum, beoogd_effect, gevolgen,
                        aangemaakt_door, gewijzigd_door)
                    values (?, ?, ?, 'pw-terugvordering', 'concept', ?, ?, ?, 'consulent', 'consulent')
                    """, id, v.huishoudenId(), v.id(), peildatum,
                    "Duidelijkheid over de giften van familie: wat mag het huishouden houden, en moet er iets terug?",
                    "Familie helpt met geld en boodschappen. Boven het vrije bedrag per jaar telt dat als inkomen.");
            jdbc.update("insert into besluit.inkomen (besluit_id, giften_per_jaar, vastgelegd_door, vastgelegd_op) values (?, ?, 'consulent', ?)",
                    id, java.math.BigDecimal.valueOf(1_500 + r.nextInt(2_101)), nu);
            jdbc.update("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door, op) values (?, null, 'concept', ?, 'consulent', ?)",
                    id, "Besluit voorbereid", nu);
            n++;
        }
        return n;
    }

    /**
     * The open requests of the team in a fixed order, Participatiewet first; within that group the first
     * working-age household, else the first with an applicant. A composition is read only until one fits.
     */
    private Optional<Hulpvraag> kiesHulpvraag(LocalDate peildatum) {
        List<Hulpvraag> open = werkvoorraad.teamItemsZonderLog(TEAM).stream().map(Werkvoorraad.Werkitem::hulpvraag).filter(Objects::nonNull)
                .filter(Hulpvraag::isOpen).sorted(Comparator.comparing(v -> v.id().toString())).toList();
        for (boolean participatiewet : new boolean[] {true, false}) {
            Hulpvraag metAanvrager = null;
            for (Hulpvraag v : open) {
                if (v.wetten().contains(Wet.PARTICIPATIEWET) != participatiewet) {
                    continue;
                }
                List<Huishouden.Lidmaatschap> leden = huishoudens.samenstellingOp(v.huishoudenId(), peildatum);
                if (leden.stream().noneMatch(l -> l.rol() == LidRol.AANVRAGER)) {
                    continue;
                }
                if (leden.stream().filter(l -> l.rol() == LidRol.AANVRAGER || l.rol() == LidRol.PARTNER).map(l -> l.inwoner().geboortedatum())
                        .allMatch(d -> !d.isBefore(WERKEND_VAN) && !d.isAfter(WERKEND_TOT))) {
                    return Optional.of(v);
                }
                if (metAanvrager == null) {
                    metAanvrager = v;
                }
            }
            if (metAanvrager != null) {
                return Optional.of(metAanvrager);
            }
        }
        return Optional.empty();
    }

    private <T> T alsConsulent(Supplier<T> actie) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CONSULENT, null,
                List.of(new SimpleGrantedAuthority(Rol.CONSULENT.authority()))));
        try {
            return actie.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

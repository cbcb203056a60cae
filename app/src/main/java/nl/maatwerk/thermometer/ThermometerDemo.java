package nl.maatwerk.thermometer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: two finished rounds with synthetic answers, so the results page shows something
 * meaningful, including a comparison and exactly one suppressed group: only {@link #PARTNERS_MENSELIJKE_MAAT}
 * partners scored the human measure, fewer than {@link nl.maatwerk.platform.KleineGroep#MINIMUM}.
 * Every layer has at least that many respondents, so all its other scores show. The numbers are
 * those of a mid-sized municipality: of college and raad only a part answers, the uitvoering is
 * large and there are many partners. Deterministic (fixed seed and ids) and written once; a
 * restart changes nothing.
 * Lives in this module so the demo module needs no knowledge of the thermometer's tables; the demo
 * module's sequence calls {@link #vul()}.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class ThermometerDemo {

    private static final Logger LOG = LoggerFactory.getLogger(ThermometerDemo.class);
    static final UUID VORIGE = UUID.nameUUIDFromBytes("demo-thermometer-2025".getBytes(StandardCharsets.UTF_8));
    static final UUID LAATSTE = UUID.nameUUIDFromBytes("demo-thermometer-2026".getBytes(StandardCharsets.UTF_8));

    /** Respondents per layer, each at least the small-group threshold; the later round drew more people. */
    static final Map<Laag, Integer> AANTALLEN_VORIGE = Map.of(Laag.BESTUUR, 10, Laag.MANAGEMENT, 10, Laag.BELEID, 11, Laag.UITVOERING, 24,
            Laag.PARTNERS, 16);
    static final Map<Laag, Integer> AANTALLEN_LAATSTE = Map.of(Laag.BESTUUR, 11, Laag.MANAGEMENT, 12, Laag.BELEID, 13, Laag.UITVOERING, 32,
            Laag.PARTNERS, 22);
    /** How many partners score the human measure; the others answer "weet ik niet", so that group is suppressed. */
    static final int PARTNERS_MENSELIJKE_MAAT = 6;

    static final Map<String, String> BEDOELING = Map.of(
            "eigen-kracht", "Inwoners doen mee en lossen zelf op wat ze kunnen, met hulp van familie, buren en vrienden. "
                    + "De gemeente helpt waar dat echt nodig is, zodat mensen langer zelfstandig thuis kunnen wonen.",
            "integraliteit", "We kijken naar het hele huishouden en alle leefgebieden samen, niet naar één wet tegelijk. "
                    + "Eén plan en één regisseur, zodat inwoners niet van loket naar loket gaan.",
            "financien", "Het geld voor zorg en ondersteuning blijft beschikbaar voor wie het nodig heeft. "
                    + "Daarom zetten we eerst in op lichte en algemene hulp, en sturen we op resultaat bij aanbieders.",
            "menselijke-maat", "Regels zijn er voor mensen, niet andersom. Medewerkers kijken eerst naar de bedoeling van de wet "
                    + "en de situatie van de inwoner, en durven af te wijken als de regel onredelijk uitpakt.");

    private static final String[][] OPEN = {
        {"Dat mensen langer thuis kunnen blijven wonen, met hulp uit hun eigen omgeving.", "past"},
        {"Dat inwoners eerst zelf en met hun netwerk proberen, en de gemeente daarna helpt.", "past"},
        {"Bezuinigen op zorg.", "mist"},
        {"Minder mensen in de zorg.", "mist"},
        {"Dat we sneller werken en minder formulieren hebben.", "deels"},
        {"Eén plan voor het hele gezin, zodat mensen niet overal opnieuw hun verhaal doen.", "past"},
        {"Ik weet het eigenlijk niet precies.", "mist"},
        {"Dat we kijken wat iemand echt nodig heeft en niet alleen naar de regel.", "past"},
        {"Goedkoper inkopen bij aanbieders.", "deels"},
        {"Samenwerken met andere organisaties.", "deels"},
    };

    private final JdbcTemplate jdbc;
    private final Clock klok;

    ThermometerDemo(JdbcTemplate jdbc, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** Writes the two rounds, unless they are there already. */
    @Transactional
    public void vul() {
        Integer al = jdbc.queryForObject("select count(*) from thermometer.thermometer_meting where id in (?, ?)", Integer.class, VORIGE, LAATSTE);
        if (al != null && al > 0) {
            return;
        }
        long start = System.nanoTime();
        LocalDate vandaag = LocalDate.now(klok);
        // The earlier round scored a bit lower everywhere, so the comparison shows progress.
        schrijf(VORIGE, "Thermometer najaar (demo)", vandaag.minusMonths(6), AANTALLEN_VORIGE, -0.3, 11);
        schrijf(LAATSTE, "Thermometer voorjaar (demo)", vandaag.minusDays(3), AANTALLEN_LAATSTE, 0.0, 26);
        LOG.info("Thermometer-demo klaar in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The mean answer (1-5) of a layer on one aspect of a dimension: intent thins out on the way down. */
    static double gemiddelde(Laag laag, String thema, Dimensie d, Aspect a) {
        double basis = switch (laag) {
            case BESTUUR -> 4.4;
            case MANAGEMENT -> 4.0;
            case BELEID -> 4.1;
            case UITVOERING -> 3.0;
            case PARTNERS -> 2.6;
        };
        if (laag == Laag.UITVOERING && a == Aspect.DOEN) {
            basis += 0.9; // the seed's observation: front-line workers do the right things without knowing why
        }
        if (laag == Laag.PARTNERS && d == Dimensie.OPDRACHTEN) {
            basis += 0.8; // providers know their contracts, less so the intent behind them
        }
        if (thema.equals("financien") && laag.compareTo(Laag.BELEID) > 0) {
            basis -= 0.4;
        }
        return basis;
    }

    private void schrijf(UUID id, String naam, LocalDate einddatum, Map<Laag, Integer> aantallen, double verschuiving, long seed) {
        Random r = new Random(seed);
        jdbc.update("insert into thermometer.thermometer_meting (id, naam, einddatum, aangemaakt_door, aangemaakt_op) values (?, ?, ?, 'beleid', ?)",
                id, naam, Date.valueOf(einddatum), Timestamp.valueOf(einddatum.minusWeeks(4).atTime(9, 0)));
        for (Laag l : Laag.values()) {
            jdbc.update("insert into thermometer.thermometer_laag (meting_id, laag) values (?, ?)", id, l.code());
        }
        List<Object[]> themas = new ArrayList<>();
        List<Object[]> stellingen = new ArrayList<>();
        List<UUID> stellingIds = new ArrayList<>();
        List<String[]> stellingSleutels = new ArrayList<>();
        int volgorde = 1;
        for (String code : StandaardVragenlijst.themaCodes()) {
            Thema t = new Thema(code, StandaardVragenlijst.naam(code), null, "", volgorde);
            themas.add(new Object[] {id, code, t.naam(), BEDOELING.get(code), StandaardVragenlijst.openVraag(t.inZin()), volgorde++});
            int i = 1;
            for (String[] s : StandaardVragenlijst.stellingen(t.inZin())) {
                UUID sid = UUID.nameUUIDFromBytes((id + "-" + code + "-" + s[0] + "-" + s[1]).getBytes(StandardCharsets.UTF_8));
                stellingen.add(new Object[] {sid, id, code, s[0], s[1], s[2], i++});
                stellingIds.add(sid);
                stellingSleutels.add(new String[] {code, s[0], s[1]});
            }
        }
        jdbc.batchUpdate("insert into thermometer.thermometer_thema (meting_id, code, naam, bedoeling, open_vraag, volgorde) values (?, ?, ?, ?, ?, ?)", themas);
        jdbc.batchUpdate("insert into thermometer.thermometer_stelling (id, meting_id, thema_code, dimensie, aspect, tekst, volgorde) values (?, ?, ?, ?, ?, ?, ?)",
                stellingen);

        List<Object[]> uitnodigingen = new ArrayList<>();
        List<Object[]> antwoorden = new ArrayList<>();
        List<Object[]> open = new ArrayList<>();
        int n = 0;
        for (Laag laag : Laag.values()) {
            for (int p = 0; p < aantallen.get(laag); p++) {
                UUID respons = UUID.nameUUIDFromBytes((id + "-respons-" + n).getBytes(StandardCharsets.UTF_8));
                uitnodigingen.add(new Object[] {hash(id + "-link-" + n++), id, laag.code(), Date.valueOf(einddatum.minusWeeks(4))});
                for (int s = 0; s < stellingIds.size(); s++) {
                    String[] k = stellingSleutels.get(s);
                    // Only a few partners score the human measure; the others answer "weet ik niet", so that group is suppressed.
                    if (laag == Laag.PARTNERS && k[0].equals("menselijke-maat") && p >= PARTNERS_MENSELIJKE_MAAT) {
                        continue;
                    }
                    double g = gemiddelde(laag, k[0], Dimensie.vanCode(k[1]), Aspect.vanCode(k[2])) + verschuiving;
                    int score = (int) Math.max(1, Math.min(5, Math.round(g + r.nextGaussian() * 0.8)));
                    antwoorden.add(new Object[] {respons, id, laag.code(), stellingIds.get(s), score});
                }
                for (String code : StandaardVragenlijst.themaCodes()) {
                    if (r.nextInt(3) == 0) {
                        continue;
                    }
                    String[] tekst = OPEN[(laag.ordinal() * 2 + r.nextInt(6)) % OPEN.length];
                    open.add(new Object[] {UUID.nameUUIDFromBytes((respons + "-" + code).getBytes(StandardCharsets.UTF_8)), respons, id, laag.code(), code,
                        tekst[0], r.nextInt(4) == 0 ? null : tekst[1], r.nextInt(4) == 0 ? null : "beleid"});
                }
            }
        }
        // Two links that were sent out but never used.
        uitnodigingen.add(new Object[] {hash(id + "-link-ongebruikt-1"), id, "uitvoering", Date.valueOf(einddatum.minusWeeks(4))});
        uitnodigingen.add(new Object[] {hash(id + "-link-ongebruikt-2"), id, "partners", Date.valueOf(einddatum.minusWeeks(4))});
        jdbc.batchUpdate("insert into thermometer.thermometer_uitnodiging (token_hash, meting_id, laag, aangemaakt_op, ingediend) values (?, ?, ?, ?, "
                + "true)", uitnodigingen.subList(0, uitnodigingen.size() - 2));
        jdbc.batchUpdate("insert into thermometer.thermometer_uitnodiging (token_hash, meting_id, laag, aangemaakt_op) values (?, ?, ?, ?)",
                uitnodigingen.subList(uitnodigingen.size() - 2, uitnodigingen.size()));
        jdbc.batchUpdate("insert into thermometer.thermometer_antwoord (respons_id, meting_id, laag, stelling_id, score) values (?, ?, ?, ?, ?)", antwoorden);
        jdbc.batchUpdate("""
                insert into thermometer.thermometer_open_antwoord (id, respons_id, meting_id, laag, thema_code, tekst, codering, gecodeerd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, open.stream().map(o -> {
                    // A coding needs a coder; an uncoded answer has neither.
                    if (o[6] == null) {
                        o[7] = null;
                    } else if (o[7] == null) {
                        o[7] = "beleid";
                    }
                    return o;
                }).toList());
    }

    private static byte[] hash(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

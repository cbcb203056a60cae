package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.SqlLijsten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Figures for the team lead (issue 15): legal deadlines met and overrun per law and month, lead times from
 * intake to decision per law, and the open requests per worker. Counts only, no one shown; every number of
 * residents follows the app's one small-group rule ({@link KleineGroep}), in {@link #tel} so page and any
 * later API hide the same.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Teamcijfers {

    /** How many months back the figures go, this month included. */
    static final int MAANDEN = 12;

    /** One month of a law: deadlines met and overrun, both null when the month series is hidden. */
    public record Maand(YearMonth maand, Long gehaald, Long overschreden) {
    }

    /** Lead time from intake to a decision (or closing) in days; all null when fewer than the minimum requests. */
    public record Doorlooptijd(Long aantal, Integer mediaan, Integer negentigste) {
    }

    /**
     * One law's figures. {@code totaal} is null when small; {@code gehaald} and {@code overschreden} (a series that
     * adds up to the total) are both null when one is small; {@code maanden} hold nulls when any month is small.
     */
    public record PerWet(Wet wet, Long totaal, Long gehaald, Long overschreden, boolean maandenVerborgen, List<Maand> maanden,
            Doorlooptijd doorlooptijd) {
    }

    /** One worker's open requests (by name, not login). */
    public record Werklast(String naam, long open) {
    }

    public record Cijfers(YearMonth van, YearMonth tot, List<PerWet> wetten, List<Werklast> werklast, int minimaleGroep) {
    }

    /** A deadline that ran out: in which month, under which law, and whether it was met. */
    record Uitkomst(Wet wet, YearMonth maand, boolean gehaald) {
    }

    /** A request that reached a decision: under which law and in how many days. */
    record Duur(Wet wet, long dagen) {
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Hulpvragen hulpvragen;
    private final GebruikerRegister gebruikers;
    private final java.time.Clock klok;

    Teamcijfers(JdbcClient jdbc, Huishoudens huishoudens, Hulpvragen hulpvragen, GebruikerRegister gebruikers, java.time.Clock klok) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.hulpvragen = hulpvragen;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    /** The figures of the team lead's own team, over the last {@link #MAANDEN} months. */
    public Cijfers vanMijnTeam() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER || g.teamId() == null) {
            throw new NietToegestaanException("Alleen de teamleider ziet de cijfers van het team.");
        }
        LocalDate vandaag = LocalDate.now(klok);
        YearMonth tot = YearMonth.from(vandaag);
        YearMonth van = tot.minusMonths(MAANDEN - 1L);
        Object team = SqlLijsten.uuids(huishoudens.vanTeam(g.teamId()));
        // A deadline counts in the month it ran out: met when done on or before that day, overrun when done later or still open after it.
        List<Uitkomst> uitkomsten = jdbc.sql("""
                select t.code, t.uiterste_datum, t.afgerond_op is not null and t.afgerond_op <= t.uiterste_datum
                from toegang.termijn t join toegang.hulpvraag v on v.id = t.hulpvraag_id
                where v.huishouden_id = any(?::uuid[]) and t.gestopt_reden is null and t.uiterste_datum >= ? and t.uiterste_datum < ?
                    and (t.afgerond_op is not null or t.uiterste_datum < ?)
                """).params(team, van.atDay(1), vandaag, vandaag)
                .query((rs, i) -> new Uitkomst(wetVan(rs.getString(1)), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getBoolean(3)))
                .list().stream().filter(u -> u.wet() != null).toList();
        List<Duur> duren = new ArrayList<>();
        jdbc.sql("""
                select v.wetten, v.ontvangen_op, min(s.op) from toegang.hulpvraag v join toegang.hulpvraag_status s on s.hulpvraag_id = v.id
                where v.huishouden_id = any(?::uuid[]) and s.naar in ('besluit', 'afgesloten')
                group by v.id, v.wetten, v.ontvangen_op having min(s.op) >= ?
                """).params(team, java.sql.Timestamp.from(van.atDay(1).atStartOfDay(klok.getZone()).toInstant()))
                .query((rs, i) -> {
                    LocalDate klaar = rs.getTimestamp(3).toInstant().atZone(klok.getZone()).toLocalDate();
                    long dagen = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(rs.getObject(2, LocalDate.class), klaar));
                    SqlLijsten.lees(rs.getArray(1)).stream().map(Wet::vanCode).forEach(w -> duren.add(new Duur(w, dagen)));
                    return 1;
                }).list();
        Map<String, Long> open = hulpvragen.openPerBehandelaar(g.teamId());
        List<Werklast> werklast = hulpvragen.collegas(g.teamId()).stream()
                .map(p -> new Werklast(p.naam(), open.getOrDefault(p.gebruikersnaam(), 0L))).toList();
        return new Cijfers(van, tot, tel(uitkomsten, duren, van, tot), werklast, KleineGroep.MINIMUM);
    }

    /** The law a deadline belongs to, by the prefix of its code (termijnen.csv); null for one of no law. */
    static Wet wetVan(String code) {
        if (code.startsWith("wmo-")) {
            return Wet.WMO;
        }
        if (code.startsWith("pw-")) {
            return Wet.PARTICIPATIEWET;
        }
        if (code.startsWith("jw-")) {
            return Wet.JEUGDWET;
        }
        if (code.startsWith("wgs-")) {
            return Wet.WGS;
        }
        return null;
    }

    /**
     * The figures per law from the outcomes and lead times, every month from {@code van} to {@code tot} (zero months
     * too), with the small-group rule applied: a law without any deadline or decision is left out.
     */
    static List<PerWet> tel(List<Uitkomst> uitkomsten, List<Duur> duren, YearMonth van, YearMonth tot) {
        Map<Wet, List<Uitkomst>> perWet = new EnumMap<>(Wet.class);
        uitkomsten.forEach(u -> perWet.computeIfAbsent(u.wet(), w -> new ArrayList<>()).add(u));
        List<PerWet> uit = new ArrayList<>();
        for (Wet wet : Wet.values()) {
            List<Uitkomst> van_ = perWet.getOrDefault(wet, List.of());
            List<Long> dagen = duren.stream().filter(d -> d.wet() == wet).map(Duur::dagen).sorted().toList();
            if (van_.isEmpty() && dagen.isEmpty()) {
                continue;
            }
            List<long[]> telling = new ArrayList<>();
            List<YearMonth> maanden = new ArrayList<>();
            for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
                YearMonth maand = m;
                maanden.add(maand);
                telling.add(new long[] {van_.stream().filter(u -> u.maand().equals(maand) && u.gehaald()).count(),
                        van_.stream().filter(u -> u.maand().equals(maand) && !u.gehaald()).count()});
            }
            long gehaald = van_.stream().filter(Uitkomst::gehaald).count();
            long overschreden = van_.size() - gehaald;
            boolean totaalVerbergen = KleineGroep.isKlein(van_.size());
            boolean splitsingVerbergen = totaalVerbergen || KleineGroep.reeksVerbergen(gehaald, overschreden);
            boolean maandenVerbergen = splitsingVerbergen
                    || KleineGroep.reeksVerbergen(telling.stream().flatMapToLong(Arrays::stream).toArray());
            List<Maand> reeks = new ArrayList<>();
            for (int i = 0; i < maanden.size(); i++) {
                reeks.add(maandenVerbergen ? new Maand(maanden.get(i), null, null)
                        : new Maand(maanden.get(i), telling.get(i)[0], telling.get(i)[1]));
            }
            Doorlooptijd duur = KleineGroep.isKlein(dagen.size()) || dagen.isEmpty() ? new Doorlooptijd(null, null, null)
                    : new Doorlooptijd((long) dagen.size(), (int) (long) percentiel(dagen, 50), (int) (long) percentiel(dagen, 90));
            uit.add(new PerWet(wet, totaalVerbergen ? null : (long) van_.size(), splitsingVerbergen ? null : gehaald,
                    splitsingVerbergen ? null : overschreden, maandenVerbergen, reeks, duur));
        }
        return uit;
    }

    /** The nearest-rank percentile of a sorted, non-empty list. */
    static long percentiel(List<Long> gesorteerd, int p) {
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(0, rang - 1));
    }
}

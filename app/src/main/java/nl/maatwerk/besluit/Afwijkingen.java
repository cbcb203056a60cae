package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of departures: how often each rule is departed from, for which kinds of reason, and
 * what policy answered. It holds no person, household or decision, only rule, law, kind of reason
 * and month, so policy advisors and team leads can read it without need-to-know. What it shows
 * hides small numbers like every aggregate of the app ({@link #telling}).
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Afwijkingen {

    public enum ReactieSoort implements Keuze {
        IN_HERZIENING("in-herziening", "De regel wordt herzien"),
        UITGELEGD("uitgelegd", "Uitgelegd aan de teams"),
        GEEN_WIJZIGING("geen-wijziging", "Geen wijziging, omdat");

        private final String code;
        private final String omschrijving;

        ReactieSoort(String code, String omschrijving) {
            this.code = code;
            this.omschrijving = omschrijving;
        }

        @JsonValue
        public String code() {
            return code;
        }

        public String omschrijving() {
            return omschrijving;
        }

        @JsonCreator
        public static ReactieSoort vanCode(String code) {
            return Keuze.vanCode(ReactieSoort.class, code, "Onbekende soort reactie");
        }
    }

    public record Reactie(UUID id, String regel, ReactieSoort soort, String toelichting, String door, Instant op) {
    }

    /**
     * One month of one rule: departures, each way, and all final decisions under the rule (the
     * denominator). A null number is hidden (docs/conventies.md, "Kleine groepen"): every month of a
     * line is hidden as soon as one of them is below {@link KleineGroep#MINIMUM}, so that the year's
     * total minus the other months gives nothing away. The split into milder and stricter per month is
     * shown only when none of its numbers is small.
     */
    public record Maand(LocalDate maand, Long afwijkingen, Long milder, Long strenger, Long besluiten) {
    }

    /**
     * One rule in one calendar year: departures in both directions against the number of final
     * decisions, per kind of reason, every month of the year up to today (months without any as zero),
     * and policy's answers. A null number is hidden, as in {@link Maand}; {@code perReden} is null when
     * the reasons are hidden. With fewer than {@link KleineGroep#MINIMUM} departures in the year only that
     * is said: no direction, reasons or months, which would describe that small group.
     */
    public record Telling(String regel, String regelNaam, BesluitSoort soort, Long aantal, Long milder, Long strenger, Long besluiten,
            Map<Redensoort, Long> perReden, List<Maand> perMaand, List<Reactie> reacties) {

        /** The highest monthly bar that is shown, departures or decisions, for scaling a chart: a hidden one sets no scale. */
        public long maxPerMaand() {
            return Math.max(1, perMaand.stream().flatMap(m -> java.util.stream.Stream.of(m.besluiten(), m.afwijkingen()))
                    .filter(java.util.Objects::nonNull).mapToLong(Long::longValue).max().orElse(1));
        }

        /** Whether the months show milder and stricter apart (only when none of those numbers is small). */
        public boolean richtingPerMaand() {
            return perMaand.stream().allMatch(m -> m.milder() != null);
        }

        /** Whether the months show the departures (not when one month is small). */
        public boolean afwijkingenPerMaand() {
            return perMaand.stream().allMatch(m -> m.afwijkingen() != null);
        }

        /** Whether the months show the decisions (not when one month is small). */
        public boolean besluitenPerMaand() {
            return perMaand.stream().allMatch(m -> m.besluiten() != null);
        }

        /** Departures as a whole percentage of the final decisions, or empty when either is hidden or no decisions were counted. */
        public Optional<Long> percentage() {
            return aantal == null || besluiten == null || besluiten == 0 ? Optional.empty()
                    : Optional.of(Math.round(100.0 * aantal / besluiten));
        }

        Optional<Reactie> laatsteReactie() {
            return reacties.stream().findFirst();
        }
    }

    /** The register began with the decentralisations of 2015: a year before 2000 is a typing error, not a question. */
    static final int EERSTE_JAAR = 2000;

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;
    private final Clock klok;

    Afwijkingen(JdbcClient jdbc, GebruikerRegister gebruikers, Clock klok) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    /** Counts a departure; called when a departing decision becomes final. */
    void registreer(BesluitSoort soort, Redensoort reden, Richting richting, LocalDate dag) {
        jdbc.sql("insert into besluit.afwijking (regel, soort, redensoort, richting, maand) values (?, ?, ?, ?, ?)")
                .params(soort.standaardRegel(), soort.code(), (reden == null ? Redensoort.ANDERS : reden).code(), richting.code(),
                        dag.withDayOfMonth(1))
                .update();
    }

    /** Counts every final decision under its rule, departing or not: what the departures are a share of. */
    void telBesluit(BesluitSoort soort, LocalDate dag) {
        jdbc.sql("""
                insert into besluit.besluit_telling (regel, soort, maand, aantal) values (?, ?, ?, 1)
                on conflict (regel, maand) do update set aantal = besluit_telling.aantal + 1
                """).params(soort.standaardRegel(), soort.code(), dag.withDayOfMonth(1)).update();
    }

    /** The years the register can show: from the first year with data (or this year) up to this year, newest first. */
    public List<Year> jaren() {
        vereisLezer();
        Year dit = Year.now(klok);
        LocalDate eerste = jdbc.sql("""
                select min(maand) from (select maand from besluit.afwijking union all select maand from besluit.besluit_telling) m
                """).query((rs, n) -> rs.getObject(1, LocalDate.class)).list().stream().filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        Year van = eerste == null || Year.from(eerste).isAfter(dit) ? dit : Year.of(Math.max(EERSTE_JAAR, eerste.getYear()));
        List<Year> jaren = new ArrayList<>();
        for (Year j = dit; !j.isBefore(van); j = j.minusYears(1)) {
            jaren.add(j);
        }
        return jaren;
    }

    /**
     * Rules with departures or final decisions in one calendar year, most departed first; the months
     * run to the current month in the current year. Always a whole calendar year, never a free period:
     * two periods that overlap would give away, by subtraction, the numbers of the months where they
     * differ, even when each period on its own hides its small numbers (docs/conventies.md).
     */
    public List<Telling> overzicht(Year jaar) {
        vereisLezer();
        YearMonth nu = YearMonth.now(klok);
        if (jaar.isAfter(Year.from(nu))) {
            throw new OngeldigeInvoerException("jaar", "range", "Dat jaar is nog niet begonnen. Kies dit jaar of een eerder jaar.");
        }
        if (jaar.getValue() < EERSTE_JAAR) {
            throw new OngeldigeInvoerException("jaar", "range", "Kies een jaar vanaf " + EERSTE_JAAR + ".");
        }
        LocalDate begin = jaar.atMonth(1).atDay(1);
        LocalDate eind = jaar.equals(Year.from(nu)) ? nu.atDay(1) : jaar.atMonth(12).atDay(1);
        record Rij(String regel, String soort, String reden, String richting, LocalDate maand, long aantal) {
        }
        List<Rij> rijen = jdbc.sql("""
                select regel, soort, redensoort, richting, maand, count(*) from besluit.afwijking where maand between ? and ?
                group by regel, soort, redensoort, richting, maand
                union all
                select regel, soort, null, null, maand, aantal from besluit.besluit_telling where maand between ? and ?
                """).params(begin, eind, begin, eind).query((rs, n) -> new Rij(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getLong(6))).list();
        List<LocalDate> maanden = new ArrayList<>();
        for (LocalDate m = begin; !m.isAfter(eind); m = m.plusMonths(1)) {
            maanden.add(m);
        }
        Map<String, List<Rij>> perRegel = new LinkedHashMap<>();
        rijen.forEach(r -> perRegel.computeIfAbsent(r.regel(), k -> new ArrayList<>()).add(r));
        List<Telling> tellingen = new ArrayList<>();
        perRegel.forEach((regel, lijst) -> {
            BesluitSoort soort = BesluitSoort.vanCode(lijst.getFirst().soort());
            Map<Redensoort, Long> perReden = new EnumMap<>(Redensoort.class);
            long[] milder = new long[maanden.size()];
            long[] strenger = new long[maanden.size()];
            long[] besluiten = new long[maanden.size()];
            for (Rij r : lijst) {
                int m = maanden.indexOf(r.maand());
                if (r.reden() == null) {
                    besluiten[m] += r.aantal();
                } else {
                    perReden.merge(Redensoort.vanCode(r.reden()), r.aantal(), Long::sum);
                    (Richting.vanCode(r.richting()) == Richting.STRENGER ? strenger : milder)[m] += r.aantal();
                }
            }
            tellingen.add(telling(regel, soort, perReden, maanden, milder, strenger, besluiten, reacties(regel)));
        });
        tellingen.sort(VOLGORDE);
        return tellingen;
    }

    /** Most departures first; a hidden number (fewer than the minimum) between the shown ones and zero; then by name. */
    static final java.util.Comparator<Telling> VOLGORDE = java.util.Comparator
            .<Telling>comparingDouble(t -> t.aantal() == null ? KleineGroep.MINIMUM - 0.5 : t.aantal()).reversed()
            .thenComparing(Telling::regelNaam);

    /**
     * One rule's year with its small numbers hidden, a pure function. What is shown, and why it hides
     * every small number (docs/conventies.md, "Kleine groepen"):
     * <ul>
     * <li>the year's departures and its decisions, each unless it is small; with few departures nothing
     * more about them (direction, reasons, months would describe that small group);</li>
     * <li>three breakdowns of the departures, each a line that adds up to the year's number: milder and
     * stricter, the kinds of reason, the months; and the decisions per month, a line that adds up to the
     * year's decisions. A line with one small number is hidden whole ({@link KleineGroep#reeksVerbergen}):
     * hiding only that number, or that number and the next smallest, still lets it be worked out. The
     * lines split the same departures different ways, so one gives nothing away about another;</li>
     * <li>milder and stricter per month only when none of those numbers is small: a table with totals on
     * two sides cannot be protected line by line.</li>
     * </ul>
     */
    static Telling telling(String regel, BesluitSoort soort, Map<Redensoort, Long> perReden, List<LocalDate> maanden, long[] milder,
            long[] strenger, long[] besluiten, List<Reactie> reacties) {
        long mild = java.util.Arrays.stream(milder).sum();
        long streng = java.util.Arrays.stream(strenger).sum();
        long aantal = mild + streng;
        long[] afwijkingen = new long[maanden.size()];
        for (int m = 0; m < afwijkingen.length; m++) {
            afwijkingen[m] = milder[m] + strenger[m];
        }
        long besl = java.util.Arrays.stream(besluiten).sum();
        boolean weinig = KleineGroep.isKlein(aantal);
        Long[] besluitenPerMaand = lijn(besluiten, besl);
        Long[] richting = weinig ? new Long[2] : lijn(new long[] {mild, streng}, aantal);
        Long[] afwijkingenPerMaand = weinig ? new Long[afwijkingen.length] : lijn(afwijkingen, aantal);
        boolean perMaandUiteen = !weinig && !KleineGroep.reeksVerbergen(milder) && !KleineGroep.reeksVerbergen(strenger);
        Map<Redensoort, Long> redenen = null;
        List<Redensoort> soorten = perReden.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        long[] perSoort = soorten.stream().mapToLong(perReden::get).toArray();
        if (!weinig && !KleineGroep.reeksVerbergen(perSoort)) {
            redenen = new EnumMap<>(Redensoort.class);
            for (int i = 0; i < soorten.size(); i++) {
                redenen.put(soorten.get(i), perSoort[i]);
            }
            redenen = java.util.Collections.unmodifiableMap(redenen);
        }
        List<Maand> perMaand = new ArrayList<>();
        for (int m = 0; m < maanden.size(); m++) {
            perMaand.add(new Maand(maanden.get(m), afwijkingenPerMaand[m], perMaandUiteen ? milder[m] : null,
                    perMaandUiteen ? strenger[m] : null, besluitenPerMaand[m]));
        }
        return new Telling(regel, soort.standaardRegelNaam(), soort, weinig ? null : aantal, richting[0], richting[1],
                KleineGroep.isKlein(besl) ? null : besl, redenen, List.copyOf(perMaand), reacties);
    }

    /** The numbers of one line, all null when the line is hidden: its total is small or one of them is. */
    private static Long[] lijn(long[] cellen, long totaal) {
        Long[] uit = new Long[cellen.length];
        if (KleineGroep.isKlein(totaal) || KleineGroep.reeksVerbergen(cellen)) {
            return uit;
        }
        for (int i = 0; i < cellen.length; i++) {
            uit[i] = cellen[i];
        }
        return uit;
    }

    /** Policy's answer to a rule's departures; "no change" needs its because. */
    @Transactional
    public Reactie reageer(String regel, ReactieSoort soort, String toelichting) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.BELEID) {
            throw new NietToegestaanException("Alleen een beleidsadviseur legt een reactie op een regel vast.");
        }
        List<Fout> fouten = new ArrayList<>();
        boolean bekend = regel != null && jdbc.sql("select exists (select 1 from besluit.afwijking where regel = ?)").param(regel).query(Boolean.class).single();
        if (!bekend) {
            fouten.add(new Fout("regel", "unknown", "Kies een regel uit het register."));
        }
        if (soort == null) {
            fouten.add(new Fout("soort", "required", "Kies de soort reactie."));
        }
        String tekst = toelichting == null ? "" : toelichting.strip();
        if (tekst.isEmpty()) {
            fouten.add(new Fout("toelichting", "required", soort == ReactieSoort.GEEN_WIJZIGING
                    ? "Schrijf op waarom de regel niet verandert." : "Schrijf een korte toelichting voor de teams."));
        } else if (tekst.length() > Besluiten.MAX_TEKST) {
            fouten.add(new Fout("toelichting", "size", "De toelichting is te lang: hoogstens " + Besluiten.MAX_TEKST + " tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into besluit.afwijking_reactie (id, regel, soort, toelichting, door) values (?, ?, ?, ?, ?)")
                .params(id, regel, soort.code(), tekst, g.gebruikersnaam()).update();
        return reacties(regel).getFirst();
    }

    private List<Reactie> reacties(String regel) {
        return jdbc.sql("select id, regel, soort, toelichting, door, op from besluit.afwijking_reactie where regel = ? order by op desc, id")
                .param(regel).query((rs, n) -> new Reactie(rs.getObject(1, UUID.class), rs.getString(2), ReactieSoort.vanCode(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    private void vereisLezer() {
        Rol rol = gebruikers.huidige().rol();
        if (rol != Rol.BELEID && rol != Rol.TEAMLEIDER) {
            throw new NietToegestaanException("Het register van afwijkingen is voor beleidsadviseurs en teamleiders.");
        }
    }
}

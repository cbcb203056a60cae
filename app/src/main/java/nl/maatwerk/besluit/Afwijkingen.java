package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
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
 * and month, so policy advisors and team leads can read it without need-to-know.
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

    /** One month of one rule: departures each way and all final decisions under the rule, the denominator. */
    public record Maand(LocalDate maand, long milder, long strenger, long besluiten) {

        public long afwijkingen() {
            return milder + strenger;
        }
    }

    /**
     * One rule in a period: departures in both directions against the number of final decisions, per
     * kind of reason, every month of the period (months without any shown as zero), and policy's answers.
     */
    public record Telling(String regel, String regelNaam, BesluitSoort soort, long aantal, long milder, long strenger, long besluiten,
            Map<Redensoort, Long> perReden, List<Maand> perMaand, List<Reactie> reacties) {

        /** The highest monthly bar, departures or decisions, for scaling a chart. */
        public long maxPerMaand() {
            return Math.max(1, perMaand.stream().mapToLong(m -> Math.max(m.besluiten(), m.afwijkingen())).max().orElse(1));
        }

        /** Departures as a whole percentage of the final decisions, or empty when the decisions were not counted. */
        public Optional<Long> percentage() {
            return besluiten == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * aantal / besluiten));
        }

        Optional<Reactie> laatsteReactie() {
            return reacties.stream().findFirst();
        }
    }

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;

    Afwijkingen(JdbcClient jdbc, GebruikerRegister gebruikers) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
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

    /**
     * Rules with departures or final decisions between two months (inclusive), most departed first.
     * Without bounds the period runs from the first to the last month in the data.
     */
    public List<Telling> overzicht(LocalDate van, LocalDate tot) {
        vereisLezer();
        if (van != null && tot != null && van.isAfter(tot)) {
            throw new OngeldigeInvoerException("van", "range", "De begindatum ligt na de einddatum.");
        }
        LocalDate begin = van == null ? LocalDate.of(2000, 1, 1) : van.withDayOfMonth(1);
        LocalDate eind = tot == null ? LocalDate.of(2999, 12, 1) : tot.withDayOfMonth(1);
        record Rij(String regel, String soort, String reden, String richting, LocalDate maand, long aantal) {
        }
        List<Rij> rijen = jdbc.sql("""
                select regel, soort, redensoort, richting, maand, count(*) from besluit.afwijking where maand between ? and ?
                group by regel, soort, redensoort, richting, maand
                union all
                select regel, soort, null, null, maand, aantal from besluit.besluit_telling where maand between ? and ?
                """).params(begin, eind, begin, eind).query((rs, n) -> new Rij(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getLong(6))).list();
        if (rijen.isEmpty()) {
            return List.of();
        }
        LocalDate eerste = van != null ? begin : rijen.stream().map(Rij::maand).min(LocalDate::compareTo).orElseThrow();
        LocalDate laatste = tot != null ? eind : rijen.stream().map(Rij::maand).max(LocalDate::compareTo).orElseThrow();
        Map<String, List<Rij>> perRegel = new LinkedHashMap<>();
        rijen.forEach(r -> perRegel.computeIfAbsent(r.regel(), k -> new ArrayList<>()).add(r));
        List<Telling> tellingen = new ArrayList<>();
        perRegel.forEach((regel, lijst) -> {
            BesluitSoort soort = BesluitSoort.vanCode(lijst.getFirst().soort());
            Map<Redensoort, Long> perReden = new EnumMap<>(Redensoort.class);
            Map<LocalDate, long[]> maanden = new java.util.TreeMap<>();
            for (LocalDate m = eerste; !m.isAfter(laatste); m = m.plusMonths(1)) {
                maanden.put(m, new long[3]);
            }
            for (Rij r : lijst) {
                long[] m = maanden.computeIfAbsent(r.maand(), k -> new long[3]);
                if (r.reden() == null) {
                    m[2] += r.aantal();
                } else {
                    perReden.merge(Redensoort.vanCode(r.reden()), r.aantal(), Long::sum);
                    m[Richting.vanCode(r.richting()) == Richting.STRENGER ? 1 : 0] += r.aantal();
                }
            }
            List<Maand> perMaand = maanden.entrySet().stream().map(e -> new Maand(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                    .toList();
            long milder = perMaand.stream().mapToLong(Maand::milder).sum();
            long strenger = perMaand.stream().mapToLong(Maand::strenger).sum();
            long besluiten = perMaand.stream().mapToLong(Maand::besluiten).sum();
            tellingen.add(new Telling(regel, soort.standaardRegelNaam(), soort, milder + strenger, milder, strenger, besluiten, perReden,
                    perMaand, reacties(regel)));
        });
        tellingen.sort((a, b) -> Long.compare(b.aantal(), a.aantal()));
        return tellingen;
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

package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
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
public class Afwijkingen {

    public enum ReactieSoort {
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
            return Arrays.stream(values()).filter(s -> s.code.equals(code) || s.name().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Onbekende soort reactie: " + code));
        }
    }

    public record Reactie(UUID id, String regel, ReactieSoort soort, String toelichting, String door, Instant op) {
    }

    /** One rule in a period: the number of departures, per kind of reason, per month, and policy's answers. */
    public record Telling(String regel, String regelNaam, BesluitSoort soort, long aantal, Map<Redensoort, Long> perReden,
            Map<LocalDate, Long> perMaand, List<Reactie> reacties) {

        /** The highest monthly count, for scaling a chart. */
        public long maxPerMaand() {
            return perMaand.values().stream().mapToLong(Long::longValue).max().orElse(1);
        }

        public Optional<Reactie> laatsteReactie() {
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
    void registreer(BesluitSoort soort, Redensoort reden, LocalDate dag) {
        jdbc.sql("insert into afwijking (regel, soort, redensoort, maand) values (?, ?, ?, ?)")
                .params(soort.standaardRegel(), soort.code(), (reden == null ? Redensoort.ANDERS : reden).code(), dag.withDayOfMonth(1))
                .update();
    }

    /** Rules by number of departures between two months (inclusive), most departed first. */
    public List<Telling> overzicht(LocalDate van, LocalDate tot) {
        vereisLezer();
        if (van != null && tot != null && van.isAfter(tot)) {
            throw new OngeldigeInvoerException("van", "range", "De begindatum ligt na de einddatum.");
        }
        LocalDate begin = van == null ? LocalDate.of(2000, 1, 1) : van.withDayOfMonth(1);
        LocalDate eind = tot == null ? LocalDate.of(2999, 12, 1) : tot.withDayOfMonth(1);
        record Rij(String regel, String soort, String reden, LocalDate maand, long aantal) {
        }
        List<Rij> rijen = jdbc.sql("""
                select regel, soort, redensoort, maand, count(*) from afwijking where maand between ? and ?
                group by regel, soort, redensoort, maand
                """).params(begin, eind).query((rs, n) -> new Rij(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getLong(5))).list();
        Map<String, List<Rij>> perRegel = new LinkedHashMap<>();
        rijen.forEach(r -> perRegel.computeIfAbsent(r.regel() + "|" + r.soort(), k -> new ArrayList<>()).add(r));
        List<Telling> tellingen = new ArrayList<>();
        perRegel.forEach((sleutel, lijst) -> {
            BesluitSoort soort = BesluitSoort.vanCode(lijst.getFirst().soort());
            Map<Redensoort, Long> perReden = new EnumMap<>(Redensoort.class);
            Map<LocalDate, Long> perMaand = new java.util.TreeMap<>();
            long totaal = 0;
            for (Rij r : lijst) {
                perReden.merge(Redensoort.vanCode(r.reden()), r.aantal(), Long::sum);
                perMaand.merge(r.maand(), r.aantal(), Long::sum);
                totaal += r.aantal();
            }
            tellingen.add(new Telling(lijst.getFirst().regel(), soort.standaardRegelNaam(), soort, totaal, perReden, perMaand,
                    reacties(lijst.getFirst().regel())));
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
        boolean bekend = regel != null && jdbc.sql("select exists (select 1 from afwijking where regel = ?)").param(regel).query(Boolean.class).single();
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
        jdbc.sql("insert into afwijking_reactie (id, regel, soort, toelichting, door) values (?, ?, ?, ?, ?)")
                .params(id, regel, soort.code(), tekst, g.gebruikersnaam()).update();
        return reacties(regel).getFirst();
    }

    private List<Reactie> reacties(String regel) {
        return jdbc.sql("select id, regel, soort, toelichting, door, op from afwijking_reactie where regel = ? order by op desc, id")
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

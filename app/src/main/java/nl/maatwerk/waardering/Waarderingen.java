package nl.maatwerk.waardering;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Groepskenmerken;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.taak.Opvolgtaken;
import nl.maatwerk.toegang.Wet;
import nl.maatwerk.waardering.Waarderingsanalyse.Rij;
import nl.maatwerk.waardering.Waarderingsanalyse.Uitslag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The aggregates for the team lead (their own team) and the policy advisor (any team or the whole municipality): per
 * year, team and law. Reads no personal data: the answers have none, the invitations are only counted.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Waarderingen {

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;
    private final Opvolgtaken opvolgtaken;
    private final java.time.Clock klok;

    Waarderingen(JdbcClient jdbc, GebruikerRegister gebruikers, Opvolgtaken opvolgtaken, java.time.Clock klok) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.opvolgtaken = opvolgtaken;
        this.klok = klok;
    }

    /** What to count: a year, and optionally a team and a law (null: all). */
    public record Filter(int jaar, String teamId, Wet wet) {
    }

    /** Invited and answered for one group; both null when fewer than the threshold were invited. */
    public record Respons(Indeling indeling, String groep, Integer uitgenodigd, Integer beantwoord, Double percentage) {

        /** The group with its kind, for a line of text: "leeftijd 27 tot 40", "wijk Centrum". */
        public String label() {
            return switch (indeling) {
                case AANLEIDING -> groep;
                case LEEFTIJD -> "leeftijd " + groep;
                case WIJK -> "wijk " + groep;
            };
        }

        public Integer nietBeantwoord() {
            return uitgenodigd == null ? null : uitgenodigd - beantwoord;
        }
    }

    /** Follow-ups of the year: how many, how many done by their due date; null when fewer than the threshold. */
    public record Opvolging(Integer aantal, Integer opTijd, Integer open, Double percentageOpTijd) {
    }

    public record Overzicht(Filter filter, Uitslag uitslag, Map<String, Uitslag> kwartalen, List<Respons> respons, Opvolging opvolging,
            List<String> openAntwoorden, boolean openAntwoordenZichtbaar) {
    }

    /** The filter the user may see: a team lead only their own team; a policy advisor what they asked for. */
    public Filter toegestaan(Integer jaar, String teamId, Wet wet) {
        Gebruiker g = gebruikers.huidige();
        int j = jaar != null ? jaar : LocalDate.now(klok).getYear();
        if (j < 2000 || j > 2100) {
            j = LocalDate.now(klok).getYear();
        }
        if (g.rol() == Rol.TEAMLEIDER) {
            return new Filter(j, g.teamId(), wet);
        }
        if (g.rol() == Rol.BELEID) {
            return new Filter(j, teamId == null || teamId.isBlank() ? null : teamId, wet);
        }
        throw new NietToegestaanException("Alleen de teamleider en de beleidsadviseur zien de uitkomsten van de vragenlijst.");
    }

    public Overzicht overzicht(Filter f) {
        List<Rij> rijen = rijen(f);
        Uitslag uitslag = Waarderingsanalyse.bereken(rijen);
        boolean teamleider = gebruikers.huidige().rol() == Rol.TEAMLEIDER;
        List<String> open = List.of();
        if (teamleider && !uitslag.verborgen()) {
            open = openAntwoorden(f);
        }
        return new Overzicht(f, uitslag, Waarderingsanalyse.perKwartaal(f.jaar(), rijen), respons(f), opvolging(f), open,
                teamleider && !uitslag.verborgen());
    }

    /** The answers of the filter, without anything that points to a person. */
    public List<Rij> rijen(Filter f) {
        StringBuilder sql = new StringBuilder("select team_id, wet, maand, cijfer");
        for (Vraag v : Vraag.values()) {
            sql.append(", ").append(v.kolom());
        }
        sql.append(" from waardering.antwoord where maand >= ? and maand < ?");
        List<Object> p = new ArrayList<>(List.of(LocalDate.of(f.jaar(), 1, 1), LocalDate.of(f.jaar() + 1, 1, 1)));
        voegToe(sql, p, f);
        return jdbc.sql(sql.toString()).params(p).query((rs, i) -> {
            Map<Vraag, Integer> scores = new EnumMap<>(Vraag.class);
            for (Vraag v : Vraag.values()) {
                int s = rs.getInt(v.kolom());
                scores.put(v, rs.wasNull() ? null : s);
            }
            int c = rs.getInt("cijfer");
            return new Rij(rs.getString("team_id"), rs.getString("wet"), YearMonth.from(rs.getObject("maand", LocalDate.class)), scores,
                    rs.wasNull() ? null : c);
        }).list();
    }

    private static void voegToe(StringBuilder sql, List<Object> p, Filter f) {
        if (f.teamId() != null) {
            sql.append(" and team_id = ?");
            p.add(f.teamId());
        }
        if (f.wet() != null) {
            sql.append(" and wet = ?");
            p.add(f.wet().code());
        }
    }

    /**
     * The open answers of a group of at least the threshold, in alphabetical order: no dates, ids or order of
     * arrival, so none can be put next to a moment or a case.
     */
    private List<String> openAntwoorden(Filter f) {
        StringBuilder sql = new StringBuilder("select open_antwoord from waardering.antwoord where open_antwoord is not null and maand >= ? and maand < ?");
        List<Object> p = new ArrayList<>(List.of(LocalDate.of(f.jaar(), 1, 1), LocalDate.of(f.jaar() + 1, 1, 1)));
        voegToe(sql, p, f);
        sql.append(" order by open_antwoord");
        return jdbc.sql(sql.toString()).params(p).query(String.class).list();
    }

    /** How the invitations are grouped for the response: by occasion and law, by age group, by wijk. */
    public enum Indeling {
        AANLEIDING("aanleiding", "per aanleiding en wet"),
        LEEFTIJD("leeftijd", "per leeftijdsgroep van de aanvrager"),
        WIJK("wijk", "per wijk");

        private final String code;
        private final String omschrijving;

        Indeling(String code, String omschrijving) {
            this.code = code;
            this.omschrijving = omschrijving;
        }

        public String code() {
            return code;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /**
     * Response per occasion and law, per age group and per wijk of the applicant (as stored with the invitation):
     * invited in the year and how many of them answered. Counts only; a group with fewer invited than the threshold
     * shows no numbers.
     */
    public List<Respons> respons(Filter f) {
        List<Respons> uit = new ArrayList<>();
        uit.addAll(respons(f, Indeling.AANLEIDING, "aanleiding || '|' || wet"));
        List<Respons> leeftijd = respons(f, Indeling.LEEFTIJD, "coalesce(leeftijdsgroep, 'onbekend')");
        leeftijd.sort(java.util.Comparator.comparingInt(r -> Groepskenmerken.LEEFTIJDSGROEPEN.indexOf(r.groep())));
        uit.addAll(leeftijd);
        uit.addAll(respons(f, Indeling.WIJK, "coalesce(wijk, 'onbekend')"));
        return uit;
    }

    private List<Respons> respons(Filter f, Indeling indeling, String groepering) {
        StringBuilder sql = new StringBuilder("select " + groepering + """
                , count(*), count(*) filter (where beantwoord) from waardering.uitnodiging
                where uitgenodigd_op >= ? and uitgenodigd_op < ?""");
        List<Object> p = new ArrayList<>(List.of(LocalDate.of(f.jaar(), 1, 1), LocalDate.of(f.jaar() + 1, 1, 1)));
        voegToe(sql, p, f);
        sql.append(" group by 1 order by 1");
        return new ArrayList<>(jdbc.sql(sql.toString()).params(p).query((rs, i) -> {
            String groep = rs.getString(1);
            if (indeling == Indeling.AANLEIDING) {
                String[] delen = groep.split("\\|", 2);
                groep = Aanleiding.vanCode(delen[0]).omschrijving() + ", " + Wet.vanCode(delen[1]).omschrijving();
            }
            int n = rs.getInt(2);
            int ant = rs.getInt(3);
            return KleineGroep.isKlein(n) ? new Respons(indeling, groep, null, null, null) : new Respons(indeling, groep, n, ant, 100.0 * ant / n);
        }).list());
    }

    /** The follow-ups asked for in the year: done by their due date, still open. Hidden below the threshold. */
    public Opvolging opvolging(Filter f) {
        StringBuilder sql = new StringBuilder("select taak_id, vervaldatum from waardering.opvolging where maand >= ? and maand < ?");
        List<Object> p = new ArrayList<>(List.of(LocalDate.of(f.jaar(), 1, 1), LocalDate.of(f.jaar() + 1, 1, 1)));
        if (f.teamId() != null) {
            sql.append(" and team_id = ?");
            p.add(f.teamId());
        }
        record O(UUID taak, LocalDate vervaldatum) {
        }
        List<O> lijst = jdbc.sql(sql.toString()).params(p).query((rs, i) -> new O(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .list();
        if (lijst.isEmpty() || KleineGroep.isKlein(lijst.size())) {
            return new Opvolging(null, null, null, null);
        }
        Map<UUID, LocalDate> gedaan = opvolgtaken.gedaanOp(lijst.stream().map(O::taak).filter(java.util.Objects::nonNull).toList());
        int opTijd = 0;
        int open = 0;
        for (O o : lijst) {
            LocalDate d = o.taak() == null ? null : gedaan.get(o.taak());
            if (d == null) {
                open++;
            } else if (!d.isAfter(o.vervaldatum())) {
                opTijd++;
            }
        }
        return new Opvolging(lijst.size(), opTijd, open, 100.0 * opTijd / lijst.size());
    }

    /** Whether the user may choose a team: the policy advisor. */
    public boolean magTeamKiezen() {
        return gebruikers.huidige().rol() == Rol.BELEID;
    }

    /** The teams, for the policy advisor's choice. */
    public List<GebruikerRegister.Team> teams() {
        return gebruikers.teams();
    }
}

package nl.maatwerk.taak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks (issue 15): made, changed, done and handed on by the household's own team, within need-to-know and
 * logged. Who owns a task is always a named colleague of that team. The owner hands their task on; the team
 * lead reassigns any task of the team. Every change names the version it builds on (If-Match).
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Taken {

    static final int MAX_OMSCHRIJVING = 500;
    static final int MAX_REDEN = 1000;

    static final String ALLEEN_TEAM = "Alleen het team van het huishouden legt taken vast en werkt ze bij.";
    static final String ALLEEN_EIGENAAR_OF_TEAMLEIDER = "Alleen wie de taak heeft of de teamleider geeft deze taak aan een collega.";

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final Hulpvragen hulpvragen;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final java.time.Clock klok;

    Taken(JdbcClient jdbc, Huishoudens huishoudens, Inzage inzage, Hulpvragen hulpvragen, GebruikerRegister gebruikers, Logboek logboek,
            java.time.Clock klok) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.hulpvragen = hulpvragen;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** What a new task needs; {@code hulpvraagId} is optional. */
    public record Gegevens(UUID hulpvraagId, String omschrijving, LocalDate vervaldatum, String eigenaar) {
    }

    @Transactional
    public Taak maak(UUID huishoudenId, Gegevens gegevens) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Huishoudens.Kop kop = teamVan(g, huishoudenId);
        List<Fout> fouten = new ArrayList<>();
        controleerInhoud(gegevens.omschrijving(), gegevens.vervaldatum(), fouten);
        controleerCollega(kop.teamId(), gegevens.eigenaar(), "eigenaar", fouten);
        if (gegevens.hulpvraagId() != null && hulpvragen.vanHuishoudenZonderLog(huishoudenId).stream().map(Hulpvraag::id)
                .noneMatch(gegevens.hulpvraagId()::equals)) {
            fouten.add(new Fout("hulpvraagId", "invalid", "Kies een hulpvraag van dit huishouden."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        Instant nu = Instant.now(klok);
        return logboek.verwerk("taak.aanmaken", Verwerkingsactiviteit.TAAK_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId), () -> {
            jdbc.sql("""
                    insert into taak.taak (id, team_id, huishouden_id, hulpvraag_id, omschrijving, vervaldatum, eigenaar, status,
                        aangemaakt_door, aangemaakt_op)
                    values (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)
                    """).params(id, kop.teamId(), huishoudenId, gegevens.hulpvraagId(), gegevens.omschrijving().strip(),
                    gegevens.vervaldatum(), gegevens.eigenaar(), g.gebruikersnaam(), java.sql.Timestamp.from(nu)).update();
            String reden = gegevens.eigenaar().equals(g.gebruikersnaam()) ? "Taak aangemaakt" : "Taak aangemaakt en toegewezen";
            toewijzingRegel(id, null, gegevens.eigenaar(), reden, g, nu);
            return laad(id);
        });
    }

    public Taak lees(UUID id) {
        Taak t = zichtbaar(id);
        logboek.registreer("taak.raadplegen", Verwerkingsactiviteit.TAAK_RAADPLEGEN, huishoudens.betrokkenenVoorLogboek(t.huishoudenId()),
                Instant.now(klok), true);
        return t;
    }

    /** Changes what the task is and when it is due; only an open task, only by the household's team. */
    @Transactional
    public Taak wijzig(UUID id, String omschrijving, LocalDate vervaldatum, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        Taak t = zichtbaar(id);
        vereisTeam(g, t);
        int gelezen = VersieConflictException.vereisActueel(versie, "de taak", t.versie(), () -> verouderd(id));
        vereisOpen(t);
        List<Fout> fouten = new ArrayList<>();
        controleerInhoud(omschrijving, vervaldatum, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return logboek.verwerk("taak.wijzigen", Verwerkingsactiviteit.TAAK_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(t.huishoudenId()), () -> {
            if (jdbc.sql("""
                    update taak.taak set omschrijving = ?, vervaldatum = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                    where id = ? and versie = ?""").params(omschrijving.strip(), vervaldatum, g.gebruikersnaam(),
                    java.sql.Timestamp.from(Instant.now(klok)), id, gelezen).update() == 0) {
                throw verouderd(id);
            }
            return laad(id);
        });
    }

    /** Moves the task to a status its state machine allows (open to done). */
    @Transactional
    public Taak wijzigStatus(UUID id, TaakStatus naar, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        Taak t = zichtbaar(id);
        vereisTeam(g, t);
        int gelezen = VersieConflictException.vereisActueel(versie, "de taak", t.versie(), () -> verouderd(id));
        if (naar == null) {
            throw new OngeldigeInvoerException("status", "required", "Kies de nieuwe status.");
        }
        if (!t.status().kanNaar(naar)) {
            throw new ConflictException("Deze taak is al " + t.status().omschrijving().toLowerCase(java.util.Locale.ROOT)
                    + "; een afgeronde taak gaat niet terug. Maak een nieuwe taak als er nog werk is.");
        }
        return logboek.verwerk("taak.status", Verwerkingsactiviteit.TAAK_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(t.huishoudenId()), () -> {
            Instant nu = Instant.now(klok);
            if (jdbc.sql("""
                    update taak.taak set status = ?, gedaan_op = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                    where id = ? and versie = ?""").params(naar.code(), naar == TaakStatus.GEDAAN ? LocalDate.ofInstant(nu, klok.getZone()) : null,
                    g.gebruikersnaam(), java.sql.Timestamp.from(nu), id, gelezen).update() == 0) {
                throw verouderd(id);
            }
            return laad(id);
        });
    }

    /**
     * Gives the task to a named colleague of the household's team, with a reason that stays in its history.
     * The owner hands on their own task; the team lead reassigns any task of the team.
     */
    @Transactional
    public Taak wijsToe(UUID id, String naar, String reden, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        Taak t = zichtbaar(id);
        vereisTeam(g, t);
        if (!g.gebruikersnaam().equals(t.eigenaar()) && g.rol() != Rol.TEAMLEIDER) {
            throw new NietToegestaanException(ALLEEN_EIGENAAR_OF_TEAMLEIDER);
        }
        int gelezen = VersieConflictException.vereisActueel(versie, "de taak", t.versie(), () -> verouderd(id));
        vereisOpen(t);
        List<Fout> fouten = new ArrayList<>();
        controleerCollega(t.teamId(), naar, "naar", fouten);
        if (naar != null && naar.equals(t.eigenaar())) {
            fouten.add(new Fout("naar", "invalid", "Deze taak is al van " + t.eigenaarNaam() + ". Kies een andere collega."));
        }
        controleerReden(reden, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return logboek.verwerk("taak.toewijzen", Verwerkingsactiviteit.TAAK_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(t.huishoudenId()), () -> {
            Instant nu = Instant.now(klok);
            if (jdbc.sql("""
                    update taak.taak set eigenaar = ?, gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1 where id = ? and versie = ?""")
                    .params(naar, g.gebruikersnaam(), java.sql.Timestamp.from(nu), id, gelezen).update() == 0) {
                throw verouderd(id);
            }
            toewijzingRegel(id, t.eigenaar(), naar, reden.strip(), g, nu);
            return laad(id);
        });
    }

    /** The open tasks a user owns, by due date: for their start page and task list. Logged for the households shown. */
    public List<Taak> mijnOpen(Gebruiker g) {
        nl.maatwerk.inwoner.Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        List<Object> params = new ArrayList<>(zichtbaar.parameters());
        params.add(g.gebruikersnaam());
        List<Taak> lijst = laadAlle(jdbc.sql("select id from taak.taak where huishouden_id in (" + zichtbaar.subquery()
                + ") and eigenaar = ? and status = 'open' order by vervaldatum, aangemaakt_op").params(params).query(UUID.class).list());
        logLijst(lijst);
        return lijst;
    }

    /** The open tasks of the user's team, by due date: for the team lead. Logged for the households shown. */
    public List<Taak> teamOpen(Gebruiker g) {
        if (g.teamId() == null) {
            return List.of();
        }
        nl.maatwerk.inwoner.Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        List<Object> params = new ArrayList<>(zichtbaar.parameters());
        params.add(g.teamId());
        List<Taak> lijst = laadAlle(jdbc.sql("select id from taak.taak where huishouden_id in (" + zichtbaar.subquery()
                + ") and team_id = ? and status = 'open' order by vervaldatum, aangemaakt_op").params(params).query(UUID.class).list());
        logLijst(lijst);
        return lijst;
    }

    /** The tasks of one household, open first: for its task list. Logged. */
    public List<Taak> vanHuishouden(UUID huishoudenId) {
        List<Taak> lijst = laadAlle(jdbc.sql("select id from taak.taak where huishouden_id = ? order by status = 'gedaan', vervaldatum")
                .param(huishoudenId).query(UUID.class).list());
        logboek.registreer("taak.lijst", Verwerkingsactiviteit.TAAK_RAADPLEGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                Instant.now(klok), true);
        return lijst;
    }

    /** The number of open tasks per owner in a team, without any personal data of residents: for the caseload. */
    public Map<String, Long> openPerEigenaar(String teamId) {
        Map<String, Long> uit = new LinkedHashMap<>();
        jdbc.sql("select eigenaar, count(*) from taak.taak where team_id = ? and status = 'open' group by eigenaar").param(teamId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().forEach(e -> uit.put(e.getKey(), e.getValue()));
        return uit;
    }

    /** The number of open tasks past their due date per owner in a team; counts only. */
    public Map<String, Long> teLaatPerEigenaar(String teamId, LocalDate vandaag) {
        Map<String, Long> uit = new LinkedHashMap<>();
        jdbc.sql("select eigenaar, count(*) from taak.taak where team_id = ? and status = 'open' and vervaldatum < ? group by eigenaar")
                .params(teamId, vandaag).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> uit.put(e.getKey(), e.getValue()));
        return uit;
    }

    /** The colleagues a task of this team can go to: the team's professionals, by name. */
    public List<GebruikerRegister.Professional> collegas(String teamId) {
        return gebruikers.professionals().stream().filter(p -> teamId != null && teamId.equals(p.teamId())).toList();
    }

    // --- rules -------------------------------------------------------------------------------

    private Huishoudens.Kop teamVan(Gebruiker g, UUID huishoudenId) {
        inzage.vereisZichtbaar(g, huishoudenId);
        Huishoudens.Kop kop = huishoudens.koppen(List.of(huishoudenId)).get(huishoudenId);
        if (kop == null) {
            throw new NietGevondenException("Huishouden");
        }
        if (kop.teamId() == null || !kop.teamId().equals(g.teamId())) {
            throw new NietToegestaanException(ALLEEN_TEAM);
        }
        return kop;
    }

    private static void vereisTeam(Gebruiker g, Taak t) {
        if (!g.isProfessional() || !t.teamId().equals(g.teamId())) {
            throw new NietToegestaanException(ALLEEN_TEAM);
        }
    }

    private static void vereisOpen(Taak t) {
        if (!t.isOpen()) {
            throw new ConflictException("Deze taak is al gedaan en verandert niet meer. Maak een nieuwe taak als er nog werk is.");
        }
    }

    private void controleerInhoud(String omschrijving, LocalDate vervaldatum, List<Fout> fouten) {
        if (omschrijving == null || omschrijving.isBlank()) {
            fouten.add(new Fout("omschrijving", "required", "Schrijf op wat er moet gebeuren."));
        } else if (omschrijving.length() > MAX_OMSCHRIJVING) {
            fouten.add(new Fout("omschrijving", "size", "De omschrijving is te lang (hoogstens " + MAX_OMSCHRIJVING + " tekens)."));
        }
        if (vervaldatum == null) {
            fouten.add(new Fout("vervaldatum", "required", "Vul in wanneer de taak klaar moet zijn."));
        } else if (vervaldatum.isBefore(LocalDate.now(klok))) {
            fouten.add(new Fout("vervaldatum", "range", "De datum ligt in het verleden. Kies vandaag of later."));
        } else if (vervaldatum.isAfter(LocalDate.now(klok).plusYears(2))) {
            fouten.add(new Fout("vervaldatum", "range", "Kies een datum binnen twee jaar."));
        }
    }

    /** The owner must be a named professional of the household's team: work goes to a colleague, never out of the team. */
    private void controleerCollega(String teamId, String gebruikersnaam, String veld, List<Fout> fouten) {
        if (gebruikersnaam == null || gebruikersnaam.isBlank()) {
            fouten.add(new Fout(veld, "required", "Kies een collega."));
        } else if (collegas(teamId).stream().noneMatch(p -> p.gebruikersnaam().equals(gebruikersnaam))) {
            fouten.add(new Fout(veld, "invalid", "Kies een collega uit het team " + gebruikers.teamNaam(teamId)
                    + ". Werk gaat alleen naar iemand van het team van het huishouden."));
        }
    }

    private static void controleerReden(String reden, List<Fout> fouten) {
        if (reden == null || reden.isBlank()) {
            fouten.add(new Fout("reden", "required", "Schrijf op waarom de taak naar deze collega gaat."));
        } else if (reden.length() > MAX_REDEN) {
            fouten.add(new Fout("reden", "size", "De reden is te lang (hoogstens " + MAX_REDEN + " tekens)."));
        }
    }

    private VersieConflictException verouderd(UUID id) {
        Taak nu = laad(id);
        String door = nu.gewijzigdDoor() != null ? nu.gewijzigdDoor() : nu.aangemaaktDoor();
        Instant op = nu.gewijzigdOp() != null ? nu.gewijzigdOp() : nu.aangemaaktOp();
        return new VersieConflictException(nl.maatwerk.platform.Versieconflict.bericht("deze taak", door, op), nu.versie());
    }

    // --- storage -----------------------------------------------------------------------------

    private Taak zichtbaar(UUID id) {
        UUID huishouden = jdbc.sql("select huishouden_id from taak.taak where id = ?").param(id).query(UUID.class).optional()
                .orElseThrow(() -> new NietGevondenException("Taak"));
        if (!inzage.magHuishoudenZien(gebruikers.huidige(), huishouden)) {
            throw new NietGevondenException("Taak");
        }
        return laad(id);
    }

    private void logLijst(List<Taak> lijst) {
        if (!lijst.isEmpty()) {
            logboek.registreer("taak.lijst", Verwerkingsactiviteit.TAAK_RAADPLEGEN,
                    huishoudens.betrokkenenVoorLogboek(lijst.stream().map(Taak::huishoudenId).distinct().toList()), Instant.now(klok), true);
        }
    }

    private void toewijzingRegel(UUID taak, String van, String naar, String reden, Gebruiker door, Instant op) {
        jdbc.sql("insert into taak.toewijzing (id, taak_id, van, naar, reden, door, op) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), taak, van, naar, reden, door.gebruikersnaam(), java.sql.Timestamp.from(op)).update();
    }

    private Taak laad(UUID id) {
        return laadAlle(List.of(id)).getFirst();
    }

    private record Rij(UUID id, String teamId, UUID huishoudenId, UUID hulpvraagId, String omschrijving, LocalDate vervaldatum, String eigenaar,
            TaakStatus status, LocalDate gedaanOp, String aangemaaktDoor, Instant aangemaaktOp, String gewijzigdDoor, Instant gewijzigdOp,
            int versie) {
    }

    private record ToewijzingRij(UUID taak, String van, String naar, String reden, String door, Instant op) {
    }

    /** Tasks by id in the order given, with household names and user names (not logins) in one query each. */
    private List<Taak> laadAlle(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Rij> rijen = new LinkedHashMap<>();
        jdbc.sql("""
                select id, team_id, huishouden_id, hulpvraag_id, omschrijving, vervaldatum, eigenaar, status, gedaan_op, aangemaakt_door,
                    aangemaakt_op, gewijzigd_door, gewijzigd_op, versie
                from taak.taak where id = any(?::uuid[])""").param(SqlLijsten.uuids(ids))
                .query((rs, i) -> new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), TaakStatus.vanCode(rs.getString(8)),
                        rs.getObject(9, LocalDate.class), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12),
                        rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(), rs.getInt(14)))
                .list().forEach(r -> rijen.put(r.id(), r));
        List<ToewijzingRij> toewijzingen = jdbc.sql("""
                select taak_id, van, naar, reden, door, op from taak.toewijzing where taak_id = any(?::uuid[]) order by op, id""")
                .param(SqlLijsten.uuids(ids))
                .query((rs, i) -> new ToewijzingRij(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant())).list();
        Set<String> logins = new HashSet<>();
        rijen.values().forEach(r -> {
            logins.add(r.eigenaar());
            logins.add(r.aangemaaktDoor());
            if (r.gewijzigdDoor() != null) {
                logins.add(r.gewijzigdDoor());
            }
        });
        toewijzingen.forEach(t -> {
            if (t.van() != null) {
                logins.add(t.van());
            }
            logins.add(t.naar());
            logins.add(t.door());
        });
        Map<String, String> namen = gebruikers.namen(logins);
        Map<UUID, Huishoudens.Kop> koppen = huishoudens.koppen(rijen.values().stream().map(Rij::huishoudenId).toList());
        List<Taak> uit = new ArrayList<>();
        for (UUID id : ids) {
            Rij r = rijen.get(id);
            if (r == null) {
                continue;
            }
            List<Taak.Toewijzing> geschiedenis = toewijzingen.stream().filter(t -> t.taak().equals(id))
                    .map(t -> new Taak.Toewijzing(naam(namen, t.van()), naam(namen, t.naar()), t.reden(), naam(namen, t.door()), t.op()))
                    .toList();
            Huishoudens.Kop kop = koppen.get(r.huishoudenId());
            uit.add(new Taak(r.id(), r.teamId(), r.huishoudenId(), kop == null ? "" : kop.naam(), r.hulpvraagId(), r.omschrijving(),
                    r.vervaldatum(), r.eigenaar(), naam(namen, r.eigenaar()), r.status(), r.gedaanOp(), naam(namen, r.aangemaaktDoor()),
                    r.aangemaaktOp(), naam(namen, r.gewijzigdDoor()), r.gewijzigdOp(), r.versie(), geschiedenis));
        }
        return uit;
    }

    private static String naam(Map<String, String> namen, String login) {
        return login == null ? null : namen.getOrDefault(login, login);
    }
}

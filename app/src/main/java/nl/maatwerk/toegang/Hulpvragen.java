package nl.maatwerk.toegang;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.inwoner.Zichtbaarheid;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.regels.termijn.Termijnen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for help: intake, status from melding to closed with a reason for every step, and the
 * legal clocks that start and stop with them. Within need-to-know of the household, and logged.
 */
@Service
public class Hulpvragen {

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Inwoners inwoners;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final java.time.Clock klok;
    private final org.springframework.context.ApplicationEventPublisher gebeurtenissen;
    private final Termijnen termijnen = Termijnen.standaard();

    Hulpvragen(JdbcClient jdbc, Huishoudens huishoudens, Inwoners inwoners, Inzage inzage, GebruikerRegister gebruikers,
            Logboek logboek, java.time.Clock klok, org.springframework.context.ApplicationEventPublisher gebeurtenissen) {
        this.klok = klok;
        this.gebeurtenissen = gebeurtenissen;
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
    }

    @Transactional
    public Hulpvraag registreer(UUID huishoudenId, HulpvraagGegevens g) {
        Gebruiker gebruiker = gebruikers.huidige();
        inzage.vereisProfessional(gebruiker);
        return schrijf(huishoudenId, g, gebruiker, gebruiker.gebruikersnaam());
    }

    /**
     * A request the resident sends themself (Mijn Maatwerk, issue 16): no behandelaar yet, so it lands in the team's
     * queue of unassigned requests; its legal clocks start on the day it came in, as at any intake. The caller
     * passes the logged-in resident's household of today; need-to-know is checked again here.
     */
    @Transactional
    Hulpvraag registreerVanInwoner(UUID huishoudenId, HulpvraagGegevens g) {
        Gebruiker gebruiker = gebruikers.huidige();
        inzage.vereisZichtbaar(gebruiker, huishoudenId);
        return schrijf(huishoudenId, g, gebruiker, null);
    }

    private Hulpvraag schrijf(UUID huishoudenId, HulpvraagGegevens g, Gebruiker gebruiker, String behandelaar) {
        List<Betrokkene> betrokkenen = huishoudens.betrokkenenVoorLogboek(huishoudenId);
        controleer(huishoudenId, g);
        UUID id = UUID.randomUUID();
        HulpvraagStatus status = g.vorm() == Vorm.AANVRAAG ? HulpvraagStatus.AANVRAAG : HulpvraagStatus.MELDING;
        return logboek.verwerk("hulpvraag.registreren", Verwerkingsactiviteit.HULPVRAAG_REGISTREREN, betrokkenen, () -> {
            jdbc.sql("""
                    insert into toegang.hulpvraag (id, huishouden_id, inwoner_id, kanaal, vorm, vraag, wat_telt, levensdomeinen, urgentie, wetten,
                        dreiging, status, ontvangen_op, behandelaar, geregistreerd_door)
                    values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?::text[], ?, ?, ?, ?, ?)
                    """).params(id, huishoudenId, g.inwonerId(), g.kanaal().code(), g.vorm().code(), g.vraag().strip(),
                    leegIsNull(g.watTelt()), SqlLijsten.tekst(g.levensdomeinen().stream().distinct().map(Levensdomein::code).toList()),
                    g.urgentie().code(), SqlLijsten.tekst(g.wetten().stream().distinct().map(Wet::code).toList()),
                    g.dreiging() == null ? null : g.dreiging().code(), status.code(), g.ontvangenOp(), behandelaar,
                    gebruiker.gebruikersnaam()).update();
            statusRegel(id, null, status, "Intake via " + g.kanaal().omschrijving().toLowerCase(java.util.Locale.ROOT), gebruiker);
            for (String code : klokkenBijIntake(g)) {
                startKlok(id, code, g.ontvangenOp());
            }
            return laad(id);
        });
    }

    /** The clocks that start at intake, per law and form (see the terms data for their sources). */
    public static List<String> klokkenBijIntake(HulpvraagGegevens g) {
        List<String> codes = new ArrayList<>();
        Set<Wet> wetten = g.wetten().isEmpty() ? Set.of() : EnumSet.copyOf(g.wetten());
        boolean aanvraag = g.vorm() == Vorm.AANVRAAG;
        if (wetten.contains(Wet.WMO)) {
            codes.add(aanvraag ? "wmo-beschikking" : "wmo-onderzoek");
        }
        if (aanvraag && wetten.contains(Wet.PARTICIPATIEWET)) {
            codes.add("pw-besluit");
        }
        if (aanvraag && wetten.contains(Wet.JEUGDWET)) {
            codes.add("jw-besluit");
        }
        if (wetten.contains(Wet.WGS)) {
            codes.add(g.dreiging() != null ? "wgs-eerste-gesprek-dreiging" : "wgs-eerste-gesprek");
        }
        return codes;
    }

    private void controleer(UUID huishoudenId, HulpvraagGegevens g) {
        List<Fout> fouten = new ArrayList<>();
        if (g.dreiging() != null && !g.wetten().contains(Wet.WGS)) {
            fouten.add(new Fout("dreiging", "invalid", "Een dreiging (ontruiming, afsluiting, opzegging) hoort bij een vraag om schuldhulp: kies ook de Wgs."));
        }
        if (g.wetten().contains(Wet.GEEN) && g.wetten().size() > 1) {
            fouten.add(new Fout("wetten", "invalid", "Kies 'geen wet' alleen als er geen andere wet geldt."));
        }
        if (g.inwonerId() != null && !huishoudens.isHuidigLid(huishoudenId, g.inwonerId())) {
            fouten.add(new Fout("inwonerId", "unknown", "Kies iemand die nu in dit huishouden woont."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    public Hulpvraag lees(UUID id) {
        Hulpvraag h = zichtbaar(id);
        logboek.registreer("hulpvraag.raadplegen", Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN,
                huishoudens.betrokkenenVoorLogboek(h.huishoudenId()), Instant.now(klok), true);
        return h;
    }

    /**
     * The requests of one household, newest first, without logging: for the household page, which logs
     * itself. Several parts of that page ask for them; within one web request they are read once.
     */
    public List<Hulpvraag> vanHuishoudenZonderLog(UUID huishoudenId) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return nl.maatwerk.platform.Verzoekgeheugen.onthoud("hulpvragen.huishouden." + huishoudenId, () -> laadAlle(
                jdbc.sql("select id from toegang.hulpvraag where huishouden_id = ? order by ontvangen_op desc, geregistreerd_op desc")
                        .param(huishoudenId).query(UUID.class).list()));
    }

    public record Filter(UUID huishoudenId, HulpvraagStatus status, Boolean open) {
    }

    public record Pagina(List<Hulpvraag> hulpvragen, int nummer, int grootte, long totaal) {
    }

    /** The requests the user may see, filtered, a page at a time, newest first. */
    public Pagina lijst(Filter filter, int pagina, int grootte) {
        Gebruiker g = gebruikers.huidige();
        Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        List<Object> params = new ArrayList<>(zichtbaar.parameters());
        StringBuilder waar = new StringBuilder(" from toegang.hulpvraag v where v.huishouden_id in (" + zichtbaar.subquery() + ")");
        if (filter.huishoudenId() != null) {
            waar.append(" and v.huishouden_id = ?");
            params.add(filter.huishoudenId());
        }
        if (filter.status() != null) {
            waar.append(" and v.status = ?");
            params.add(filter.status().code());
        }
        if (filter.open() != null) {
            waar.append(filter.open() ? " and v.status <> 'afgesloten'" : " and v.status = 'afgesloten'");
        }
        long totaal = jdbc.sql("select count(*)" + waar).params(params).query(Long.class).single();
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(grootte);
        metPagina.add((long) (pagina - 1) * grootte);
        List<Hulpvraag> lijst = laadAlle(jdbc.sql("select v.id" + waar + " order by v.ontvangen_op desc, v.id limit ? offset ?")
                .params(metPagina).query(UUID.class).list());
        logboek.registreer("hulpvraag.lijst", Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN,
                huishoudens.betrokkenenVoorLogboek(lijst.stream().map(Hulpvraag::huishoudenId).distinct().toList()), Instant.now(klok), true);
        return new Pagina(lijst, pagina, grootte, totaal);
    }

    private static final List<HulpvraagStatus> VOLGORDE = List.of(HulpvraagStatus.values());

    /** Moves a request on; back is not possible, closing is possible from any status. A reason is always needed. */
    @Transactional
    public Hulpvraag wijzigStatus(UUID id, HulpvraagStatus naar, String reden, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        Hulpvraag h = zichtbaar(id);
        inzage.vereisProfessional(g);
        // The version first: whoever saw an older status hears that, not "you cannot go back" about a step they never saw.
        int gelezen = VersieConflictException.vereisActueel(versie, "de hulpvraag", h.versie(), () -> verouderd(h));
        List<Fout> fouten = new ArrayList<>();
        if (naar == null) {
            fouten.add(new Fout("status", "required", "Kies de nieuwe status."));
        } else if (!h.isOpen()) {
            fouten.add(new Fout("status", "invalid", "Deze hulpvraag is afgesloten; de status kan niet meer veranderen."));
        } else if (!h.status().kanNaar(naar)) {
            fouten.add(new Fout("status", "invalid", "Kies een volgende stap. Van '" + h.status().omschrijving()
                    + "' kan het niet terug naar '" + naar.omschrijving() + "'."));
        }
        if (reden == null || reden.isBlank()) {
            fouten.add(new Fout("reden", "required", "Schrijf op waarom de status verandert."));
        } else if (reden.length() > 1000) {
            fouten.add(new Fout("reden", "size", "De reden is te lang (hoogstens 1000 tekens)."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return logboek.verwerk("hulpvraag.status", Verwerkingsactiviteit.HULPVRAAG_REGISTREREN,
                huishoudens.betrokkenenVoorLogboek(h.huishoudenId()), () -> {
                    int gewijzigd = jdbc.sql("update toegang.hulpvraag set status = ?, versie = versie + 1 where id = ? and versie = ?")
                            .params(naar.code(), id, gelezen).update();
                    if (gewijzigd == 0) {
                        throw verouderd(laad(id));
                    }
                    statusRegel(id, h.status(), naar, reden.strip(), g);
                    LocalDate vandaag = LocalDate.now(klok);
                    switch (naar) {
                        case AANVRAAG -> {
                            rondAf(id, List.of("wmo-onderzoek"), vandaag);
                            if (h.wetten().contains(Wet.WMO)) {
                                startKlok(id, "wmo-beschikking", vandaag);
                            }
                            if (h.wetten().contains(Wet.PARTICIPATIEWET)) {
                                startKlok(id, "pw-besluit", vandaag);
                            }
                            if (h.wetten().contains(Wet.JEUGDWET)) {
                                startKlok(id, "jw-besluit", vandaag);
                            }
                        }
                        case BESLUIT -> rondAf(id, BESLUITKLOKKEN, vandaag);
                        case AFGESLOTEN -> {
                            jdbc.sql("update toegang.termijn set gestopt_reden = ? where hulpvraag_id = ? and afgerond_op is null "
                                    + "and gestopt_reden is null").params("Hulpvraag afgesloten: " + reden.strip(), id).update();
                            // Others react after the commit (issue 17: the resident is asked about the help).
                            gebeurtenissen.publishEvent(new HulpvraagAfgesloten(id, h.huishoudenId(), h.inwonerId(), h.wetten(), vandaag));
                        }
                        default -> {
                        }
                    }
                    return laad(id);
                });
    }

    /** Someone moved the request on since the user read it: who and when (its last step), and the version now. */
    private static VersieConflictException verouderd(Hulpvraag nu) {
        Hulpvraag.StatusWijziging laatste = nu.geschiedenis().isEmpty() ? null : nu.geschiedenis().getLast();
        return new VersieConflictException(nl.maatwerk.platform.Versieconflict.bericht("deze hulpvraag",
                laatste == null ? null : laatste.door(), laatste == null ? null : laatste.op()), nu.versie());
    }

    /** The clocks a decision answers. */
    private static final List<String> BESLUITKLOKKEN = List.of("wmo-onderzoek", "wmo-beschikking", "pw-besluit", "jw-besluit");

    /**
     * A decision on this request was sent: the clocks it answered stop today and the request moves on
     * to "besluit genomen", so it leaves the work lists. The system does this in reaction to the event
     * ({@link HulpvraagBeantwoordListener}), after the sending has committed and with no one logged in:
     * no need-to-know check, only inside that system action, logged with the actor "systeem" and
     * recorded with its reason. Delivered at least once, so a second delivery changes nothing.
     */
    @Transactional
    void besluitVerzonden(UUID hulpvraagId, String reden, LocalDate op) {
        String door = nl.maatwerk.platform.Systeemactie.door();
        List<Hulpvraag> gevonden = laadAlle(List.of(hulpvraagId));
        if (gevonden.isEmpty() || !gevonden.getFirst().isOpen()) {
            return;
        }
        Hulpvraag h = gevonden.getFirst();
        logboek.verwerk("hulpvraag.status", Verwerkingsactiviteit.HULPVRAAG_REGISTREREN, huishoudens.betrokkenenVoorLogboekAlsSysteem(h.huishoudenId()),
                () -> {
                    rondAf(hulpvraagId, BESLUITKLOKKEN, op);
                    // Only from the status read: of two deliveries at once, one moves the request and writes its history.
                    if (VOLGORDE.indexOf(h.status()) < VOLGORDE.indexOf(HulpvraagStatus.BESLUIT)
                            && jdbc.sql("update toegang.hulpvraag set status = ?, versie = versie + 1 where id = ? and status = ?")
                                    .params(HulpvraagStatus.BESLUIT.code(), hulpvraagId, h.status().code()).update() == 1) {
                        jdbc.sql("insert into toegang.hulpvraag_status (id, hulpvraag_id, van, naar, reden, door) values (?, ?, ?, ?, ?, ?)")
                                .params(UUID.randomUUID(), hulpvraagId, h.status().code(), HulpvraagStatus.BESLUIT.code(), reden, door).update();
                    }
                    return null;
                });
    }

    /** Records that what a clock waited for happened (for example the first conversation), on a date. */
    @Transactional
    public Hulpvraag rondTermijnAf(UUID hulpvraagId, UUID termijnId, LocalDate op) {
        Gebruiker g = gebruikers.huidige();
        Hulpvraag h = zichtbaar(hulpvraagId);
        inzage.vereisProfessional(g);
        Termijn t = h.termijnen().stream().filter(x -> x.id().equals(termijnId)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Termijn"));
        List<Fout> fouten = new ArrayList<>();
        if (op == null) {
            fouten.add(new Fout("afgerondOp", "required", "Vul de datum in."));
        } else if (op.isAfter(LocalDate.now(klok))) {
            fouten.add(new Fout("afgerondOp", "range", "De datum ligt in de toekomst."));
        } else if (op.isBefore(t.start())) {
            fouten.add(new Fout("afgerondOp", "range", "De datum ligt voor het begin van de termijn."));
        }
        if (!t.isOpen()) {
            fouten.add(new Fout("afgerondOp", "invalid", "Deze termijn is al afgerond of gestopt."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return logboek.verwerk("hulpvraag.termijn-afronden", Verwerkingsactiviteit.HULPVRAAG_REGISTREREN,
                huishoudens.betrokkenenVoorLogboek(h.huishoudenId()), () -> {
                    // Once: a colleague who completed it meanwhile keeps their date.
                    if (jdbc.sql("update toegang.termijn set afgerond_op = ? where id = ? and afgerond_op is null and gestopt_reden is null")
                            .params(op, termijnId).update() == 0) {
                        throw new OngeldigeInvoerException("afgerondOp", "invalid", "Deze termijn is al afgerond of gestopt.");
                    }
                    return laad(hulpvraagId);
                });
    }

    static final String ALLEEN_TEAM = "Alleen het team van het huishouden wijst deze hulpvraag toe.";
    static final String ALLEEN_BEHANDELAAR_OF_TEAMLEIDER = "Deze hulpvraag heeft al een behandelaar. Alleen die behandelaar of de teamleider "
            + "geeft haar aan een collega.";

    /** One change of behandelaar, with names (not logins): from whom (none when it had none), to whom, why, by whom, when. */
    public record Toewijzing(String van, String naar, String reden, String door, Instant op) {
    }

    /**
     * Gives the request to a named colleague of the household's team, with a reason that stays in its history
     * (issue 15). A request without a behandelaar any professional of the team assigns; one with a behandelaar
     * that behandelaar hands on, and the team lead reassigns any request of the team. Need-to-know first (404),
     * then who may (403), then the version (409/428), then the rules (400).
     */
    @Transactional
    public Hulpvraag wijsToe(UUID id, String naar, String reden, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        Hulpvraag h = zichtbaar(id);
        inzage.vereisProfessional(g);
        String team = huishoudens.koppen(List.of(h.huishoudenId())).get(h.huishoudenId()).teamId();
        if (team == null || !team.equals(g.teamId())) {
            throw new nl.maatwerk.platform.NietToegestaanException(ALLEEN_TEAM);
        }
        if (h.behandelaar() != null && !h.behandelaar().equals(g.gebruikersnaam()) && g.rol() != nl.maatwerk.platform.Rol.TEAMLEIDER) {
            throw new nl.maatwerk.platform.NietToegestaanException(ALLEEN_BEHANDELAAR_OF_TEAMLEIDER);
        }
        int gelezen = VersieConflictException.vereisActueel(versie, "de hulpvraag", h.versie(), () -> verouderd(laad(id)));
        List<Fout> fouten = new ArrayList<>();
        if (!h.isOpen()) {
            fouten.add(new Fout("naar", "invalid", "Deze hulpvraag is afgesloten en gaat niet meer naar een collega."));
        }
        if (naar == null || naar.isBlank()) {
            fouten.add(new Fout("naar", "required", "Kies een collega."));
        } else if (collegas(team).stream().noneMatch(p -> p.gebruikersnaam().equals(naar))) {
            fouten.add(new Fout("naar", "invalid", "Kies een collega uit het team " + gebruikers.teamNaam(team)
                    + ". Een hulpvraag gaat alleen naar iemand van het team van het huishouden."));
        } else if (naar.equals(h.behandelaar())) {
            fouten.add(new Fout("naar", "invalid", "Deze collega behandelt de hulpvraag al. Kies een andere collega."));
        }
        if (reden == null || reden.isBlank()) {
            fouten.add(new Fout("reden", "required", "Schrijf op waarom de hulpvraag naar deze collega gaat."));
        } else if (reden.length() > 1000) {
            fouten.add(new Fout("reden", "size", "De reden is te lang (hoogstens 1000 tekens)."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return logboek.verwerk("hulpvraag.toewijzen", Verwerkingsactiviteit.HULPVRAAG_REGISTREREN,
                huishoudens.betrokkenenVoorLogboek(h.huishoudenId()), () -> {
                    if (jdbc.sql("update toegang.hulpvraag set behandelaar = ?, versie = versie + 1 where id = ? and versie = ?")
                            .params(naar, id, gelezen).update() == 0) {
                        throw verouderd(laad(id));
                    }
                    jdbc.sql("insert into toegang.hulpvraag_toewijzing (id, hulpvraag_id, van, naar, reden, door, op) values (?, ?, ?, ?, ?, ?, ?)")
                            .params(UUID.randomUUID(), id, h.behandelaar(), naar, reden.strip(), g.gebruikersnaam(),
                                    java.sql.Timestamp.from(Instant.now(klok))).update();
                    return laad(id);
                });
    }

    /**
     * Every change of behandelaar of a request, oldest first, with names. Within need-to-know; logs nothing
     * itself: shown with the request, whose read {@link #lees} logs.
     */
    public List<Toewijzing> toewijzingen(UUID id) {
        zichtbaar(id);
        record Rij(String van, String naar, String reden, String door, Instant op) {
        }
        List<Rij> rijen = jdbc.sql("select van, naar, reden, door, op from toegang.hulpvraag_toewijzing where hulpvraag_id = ? order by op, id")
                .param(id).query((rs, i) -> new Rij(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
        java.util.Set<String> logins = new java.util.HashSet<>();
        rijen.forEach(r -> {
            if (r.van() != null) {
                logins.add(r.van());
            }
            logins.add(r.naar());
            logins.add(r.door());
        });
        Map<String, String> namen = gebruikers.namen(logins);
        return rijen.stream().map(r -> new Toewijzing(r.van() == null ? null : namen.getOrDefault(r.van(), r.van()),
                namen.getOrDefault(r.naar(), r.naar()), r.reden(), namen.getOrDefault(r.door(), r.door()), r.op())).toList();
    }

    /** The colleagues a request or task of this team can go to: the team's professionals, by name. */
    public List<GebruikerRegister.Professional> collegas(String teamId) {
        return gebruikers.professionals().stream().filter(p -> teamId != null && teamId.equals(p.teamId())).toList();
    }

    /** An open clock of an open request, with the request it belongs to: a deadline on a start page. */
    public record Deadline(Hulpvraag hulpvraag, Termijn termijn) {
    }

    /**
     * The open clocks of open requests that run out on or before {@code tot} (including those already
     * overrun), soonest first: of the user's own requests (behandelaar), or with {@code heelTeam} of every
     * household of the user's team. Within need-to-know; logged for the households shown.
     */
    public List<Deadline> deadlines(Gebruiker g, boolean heelTeam, LocalDate tot) {
        Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        List<Object> params = new ArrayList<>(zichtbaar.parameters());
        String wie;
        if (heelTeam) {
            params.add(SqlLijsten.uuids(g.teamId() == null ? List.of() : huishoudens.vanTeam(g.teamId())));
            wie = "v.huishouden_id = any(?::uuid[])";
        } else {
            params.add(g.gebruikersnaam());
            wie = "v.behandelaar = ?";
        }
        params.add(tot);
        List<UUID> ids = jdbc.sql("select distinct v.id from toegang.hulpvraag v join toegang.termijn t on t.hulpvraag_id = v.id "
                + "where v.huishouden_id in (" + zichtbaar.subquery() + ") and " + wie + " and v.status <> 'afgesloten' "
                + "and t.afgerond_op is null and t.gestopt_reden is null and t.uiterste_datum <= ?")
                .params(params).query(UUID.class).list();
        List<Hulpvraag> gevonden = laadAlle(ids);
        List<Deadline> uit = new ArrayList<>();
        gevonden.forEach(h -> h.termijnen().stream().filter(t -> t.isOpen() && !t.uitersteDatum().isAfter(tot))
                .forEach(t -> uit.add(new Deadline(h, t))));
        uit.sort(java.util.Comparator.comparing((Deadline d) -> d.termijn().uitersteDatum()).thenComparing(d -> d.hulpvraag().huishoudenNaam()));
        if (!gevonden.isEmpty()) {
            logboek.registreer("hulpvraag.lijst", Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN,
                    huishoudens.betrokkenenVoorLogboek(gevonden.stream().map(Hulpvraag::huishoudenId).distinct().toList()), Instant.now(klok), true);
        }
        return uit;
    }

    /**
     * "My households" (issue 15): those this professional coordinates now, and those with an open request they
     * handle, as far as they may still see them. Ids only, no personal data, so nothing to log here; whoever shows
     * something of them logs that.
     */
    public List<UUID> mijnHuishoudens(Gebruiker g) {
        Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        List<Object> params = new ArrayList<>();
        params.add(g.gebruikersnaam());
        params.add(g.gebruikersnaam());
        params.addAll(zichtbaar.parameters());
        return jdbc.sql("select m.huishouden_id from (select huishouden_id from toegang.regie where regisseur = ? and tot is null "
                + "union select huishouden_id from toegang.hulpvraag where behandelaar = ? and status <> 'afgesloten') m "
                + "where m.huishouden_id in (" + zichtbaar.subquery() + ")").params(params).query(UUID.class).list();
    }

    /** The open requests of the user's team that no one handles, oldest first: for the team lead. Logged for the households shown. */
    public List<Hulpvraag> nietToegewezen(Gebruiker g) {
        if (g.teamId() == null) {
            return List.of();
        }
        Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        List<Object> params = new ArrayList<>(zichtbaar.parameters());
        params.add(SqlLijsten.uuids(huishoudens.vanTeam(g.teamId())));
        List<Hulpvraag> lijst = laadAlle(jdbc.sql("select v.id from toegang.hulpvraag v where v.huishouden_id in (" + zichtbaar.subquery()
                + ") and v.huishouden_id = any(?::uuid[]) and v.behandelaar is null and v.status <> 'afgesloten' order by v.ontvangen_op, v.id")
                .params(params).query(UUID.class).list());
        if (!lijst.isEmpty()) {
            logboek.registreer("hulpvraag.lijst", Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN,
                    huishoudens.betrokkenenVoorLogboek(lijst.stream().map(Hulpvraag::huishoudenId).distinct().toList()), Instant.now(klok), true);
        }
        return lijst;
    }

    /** The number of open requests per behandelaar among a team's households; counts only, no personal data of residents. */
    public Map<String, Long> openPerBehandelaar(String teamId) {
        Map<String, Long> uit = new LinkedHashMap<>();
        jdbc.sql("select behandelaar, count(*) from toegang.hulpvraag where huishouden_id = any(?::uuid[]) and behandelaar is not null "
                + "and status <> 'afgesloten' group by behandelaar").param(SqlLijsten.uuids(huishoudens.vanTeam(teamId)))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().forEach(e -> uit.put(e.getKey(), e.getValue()));
        return uit;
    }

    private void rondAf(UUID hulpvraagId, List<String> codes, LocalDate op) {
        jdbc.sql("update toegang.termijn set afgerond_op = ? where hulpvraag_id = ? and code = any(?::text[]) and afgerond_op is null "
                + "and gestopt_reden is null").params(op, hulpvraagId, SqlLijsten.tekst(codes)).update();
    }

    private void startKlok(UUID hulpvraagId, String code, LocalDate start) {
        Termijnen.Uitkomst u = termijnen.bereken(code, start);
        jdbc.sql("insert into toegang.termijn (id, hulpvraag_id, code, omschrijving, start, uiterste_datum, bron) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), hulpvraagId, code, u.termijn().omschrijving(), start, u.uitersteDatum(), u.termijn().bron())
                .update();
    }

    private void statusRegel(UUID id, HulpvraagStatus van, HulpvraagStatus naar, String reden, Gebruiker g) {
        jdbc.sql("insert into toegang.hulpvraag_status (id, hulpvraag_id, van, naar, reden, door) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, van == null ? null : van.code(), naar.code(), reden, g.naam()).update();
    }

    private Hulpvraag zichtbaar(UUID id) {
        UUID huishouden = jdbc.sql("select huishouden_id from toegang.hulpvraag where id = ?").param(id).query(UUID.class).optional()
                .orElseThrow(() -> new NietGevondenException("Hulpvraag"));
        if (!inzage.magHuishoudenZien(gebruikers.huidige(), huishouden)) {
            throw new NietGevondenException("Hulpvraag");
        }
        return laad(id);
    }

    private Hulpvraag laad(UUID id) {
        return laadAlle(List.of(id)).getFirst();
    }

    /** Loads requests with their clocks and history in three queries, in the order of the ids. */
    List<Hulpvraag> laadAlle(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Object idArray = SqlLijsten.uuids(ids);
        Map<UUID, List<Termijn>> klokken = new LinkedHashMap<>();
        jdbc.sql("select * from toegang.termijn where hulpvraag_id = any(?::uuid[]) order by start, uiterste_datum").param(idArray)
                .query((rs, i) -> {
                    String code = rs.getString("code");
                    boolean werkdagen = termijnen.alle().stream().anyMatch(t -> t.code().equals(code)
                            && t.eenheid() == Termijnen.Eenheid.WERKDAGEN);
                    klokken.computeIfAbsent(rs.getObject("hulpvraag_id", UUID.class), k -> new ArrayList<>()).add(new Termijn(
                            rs.getObject("id", UUID.class), code, rs.getString("omschrijving"), rs.getObject("start", LocalDate.class),
                            rs.getObject("uiterste_datum", LocalDate.class), rs.getString("bron"),
                            rs.getObject("afgerond_op", LocalDate.class), rs.getString("gestopt_reden"), werkdagen));
                    return 1;
                }).list();
        Map<UUID, List<Hulpvraag.StatusWijziging>> geschiedenis = new LinkedHashMap<>();
        jdbc.sql("select * from toegang.hulpvraag_status where hulpvraag_id = any(?::uuid[]) order by op, id").param(idArray)
                .query((rs, i) -> {
                    String van = rs.getString("van");
                    geschiedenis.computeIfAbsent(rs.getObject("hulpvraag_id", UUID.class), k -> new ArrayList<>()).add(
                            new Hulpvraag.StatusWijziging(van == null ? null : HulpvraagStatus.vanCode(van),
                                    HulpvraagStatus.vanCode(rs.getString("naar")), rs.getString("reden"), rs.getString("door"),
                                    rs.getTimestamp("op").toInstant()));
                    return 1;
                }).list();
        Map<UUID, Hulpvraag> perId = new LinkedHashMap<>();
        jdbc.sql("select * from toegang.hulpvraag where id = any(?::uuid[])").param(idArray).query((rs, i) -> {
            UUID id = rs.getObject("id", UUID.class);
            perId.put(id, lees(rs, klokken.getOrDefault(id, List.of()), geschiedenis.getOrDefault(id, List.of())));
            return 1;
        }).list();
        // Names come from their owner, for all requests at once; like the join this replaces, a request without household is left out.
        Map<UUID, Huishoudens.Kop> koppen = huishoudens.koppen(perId.values().stream().map(Hulpvraag::huishoudenId).toList());
        Map<UUID, String> namen = inwoners.namen(perId.values().stream().map(Hulpvraag::inwonerId).filter(java.util.Objects::nonNull).toList());
        return ids.stream().map(perId::get).filter(java.util.Objects::nonNull)
                .filter(h -> koppen.containsKey(h.huishoudenId()))
                .map(h -> h.metNamen(koppen.get(h.huishoudenId()).naam(), h.inwonerId() == null ? null : namen.get(h.inwonerId())))
                .toList();
    }

    private static Hulpvraag lees(ResultSet rs, List<Termijn> klokken, List<Hulpvraag.StatusWijziging> geschiedenis)
            throws SQLException {
        String dreiging = rs.getString("dreiging");
        return new Hulpvraag(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class), null,
                rs.getObject("inwoner_id", UUID.class), null, Kanaal.vanCode(rs.getString("kanaal")),
                Vorm.vanCode(rs.getString("vorm")), rs.getString("vraag"), rs.getString("wat_telt"),
                SqlLijsten.lees(rs.getArray("levensdomeinen")).stream().map(Levensdomein::vanCode).toList(),
                Urgentie.vanCode(rs.getString("urgentie")), SqlLijsten.lees(rs.getArray("wetten")).stream().map(Wet::vanCode).toList(),
                dreiging == null ? null : Dreiging.vanCode(dreiging), HulpvraagStatus.vanCode(rs.getString("status")),
                rs.getObject("ontvangen_op", LocalDate.class), rs.getString("behandelaar"), rs.getString("geregistreerd_door"),
                rs.getTimestamp("geregistreerd_op").toInstant(), rs.getInt("versie"), List.copyOf(klokken), List.copyOf(geschiedenis));
    }

    private static String leegIsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

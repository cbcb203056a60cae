package nl.maatwerk.inwoner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.maatwerk.inwoner.opslag.HuishoudenOpslag;
import nl.maatwerk.inwoner.opslag.InwonerOpslag;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.BotsingException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.VersieOntbreektException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Households: their composition over time and their network, within need-to-know and logged. */
@Service
public class Huishoudens {

    private final HuishoudenOpslag opslag;
    private final InwonerOpslag inwoners;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final JdbcClient jdbc;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Afscherming afscherming;

    Huishoudens(HuishoudenOpslag opslag, InwonerOpslag inwoners, Inzage inzage, GebruikerRegister gebruikers,
            Logboek logboek, JdbcClient jdbc, Clock klok, ApplicationEventPublisher gebeurtenissen, Afscherming afscherming) {
        this.opslag = opslag;
        this.inwoners = inwoners;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.jdbc = jdbc;
        this.klok = klok;
        this.gebeurtenissen = gebeurtenissen;
        this.afscherming = afscherming;
    }

    /**
     * The household as the user may see it: who left it by name and period only, unless the user
     * may see them where they live now ({@link Afscherming}). The read is logged for everyone shown.
     */
    public Huishouden lees(UUID id) {
        Gebruiker g = gebruikers.huidige();
        Huishouden h = zichtbaar(g, id);
        Huishouden getoond = afscherming.voor(g, h);
        logboek.registreer("huishouden.raadplegen", Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN, betrokkenen(h, getoond),
                Instant.now(klok), true);
        return getoond;
    }

    /**
     * Remembers that the user opened this household's page, for "recently opened" on their start page (issue 15).
     * Only the newest opening per household counts; the read itself is logged by {@link #lees}.
     */
    public void onthoudGeopend(UUID id) {
        Gebruiker g = gebruikers.huidige();
        if (!g.isProfessional()) {
            return;
        }
        jdbc.sql("""
                insert into inwoner.recent_geopend (gebruikersnaam, huishouden_id, geopend_op) values (?, ?, ?)
                on conflict (gebruikersnaam, huishouden_id) do update set geopend_op = excluded.geopend_op
                """).params(g.gebruikersnaam(), id, java.sql.Timestamp.from(Instant.now(klok))).update();
    }

    /** A household the user opened, with when they last did. */
    public record Geopend(UUID id, String naam, Instant op) {
    }

    /**
     * The households the user opened last, newest first, as far as they may still see them. Logged for the
     * people of the households shown: their names are personal data.
     */
    public List<Geopend> recentGeopend(int max) {
        Gebruiker g = gebruikers.huidige();
        List<Object> params = new ArrayList<>();
        params.add(g.gebruikersnaam());
        String conditie = inzage.zichtbaarVoor(g, params);
        params.add(max);
        List<Geopend> lijst = jdbc.sql("select h.id, h.naam, r.geopend_op from inwoner.recent_geopend r join inwoner.huishouden h on h.id = r.huishouden_id "
                + "where r.gebruikersnaam = ? and " + conditie + " order by r.geopend_op desc limit ?")
                .params(params).query((rs, i) -> new Geopend(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
        if (!lijst.isEmpty()) {
            logboek.registreer("huishouden.lijst", Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN,
                    logboekBetrokkenen(lijst.stream().map(Geopend::id).toList()), Instant.now(klok), true);
        }
        return lijst;
    }

    /** The households a resident belongs or belonged to, as far as the user may see them, each as {@link #lees} shows it. */
    public List<Huishouden> vanInwoner(UUID inwonerId) {
        Gebruiker g = gebruikers.huidige();
        List<Object> params = new ArrayList<>();
        params.add(inwonerId);
        String conditie = inzage.zichtbaarVoor(g, params);
        List<UUID> ids = jdbc.sql("select distinct h.id from inwoner.huishouden h join inwoner.huishouden_lid l on l.huishouden_id = h.id "
                + "where l.inwoner_id = ? and " + conditie).params(params).query(UUID.class).list();
        return afscherming.voor(g, opslag.laad(ids));
    }

    /**
     * The data subjects of processing a household's data (its requests, plan, ZRM, decisions), for
     * another module that logs that processing: the people who live there today. A household without
     * current members is about the people who lived there: then they are. A household that never had a
     * member in the register is itself the subject. So a read is never left out of the log for want of
     * someone to log it for. It checks need-to-know itself and logs nothing; the caller logs.
     */
    public List<Betrokkene> betrokkenenVoorLogboek(UUID id) {
        inzage.vereisZichtbaar(gebruikers.huidige(), id);
        return logboekBetrokkenen(List.of(id));
    }

    /** The same for several households at once, each checked for need-to-know; for lists. */
    public List<Betrokkene> betrokkenenVoorLogboek(java.util.Collection<UUID> ids) {
        Gebruiker g = gebruikers.huidige();
        ids.forEach(id -> inzage.vereisZichtbaar(g, id));
        return logboekBetrokkenen(ids);
    }

    private List<Betrokkene> logboekBetrokkenen(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate vandaag = vandaag();
        List<Betrokkene> uit = new ArrayList<>();
        jdbc.sql("""
                select h.id, i.bsn from unnest(?::uuid[]) as h(id)
                left join inwoner.huishouden_lid l on l.huishouden_id = h.id
                    and ((l.vanaf <= ? and (l.tot_en_met is null or l.tot_en_met >= ?))
                        or not exists (select 1 from inwoner.huishouden_lid nu where nu.huishouden_id = h.id
                            and nu.vanaf <= ? and (nu.tot_en_met is null or nu.tot_en_met >= ?)))
                left join inwoner.inwoner i on i.id = l.inwoner_id
                """).params(nl.maatwerk.platform.SqlLijsten.uuids(ids), vandaag, vandaag, vandaag, vandaag)
                .query((rs, i) -> {
                    String bsn = rs.getString(2);
                    return bsn == null ? Betrokkene.huishouden(rs.getObject(1, UUID.class)) : Betrokkene.bsn(bsn);
                }).list().stream().distinct().forEach(uit::add);
        return uit;
    }

    /** Whether someone lives in the household today; another module checks a chosen member with this. */
    public boolean isHuidigLid(UUID huishoudenId, UUID inwonerId) {
        return inwonerId != null && jdbc.sql("""
                select exists (select 1 from inwoner.huishouden_lid where huishouden_id = ? and inwoner_id = ?
                    and vanaf <= ? and (tot_en_met is null or tot_en_met >= ?))
                """).params(huishoudenId, inwonerId, vandaag(), vandaag()).query(Boolean.class).single();
    }

    /**
     * The members on a date, for the rules that depend on who lived there then. The read is logged for
     * the members returned. "Nobody lived here then" is an answer about the members too, read from
     * their periods: then it is logged for every member the user may see, and for a household that
     * never had one, for the household (issue 13 follow-up).
     */
    public List<Huishouden.Lidmaatschap> samenstellingOp(UUID id, LocalDate datum) {
        Gebruiker g = gebruikers.huidige();
        Huishouden h = zichtbaar(g, id);
        Huishouden getoond = afscherming.voor(g, h);
        List<Huishouden.Lidmaatschap> leden = getoond.ledenOp(datum);
        List<Betrokkene> betrokkenen = leden.isEmpty()
                ? betrokkenen(h, getoond.alleInwoners().stream().map(Inwoner::id).toList())
                : betrokkenen(h, leden.stream().map(l -> l.inwoner().id()).toList());
        logboek.registreer("huishouden.samenstelling", Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN,
                betrokkenen.isEmpty() ? List.of(Betrokkene.huishouden(id)) : betrokkenen, Instant.now(klok), true);
        return leden;
    }

    @Transactional
    public Huishouden maak(HuishoudenGegevens gegevens) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        if (g.teamId() == null) {
            throw new OngeldigeInvoerException("team", "required", "U hoort niet bij een team en kunt daarom geen huishouden aanmaken.");
        }
        Map<UUID, Inwoner> leden = controleer(g, null, gegevens);
        UUID id = UUID.randomUUID();
        return logboek.verwerk("huishouden.aanmaken", Verwerkingsactiviteit.HUISHOUDEN_REGISTREREN, betrokkenen(leden.values(), List.of()),
                () -> {
                    schrijfLeden(gegevens, leden, () -> {
                        opslag.voegToe(id, g.teamId(), gegevens);
                        return null;
                    });
                    publiceerVerhuizingen(id, List.of(), gegevens);
                    return afscherming.voor(g, opslag.vind(id).orElseThrow());
                });
    }

    @Transactional
    public Huishouden wijzig(UUID id, HuishoudenGegevens gegevens, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        Huishouden huidig = zichtbaar(g, id);
        inzage.vereisProfessional(g);
        // The version first: whoever read an old household hears that, not a rule error about members they never saw.
        Instant begin = Instant.now(klok);
        int gelezen;
        try {
            gelezen = VersieConflictException.vereisActueel(versie, "het huishouden", huidig.versie(), () -> verouderd(id));
        } catch (VersieConflictException | VersieOntbreektException e) {
            // A failed change of the household in the log, as when the write finds the version stale a moment later: whether a
            // lost race is logged must not depend on the moment it was lost (issue 14).
            logboek.registreer("huishouden.wijzigen", Verwerkingsactiviteit.HUISHOUDEN_REGISTREREN, betrokkenen(huidig), begin, false);
            throw e;
        }
        Map<UUID, Inwoner> leden = controleer(g, huidig, gegevens);
        List<Betrokkene> betrokkenen = new ArrayList<>(betrokkenen(huidig));
        betrokkenen.addAll(betrokkenen(leden.values(), List.of()));
        return logboek.verwerk("huishouden.wijzigen", Verwerkingsactiviteit.HUISHOUDEN_REGISTREREN, betrokkenen, () -> {
            if (!schrijfLeden(gegevens, leden, () -> opslag.vervang(id, gegevens, gelezen, Instant.now(klok), g.gebruikersnaam()))) {
                throw verouderd(id);
            }
            publiceerVerhuizingen(id, huidig.alsGegevens().leden(), gegevens);
            Huishouden nieuw = opslag.vind(id).orElseThrow();
            Naamgeheugen.onthoud(nieuw);
            List<Betrokkene> netwerkNieuw = nieuw.netwerk().stream().map(p -> Betrokkene.netwerkpersoon(p.id())).toList();
            logboek.registreer("huishouden.netwerk-vastleggen", Verwerkingsactiviteit.HUISHOUDEN_REGISTREREN, netwerkNieuw,
                    Instant.now(klok), true);
            return afscherming.voor(g, nieuw);
        });
    }

    /** Someone saved since the user read the household: who and when, and the version now (docs/conventies.md). */
    private VersieConflictException verouderd(UUID id) {
        HuishoudenOpslag.Stand stand = opslag.stand(id);
        String door = stand.door() == null ? null : gebruikers.namen(List.of(stand.door())).getOrDefault(stand.door(), stand.door());
        return new VersieConflictException(nl.maatwerk.platform.Versieconflict.bericht("dit huishouden", door, stand.op()), stand.versie());
    }

    /**
     * Writes the members, and turns a member the database finds living elsewhere in that period (someone else
     * wrote that a moment ago, after {@link #controleer} looked) into a 409 that names them (issue 14).
     */
    private <T> T schrijfLeden(HuishoudenGegevens gegevens, Map<UUID, Inwoner> leden, java.util.function.Supplier<T> schrijf) {
        try {
            return schrijf.get();
        } catch (HuishoudenOpslag.WonenElders e) {
            throw new BotsingException(e.leden().stream().map(i -> {
                Inwoner inwoner = leden.get(gegevens.leden().get(i).inwonerId());
                String naam = inwoner == null ? "Deze inwoner" : inwoner.volledigeNaam();
                return new Fout("leden[" + i + "].vanaf", "conflict", naam + " woont in die periode al in een ander huishouden. "
                        + "Iemand heeft dat zojuist vastgelegd. Beëindig dat eerst, of kies een andere periode.");
            }).toList());
        }
    }

    /**
     * Publishes the moves a change records ({@link Verhuizingen}) as {@link LidVerhuisd}, within the
     * change's transaction: no change, no event; a change, its events stored with it.
     */
    private void publiceerVerhuizingen(UUID id, List<HuishoudenGegevens.Lid> voor, HuishoudenGegevens na) {
        Verhuizingen.bij(id, voor, na.leden(), ids -> opslag.periodenElders(id, ids)).forEach(gebeurtenissen::publishEvent);
    }

    public record Filter(String naam, String postcode, String wijk) {
    }

    public record Pagina(List<Huishouden> huishoudens, int nummer, int grootte, long totaal) {
        public long aantalPaginas() {
            return Math.max(1, (totaal + grootte - 1) / grootte);
        }
    }

    /** The households the user may see, filtered and a page at a time, by name. */
    public Pagina lijst(Filter filter, int pagina, int grootte) {
        Gebruiker g = gebruikers.huidige();
        List<Object> params = new ArrayList<>();
        StringBuilder waar = new StringBuilder(" where ").append(inzage.zichtbaarVoor(g, params));
        if (filter.naam() != null && !filter.naam().isBlank()) {
            waar.append(" and lower(h.naam) like ? escape '\\'");
            params.add("%" + filter.naam().trim().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.postcode() != null && !filter.postcode().isBlank()) {
            waar.append(" and exists (select 1 from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id where l.huishouden_id = h.id "
                    + "and (l.tot_en_met is null or l.tot_en_met >= ?) and i.postcode = ?)");
            params.add(vandaag());
            params.add(filter.postcode().replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.wijk() != null && !filter.wijk().isBlank()) {
            waar.append(" and exists (select 1 from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id where l.huishouden_id = h.id "
                    + "and (l.tot_en_met is null or l.tot_en_met >= ?) and lower(i.wijk) = lower(?))");
            params.add(vandaag());
            params.add(filter.wijk().trim());
        }
        long totaal = jdbc.sql("select count(*) from inwoner.huishouden h" + waar).params(params).query(Long.class).single();
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(grootte);
        metPagina.add((long) (pagina - 1) * grootte);
        List<UUID> ids = jdbc.sql("select h.id from inwoner.huishouden h" + waar + " order by h.naam, h.id limit ? offset ?")
                .params(metPagina).query(UUID.class).list();
        List<Huishouden> intern = opslag.laad(ids);
        List<Huishouden> huishoudens = afscherming.voor(g, intern);
        List<Betrokkene> getoond = new ArrayList<>();
        LocalDate vandaag = vandaag();
        // By the BSN as stored: a member shown by name only (a resident's housemate) has none in what is shown.
        for (Huishouden h : intern) {
            h.ledenOp(vandaag).forEach(l -> getoond.add(Betrokkene.bsn(l.inwoner().bsn())));
        }
        logboek.registreer("huishouden.lijst", Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN, getoond, Instant.now(klok), true);
        return new Pagina(huishoudens, pagina, grootte, totaal);
    }

    /** Today in the Netherlands, from the app's clock: who lives in a household "now" is counted on this day. */
    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    private Huishouden zichtbaar(Gebruiker g, UUID id) {
        inzage.vereisZichtbaar(g, id);
        Huishouden h = opslag.vind(id).orElseThrow(() -> new NietGevondenException("Huishouden"));
        Naamgeheugen.onthoud(h);
        return h;
    }

    /**
     * The rules of a composition over time, all checked so the user sees every problem at once: a
     * member exists and may be seen, periods are sound, nobody lives in two households at once, and
     * there is one aanvrager and at most one partner on any day. Someone who left and whom the user
     * may not see where they live now stays exactly as recorded: their period is read-only, and they
     * are not taken out of the history (issue 13).
     */
    private Map<UUID, Inwoner> controleer(Gebruiker g, Huishouden huidig, HuishoudenGegevens gegevens) {
        UUID huishoudenId = huidig == null ? null : huidig.id();
        List<HuishoudenGegevens.Lid> bestaand = huidig == null ? List.of() : huidig.alsGegevens().leden();
        List<Fout> fouten = new ArrayList<>();
        Map<UUID, Inwoner> gevonden = new HashMap<>();
        List<UUID> ids = gegevens.leden().stream().map(HuishoudenGegevens.Lid::inwonerId).distinct().toList();
        inwoners.vindAlle(ids).forEach(i -> gevonden.put(i.id(), i));
        List<UUID> alleIds = Stream.concat(ids.stream(), bestaand.stream().map(HuishoudenGegevens.Lid::inwonerId)).distinct().toList();
        Set<UUID> zichtbaar = inzage.zichtbareInwoners(g, alleIds);
        Map<UUID, Boolean> opneembaar = new HashMap<>();
        Predicate<UUID> mag = id -> zichtbaar.contains(id) || opneembaar.computeIfAbsent(id, x -> inzage.magOpnemen(g, x));
        List<HuishoudenOpslag.Periode> elders = opslag.periodenElders(huishoudenId, ids);
        List<HuishoudenGegevens.Lid> leden = gegevens.leden();
        for (int i = 0; i < leden.size(); i++) {
            HuishoudenGegevens.Lid lid = leden.get(i);
            String pad = "leden[" + i + "]";
            Inwoner inwoner = gevonden.get(lid.inwonerId());
            if (inwoner == null || !bestaand.contains(lid) && !mag.test(lid.inwonerId())) {
                boolean wasLid = inwoner != null && bestaand.stream().anyMatch(b -> b.inwonerId().equals(lid.inwonerId()));
                fouten.add(wasLid
                        ? new Fout(pad + ".vanaf", "readonly", inwoner.volledigeNaam() + VERTROKKEN + " Die periode kunt u niet meer wijzigen.")
                        : new Fout(pad + ".inwonerId", "unknown", "Deze inwoner is niet gevonden."));
                continue;
            }
            if (lid.uitzondering() != null && lid.rol() != LidRol.MEDEBEWONER) {
                fouten.add(new Fout(pad + ".uitzondering", "invalid", "Een uitzondering geldt alleen voor een medebewoner."));
            }
            if (lid.totEnMet() != null && lid.totEnMet().isBefore(lid.vanaf())) {
                fouten.add(new Fout(pad + ".totEnMet", "range", "De einddatum ligt voor de begindatum."));
                continue;
            }
            if (lid.vanaf().isBefore(inwoner.geboortedatum())) {
                fouten.add(new Fout(pad + ".vanaf", "range", inwoner.volledigeNaam() + " woont hier niet voor de geboortedatum."));
            }
            for (int j = 0; j < i; j++) {
                HuishoudenGegevens.Lid ander = leden.get(j);
                if (ander.inwonerId().equals(lid.inwonerId()) && overlapt(lid.vanaf(), lid.totEnMet(), ander.vanaf(), ander.totEnMet())) {
                    fouten.add(new Fout(pad + ".vanaf", "overlap", inwoner.volledigeNaam() + " staat twee keer in dezelfde periode in dit huishouden."));
                }
                boolean tweeAanvragers = lid.rol() == LidRol.AANVRAGER && ander.rol() == LidRol.AANVRAGER;
                boolean tweePartners = lid.rol() == LidRol.PARTNER && ander.rol() == LidRol.PARTNER;
                if ((tweeAanvragers || tweePartners) && overlapt(lid.vanaf(), lid.totEnMet(), ander.vanaf(), ander.totEnMet())) {
                    fouten.add(new Fout(pad + ".rol", "overlap", tweeAanvragers
                            ? "Een huishouden heeft op één dag maar één aanvrager."
                            : "Een huishouden heeft op één dag maar één partner."));
                }
            }
            for (HuishoudenOpslag.Periode p : elders) {
                if (p.inwonerId().equals(lid.inwonerId()) && overlapt(lid.vanaf(), lid.totEnMet(), p.vanaf(), p.totEnMet())) {
                    fouten.add(new Fout(pad + ".vanaf", "overlap",
                            inwoner.volledigeNaam() + " woont in die periode al in een ander huishouden. Beëindig dat eerst."));
                    break;
                }
            }
        }
        for (HuishoudenGegevens.Lid b : bestaand) {
            boolean nogGenoemd = leden.stream().anyMatch(l -> l.inwonerId().equals(b.inwonerId()));
            if (!nogGenoemd && !mag.test(b.inwonerId())) {
                String naam = huidig.leden().stream().filter(l -> l.inwoner().id().equals(b.inwonerId())).findFirst()
                        .map(l -> l.inwoner().volledigeNaam()).orElse("Een lid");
                fouten.add(new Fout("leden", "readonly", naam + VERTROKKEN + " Een vertrokken lid haalt u niet uit de geschiedenis."));
            }
        }
        if (leden.stream().noneMatch(l -> l.rol() == LidRol.AANVRAGER)) {
            fouten.add(new Fout("leden", "required", "Een huishouden heeft een aanvrager."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return gevonden;
    }

    static boolean overlapt(LocalDate van1, LocalDate tot1, LocalDate van2, LocalDate tot2) {
        boolean eersteVoorTweede = tot1 != null && tot1.isBefore(van2);
        boolean tweedeVoorEerste = tot2 != null && tot2.isBefore(van1);
        return !eersteVoorTweede && !tweedeVoorEerste;
    }

    private static final String VERTROKKEN = " is uit dit huishouden vertrokken. U ziet van een vertrokken lid alleen de naam en de periode.";

    /** Everyone the household's data is about; a household with no one in it is itself the subject, so a read is still logged. */
    private static List<Betrokkene> betrokkenen(Huishouden h) {
        List<Betrokkene> b = betrokkenen(h.alleInwoners(), h.netwerk());
        return b.isEmpty() ? List.of(Betrokkene.huishouden(h.id())) : b;
    }

    /** Everyone a user was shown of a household, by their BSN from the household as stored. */
    private static List<Betrokkene> betrokkenen(Huishouden intern, Huishouden getoond) {
        List<Betrokkene> b = betrokkenen(intern, getoond.alleInwoners().stream().map(Inwoner::id).toList());
        getoond.netwerk().forEach(p -> b.add(Betrokkene.netwerkpersoon(p.id())));
        // As above: with no one shown, the household itself is what was read.
        return b.isEmpty() ? List.of(Betrokkene.huishouden(getoond.id())) : b;
    }

    private static List<Betrokkene> betrokkenen(Huishouden intern, List<UUID> getoond) {
        List<Betrokkene> b = new ArrayList<>();
        intern.alleInwoners().stream().filter(i -> getoond.contains(i.id())).forEach(i -> b.add(Betrokkene.bsn(i.bsn())));
        return b;
    }

    private static List<Betrokkene> betrokkenen(java.util.Collection<Inwoner> inwoners, List<Huishouden.Netwerkrelatie> netwerk) {
        List<Betrokkene> b = new ArrayList<>();
        inwoners.forEach(i -> b.add(Betrokkene.bsn(i.bsn())));
        netwerk.forEach(p -> b.add(Betrokkene.netwerkpersoon(p.id())));
        return b;
    }

    /** What another module needs to show or route its own data about a household: its name and its team. */
    public record Kop(UUID id, String naam, String teamId) {
    }

    /**
     * Name and team of households, by id, in one query; an unknown id is left out. Checks no
     * need-to-know and logs nothing: for another module that shows these next to its own data within
     * a use case that has checked need-to-know and logs its own read (or shows no one). Within one
     * web request a household read before (the household page) costs no query.
     */
    public Map<UUID, Kop> koppen(java.util.Collection<UUID> ids) {
        Map<UUID, Kop> bekend = Naamgeheugen.huishoudens();
        List<UUID> opzoeken = ids.stream().distinct().filter(id -> !bekend.containsKey(id)).toList();
        if (!opzoeken.isEmpty()) {
            jdbc.sql("select id, naam, team_id from inwoner.huishouden where id = any(?)").param(opzoeken.toArray(UUID[]::new))
                    .query((rs, i) -> new Kop(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list()
                    .forEach(k -> bekend.put(k.id(), k));
        }
        Map<UUID, Kop> koppen = new java.util.LinkedHashMap<>();
        ids.forEach(id -> {
            Kop k = bekend.get(id);
            if (k != null) {
                koppen.put(id, k);
            }
        });
        return koppen;
    }

    /**
     * The ids of a team's households. Checks nothing and logs nothing, since ids identify no one by
     * themselves: for a team's work queue, which checks that the user belongs to the team, and for
     * aggregates.
     */
    public List<UUID> vanTeam(String teamId) {
        return jdbc.sql("select id from inwoner.huishouden where team_id = ?").param(teamId).query(UUID.class).list();
    }

    /**
     * {@link #betrokkenenVoorLogboek(UUID)} for the system reacting to an event with no one logged in
     * ({@link nl.maatwerk.platform.Systeemactie}): need-to-know has no one to apply to, and the caller
     * logs its processing for them. Refused outside a system action, so no request uses it.
     */
    public List<Betrokkene> betrokkenenVoorLogboekAlsSysteem(UUID id) {
        nl.maatwerk.platform.Systeemactie.vereis();
        return logboekBetrokkenen(List.of(id));
    }

    /**
     * The applicant ({@code aanvrager}) who lives in the household on {@code dag}, for the system reacting to an event
     * with no one logged in: an id only, which the caller logs its processing for. Refused outside a system action.
     */
    public java.util.Optional<UUID> aanvragerAlsSysteem(UUID huishoudenId, LocalDate dag) {
        nl.maatwerk.platform.Systeemactie.vereis();
        return jdbc.sql("""
                select inwoner_id from inwoner.huishouden_lid where huishouden_id = ? and rol = 'aanvrager'
                    and vanaf <= ? and (tot_en_met is null or tot_en_met >= ?) order by vanaf limit 1
                """).params(huishoudenId, dag, dag).query(UUID.class).optional();
    }
}

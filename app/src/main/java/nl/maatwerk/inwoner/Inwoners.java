package nl.maatwerk.inwoner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.opslag.InwonerOpslag;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.BotsingException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.TeVaakGezochtException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.VersieOntbreektException;
import nl.maatwerk.platform.Zoekrem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Residents: register, change, read and search, each within need-to-know and each logged. */
@Service
public class Inwoners {

    static final int MAX_ZOEKRESULTATEN = 50;

    private final InwonerOpslag opslag;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final JdbcClient jdbc;
    private final PersoonBevraging brp;
    private final Zoekrem zoekrem;
    private final Clock klok;

    Inwoners(InwonerOpslag opslag, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek,
            JdbcClient jdbc, PersoonBevraging brp, Zoekrem zoekrem, Clock klok) {
        this.opslag = opslag;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.jdbc = jdbc;
        this.brp = brp;
        this.zoekrem = zoekrem;
        this.klok = klok;
    }

    /**
     * What the BRP knows of a person, to fill in a registration. The lookup is logged for the BSN asked
     * about, also when the register knows no one by it or the lookup fails: asking is itself a processing
     * of that number (issue 13 follow-up). A BSN look-up like {@link #zoekOpBsn}, so it counts towards the
     * same search limit.
     */
    public Optional<InwonerGegevens> vraagOpInBrp(String bsn) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        if (bsn == null || bsn.isBlank()) {
            return Optional.empty();
        }
        String gevraagd = bsn.strip();
        rem(g, "brp.bevragen.geweigerd", Verwerkingsactiviteit.BRP_BEVRAGEN, () -> List.of(Betrokkene.bsn(gevraagd)));
        return logboek.verwerk("brp.bevragen", Verwerkingsactiviteit.BRP_BEVRAGEN, List.of(Betrokkene.bsn(gevraagd)),
                () -> brp.vraagOp(gevraagd));
    }

    public PersoonBevraging brp() {
        return brp;
    }

    @Transactional
    public Inwoner registreer(InwonerGegevens gegevens) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        weigerDubbelBsn(gegevens.burgerservicenummer(), null);
        UUID id = UUID.randomUUID();
        return logboek.verwerk("inwoner.registreren", Verwerkingsactiviteit.INWONER_REGISTREREN,
                List.of(Betrokkene.bsn(gegevens.burgerservicenummer())), () -> {
                    if (!opslag.voegToe(id, gegevens, g.teamId())) {
                        // Registered by someone else since the check above (issue 14): the unique constraint decided.
                        throw new BotsingException("burgerservicenummer", DUBBEL_BSN);
                    }
                    return opslag.vind(id).orElseThrow();
                });
    }

    /**
     * Changes a resident. With a version, the change is refused when someone else saved first, so
     * nobody silently overwrites a colleague's work.
     */
    @Transactional
    public Inwoner wijzig(UUID id, InwonerGegevens gegevens, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        Inwoner huidig = leesZonderLog(g, id);
        inzage.vereisProfessional(g);
        // The version first: whoever read old data hears that before any rule about the data now.
        Instant begin = Instant.now(klok);
        int gelezen;
        try {
            gelezen = VersieConflictException.vereisActueel(versie, "de inwoner", huidig.versie(), () -> verouderd(id));
        } catch (VersieConflictException | VersieOntbreektException e) {
            // In the log as a failed change, as when the write finds the version stale a moment later (issue 14).
            logboek.registreer("inwoner.wijzigen", Verwerkingsactiviteit.INWONER_REGISTREREN, List.of(Betrokkene.bsn(huidig.bsn())), begin,
                    false);
            throw e;
        }
        weigerDubbelBsn(gegevens.burgerservicenummer(), id);
        List<Betrokkene> betrokkenen = new ArrayList<>(List.of(Betrokkene.bsn(huidig.bsn())));
        betrokkenen.add(Betrokkene.bsn(gegevens.burgerservicenummer()));
        return logboek.verwerk("inwoner.wijzigen", Verwerkingsactiviteit.INWONER_REGISTREREN, betrokkenen, () -> {
            boolean gewijzigd;
            try {
                gewijzigd = opslag.wijzig(id, gegevens, gelezen, Instant.now(klok), g.gebruikersnaam());
            } catch (DuplicateKeyException e) {
                // The new BSN was registered by someone else since the check above: the unique constraint decided (issue 14).
                throw new BotsingException("burgerservicenummer", DUBBEL_BSN);
            }
            if (!gewijzigd) {
                throw verouderd(id);
            }
            Inwoner nieuw = opslag.vind(id).orElseThrow();
            Naamgeheugen.onthoud(nieuw);
            return nieuw;
        });
    }

    /** Someone saved since the user read the resident: who and when, and the version now (docs/conventies.md). */
    private VersieConflictException verouderd(UUID id) {
        InwonerOpslag.Stand stand = opslag.stand(id);
        String door = stand.door() == null ? null : gebruikers.namen(List.of(stand.door())).getOrDefault(stand.door(), stand.door());
        return new VersieConflictException(nl.maatwerk.platform.Versieconflict.bericht("de gegevens van deze inwoner", door, stand.op()),
                stand.versie());
    }

    public Inwoner lees(UUID id) {
        Gebruiker g = gebruikers.huidige();
        Inwoner inwoner = leesZonderLog(g, id);
        logboek.registreer("inwoner.raadplegen", Verwerkingsactiviteit.INWONER_RAADPLEGEN,
                List.of(Betrokkene.bsn(inwoner.bsn())), Instant.now(klok), true);
        return inwoner;
    }

    /** Why the old team or a former housemate may not open the record of someone who left (issue 13). */
    static final String VERTROKKEN = "Deze inwoner woont niet meer in een huishouden waar u bij mag. Van wie is vertrokken, ziet u "
            + "alleen de naam en de periode waarin hij of zij in het huishouden woonde. Het team van het huishouden waar deze inwoner nu "
            + "woont, beheert de gegevens.";

    /** Why a resident may not open the record of a housemate, now or before (issue 13 follow-up). */
    static final String HUISGENOOT = "U ziet hier alleen uw eigen gegevens. Van de anderen in uw huishouden ziet u alleen de naam en "
            + "wanneer u samen woonde. Dat staat op de pagina van uw huishouden.";

    /**
     * A record the user may not see is not found, except for someone the user knows from a household
     * they may see (who left it, or a resident's housemate): they hear why (403), and never where that
     * person lives now.
     */
    private Inwoner leesZonderLog(Gebruiker g, UUID id) {
        if (!inzage.magInwonerZien(g, id)) {
            if (inzage.kentAlsVoormaligLid(g, id)) {
                throw new nl.maatwerk.platform.NietToegestaanException(g.rol() == Rol.INWONER ? HUISGENOOT : VERTROKKEN);
            }
            throw new NietGevondenException("Inwoner");
        }
        return opslag.vind(id).orElseThrow(() -> new NietGevondenException("Inwoner"));
    }

    static final String DUBBEL_BSN = "Er is al een inwoner met dit BSN. Zoek deze inwoner op in plaats van hem of haar opnieuw vast te leggen.";

    /** A BSN of another resident is a conflict with stored data (409), whether this check or the database's constraint finds it. */
    private void weigerDubbelBsn(String bsn, UUID behalve) {
        opslag.vindOpBsn(bsn).filter(i -> !i.id().equals(behalve)).ifPresent(i -> {
            throw new BotsingException("burgerservicenummer", DUBBEL_BSN);
        });
    }

    /**
     * A search result: what the user may see, and households elsewhere that an exact match lives in. With each
     * resident shown, the households they live in today, so people with the same name can be told apart.
     */
    public record Zoekresultaat(List<Inwoner> inwoners, List<UUID> huishoudensBuitenTeam, Map<UUID, List<HuishoudenKort>> huishoudens) {

        public List<HuishoudenKort> huishoudensVan(UUID inwonerId) {
            return huishoudens.getOrDefault(inwonerId, List.of());
        }
    }

    /** A household as a search result shows it: its name, address, applicant and members today. */
    public record HuishoudenKort(UUID id, String naam, String adres, String aanvrager, List<String> leden) {
    }

    /** The shortest part of a name that a search within the team takes: one letter would list half the team. */
    public static final int MINIMAAL_NAAMDEEL = 2;

    /**
     * Residents whose name contains {@code deel} ("vries", "de Vr", "Jan de"), who live today in a household
     * the user may see (issue 15): a professional often has only part of a name and no birth date. Not limited
     * by {@link Zoekrem} and never tells of households elsewhere, like {@link #zoekOpAdres}: it finds only who
     * the user may see. Logged as every search.
     */
    public Zoekresultaat zoekOpNaamdeel(String deel) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        String patroon = "%" + deel.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return filter(inVolgorde(zichtbaarWonend(g, "concat_ws(' ', i.voornamen, i.voorvoegsel, i.geslachtsnaam) ilike ?", patroon)),
                false, null);
    }

    /** Residents with this postcode who live today in a household the user may see; as {@link #zoekOpNaamdeel}, not limited. */
    public Zoekresultaat zoekOpPostcode(String postcode) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        return filter(inVolgorde(zichtbaarWonend(g, "i.postcode = ?", postcode)), false, null);
    }

    private List<Inwoner> inVolgorde(List<UUID> ids) {
        Map<UUID, Inwoner> gevonden = new java.util.HashMap<>();
        opslag.vindAlle(ids).forEach(i -> gevonden.put(i.id(), i));
        return ids.stream().map(gevonden::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The ids of residents matching {@code voorwaarde} who live today in a household the user may see, by name. */
    private List<UUID> zichtbaarWonend(Gebruiker g, String voorwaarde, Object waarde) {
        java.time.LocalDate vandaag = java.time.LocalDate.now(klok);
        List<Object> params = new ArrayList<>(List.of(vandaag, vandaag));
        String conditie = inzage.zichtbaarVoor(g, params);
        params.add(waarde);
        params.add(MAX_ZOEKRESULTATEN);
        return jdbc.sql("select i.id from inwoner.inwoner i where exists (select 1 from inwoner.huishouden_lid l "
                        + "join inwoner.huishouden h on h.id = l.huishouden_id where l.inwoner_id = i.id and l.vanaf <= ? "
                        + "and (l.tot_en_met is null or l.tot_en_met >= ?) and " + conditie + ") and " + voorwaarde
                        + " order by i.geslachtsnaam, i.voornamen, i.id limit ?")
                .params(params).query(UUID.class).list();
    }

    /**
     * The resident with this BSN, if the user may see them. A search that shows no one is logged for the
     * BSN asked about: the attempt processes that number too, whether the register knows it or not.
     * Counts towards the account's search limit ({@link Zoekrem}); over it, refused with {@link TeVaakGezochtException}.
     */
    public Zoekresultaat zoekOpBsn(String bsn) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        rem(g, "inwoner.zoeken.geweigerd", Verwerkingsactiviteit.INWONER_RAADPLEGEN, () -> List.of(Betrokkene.bsn(bsn)));
        return filter(opslag.vindOpBsn(bsn).stream().toList(), true, bsn == null || bsn.isBlank() ? null : Betrokkene.bsn(bsn.strip()));
    }

    /**
     * Counts towards the account's search limit ({@link Zoekrem}): name and birth date can be tried
     * one after another to find people. Over the limit, refused with {@link TeVaakGezochtException}.
     */
    public Zoekresultaat zoekOpNaam(String geslachtsnaam, java.time.LocalDate geboortedatum) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        rem(g, "inwoner.zoeken.geweigerd", Verwerkingsactiviteit.INWONER_RAADPLEGEN, () -> opslag
                .zoekOpNaam(geslachtsnaam, geboortedatum, MAX_ZOEKRESULTATEN).stream().map(i -> Betrokkene.bsn(i.bsn())).toList());
        return filter(opslag.zoekOpNaam(geslachtsnaam, geboortedatum, MAX_ZOEKRESULTATEN), true, null);
    }

    /**
     * Not limited: it finds only residents the user may see (no households elsewhere), so trying
     * addresses one after another tells nothing the user may not know.
     */
    public Zoekresultaat zoekOpAdres(String postcode, int huisnummer) {
        return filter(opslag.zoekOpAdres(postcode, huisnummer, MAX_ZOEKRESULTATEN), false, null);
    }

    /**
     * Takes one search from the account's limit. A refused search is not run, but it is logged, as
     * failed, for the people it was after (the BSN asked for; whoever the name and birth date match),
     * so the log shows who kept trying.
     */
    private void rem(Gebruiker g, String naam, Verwerkingsactiviteit activiteit, java.util.function.Supplier<List<Betrokkene>> betrokkenen) {
        Instant start = Instant.now(klok);
        try {
            zoekrem.tel(g.gebruikersnaam());
        } catch (TeVaakGezochtException e) {
            logboek.registreer(naam, activiteit, betrokkenen.get(), start, false);
            throw e;
        }
    }

    /** @param gezocht the BSN searched for, logged when the search shows no one and finds no household elsewhere; else null */
    private Zoekresultaat filter(List<Inwoner> gevonden, boolean exacteSleutel, Betrokkene gezocht) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        List<Inwoner> zichtbaar = new ArrayList<>();
        List<UUID> elders = new ArrayList<>();
        List<Betrokkene> eldersBetrokken = new ArrayList<>();
        for (Inwoner i : gevonden) {
            if (inzage.magInwonerZien(g, i.id())) {
                zichtbaar.add(i);
            } else if (exacteSleutel) {
                List<UUID> huishoudens = huishoudensVoorDoorbraak(g, i.id());
                elders.addAll(huishoudens);
                if (!huishoudens.isEmpty()) {
                    eldersBetrokken.add(Betrokkene.bsn(i.bsn()));
                }
            }
        }
        Map<UUID, List<HuishoudenKort>> huishoudens = new java.util.LinkedHashMap<>();
        List<Betrokkene> getoond = new ArrayList<>(zichtbaar.stream().map(i -> Betrokkene.bsn(i.bsn())).toList());
        // The members shown beside each result are personal data read too.
        huishoudensVanVandaag(g, zichtbaar, huishoudens, getoond);
        logboek.registreer("inwoner.zoeken", Verwerkingsactiviteit.INWONER_RAADPLEGEN,
                getoond.isEmpty() && eldersBetrokken.isEmpty() && gezocht != null ? List.of(gezocht) : getoond.stream().distinct().toList(),
                Instant.now(klok), true);
        // Learning that a person lives in a household elsewhere is itself a processing of their data.
        logboek.registreer("inwoner.zoeken.buiten-team", Verwerkingsactiviteit.INWONER_RAADPLEGEN, eldersBetrokken,
                Instant.now(klok), true);
        return new Zoekresultaat(zichtbaar, elders.stream().distinct().toList(), huishoudens);
    }

    /**
     * The households the residents shown live in today and the user may see, each with its address (the
     * applicant's), applicant and members; the members' BSNs are added to {@code gelezen} for the log.
     */
    private void huishoudensVanVandaag(Gebruiker g, List<Inwoner> gevonden, Map<UUID, List<HuishoudenKort>> uit, List<Betrokkene> gelezen) {
        if (gevonden.isEmpty()) {
            return;
        }
        java.time.LocalDate vandaag = java.time.LocalDate.now(klok);
        record Lid(UUID huishouden, String naam, UUID inwoner, String rol) {
        }
        List<Object> params = new ArrayList<>(List.of(gevonden.stream().map(Inwoner::id).toArray(UUID[]::new), vandaag, vandaag));
        String conditie = inzage.zichtbaarVoor(g, params);
        params.add(vandaag);
        params.add(vandaag);
        List<Lid> leden = jdbc.sql("select h.id, h.naam, m.inwoner_id, m.rol from inwoner.huishouden h "
                        + "join inwoner.huishouden_lid m on m.huishouden_id = h.id "
                        + "where h.id in (select l.huishouden_id from inwoner.huishouden_lid l where l.inwoner_id = any(?) and l.vanaf <= ? "
                        + "and (l.tot_en_met is null or l.tot_en_met >= ?)) and " + conditie
                        + " and m.vanaf <= ? and (m.tot_en_met is null or m.tot_en_met >= ?) order by h.naam, m.rol")
                .params(params).query((rs, n) -> new Lid(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4))).list();
        Map<UUID, Inwoner> personen = new java.util.HashMap<>();
        opslag.vindAlle(leden.stream().map(Lid::inwoner).distinct().toList()).forEach(i -> personen.put(i.id(), i));
        Map<UUID, HuishoudenKort> kort = new java.util.LinkedHashMap<>();
        leden.stream().map(Lid::huishouden).distinct().forEach(h -> {
            List<Lid> van = leden.stream().filter(l -> l.huishouden().equals(h)).toList();
            Inwoner aanvrager = van.stream().filter(l -> "aanvrager".equals(l.rol())).map(l -> personen.get(l.inwoner())).findFirst()
                    .orElse(personen.get(van.getFirst().inwoner()));
            kort.put(h, new HuishoudenKort(h, van.getFirst().naam(), aanvrager == null ? "" : aanvrager.adresregel(),
                    aanvrager == null ? "" : aanvrager.volledigeNaam(),
                    van.stream().map(l -> personen.get(l.inwoner()).volledigeNaam() + " (" + LidRol.vanCode(l.rol()).omschrijving().toLowerCase(
                            java.util.Locale.ROOT) + ")").toList()));
            van.forEach(l -> gelezen.add(Betrokkene.bsn(personen.get(l.inwoner()).bsn())));
        });
        for (Inwoner i : gevonden) {
            uit.put(i.id(), leden.stream().filter(l -> l.inwoner().equals(i.id())).map(l -> kort.get(l.huishouden())).distinct().toList());
        }
    }

    /**
     * Where a resident the user may not see can be looked up with a doorbraak: the household they live
     * in today or, when they live in none, the one they lived in last (unless the user already sees
     * that one and may take them in without one).
     */
    private List<UUID> huishoudensVoorDoorbraak(Gebruiker g, UUID inwonerId) {
        java.time.LocalDate vandaag = java.time.LocalDate.now(klok);
        List<UUID> nu = jdbc.sql("select huishouden_id from inwoner.huishouden_lid where inwoner_id = ? and vanaf <= ? "
                        + "and (tot_en_met is null or tot_en_met >= ?)")
                .params(inwonerId, vandaag, vandaag).query(UUID.class).list();
        if (!nu.isEmpty()) {
            return nu;
        }
        return jdbc.sql("select huishouden_id from inwoner.huishouden_lid where inwoner_id = ? and tot_en_met < ? "
                        + "and not exists (select 1 from inwoner.huishouden_lid n where n.inwoner_id = ? and (n.tot_en_met is null or n.tot_en_met >= ?)) "
                        + "order by tot_en_met desc limit 1")
                .params(inwonerId, vandaag, inwonerId, vandaag).query(UUID.class).list().stream()
                .filter(h -> !inzage.magHuishoudenZien(g, h)).toList();
    }

    /**
     * The resident with this BSN whom the user may take into a household although they cannot see
     * them: someone who lives in no household now and last lived in one the user may see
     * ({@link Inzage#magOpnemen}). Only the id; the lookup is logged.
     */
    public Optional<UUID> opneembaarOpBsn(String bsn) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Optional<Inwoner> gevonden = opslag.vindOpBsn(bsn).filter(i -> inzage.magOpnemen(g, i.id()));
        gevonden.ifPresent(i -> logboek.registreer("inwoner.zoeken", Verwerkingsactiviteit.INWONER_RAADPLEGEN,
                List.of(Betrokkene.bsn(i.bsn())), Instant.now(klok), true));
        return gevonden.map(Inwoner::id);
    }

    /**
     * Display names ("Jan Pieter de Vries") of residents, by id, in one query; an unknown id is left
     * out. Checks no need-to-know and logs nothing: for another module that shows the name beside its
     * own data about a household (a request, a consent, an assessment) within a use case that has
     * checked need-to-know and logs its own read. Within one web request a resident read before (the
     * members on the household page) costs no query.
     *
     * <p>Why no check of its own is needed (reviewed for issue 13; {@code InwonerNamenTest} pins the
     * callers, so a new one gets the same review). Each caller passes the residents that its own
     * records are about: a decision (besluit {@code Besluitdossier.laadAlle}), a request (toegang
     * {@code Hulpvragen.laadAlle}), an assessment ({@code ZrmMetingen}), a consent
     * ({@code Toestemmingen.vanHuishouden}), a message (mijn {@code Berichten.vanHuishouden}, issue 16). It reads those records only for households whose
     * need-to-know it checked first, or in a system action. A record can only be about someone who
     * lived in its household when it was made: each module checks that on writing. Whoever may see
     * a household may know the names of the people who live or lived there. Someone who moved out is
     * shown there by name and period (ADR 0003). A resident gets only their own records on their own
     * page. One path reads names for households the user need not see: the team queue read for
     * aggregate reports ({@code Werkvoorraad.teamItemsZonderLog}, the fairness report). That path
     * loads the whole requests, not only names, and shows no one.
     */
    public Map<UUID, String> namen(java.util.Collection<UUID> ids) {
        Map<UUID, String> bekend = Naamgeheugen.inwoners();
        List<UUID> opzoeken = ids.stream().distinct().filter(id -> !bekend.containsKey(id)).toList();
        opslag.vindAlle(opzoeken).forEach(i -> bekend.put(i.id(), i.volledigeNaam()));
        Map<UUID, String> namen = new java.util.LinkedHashMap<>();
        ids.forEach(id -> {
            String naam = bekend.get(id);
            if (naam != null) {
                namen.put(id, naam);
            }
        });
        return namen;
    }

    /**
     * The resident as a data subject, for the system reacting to an event about them with no one
     * logged in ({@link nl.maatwerk.platform.Systeemactie}), which logs its processing for them.
     * Empty for an unknown id. Refused outside a system action, so no request uses it.
     */
    public Optional<Betrokkene> betrokkeneAlsSysteem(UUID inwonerId) {
        nl.maatwerk.platform.Systeemactie.vereis();
        return opslag.vind(inwonerId).map(i -> Betrokkene.bsn(i.bsn()));
    }

    /**
     * The resident's e-mail address, for the system telling them something waits in Mijn Maatwerk (the mail holds no
     * content). Only in a system action; the caller logs the processing for the resident.
     */
    public Optional<String> emailadresAlsSysteem(UUID inwonerId) {
        nl.maatwerk.platform.Systeemactie.vereis();
        return opslag.vind(inwonerId).map(i -> i.gegevens().contact() == null ? null : i.gegevens().contact().emailadres())
                .filter(a -> !a.isBlank());
    }
}

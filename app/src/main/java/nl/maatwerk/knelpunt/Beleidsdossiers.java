package nl.maatwerk.knelpunt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.besluit.Afwijkingscijfers;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.thermometer.Themascores;
import nl.maatwerk.waardering.Rapportcijfers;
import nl.maatwerk.watals.Run;
import nl.maatwerk.watals.WatAlsRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The beleidsdossier per rule or procedure, for the policy role: knelpunten and departures from the rule on the same
 * subject together, how often, where (team), the stories, the trend per quarter, policy's answers, and before and
 * after a change. Aggregates and texts without personal data: every line of numbers that adds up to a total is hidden
 * whole when one of its numbers is small ({@link KleineGroep#reeksVerbergen}), a total below the minimum is hidden,
 * and the stories show only when at least {@link KleineGroep#MINIMUM} knelpunten were reported, without team, date or
 * reporter, in alphabetical order, so none points to a colleague.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Beleidsdossiers {

    /** Quarters in a dossier's trend, ending with the current one. */
    public static final int KWARTALEN = 8;
    /** Whole months on each side of a change in the evaluation. */
    public static final int MAANDEN_EVALUATIE = 6;

    /** A number for a group; {@code aantal} null when hidden (written as null in the API, so hidden is not mistaken for missing). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Cel(String groep, Long aantal) {
    }

    /** One quarter of the trend; a null is hidden (written as null in the API). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Kwartaal(String label, Long knelpunten, Long afwijkingen, Long besluiten) {
    }

    /** A story: what happened, what would have helped, how often. Nothing about who, when or where. */
    public record Verhaal(String onderwerp, String wat, String watZouHelpen, HoeVaak hoeVaak) {
    }

    /**
     * What a dossier asked of the what-if or the beheerder of the parameter set. A what-if asked since V52 started a run:
     * {@code watAlsId} is its id and {@code watAls} where it is now (null when the run cannot be read any more).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Aanvraag(UUID id, String soort, String toelichting, String door, Instant op, UUID watAlsId, Berekening watAls) {
    }

    /** A what-if run as the dossier shows it: its name, status (code and words), how far it is, and its page. */
    public record Berekening(String naam, String status, String omschrijving, int procent, String pagina) {
    }

    /**
     * The Thermometer theme of a dossier: the one policy chose, or the default of its subject in code
     * ({@code standaard}, version 0). {@code door} (the name of who chose) and {@code op} are null for the default.
     */
    public record Themakeuze(Themascores.Themanaam thema, boolean standaard, int versie, String door, Instant op) {
    }

    /** A line of the list: the subject, its knelpunten and departures in the trend's period (null: hidden), the latest answer. */
    public record Samenvatting(Dossiers.Onderwerp onderwerp, long gemeld, Long knelpunten, Long afwijkingen, Knelpunten.Reactie reactie) {
    }

    public record Dossier(Dossiers.Onderwerp onderwerp, Long knelpunten, boolean knelpuntenVerborgen, List<Cel> perTeam,
            List<Cel> hoeVaak, List<Kwartaal> trend, boolean trendKnelpuntenVerborgen, boolean trendAfwijkingenVerborgen,
            List<Verhaal> verhalen, List<Knelpunten.Reactie> reacties, List<Aanvraag> aanvragen, List<Evaluatie.Vergelijking> evaluaties,
            Themascores.Themanaam thema, List<Themascores.Themascore> thermometer, String waarderingWet, Themakeuze themakeuze,
            List<Themascores.Onbekeken> thermometerLopend) {
    }

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;
    private final Afwijkingscijfers afwijkingen;
    private final Themascores themascores;
    private final Rapportcijfers rapportcijfers;
    private final WatAlsRuns watAls;
    private final Clock klok;

    Beleidsdossiers(JdbcClient jdbc, GebruikerRegister gebruikers, Afwijkingscijfers afwijkingen, Themascores themascores,
            Rapportcijfers rapportcijfers, WatAlsRuns watAls, Clock klok) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.afwijkingen = afwijkingen;
        this.themascores = themascores;
        this.rapportcijfers = rapportcijfers;
        this.watAls = watAls;
        this.klok = klok;
    }

    /** The first month of the trend: the start of the quarter {@link #KWARTALEN} - 1 before the current one. */
    YearMonth begin() {
        YearMonth nu = YearMonth.now(klok);
        return kwartaalBegin(nu).minusMonths(3L * (KWARTALEN - 1));
    }

    static YearMonth kwartaalBegin(YearMonth m) {
        return YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** Every subject: the rules first, then the procedures with at least one knelpunt. */
    public List<Samenvatting> lijst() {
        vereisBeleid();
        YearMonth van = begin();
        YearMonth tot = YearMonth.now(klok);
        Map<String, Long> gemeld = new HashMap<>();
        jdbc.sql("select dossier, count(*) from knelpunt.knelpunt where maand >= ? group by dossier").param(van.atDay(1))
                .query(rs -> {
                    gemeld.put(rs.getString(1), rs.getLong(2));
                });
        List<Samenvatting> lijst = new ArrayList<>();
        for (Dossiers.Onderwerp o : Dossiers.alle(afwijkingen)) {
            long k = gemeld.getOrDefault(o.code(), 0L);
            Long afw = null;
            if (o.isRegel()) {
                long a = afwijkingen.perMaand(o.regel(), van, tot).stream().mapToLong(Afwijkingscijfers.Maand::afwijkingen).sum();
                afw = KleineGroep.isKlein(a) ? null : a;
            } else if (k == 0) {
                continue;
            }
            List<Knelpunten.Reactie> r = reacties(o.code());
            lijst.add(new Samenvatting(o, k, KleineGroep.isKlein(k) ? null : k, afw, r.isEmpty() ? null : r.getFirst()));
        }
        return lijst;
    }

    public Dossiers.Onderwerp onderwerp(String code) {
        return Dossiers.alle(afwijkingen).stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Beleidsdossier"));
    }

    public Dossier lees(String code) {
        vereisBeleid();
        Dossiers.Onderwerp o = onderwerp(code);
        YearMonth van = begin();
        YearMonth tot = YearMonth.now(klok);
        record Rij(String team, String hoeVaak, LocalDate maand, String onderwerp, String wat, String helpen) {
        }
        List<Rij> rijen = jdbc.sql("""
                select team_id, hoe_vaak, maand, onderwerp, wat, wat_zou_helpen from knelpunt.knelpunt where dossier = ? and maand >= ?
                """).params(code, van.atDay(1)).query((rs, n) -> new Rij(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getString(5), rs.getString(6))).list();
        long totaal = rijen.size();
        boolean klein = KleineGroep.isKlein(totaal);

        Map<String, Long> perTeam = new LinkedHashMap<>();
        rijen.forEach(r -> perTeam.merge(r.team() == null ? "" : r.team(), 1L, Long::sum));
        List<Cel> teams = reeks(perTeam, klein, t -> t.isEmpty() ? "Geen team" : gebruikers.teamNaam(t));
        Map<String, Long> perVaak = new LinkedHashMap<>();
        for (HoeVaak h : HoeVaak.values()) {
            perVaak.put(h.code(), 0L);
        }
        rijen.forEach(r -> perVaak.merge(r.hoeVaak(), 1L, Long::sum));
        List<Cel> vaak = reeks(perVaak, klein, c -> HoeVaak.vanCode(c).omschrijving());

        List<YearMonth> kwartalen = new ArrayList<>();
        for (YearMonth k = van; !k.isAfter(tot); k = k.plusMonths(3)) {
            kwartalen.add(k);
        }
        long[] kn = new long[kwartalen.size()];
        rijen.forEach(r -> kn[index(kwartalen, YearMonth.from(r.maand()))]++);
        long[] af = new long[kwartalen.size()];
        long[] be = new long[kwartalen.size()];
        if (o.isRegel()) {
            for (Afwijkingscijfers.Maand m : afwijkingen.perMaand(o.regel(), van, tot)) {
                af[index(kwartalen, m.maand())] += m.afwijkingen();
                be[index(kwartalen, m.maand())] += m.besluiten();
            }
        }
        boolean knVerborgen = klein || KleineGroep.reeksVerbergen(kn);
        boolean afVerborgen = KleineGroep.reeksVerbergen(af);
        boolean beVerborgen = KleineGroep.reeksVerbergen(be);
        List<Kwartaal> trend = new ArrayList<>();
        for (int i = 0; i < kwartalen.size(); i++) {
            YearMonth k = kwartalen.get(i);
            trend.add(new Kwartaal(k.getYear() + " K" + ((k.getMonthValue() - 1) / 3 + 1), knVerborgen ? null : kn[i],
                    !o.isRegel() || afVerborgen ? null : af[i], !o.isRegel() || beVerborgen ? null : be[i]));
        }

        List<Verhaal> verhalen = klein || totaal == 0 ? List.of() : rijen.stream()
                .map(r -> new Verhaal(r.onderwerp(), r.wat(), r.helpen(), HoeVaak.vanCode(r.hoeVaak())))
                .sorted(java.util.Comparator.comparing(Verhaal::onderwerp, String.CASE_INSENSITIVE_ORDER).thenComparing(Verhaal::wat))
                .toList();
        List<Knelpunten.Reactie> reacties = reacties(code);
        Themakeuze keuze = themakeuze(code);
        Themascores.Themanaam thema = keuze.thema();
        List<Themascores.Themascore> thermometer = themascores.perMeting(thema.code());
        List<Evaluatie.Vergelijking> evaluaties = reacties.stream().filter(r -> r.soort() == Reactiesoort.GEWIJZIGD)
                .map(r -> evalueer(o, r.gewijzigdOp(), thema, thermometer)).toList();
        return new Dossier(o, klein ? null : totaal, klein, teams, vaak, trend, knVerborgen, !o.isRegel() || afVerborgen, verhalen, reacties,
                aanvragen(code), evaluaties, thema, thermometer, o.isRegel() ? rapportcijfers.wet(o.code()).orElse(null) : null, keuze,
                themascores.onbekeken(thema.code()));
    }

    /**
     * Before and after a change on day {@code d}: departures, their share of the decisions, knelpunten, lead times,
     * residents' marks for the rule's law, and the Thermometer's score of the uitvoering on the subject's theme.
     */
    Evaluatie.Vergelijking evalueer(Dossiers.Onderwerp o, LocalDate d, Themascores.Themanaam thema, List<Themascores.Themascore> thermometer) {
        LocalDate vandaag = LocalDate.now(klok);
        Evaluatie.Perioden p = Evaluatie.perioden(d, MAANDEN_EVALUATIE, vandaag);
        YearMonth van = p.voorVan();
        YearMonth tot = p.naTot() == null ? p.voorTot() : p.naTot();
        List<Evaluatie.Maat> maten = new ArrayList<>();
        if (o.isRegel()) {
            Map<YearMonth, Long> afw = new HashMap<>();
            Map<YearMonth, Long> besl = new HashMap<>();
            for (Afwijkingscijfers.Maand m : afwijkingen.perMaand(o.regel(), van, tot)) {
                afw.put(m.maand(), m.afwijkingen());
                besl.put(m.maand(), m.besluiten());
            }
            maten.add(new Evaluatie.Maat("Afwijkingen van de regel per maand", Evaluatie.Soort.AANTAL, "", afw, null));
            maten.add(new Evaluatie.Maat("Deel van de besluiten dat afwijkt", Evaluatie.Soort.AANDEEL, "%", afw, besl));
        }
        Map<YearMonth, Long> kn = new HashMap<>();
        jdbc.sql("select maand, count(*) from knelpunt.knelpunt where dossier = ? and maand between ? and ? group by maand")
                .params(o.code(), van.atDay(1), tot.atDay(1)).query(rs -> {
                    kn.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2));
                });
        maten.add(new Evaluatie.Maat("Knelpunten per maand", Evaluatie.Soort.AANTAL, "", kn, null));
        if (o.isRegel()) {
            Map<YearMonth, Long> dagen = new HashMap<>();
            Map<YearMonth, Long> aantal = new HashMap<>();
            for (Afwijkingscijfers.Doorlooptijd t : afwijkingen.doorlooptijden(o.regel(), van, tot)) {
                dagen.put(t.maand(), t.dagen());
                aantal.put(t.maand(), t.besluiten());
            }
            maten.add(new Evaluatie.Maat("Doorlooptijd van een besluit (dagen, gemiddeld)", Evaluatie.Soort.GEMIDDELDE, " dagen", dagen, aantal));
            Map<YearMonth, Long> som = new HashMap<>();
            Map<YearMonth, Long> cijfers = new HashMap<>();
            for (Rapportcijfers.Maand m : rapportcijfers.perMaand(o.code(), van, tot)) {
                som.put(m.maand(), m.som());
                cijfers.put(m.maand(), m.aantal());
            }
            rapportcijfers.wet(o.code()).ifPresent(wet -> maten.add(new Evaluatie.Maat("Rapportcijfer van inwoners (" + wet + ")",
                    Evaluatie.Soort.GEMIDDELDE, "", som, cijfers)));
        }
        Evaluatie.Vergelijking v = Evaluatie.vergelijk(d, MAANDEN_EVALUATIE, vandaag, maten);
        List<Evaluatie.Uitkomst> uitkomsten = new ArrayList<>(v.uitkomsten());
        uitkomsten.add(Evaluatie.rondes("Thermometer, score van de uitvoering op " + thema.naam().toLowerCase(java.util.Locale.ROOT), "",
                thermometer.stream().map(t -> new Evaluatie.Ronde(t.einddatum(), t.uitvoering())).toList(), d, vandaag));
        return new Evaluatie.Vergelijking(v.gewijzigdOp(), v.perioden(), List.copyOf(uitkomsten));
    }

    @Transactional
    public Knelpunten.Reactie reageer(String code, Reactiesoort soort, String toelichting, LocalDate gewijzigdOp) {
        Gebruiker g = vereisBeleid();
        onderwerp(code);
        List<Fout> fouten = new ArrayList<>();
        String tekst = toelichting == null ? "" : toelichting.strip();
        if (soort == null) {
            fouten.add(new Fout("soort", "required", "Kies de soort reactie."));
        }
        if (tekst.isEmpty()) {
            fouten.add(new Fout("toelichting", "required", soort == Reactiesoort.GEEN_WIJZIGING
                    ? "Schrijf op waarom er niets verandert." : "Schrijf een korte toelichting voor de teams."));
        } else if (tekst.length() > Knelpunten.MAX_TEKST) {
            fouten.add(new Fout("toelichting", "size", "De toelichting is te lang: hoogstens " + Knelpunten.MAX_TEKST + " tekens."));
        }
        if (soort == Reactiesoort.GEWIJZIGD && gewijzigdOp == null) {
            fouten.add(new Fout("gewijzigdOp", "required", "Vul in op welke dag de regel of werkwijze veranderde."));
        } else if (soort == Reactiesoort.GEWIJZIGD && gewijzigdOp.isBefore(LocalDate.of(2015, 1, 1))) {
            fouten.add(new Fout("gewijzigdOp", "range", "Kies een datum vanaf 1 januari 2015."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into knelpunt.reactie (id, dossier, soort, toelichting, gewijzigd_op, door, op) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, code, soort.code(), tekst, soort == Reactiesoort.GEWIJZIGD ? gewijzigdOp : null, g.gebruikersnaam(),
                        java.sql.Timestamp.from(Instant.now(klok))).update();
        return reacties(code).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The parameters a what-if may change, with their value now (for the request form). */
    public java.util.Map<String, nl.maatwerk.regels.inkomen.Parameters.Parameter> parameters() {
        vereisBeleid();
        return watAls.parameters();
    }

    /**
     * A request from a dossier. A what-if ("wat-als") starts a real "Wat als?" run with the changes asked (at least one)
     * under {@code naam} and keeps its id; a change to the parameter set ("parameterset") is recorded with a link to the
     * beheerder's parameters. Every invalid field is named at once: the dossier's own ({@code soort}, {@code toelichting})
     * and the run's ({@code naam}, {@code wijzigingen[i].parameter}, {@code wijzigingen[i].waarde}).
     *
     * <p>Not one transaction: the run is stored by watals and computed on its own thread, which must see it at once, so
     * the run is started first and the request recorded after it. A failure in between leaves a run without a request,
     * never a request that points to no run.
     */
    public Aanvraag vraagAan(String code, String soort, String toelichting, String naam, List<WatAlsRuns.GevraagdeWijziging> wijzigingen) {
        Gebruiker g = vereisBeleid();
        onderwerp(code);
        List<Fout> fouten = new ArrayList<>();
        boolean isWatAls = "wat-als".equals(soort);
        if (!isWatAls && !"parameterset".equals(soort)) {
            fouten.add(new Fout("soort", "unknown", "Kies een wat-als-berekening of een wijziging van de regelparameters."));
        }
        String tekst = toelichting == null ? "" : toelichting.strip();
        if (tekst.isEmpty()) {
            fouten.add(new Fout("toelichting", "required", "Schrijf op wat u wilt weten of veranderen."));
        } else if (tekst.length() > Knelpunten.MAX_TEKST) {
            fouten.add(new Fout("toelichting", "size", "De toelichting is te lang: hoogstens " + Knelpunten.MAX_TEKST + " tekens."));
        }
        List<WatAlsRuns.GevraagdeWijziging> lijst = wijzigingen == null ? List.of() : wijzigingen;
        if (isWatAls && lijst.isEmpty()) {
            fouten.add(new Fout("wijzigingen[0].parameter", "required", "Kies de regelparameter die u anders wilt zien."));
        }
        UUID run = null;
        if (isWatAls && !lijst.isEmpty()) {
            // Checked by starting: watals holds the rules for a run, and only starts when all of them pass.
            if (fouten.isEmpty()) {
                try {
                    run = watAls.start(naam, lijst);
                } catch (OngeldigeInvoerException e) {
                    fouten.addAll(e.fouten());
                }
            } else {
                fouten.addAll(leeg(naam, lijst));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into knelpunt.aanvraag (id, dossier, soort, toelichting, door, op, wat_als_run) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, code, soort, tekst, g.gebruikersnaam(), java.sql.Timestamp.from(Instant.now(klok)), run).update();
        return aanvragen(code).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The empty fields of a what-if, named when the dossier's own fields already failed and the run was not tried, so the
     * user hears about them in the same round. The other rules of a run are watals' and follow when it is tried.
     */
    private static List<Fout> leeg(String naam, List<WatAlsRuns.GevraagdeWijziging> wijzigingen) {
        List<Fout> uit = new ArrayList<>();
        if (naam == null || naam.isBlank()) {
            uit.add(new Fout("naam", "required", "Geef de berekening een naam."));
        }
        for (int i = 0; i < wijzigingen.size(); i++) {
            WatAlsRuns.GevraagdeWijziging w = wijzigingen.get(i);
            if (w == null || w.parameter() == null || w.parameter().isBlank()) {
                uit.add(new Fout("wijzigingen[" + i + "].parameter", "required", "Kies een parameter."));
            }
            if (w == null || w.waarde() == null || (w.waarde() instanceof String t && t.isBlank())) {
                uit.add(new Fout("wijzigingen[" + i + "].waarde", "required", "Vul een waarde in."));
            }
        }
        return uit;
    }

    /** The Thermometer's themes a dossier can take. */
    public List<Themascores.Themanaam> themas() {
        return themascores.themas();
    }

    /** The theme of a dossier: policy's choice, or the default of its subject. */
    public Themakeuze themakeuze(String code) {
        record Keuze(String thema, int versie, String door, Instant op) {
        }
        var gekozen = jdbc.sql("select thema, versie, door, op from knelpunt.dossierthema where dossier = ?").param(code)
                .query((rs, n) -> new Keuze(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant())).optional();
        String themaCode = gekozen.map(Keuze::thema).orElse(Dossiers.thema(code));
        Themascores.Themanaam thema = themascores.themas().stream().filter(t -> t.code().equals(themaCode)).findFirst()
                .orElse(new Themascores.Themanaam(themaCode, themaCode));
        return gekozen.map(k -> new Themakeuze(thema, false, k.versie(), gebruikers.zoek(k.door()).map(Gebruiker::naam).orElse(k.door()), k.op()))
                .orElse(new Themakeuze(thema, true, 0, null, null));
    }

    /**
     * Policy sets or changes the Thermometer theme of a dossier. Order of the checks (docs/conventies.md): policy role,
     * the dossier exists, the version it builds on (428 without, 409 when old), then the theme itself.
     */
    @Transactional
    public Themakeuze kiesThema(String code, String thema, Integer versie) {
        Gebruiker g = vereisBeleid();
        onderwerp(code);
        Themakeuze nu = themakeuze(code);
        VersieConflictException.vereisActueel(versie, "het thema van dit dossier", nu.versie(), () -> verouderd(nu));
        String t = thema == null ? "" : thema.strip();
        List<Themascores.Themanaam> themas = themascores.themas();
        if (t.isEmpty()) {
            throw new OngeldigeInvoerException("thema", "required", "Kies een thema van de Thermometer.");
        }
        if (themas.stream().noneMatch(x -> x.code().equals(t))) {
            throw new OngeldigeInvoerException("thema", "unknown", "Kies een thema van de Thermometer: "
                    + String.join(", ", themas.stream().map(x -> x.naam().toLowerCase(java.util.Locale.ROOT)).toList()) + ".");
        }
        java.sql.Timestamp op = java.sql.Timestamp.from(Instant.now(klok));
        int rijen = nu.versie() == 0
                ? jdbc.sql("insert into knelpunt.dossierthema (dossier, thema, versie, door, op) values (?, ?, 1, ?, ?) on conflict do nothing")
                        .params(code, t, g.gebruikersnaam(), op).update()
                : jdbc.sql("update knelpunt.dossierthema set thema = ?, versie = versie + 1, door = ?, op = ? where dossier = ? and versie = ?")
                        .params(t, g.gebruikersnaam(), op, code, nu.versie()).update();
        if (rijen == 0) {
            throw verouderd(themakeuze(code));
        }
        return themakeuze(code);
    }

    private VersieConflictException verouderd(Themakeuze nu) {
        return new VersieConflictException(Versieconflict.bericht("het thema van dit dossier", nu.door(), nu.op()), nu.versie());
    }

    /** One quarter for management and council, per subject: what practice reported, what policy did, what changed. */
    public record Rapportregel(Dossiers.Onderwerp onderwerp, Long knelpunten, Long afwijkingen, List<Knelpunten.Reactie> reacties,
            List<Knelpunten.Reactie> wijzigingen) {
    }

    public record Rapport(int jaar, int kwartaal, YearMonth van, YearMonth tot, List<Rapportregel> regels) {
    }

    /**
     * The quarter's report. Each subject's numbers are hidden on their own when small; there is no grand total, so a
     * hidden number cannot be worked out from the others.
     */
    public Rapport kwartaal(int jaar, int kwartaal) {
        vereisBeleid();
        if (kwartaal < 1 || kwartaal > 4 || jaar < 2015 || jaar > YearMonth.now(klok).getYear()) {
            throw new OngeldigeInvoerException("kwartaal", "range", "Kies een kwartaal (1 tot en met 4) van 2015 tot nu.");
        }
        YearMonth van = YearMonth.of(jaar, (kwartaal - 1) * 3 + 1);
        YearMonth tot = van.plusMonths(2);
        Instant begin = van.atDay(1).atStartOfDay(klok.getZone()).toInstant();
        Instant eind = tot.plusMonths(1).atDay(1).atStartOfDay(klok.getZone()).toInstant();
        Map<String, Long> gemeld = new HashMap<>();
        jdbc.sql("select dossier, count(*) from knelpunt.knelpunt where maand between ? and ? group by dossier")
                .params(van.atDay(1), tot.atDay(1)).query(rs -> {
                    gemeld.put(rs.getString(1), rs.getLong(2));
                });
        List<Rapportregel> regels = new ArrayList<>();
        for (Dossiers.Onderwerp o : Dossiers.alle(afwijkingen)) {
            long k = gemeld.getOrDefault(o.code(), 0L);
            Long afw = null;
            long a = 0;
            if (o.isRegel()) {
                a = afwijkingen.perMaand(o.regel(), van, tot).stream().mapToLong(Afwijkingscijfers.Maand::afwijkingen).sum();
                afw = KleineGroep.isKlein(a) ? null : a;
            }
            List<Knelpunten.Reactie> alle = reacties(o.code());
            List<Knelpunten.Reactie> deed = alle.stream().filter(r -> !r.op().isBefore(begin) && r.op().isBefore(eind)).toList();
            List<Knelpunten.Reactie> veranderd = alle.stream().filter(r -> r.gewijzigdOp() != null && !YearMonth.from(r.gewijzigdOp()).isBefore(van)
                    && !YearMonth.from(r.gewijzigdOp()).isAfter(tot)).toList();
            if (k == 0 && a == 0 && deed.isEmpty() && veranderd.isEmpty()) {
                continue;
            }
            regels.add(new Rapportregel(o, KleineGroep.isKlein(k) ? null : k, afw, deed, veranderd));
        }
        return new Rapport(jaar, kwartaal, van, tot, regels);
    }

    List<Knelpunten.Reactie> reacties(String code) {
        return jdbc.sql("select id, dossier, soort, toelichting, gewijzigd_op, door, op from knelpunt.reactie where dossier = ? order by op desc, id")
                .param(code).query((rs, n) -> new Knelpunten.Reactie(rs.getObject(1, UUID.class), rs.getString(2),
                        Reactiesoort.vanCode(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getTimestamp(7).toInstant())).list();
    }

    private List<Aanvraag> aanvragen(String code) {
        return jdbc.sql("select id, soort, toelichting, door, op, wat_als_run from knelpunt.aanvraag where dossier = ? order by op desc, id")
                .param(code).query((rs, n) -> new Aanvraag(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class), null)).list()
                .stream().map(a -> a.watAlsId() == null ? a : new Aanvraag(a.id(), a.soort(), a.toelichting(), a.door(), a.op(), a.watAlsId(),
                        berekening(a.watAlsId()))).toList();
    }

    /** Where a run is now; null when watals no longer has it. */
    private Berekening berekening(UUID id) {
        try {
            Run r = watAls.lees(id);
            return new Berekening(r.naam(), r.status().code(), r.status().omschrijving(), r.procent(), "/wat-als/" + id);
        } catch (NietGevondenException weg) {
            return null;
        }
    }

    /** A line of numbers that adds up to a total shown beside it: all hidden as soon as one is small (or the total is). */
    private static List<Cel> reeks(Map<String, Long> cellen, boolean totaalKlein, java.util.function.Function<String, String> naam) {
        long[] getallen = cellen.values().stream().mapToLong(Long::longValue).toArray();
        boolean verbergen = totaalKlein || KleineGroep.reeksVerbergen(getallen);
        List<Cel> uit = new ArrayList<>();
        cellen.forEach((k, v) -> uit.add(new Cel(naam.apply(k), verbergen ? null : v)));
        return uit;
    }

    private static int index(List<YearMonth> kwartalen, YearMonth maand) {
        YearMonth k = kwartaalBegin(maand);
        int i = kwartalen.indexOf(k);
        return i < 0 ? 0 : i;
    }

    private Gebruiker vereisBeleid() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.BELEID) {
            throw new NietToegestaanException("Beleidsdossiers zijn voor beleidsadviseurs.");
        }
        return g;
    }
}

package nl.maatwerk.watals;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.besluit.Huishoudinkomens;
import nl.maatwerk.inwoner.Huishoudexport;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.LimietBereiktException;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.regelbeheer.Regelparameters;
import nl.maatwerk.regels.hervorming.Aggregaat;
import nl.maatwerk.regels.hervorming.Doorrekening;
import nl.maatwerk.regels.hervorming.Hervorming;
import nl.maatwerk.regels.hervorming.Huishouden;
import nl.maatwerk.regels.hervorming.Inkomensdecielen;
import nl.maatwerk.regels.hervorming.WatAls;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Parameters;
import nl.maatwerk.watals.opslag.RunOpslag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Starting and reading what-if runs. The request only checks the variants and stores the run; the job
 * runs on one background thread, one run at a time, as the policy advisor who started it: it gathers
 * the households (the export and its log record), then computes every variant beside the baseline, with
 * its phase and progress in the database so any node can show it. The rows of {@code regels.hervorming}
 * are stored with small groups already hidden, so nothing stored points to a household.
 */
@Service
public class WatAlsRuns {

    /** One change of the reform as asked: the value is still unchecked (a number, or text from a form). */
    public record GevraagdeWijziging(String parameter, Object waarde) {
    }

    /** One variant as asked: its name (blank: "Variant n") and its changes. */
    public record GevraagdeVariant(String naam, List<GevraagdeWijziging> wijzigingen) {
    }

    /**
     * A start refused because the user has {@code maximaal} runs waiting or computing already: one policy advisor
     * could otherwise queue dozens of population runs on a small server, and everyone else's would wait behind them.
     * The API answers 429 with the runs in {@code lopendeBerekeningen}; the page keeps the form and links to them.
     */
    public static final class TeVeelOpenRuns extends LimietBereiktException {

        /** A run still busy, with where to follow it on the API. */
        public record Lopend(UUID id, String naam, Runstatus status, String href) {
        }

        private final transient List<Run> open;
        private final int maximaal;

        TeVeelOpenRuns(List<Run> open, int maximaal) {
            super("Te veel berekeningen tegelijk", bericht(open, maximaal), 0, Map.of("maximaal", maximaal, "lopendeBerekeningen",
                    open.stream().map(r -> new Lopend(r.id(), r.naam(), r.status(), "/api/v1/wat-als/" + r.id())).toList()));
            this.open = List.copyOf(open);
            this.maximaal = maximaal;
        }

        /** The user's runs that wait or compute, oldest first. */
        public List<Run> open() {
            return open;
        }

        public int maximaal() {
            return maximaal;
        }

        private static String bericht(List<Run> open, int maximaal) {
            List<String> namen = open.stream().map(r -> "\"" + r.naam() + "\"").toList();
            String welke = namen.isEmpty() ? "" : ": " + (namen.size() == 1 ? namen.getFirst()
                    : String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.getLast());
            return "U heeft al " + maximaal + (maximaal == 1 ? " berekening die wacht of wordt doorgerekend" : " berekeningen die wachten of worden doorgerekend")
                    + welke + ". Meer tegelijk kan niet, zodat Maatwerk voor iedereen snel blijft. Start deze berekening als er een klaar is.";
        }
    }

    static final int MAXIMALE_NAAM = 100;
    static final int MAXIMAAL_WIJZIGINGEN = 20;
    static final int MAXIMAAL_VARIANTEN = 5;
    static final BigDecimal MAXIMALE_WAARDE = new BigDecimal("1000000");
    private static final Logger LOG = LoggerFactory.getLogger(WatAlsRuns.class);

    private final RunOpslag opslag;
    private final Huishoudexport export;
    private final Huishoudinkomens inkomens;
    private final Regelparameters regelparameters;
    private final Berekeningen berekeningen;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;
    private final Simulatiejar simulatie;
    private final int maximaalOpen;
    private final ExecutorService rekenaar = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wat-als");
        t.setDaemon(true);
        return t;
    });

    WatAlsRuns(RunOpslag opslag, Huishoudexport export, Huishoudinkomens inkomens, Regelparameters regelparameters, Berekeningen berekeningen,
            GebruikerRegister gebruikers, Logboek logboek, Clock klok, Simulatiejar simulatie,
            @Value("${maatwerk.watals.max-open-per-gebruiker:2}") int maximaalOpen) {
        if (maximaalOpen < 1) {
            throw new IllegalStateException("maatwerk.watals.max-open-per-gebruiker moet 1 of meer zijn");
        }
        this.opslag = opslag;
        this.export = export;
        this.inkomens = inkomens;
        this.regelparameters = regelparameters;
        this.berekeningen = berekeningen;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
        this.simulatie = simulatie;
        this.maximaalOpen = maximaalOpen;
    }

    /**
     * The queue lives in this process, so a run that was waiting or computing when the app stopped would
     * wait for ever. At start, before anything can queue a new one, such runs fail with a reason the
     * advisor can act on. (One app per database, as everywhere in Maatwerk.)
     */
    @jakarta.annotation.PostConstruct
    void afgebrokenRunsAfsluiten() {
        int n = opslag.afbreken(Instant.now(klok), "De app is opnieuw gestart terwijl deze berekening wachtte of liep. Start hem opnieuw.");
        if (n > 0) {
            LOG.info("Wat als?: {} berekening(en) afgebroken door de herstart", n);
        }
    }

    @PreDestroy
    void stop() {
        rekenaar.shutdownNow();
    }

    /**
     * The parameters a reform may change, with their value on the peildatum (for the form): not those that cannot change
     * any number of a run (the toeslagen, other schemes; {@code WatAls.buitenDeDoorrekening}).
     */
    public Map<String, Parameters.Parameter> parameters() {
        LocalDate peildatum = berekeningen.standaardPeildatum();
        Parameters p = regelparameters.actueel();
        Map<String, Parameters.Parameter> m = new LinkedHashMap<>();
        for (String naam : regelparameters.namen()) {
            if (WatAls.buitenDeDoorrekening(naam).isEmpty()) {
                p.geldig(naam, peildatum).ifPresent(x -> m.put(naam, x));
            }
        }
        return m;
    }

    public LocalDate peildatum() {
        return berekeningen.standaardPeildatum();
    }

    /**
     * A run of one variant named as the run; invalid fields are named {@code naam} and
     * {@code wijzigingen[i].parameter|waarde}. Queues the run and returns its id.
     *
     * @throws TeVeelOpenRuns when the input is right but the user has the most runs waiting or computing already
     */
    public UUID start(String naam, List<GevraagdeWijziging> wijzigingen) {
        Gebruiker ik = beleid();
        LocalDate peildatum = berekeningen.standaardPeildatum();
        Parameters basis = regelparameters.actueel();
        List<Fout> fouten = new ArrayList<>();
        controleerNaam(naam, "naam", "Geef de berekening een naam.", fouten);
        List<Run.Wijziging> gecontroleerd = controleerWijzigingen(wijzigingen, "wijzigingen", basis, peildatum, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return begin(ik, naam.strip(), List.of(new Run.Variant(1, naam.strip(), gecontroleerd)), basis, peildatum);
    }

    /**
     * A run of several variants side by side; invalid fields are named {@code naam},
     * {@code varianten}, {@code varianten[j].naam} and {@code varianten[j].wijzigingen[i].parameter|waarde}.
     *
     * @throws TeVeelOpenRuns when the input is right but the user has the most runs waiting or computing already
     */
    public UUID startVarianten(String naam, List<GevraagdeVariant> varianten) {
        Gebruiker ik = beleid();
        LocalDate peildatum = berekeningen.standaardPeildatum();
        Parameters basis = regelparameters.actueel();
        List<Run.Variant> v = controleerVarianten(naam, varianten, basis, peildatum);
        return begin(ik, naam.strip(), v, basis, peildatum);
    }

    /**
     * For the demo: checks, stores and computes a run of several variants under the given id now, on the
     * caller's thread, so the demo city starts with a finished run. False when that run exists already.
     */
    public boolean rekenNu(UUID id, String naam, List<GevraagdeVariant> varianten) {
        Gebruiker ik = beleid();
        if (opslag.lees(id).isPresent()) {
            return false;
        }
        LocalDate peildatum = berekeningen.standaardPeildatum();
        Parameters basis = regelparameters.actueel();
        List<Run.Variant> v = controleerVarianten(naam, varianten, basis, peildatum);
        opslag.voegToe(id, naam.strip(), peildatum, ik.gebruikersnaam(), Instant.now(klok), v);
        draai(id, v, basis, peildatum);
        return true;
    }

    private static List<Run.Variant> controleerVarianten(String naam, List<GevraagdeVariant> varianten, Parameters basis, LocalDate peildatum) {
        List<Fout> fouten = new ArrayList<>();
        controleerNaam(naam, "naam", "Geef de berekening een naam.", fouten);
        List<GevraagdeVariant> lijst = varianten == null ? List.of() : varianten;
        if (lijst.isEmpty()) {
            fouten.add(new Fout("varianten", "required", "Geef ten minste één variant."));
        } else if (lijst.size() > MAXIMAAL_VARIANTEN) {
            fouten.add(new Fout("varianten", "size", "Hoogstens " + MAXIMAAL_VARIANTEN + " varianten per berekening."));
        }
        List<Run.Variant> uit = new ArrayList<>();
        Set<String> namen = new HashSet<>();
        for (int j = 0; j < lijst.size() && j < MAXIMAAL_VARIANTEN; j++) {
            GevraagdeVariant v = lijst.get(j);
            String pad = "varianten[" + j + "]";
            if (v == null) {
                fouten.add(new Fout(pad, "required", "Een variant heeft een naam en wijzigingen."));
                continue;
            }
            String variantnaam = v.naam() == null || v.naam().isBlank() ? "Variant " + (j + 1) : v.naam().strip();
            int voor = fouten.size();
            controleerNaam(variantnaam, pad + ".naam", null, fouten);
            if (fouten.size() == voor && variantnaam.equalsIgnoreCase(Hervorming.BASIS)) {
                fouten.add(new Fout(pad + ".naam", "invalid", "De naam 'basis' is voor de regels zoals ze nu zijn; kies een andere naam."));
            } else if (fouten.size() == voor && !namen.add(variantnaam.toLowerCase(java.util.Locale.ROOT))) {
                fouten.add(new Fout(pad + ".naam", "duplicate", "Twee varianten heten " + variantnaam + "; geef elke variant een eigen naam."));
            }
            uit.add(new Run.Variant(j + 1, variantnaam, controleerWijzigingen(v.wijzigingen(), pad + ".wijzigingen", basis, peildatum, fouten)));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return uit;
    }

    /**
     * Stores the run and hands it to the job, with the starter's login: the export reads as them. After the checks of the
     * input, so bad input is named field by field also when the user's runs are all busy.
     */
    private UUID begin(Gebruiker ik, String naam, List<Run.Variant> varianten, Parameters basis, LocalDate peildatum) {
        UUID id = UUID.randomUUID();
        if (!opslag.voegToeBinnenGrens(id, naam, peildatum, ik.gebruikersnaam(), Instant.now(klok), varianten, maximaalOpen)) {
            throw new TeVeelOpenRuns(opslag.open(ik.gebruikersnaam()), maximaalOpen);
        }
        SecurityContext wie = SecurityContextHolder.createEmptyContext();
        wie.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        LOG.info("Wat als: {} start {} '{}' met {} varianten", ik.gebruikersnaam(), id, naam, varianten.size());
        rekenaar.submit(new DelegatingSecurityContextRunnable(() -> draai(id, varianten, basis, peildatum), wie));
        return id;
    }

    public Run lees(UUID id) {
        beleid();
        return opslag.lees(id).orElseThrow(() -> new NietGevondenException("Wat-als-berekening"));
    }

    public List<Run> recent() {
        beleid();
        return opslag.recent(20);
    }

    private Gebruiker beleid() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.BELEID) {
            throw new NietToegestaanException("Alleen beleid maakt en leest wat-als-berekeningen");
        }
        return g;
    }

    /** For the checks only: the one-variant shape's fields, as before. */
    static List<Run.Wijziging> controleer(String naam, List<GevraagdeWijziging> wijzigingen, Parameters basis, LocalDate peildatum) {
        List<Fout> fouten = new ArrayList<>();
        controleerNaam(naam, "naam", "Geef de berekening een naam.", fouten);
        List<Run.Wijziging> uit = controleerWijzigingen(wijzigingen, "wijzigingen", basis, peildatum, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return uit;
    }

    private static void controleerNaam(String naam, String veld, String leeg, List<Fout> fouten) {
        if (naam == null || naam.isBlank()) {
            fouten.add(new Fout(veld, "required", leeg));
        } else if (naam.strip().length() > MAXIMALE_NAAM) {
            fouten.add(new Fout(veld, "size", "Een naam is hoogstens " + MAXIMALE_NAAM + " tekens."));
        }
    }

    private static List<Run.Wijziging> controleerWijzigingen(List<GevraagdeWijziging> wijzigingen, String lijstpad, Parameters basis,
            LocalDate peildatum, List<Fout> fouten) {
        List<Run.Wijziging> uit = new ArrayList<>();
        Set<String> namen = new HashSet<>();
        basis.alle().forEach(p -> namen.add(p.naam()));
        Set<String> gezien = new HashSet<>();
        List<GevraagdeWijziging> lijst = wijzigingen == null ? List.of() : wijzigingen;
        if (lijst.size() > MAXIMAAL_WIJZIGINGEN) {
            fouten.add(new Fout(lijstpad, "size", "Hoogstens " + MAXIMAAL_WIJZIGINGEN + " wijzigingen per variant."));
        }
        for (int i = 0; i < lijst.size(); i++) {
            GevraagdeWijziging g = lijst.get(i);
            String pad = lijstpad + "[" + i + "]";
            if (g == null) {
                fouten.add(new Fout(pad, "required", "Een wijziging heeft een parameter en een waarde."));
                continue;
            }
            String parameter = g.parameter() == null ? "" : g.parameter().strip();
            boolean parameterGoed = false;
            if (parameter.isEmpty()) {
                fouten.add(new Fout(pad + ".parameter", "required", "Kies een parameter."));
            } else if (!namen.contains(parameter)) {
                fouten.add(new Fout(pad + ".parameter", "invalid", "De parameter '" + kort(parameter) + "' bestaat niet in de regelparameters."));
            } else if (WatAls.buitenDeDoorrekening(parameter).isPresent()) {
                fouten.add(new Fout(pad + ".parameter", "invalid", "De parameter " + parameter + " verandert niets aan Wat als?: "
                        + WatAls.buitenDeDoorrekening(parameter).get() + "."));
            } else if (!gezien.add(parameter)) {
                fouten.add(new Fout(pad + ".parameter", "duplicate", "De parameter " + parameter + " staat er al eerder in."));
            } else {
                parameterGoed = true;
            }
            BigDecimal waarde = getal(g.waarde());
            if (g.waarde() == null || (g.waarde() instanceof String s && s.isBlank())) {
                fouten.add(new Fout(pad + ".waarde", "required", "Vul een waarde in."));
            } else if (waarde == null) {
                fouten.add(new Fout(pad + ".waarde", "invalid", "De waarde is een getal, zoals 2400 of 0.30."));
            } else if (waarde.signum() < 0) {
                fouten.add(new Fout(pad + ".waarde", "range", "De waarde is 0 of meer."));
            } else if (waarde.compareTo(MAXIMALE_WAARDE) > 0) {
                fouten.add(new Fout(pad + ".waarde", "range", "De waarde is hoogstens 1000000."));
            } else if (waarde.stripTrailingZeros().scale() > 4) {
                fouten.add(new Fout(pad + ".waarde", "invalid", "Hoogstens vier cijfers achter de komma."));
            } else if (parameterGoed && parameter.endsWith("-aandeel") && waarde.compareTo(BigDecimal.ONE) > 0) {
                fouten.add(new Fout(pad + ".waarde", "range", "Een aandeel ligt tussen 0 en 1 (0.30 is 30%)."));
            } else if (parameterGoed) {
                var oud = basis.geldig(parameter, peildatum);
                uit.add(new Run.Wijziging(parameter, waarde.stripTrailingZeros().scale() < 0 ? waarde.setScale(0) : waarde,
                        oud.map(Parameters.Parameter::waarde).orElse(null), oud.map(Parameters.Parameter::bron).orElse(null)));
            }
        }
        return uit;
    }

    private static String kort(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static BigDecimal getal(Object waarde) {
        if (waarde instanceof BigDecimal b) {
            return b;
        }
        if (waarde instanceof Number || waarde instanceof String) {
            String tekst = waarde.toString().strip().replace(',', '.');
            if (tekst.length() > 30) {
                return null;
            }
            try {
                return new BigDecimal(tekst);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The reforms of the run for the rules, in variant order. */
    static List<Hervorming> hervormingen(List<Run.Variant> varianten) {
        List<Hervorming> uit = new ArrayList<>();
        for (Run.Variant v : varianten) {
            Map<String, BigDecimal> w = new LinkedHashMap<>();
            v.wijzigingen().forEach(x -> w.put(x.parameter(), x.waarde()));
            uit.add(new Hervorming(v.naam(), w));
        }
        return uit;
    }

    /**
     * The job: gather the households (the export reads everyone's data, so it is logged, also when it
     * fails), then compute. Any failure puts the run on {@code mislukt} with the reason.
     */
    private void draai(UUID id, List<Run.Variant> varianten, Parameters basis, LocalDate peildatum) {
        try {
            opslag.naar(id, Runstatus.WACHTEND, Runstatus.BEZIG, Instant.now(klok), null);
            opslag.fase(id, Run.VERZAMELEN, 0, 0);
            Instant start = Instant.now(klok);
            Huishoudexport.Export<Inkomsten> e;
            try {
                Map<UUID, Inkomsten> inkomen = inkomens.op(peildatum);
                e = export.op(peildatum, inkomen::get, (klaar, totaal) -> opslag.voortgang(id, klaar, totaal, null));
            } catch (RuntimeException fout) {
                logboek.registreer("watals.doorrekenen", Verwerkingsactiviteit.WAT_ALS_DOORREKENEN, List.of(), start, false);
                throw fout;
            }
            logboek.registreer("watals.doorrekenen", Verwerkingsactiviteit.WAT_ALS_DOORREKENEN, e.betrokkenen(), start, true);
            List<Huishouden> huishoudens = Omzetting.metInkomen(e.rijen(), peildatum);
            reken(id, huishoudens, hervormingen(varianten), basis, peildatum);
        } catch (RuntimeException | Error e) {
            LOG.warn("Wat als: {} mislukt", id, e);
            Run r = opslag.lees(id).orElse(null);
            if (r != null && !r.status().isEindstand()) {
                opslag.naar(id, r.status(), Runstatus.MISLUKT, Instant.now(klok), "De berekening is mislukt: " + e.getMessage());
            }
        }
    }

    /**
     * Computes the run: a large one (more households than the threshold) on Spark through the simulatie
     * jar when it is there and means the same baseline, everything else here, with the reason on the page.
     */
    private void reken(UUID id, List<Huishouden> huishoudens, List<Hervorming> varianten, Parameters basis, LocalDate peildatum) {
        int n = huishoudens.size();
        String grens = String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", simulatie.drempel());
        if (n > simulatie.drempel()) {
            if (!simulatie.aanwezig()) {
                opslag.rekenwijze(id, Run.IN_PROCES, "Meer dan " + grens + " huishoudens: bedoeld voor Spark, maar de simulatie ("
                        + simulatie.jar().getFileName() + ") is er niet. Daarom in Maatwerk zelf doorgerekend, op één draad; dat duurt langer.");
            } else if (!Simulatiejar.zelfdeBasis(basis, peildatum)) {
                opslag.rekenwijze(id, Run.IN_PROCES, "Meer dan " + grens + " huishoudens, maar de regelparameters in Maatwerk wijken af van die in de"
                        + " simulatie op Spark. Daarom in Maatwerk zelf doorgerekend, zodat de basis de geldende regels zijn.");
            } else {
                opslag.rekenwijze(id, Run.SPARK, "Meer dan " + grens + " huishoudens: doorgerekend met de simulatie op Apache Spark.");
                opslag.fase(id, Run.DOORREKENEN, 0, n);
                Simulatiejar.Uitslag u;
                try {
                    u = simulatie.draai(huishoudens, varianten, peildatum,
                            v -> opslag.voortgang(id, (int) Math.min(n, n * v.klaar() / Math.max(1, v.totaal())), n, v.tekst()));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("De simulatie op Spark kon haar bestanden niet schrijven of lezen (" + e.getMessage() + ").", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("De simulatie op Spark is onderbroken.", e);
                }
                opslag.resultaat(id, n, (int) u.nietBerekend(), u.uitkomsten(), Instant.now(klok));
                return;
            }
        } else {
            opslag.rekenwijze(id, Run.IN_PROCES, "In Maatwerk zelf doorgerekend (tot " + grens + " huishoudens; daarboven op Spark).");
        }
        opslag.fase(id, Run.DOORREKENEN, 0, n);
        Aggregaat a = bereken(huishoudens, varianten, basis, peildatum, klaar -> opslag.voortgang(id, klaar));
        opslag.resultaat(id, n, (int) a.aantalNietBerekend(), uitkomsten(a), Instant.now(klok));
    }

    static Aggregaat bereken(List<Huishouden> huishoudens, List<Hervorming> varianten, Parameters basis, LocalDate peildatum, IntConsumer voortgang) {
        Inkomensdecielen decielen = new Inkomensdecielen();
        huishoudens.forEach(h -> decielen.tel(h.nettoInkomen()));
        Aggregaat a = new Aggregaat(WatAls.namen(varianten), decielen.grenzen());
        Doorrekening[] d = WatAls.doorrekeningen(varianten, basis, peildatum);
        Doorrekening.Uitkomst[] u = WatAls.uitkomsten(d.length);
        int stap = Math.max(1000, huishoudens.size() / 20);
        for (int n = 0; n < huishoudens.size(); n++) {
            WatAls.voegToe(a, huishoudens.get(n), d, u);
            if ((n + 1) % stap == 0) {
                voortgang.accept(n + 1);
            }
        }
        return a;
    }

    /** The rows of every variant with groups under {@link KleineGroep#MINIMUM} hidden. */
    static List<Run.Uitkomst> uitkomsten(Aggregaat a) {
        List<Run.Uitkomst> uit = new ArrayList<>();
        for (int v = 0; v < a.varianten().size(); v++) {
            for (Aggregaat.Regel r : a.regels(v, KleineGroep.MINIMUM)) {
                uit.add(new Run.Uitkomst(v, r.dimensie(), r.groep(), r.huishoudens(), r.kostenPerJaar(), r.kostenPerJaarBasis(), r.onderMinimum(),
                        r.onderMinimumBasis(), r.inBijstand(), r.winnaars(), r.verliezers(), r.gemiddeldeWinstPerMaand(), r.gemiddeldVerliesPerMaand()));
            }
        }
        return uit;
    }
}

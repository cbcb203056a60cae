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
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.besluit.Huishoudinkomens;
import nl.maatwerk.inwoner.Huishoudexport;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
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
import org.springframework.stereotype.Service;

/**
 * Starting and reading what-if runs. The export of the households (and its log record) happens in the
 * request, as the policy advisor who asked; the computation runs on one background thread, one run at a
 * time, with its progress in the database so any node can show it. The rows of {@code regels.hervorming}
 * are stored with small groups already hidden, so nothing stored points to a household.
 */
@org.springframework.modulith.NamedInterface("intern")
@Service
public class WatAlsRuns {

    /** One change of the reform as asked: the value is still unchecked (a number, or text from a form). */
    public record GevraagdeWijziging(String parameter, Object waarde) {
    }

    static final int MAXIMALE_NAAM = 100;
    static final int MAXIMAAL_WIJZIGINGEN = 20;
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
    private final ExecutorService rekenaar = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wat-als");
        t.setDaemon(true);
        return t;
    });

    WatAlsRuns(RunOpslag opslag, Huishoudexport export, Huishoudinkomens inkomens, Regelparameters regelparameters, Berekeningen berekeningen, GebruikerRegister gebruikers,
            Logboek logboek, Clock klok) {
        this.opslag = opslag;
        this.export = export;
        this.inkomens = inkomens;
        this.regelparameters = regelparameters;
        this.berekeningen = berekeningen;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    @PreDestroy
    void stop() {
        rekenaar.shutdownNow();
    }

    /** The parameters a reform may change, with their value on the peildatum (for the form). */
    public Map<String, Parameters.Parameter> parameters() {
        LocalDate peildatum = berekeningen.standaardPeildatum();
        Parameters p = regelparameters.actueel();
        Map<String, Parameters.Parameter> m = new LinkedHashMap<>();
        for (String naam : regelparameters.namen()) {
            p.geldig(naam, peildatum).ifPresent(x -> m.put(naam, x));
        }
        return m;
    }

    public LocalDate peildatum() {
        return berekeningen.standaardPeildatum();
    }

    /**
     * Checks the reform, exports the households and queues the run. Every invalid field is named; the
     * read of everyone's data is logged, also when it fails.
     */
    public UUID start(String naam, List<GevraagdeWijziging> wijzigingen) {
        Gebruiker ik = beleid();
        LocalDate peildatum = berekeningen.standaardPeildatum();
        Parameters basis = regelparameters.actueel();
        List<Run.Wijziging> gecontroleerd = controleer(naam, wijzigingen, basis, peildatum);
        Instant start = Instant.now(klok);
        Huishoudexport.Export<Inkomsten> e;
        try {
            Map<UUID, Inkomsten> inkomen = inkomens.op(peildatum);
            e = export.op(peildatum, inkomen::get, (klaar, totaal) -> { });
        } catch (RuntimeException fout) {
            logboek.registreer("watals.doorrekenen", Verwerkingsactiviteit.WAT_ALS_DOORREKENEN, List.of(), start, false);
            throw fout;
        }
        logboek.registreer("watals.doorrekenen", Verwerkingsactiviteit.WAT_ALS_DOORREKENEN, e.betrokkenen(), start, true);
        List<Huishouden> huishoudens = Omzetting.metInkomen(e.rijen(), peildatum);
        UUID id = UUID.randomUUID();
        opslag.voegToe(id, naam.strip(), peildatum, ik.gebruikersnaam(), start, huishoudens.size(), gecontroleerd);
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        gecontroleerd.forEach(x -> w.put(x.parameter(), x.waarde()));
        Hervorming hervorming = new Hervorming(naam.strip(), w);
        LOG.info("Wat als: {} start {} '{}' over {} huishoudens ({} wijzigingen)", ik.gebruikersnaam(), id, naam.strip(), huishoudens.size(), w.size());
        rekenaar.submit(() -> reken(id, huishoudens, hervorming, basis, peildatum));
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

    static List<Run.Wijziging> controleer(String naam, List<GevraagdeWijziging> wijzigingen, Parameters basis, LocalDate peildatum) {
        List<Fout> fouten = new ArrayList<>();
        if (naam == null || naam.isBlank()) {
            fouten.add(new Fout("naam", "required", "Geef de berekening een naam."));
        } else if (naam.strip().length() > MAXIMALE_NAAM) {
            fouten.add(new Fout("naam", "size", "Een naam is hoogstens " + MAXIMALE_NAAM + " tekens."));
        }
        List<Run.Wijziging> uit = new ArrayList<>();
        Set<String> namen = new HashSet<>();
        basis.alle().forEach(p -> namen.add(p.naam()));
        Set<String> gezien = new HashSet<>();
        List<GevraagdeWijziging> lijst = wijzigingen == null ? List.of() : wijzigingen;
        if (lijst.size() > MAXIMAAL_WIJZIGINGEN) {
            fouten.add(new Fout("wijzigingen", "size", "Hoogstens " + MAXIMAAL_WIJZIGINGEN + " wijzigingen per berekening."));
        }
        for (int i = 0; i < lijst.size(); i++) {
            GevraagdeWijziging g = lijst.get(i);
            String pad = "wijzigingen[" + i + "]";
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
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
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

    /** The computation: the same loop as {@link WatAls#reken}, in steps so the page can show progress. */
    private void reken(UUID id, List<Huishouden> huishoudens, Hervorming hervorming, Parameters basis, LocalDate peildatum) {
        try {
            opslag.naar(id, Runstatus.WACHTEND, Runstatus.BEZIG, Instant.now(klok), null);
            Aggregaat a = bereken(huishoudens, hervorming, basis, peildatum, klaar -> opslag.voortgang(id, klaar));
            opslag.resultaat(id, huishoudens.size(), (int) a.aantalNietBerekend(), uitkomsten(a), Instant.now(klok));
        } catch (RuntimeException | Error e) {
            LOG.warn("Wat als: {} mislukt", id, e);
            opslag.naar(id, Runstatus.BEZIG, Runstatus.MISLUKT, Instant.now(klok), "De berekening is mislukt: " + e.getMessage());
        }
    }

    static Aggregaat bereken(List<Huishouden> huishoudens, Hervorming hervorming, Parameters basis, LocalDate peildatum,
            java.util.function.IntConsumer voortgang) {
        List<Hervorming> varianten = List.of(hervorming);
        Inkomensdecielen decielen = new Inkomensdecielen();
        huishoudens.forEach(h -> decielen.tel(h.inkomen()));
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

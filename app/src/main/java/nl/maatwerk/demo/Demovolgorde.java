package nl.maatwerk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import nl.maatwerk.besluit.BesluitDemo;
import nl.maatwerk.knelpunt.demo.KnelpuntDemo;
import nl.maatwerk.regelbeheer.RegelbeheerDemo;
import nl.maatwerk.samenhang.demo.SamenhangDemo;
import nl.maatwerk.socialekaart.demo.SocialeKaartDemo;
import nl.maatwerk.thermometer.ThermometerDemo;
import nl.maatwerk.waardering.demo.WaarderingDemo;
import nl.maatwerk.watals.demo.WatAlsDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo city, seeded in one stated order: {@link Stap} lists the steps, each written by the module
 * that owns the data, and each may build only on the steps above it. {@link #vul()} runs them in that
 * order and stops when a step comes out of turn; every step logs its own line with its duration.
 *
 * <p>One explicit sequence rather than each module reacting to an event of the step before: seeding
 * must be finished before the app reports ready (health stays DOWN until then), it runs on its own
 * thread while Spring builds the rest of the context, and a stopped run must resume cleanly. A
 * sequence gives one place to read the order, one thread to wait for, and no demo events in the
 * event publication registry that real modules would have to tell apart from real ones.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
class Demovolgorde implements InitializingBean, ApplicationRunner, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Demovolgorde.class);

    /**
     * The steps in the order they run. A step names the steps whose data it builds on; Java allows a
     * constant to name only constants declared before it, so a step cannot build on a later one. The
     * steps whose data is the same whatever the day come first ({@link #dagvast()}): {@code package}
     * keeps a database with only those as a template (see {@link #alleenDagvast}), and a start from it
     * runs the rest.
     */
    enum Stap {
        PLATFORM("platform", "teams en demo-accounts", true),
        INWONER("inwoner", "huishoudens met leden en netwerk; het account inwoner bij een gezin, regisseur toegewezen", true, PLATFORM),
        THERMOMETER("thermometer", "twee metingen met antwoorden", true, PLATFORM),
        REGELBEHEER("regelbeheer", "een voorstel voor regelparameters", true, PLATFORM),
        TOEGANG("toegang", "hulpvragen met termijnen, regie, team, toestemming, ZRM en plannen", false, PLATFORM, INWONER),
        PRIORITEIT("prioriteit", "vroegsignalen met hun aanpak en een veiligheidsmarkering", false, PLATFORM, INWONER),
        BESLUIT("besluit", "het afwijkingenregister en een besluit ter goedkeuring", false, PLATFORM, INWONER, TOEGANG),
        WAARDERING("waardering", "antwoorden op de vragenlijst over 2026 en een open uitnodiging voor de demo-inwoner", false, PLATFORM, INWONER, BESLUIT),
        // Its dates count back from today, so the share of fresh offers is the same on any day.
        SOCIALEKAART("socialekaart", "ongeveer 150 diensten op de sociale kaart", false, PLATFORM),
        // Its dates count back from today, like the register of departures it is read beside.
        KNELPUNT("knelpunt", "knelpunten over twee jaar en reacties van beleid", false, PLATFORM, BESLUIT),
        // Its phases follow the day and its saves are dated back from it, so "what changed since last week" is never empty.
        SAMENHANG("samenhang", "echte wijzigingen van 2025-2028 voor het sociaal domein, met bron", false, PLATFORM, REGELBEHEER),
        // Over the whole demo city on today's peildatum, with the incomes the decisions recorded: last, so it sees all of them.
        WATALS("watals", "een doorgerekende wat-als met twee varianten", false, PLATFORM, INWONER, REGELBEHEER, BESLUIT);

        private final String module;
        private final String wat;
        private final boolean dagvast;
        private final List<Stap> bouwtOp;

        Stap(String module, String wat, boolean dagvast, Stap... bouwtOp) {
            this.module = module;
            this.wat = wat;
            this.dagvast = dagvast;
            this.bouwtOp = List.of(bouwtOp);
        }

        /** The module that writes this step's data. */
        String module() {
            return module;
        }

        String wat() {
            return wat;
        }

        /**
         * True when nothing this step writes counts from the day of the start (its dates are fixed or
         * generated from the demo's fixed reference date), so a copy made on another day is still right.
         */
        boolean dagvast() {
            return dagvast;
        }

        /** The steps whose data this step refers to; all of them run before it. */
        List<Stap> bouwtOp() {
            return bouwtOp;
        }
    }

    /** A step of the last run, with what it did and how long it took. */
    record Uitgevoerd(Stap stap, String uitkomst, long ms) {
    }

    private final DemoOmgeving omgeving;
    private final DemoGegevens huishoudens;
    private final DemoVroegsignalen vroegsignalen;
    private final BesluitDemo besluit;
    private final DemoMijn mijn;
    private final ThermometerDemo thermometer;
    private final RegelbeheerDemo regelbeheer;
    private final WaarderingDemo waardering;
    private final SocialeKaartDemo socialeKaart;
    private final KnelpuntDemo knelpunt;
    private final SamenhangDemo samenhang;
    private final WatAlsDemo watAls;
    private final Clock klok;
    private final boolean alleenDagvast;
    private final List<Uitgevoerd> uitgevoerd = new ArrayList<>();
    private CompletableFuture<Void> klaar;
    private volatile boolean gestopt;

    Demovolgorde(DemoOmgeving omgeving, DemoGegevens huishoudens, DemoVroegsignalen vroegsignalen, BesluitDemo besluit,
            ThermometerDemo thermometer, RegelbeheerDemo regelbeheer, DemoMijn mijn, WaarderingDemo waardering, SocialeKaartDemo socialeKaart, KnelpuntDemo knelpunt, SamenhangDemo samenhang,
            WatAlsDemo watAls, Clock klok,
            @Value("${maatwerk.demostad.maken:}") String sjabloonMaken) {
        this.omgeving = omgeving;
        this.huishoudens = huishoudens;
        this.vroegsignalen = vroegsignalen;
        this.besluit = besluit;
        this.mijn = mijn;
        this.thermometer = thermometer;
        this.regelbeheer = regelbeheer;
        this.waardering = waardering;
        this.socialeKaart = socialeKaart;
        this.knelpunt = knelpunt;
        this.samenhang = samenhang;
        this.watAls = watAls;
        this.klok = klok;
        // The build's run that makes the template (app/pom.xml): only the steps that hold on any day.
        this.alleenDagvast = !sjabloonMaken.isBlank();
    }

    /**
     * Seeding starts as soon as this bean exists (the schema is migrated by then: the JdbcTemplate
     * waits for Flyway, and the modules' writers exist), on its own thread while Spring builds the
     * rest of the context. {@link #run} waits for it, so the app is not ready before the demo city is in.
     */
    @Override
    public void afterPropertiesSet() {
        klaar = new CompletableFuture<>();
        Thread vuller = new Thread(() -> {
            try {
                vul();
                klaar.complete(null);
            } catch (Throwable e) {
                klaar.completeExceptionally(e);
            }
        }, "demogegevens");
        vuller.setDaemon(true);
        vuller.start();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            klaar.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The app is stopping: the steps not begun yet are left for the next start. */
    @Override
    public void destroy() {
        gestopt = true;
    }

    /** Runs every step in the order of {@link Stap} (only the day-independent ones when making the template); each writes only what is not there yet. */
    void vul() {
        vul(alleenDagvast);
    }

    synchronized void vul(boolean alleenDagvast) {
        uitgevoerd.clear();
        long start = System.nanoTime();
        LocalDate vandaag = LocalDate.now(klok);
        voer(Stap.PLATFORM, omgeving::richtIn);
        voer(Stap.INWONER, () -> {
            DemoGegevens.Vulling stad = huishoudens.vulInwoner();
            return DemoGegevens.getal(stad.aantal()) + " huishoudens, " + DemoGegevens.getal(stad.nieuw()) + " nieuw";
        });
        voer(Stap.THERMOMETER, () -> {
            thermometer.vul();
            return "";
        });
        voer(Stap.REGELBEHEER, () -> {
            regelbeheer.vul();
            return "";
        });
        if (!alleenDagvast && !gestopt) {
            long begin = System.nanoTime();
            // The demo resident's household gets its own story (DemoMijn) instead of generated requests, and a landlord's signal.
            UUID demoHuishouden = mijn.huishouden().orElse(null);
            DemoGegevens.Vulling stad = huishoudens.vulToegang(vandaag, demoHuishouden);
            klaar(Stap.TOEGANG, "bij " + DemoGegevens.getal(stad.nieuw()) + " huishoudens", System.nanoTime() - begin);
            voer(Stap.PRIORITEIT, () -> vroegsignalen.vul(stad, vandaag, demoHuishouden) + " vroegsignalen");
            voer(Stap.BESLUIT, () -> {
                besluit.vul();
                // The demo resident's story in Mijn Maatwerk (issue 16): it needs the requests and the decision module.
                return mijn.vul();
            });
            voer(Stap.WAARDERING, () -> {
                var inwoner = mijn.demoInwoner().orElse(null);
                return waardering.vul(inwoner == null ? null : inwoner.inwonerId(), inwoner == null ? null : inwoner.huishoudenId(),
                        DemoOmgeving.TEAM_CENTRUM, vandaag);
            });
            voer(Stap.SOCIALEKAART, () -> socialeKaart.vul(vandaag) + " diensten");
            voer(Stap.KNELPUNT, () -> knelpunt.vul(vandaag));
            voer(Stap.SAMENHANG, () -> samenhang.vul(vandaag) + " invliegers");
            voer(Stap.WATALS, watAls::vul);
        }
        if (!gestopt) {
            LOG.info("Demostad klaar in {} ms ({} stappen)", (System.nanoTime() - start) / 1_000_000, uitgevoerd.size());
        }
    }

    /** The steps of the last run, in the order they ran. */
    synchronized List<Uitgevoerd> uitgevoerd() {
        return List.copyOf(uitgevoerd);
    }

    private void voer(Stap stap, Supplier<String> vul) {
        if (gestopt) {
            return;
        }
        long begin = System.nanoTime();
        String uitkomst = vul.get();
        klaar(stap, uitkomst, System.nanoTime() - begin);
    }

    /** Fails unless {@code stap} is the step after the {@code gedaan} steps already done. */
    static void controleerBeurt(int gedaan, Stap stap) {
        if (stap.ordinal() != gedaan) {
            String verwacht = gedaan < Stap.values().length ? Stap.values()[gedaan].module() : "geen stap meer";
            throw new IllegalStateException("Demostap " + stap.module() + " buiten de volgorde; verwacht: " + verwacht);
        }
    }

    /** Records a finished step; a step out of turn is a programming error, so it stops the seeding. */
    private void klaar(Stap stap, String uitkomst, long ns) {
        controleerBeurt(uitgevoerd.size(), stap);
        long ms = ns / 1_000_000;
        uitgevoerd.add(new Uitgevoerd(stap, uitkomst, ms));
        LOG.info("Demostap {}/{} {} ({}){} in {} ms", stap.ordinal() + 1, Stap.values().length, stap.module(), stap.wat(),
                uitkomst.isEmpty() ? "" : ": " + uitkomst, ms);
    }
}

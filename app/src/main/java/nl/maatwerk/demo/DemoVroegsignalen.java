package nl.maatwerk.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.maatwerk.prioriteit.Vroegsignaal.SchuldeiserType;
import nl.maatwerk.prioriteit.Vroegsignaal.Soort;
import nl.maatwerk.prioriteit.demo.PrioriteitDemoOpslag;
import nl.maatwerk.prioriteit.demo.PrioriteitDemoOpslag.Actie;
import nl.maatwerk.prioriteit.demo.PrioriteitDemoOpslag.Signaal;
import nl.maatwerk.prioriteit.demo.PrioriteitDemoOpslag.Veiligheidsmarkering;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Synthetic early debt signals after the households exist: about one in twelve demo households has a
 * signal from a landlord, energy or water company or health insurer in the last eight weeks, some
 * found only by address, a few matching no household at all; part of them already has outreach
 * (letters, calls, visits, an offer, feedback to the creditor). One household in Centrum is marked
 * acutely unsafe. Dates count back from today; the rest follows from the seed. Written once per seed,
 * by the prioriteit module; the households come from the generator, so nothing is read back.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
class DemoVroegsignalen {

    /** A household as a creditor knows it: its team and one adult with a BSN from the demo range, at the household's address. */
    record Kandidaat(UUID huishouden, Wijk wijk, String bsn, String straat, String postcode, Integer huisnummer) {
    }

    private static final String[][] SCHULDEISERS = {
        {"verhuurder", "Woningcorporatie Haagwonen"}, {"verhuurder", "Staedion"}, {"energie", "Energie Direct"},
        {"energie", "Stroomlijn Energie"}, {"water", "Dunea"}, {"zorgverzekeraar", "Zorgverzekeraar Zuid"}, {"zorgverzekeraar", "Haagse Zorg"}
    };

    private final PrioriteitDemoOpslag opslag;
    private final long seed;

    DemoVroegsignalen(PrioriteitDemoOpslag opslag, @Value("${maatwerk.demo-data.seed:20261123}") long seed) {
        this.opslag = opslag;
        this.seed = seed;
    }

    /**
     * The current member a signal is about: the applicant, else the oldest member, with a BSN from the
     * 999 range (not the tests' block); empty when the household has none.
     */
    static Optional<Kandidaat> kandidaat(DemoGenerator.DemoHuishouden h) {
        // A plain loop: this runs for every household while seeding.
        DemoGenerator.Lid gekozen = null;
        for (DemoGenerator.Lid l : h.leden()) {
            String bsn = l.persoon().bsn();
            if (l.totEnMet() != null || !bsn.startsWith("999") || bsn.startsWith("9998")) {
                continue;
            }
            if (gekozen == null || voor(l, gekozen)) {
                gekozen = l;
            }
        }
        return gekozen == null ? Optional.empty()
                : Optional.of(new Kandidaat(h.id(), h.wijk(), gekozen.persoon().bsn(), h.adres().straat(), h.adres().postcode(),
                        h.adres().huisnummer()));
    }

    /** The applicant first, then the oldest. */
    private static boolean voor(DemoGenerator.Lid a, DemoGenerator.Lid b) {
        boolean aanvragerA = a.rol().equals("aanvrager");
        boolean aanvragerB = b.rol().equals("aanvrager");
        return aanvragerA != aanvragerB ? aanvragerA : a.persoon().geboortedatum().isBefore(b.persoon().geboortedatum());
    }

    /**
     * Writes the signals unless this seed's are there already; {@code stad} is what the households step
     * left behind, {@code demoHuishouden} the demo resident's household (or null), which always gets a landlord's signal.
     * Returns the number of signals written.
     */
    int vul(DemoGegevens.Vulling stad, LocalDate vandaag, UUID demoHuishouden) {
        String prefix = "demo-" + seed + "-";
        if (opslag.heeftSignalen(prefix)) {
            return 0;
        }
        List<Kandidaat> kandidaten = stad.alleGezien() ? stad.kandidaten() : kandidaten(stad.aantal());
        Signalen s = signalen(seed, kandidaten, vandaag, demoHuishouden);
        opslag.voegToe(s.signalen(), s.markering());
        return s.signalen().size();
    }

    /** The candidates of the first {@code aantal} households, generated again (only when the households step did not see them all). */
    private List<Kandidaat> kandidaten(int aantal) {
        DemoGenerator generator = new DemoGenerator(seed);
        List<Kandidaat> kandidaten = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            kandidaat(generator.volgende()).ifPresent(kandidaten::add);
        }
        return kandidaten;
    }

    record Signalen(List<Signaal> signalen, Veiligheidsmarkering markering) {
    }

    static Signalen signalen(long seed, List<Kandidaat> kandidaten, LocalDate vandaag) {
        return signalen(seed, kandidaten, vandaag, null);
    }

    /**
     * The signals and the safety flag for these candidates, in the generator's order; a pure function of its inputs. The
     * household {@code demoHuishouden} gets a landlord's signal matched by BSN (its story is about the rent), without changing
     * what the others get.
     */
    static Signalen signalen(long seed, List<Kandidaat> kandidaten, LocalDate vandaag, UUID demoHuishouden) {
        String prefix = "demo-" + seed + "-";
        SplittableRandom stroom = new SplittableRandom(seed * 31 + 7);
        List<Signaal> signalen = new ArrayList<>();
        int n = 0;
        for (Kandidaat k : kandidaten) {
            boolean gekozen = stroom.nextInt(12) == 0;
            boolean demo = k.huishouden().equals(demoHuishouden);
            if (!gekozen && !demo) {
                continue;
            }
            // The demo household draws from its own stream and numbers, unless it was chosen anyway, so the others keep theirs.
            SplittableRandom r = gekozen ? stroom : new SplittableRandom(seed * 31 + 11);
            String sleutel = gekozen ? prefix + n : prefix + "inwoner";
            String[] eiser = SCHULDEISERS[r.nextInt(SCHULDEISERS.length)];
            boolean opAdres = r.nextInt(5) == 0 && k.postcode() != null && !demo;
            boolean onbekend = r.nextInt(15) == 0 && !demo;
            if (demo) {
                eiser = SCHULDEISERS[0];
            }
            LocalDate ontvangen = vandaag.minusDays(r.nextInt(56));
            LocalDate signaaldatum = ontvangen.minusDays(1 + r.nextInt(5));
            int maanden = 1 + r.nextInt(eiser[0].equals("zorgverzekeraar") ? 6 : 4);
            BigDecimal bedrag = BigDecimal.valueOf(eiser[0].equals("verhuurder") ? 450 + r.nextInt(2400) : 60 + r.nextInt(900))
                    .add(BigDecimal.valueOf(r.nextInt(100), 2));
            UUID id = id(sleutel);
            List<Actie> acties = new ArrayList<>();
            String status = "open";
            LocalDate contact = null;
            LocalDate terug = null;
            long dagen = ChronoUnit.DAYS.between(ontvangen, vandaag);
            if (dagen > 3 && r.nextInt(10) < 7) {
                LocalDate brief = ontvangen.plusDays(1 + r.nextInt(3));
                acties.add(actie(id, Soort.BRIEF, false, "Brief met aanbod voor een gesprek gestuurd.", brief));
                LocalDate bel = ontvangen.plusDays(2 + r.nextInt((int) Math.min(dagen - 1, 35)));
                if (!bel.isAfter(vandaag)) {
                    boolean gelukt = r.nextInt(4) != 0;
                    acties.add(actie(id, r.nextBoolean() ? Soort.TELEFOON : Soort.HUISBEZOEK, gelukt,
                            gelukt ? "Gesproken met de bewoner." : "Niemand thuis.", bel));
                    if (gelukt) {
                        status = "contact";
                        contact = bel;
                        if (r.nextBoolean()) {
                            acties.add(actie(id, Soort.AANBOD, null, "Schuldhulp en een gesprek met de budgetcoach aangeboden.", bel));
                            status = "aanbod";
                            if (r.nextBoolean()) {
                                acties.add(actie(id, Soort.GEACCEPTEERD, null, null, bel));
                                status = "geaccepteerd";
                            }
                        }
                    }
                    acties.add(actie(id, Soort.TERUGMELDING, gelukt, null, bel));
                    terug = bel;
                }
            }
            boolean gekoppeld = !onbekend;
            signalen.add(new Signaal(id, sleutel, SchuldeiserType.vanCode(eiser[0]), eiser[1], opAdres || onbekend ? null : k.bsn(), k.straat(),
                    onbekend ? "2599ZZ" : k.postcode(), onbekend ? 900 + n : k.huisnummer(), bedrag, maanden, signaaldatum, ontvangen,
                    gekoppeld ? k.huishouden() : null, gekoppeld ? (opAdres ? "adres" : "bsn") : "geen", k.wijk().teamId(), status, contact, terug,
                    acties));
            if (gekozen) {
                n++;
            }
        }
        // One household of the consulent's team is marked unsafe, so the queue shows the flag on top; not the demo resident's.
        Veiligheidsmarkering markering = kandidaten.stream()
                .filter(k -> k.wijk().teamId().equals(DemoOmgeving.TEAM_CENTRUM) && !k.huishouden().equals(demoHuishouden)).findFirst()
                .map(k -> new Veiligheidsmarkering(id(prefix + "veilig"), k.huishouden(),
                        "Buren melden ruzie en geschreeuw; kinderen in huis. Vandaag huisbezoek met Veilig Thuis.", DemoOmgeving.NAAM_CONSULENT))
                .orElse(null);
        return new Signalen(signalen, markering);
    }

    private static Actie actie(UUID signaal, Soort soort, Boolean contact, String notitie, LocalDate datum) {
        return new Actie(id(signaal + "-" + soort.code()), soort, contact, notitie, datum, "consulent", DemoOmgeving.NAAM_CONSULENT);
    }

    private static UUID id(String naam) {
        return UUID.nameUUIDFromBytes(naam.getBytes(StandardCharsets.UTF_8));
    }
}

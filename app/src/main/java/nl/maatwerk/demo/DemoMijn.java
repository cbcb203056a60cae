package nl.maatwerk.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.besluit.BesluitDemo;
import nl.maatwerk.inwoner.Woonsituaties;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Teamcontact;
import nl.maatwerk.toegang.HulpvraagStatus;
import nl.maatwerk.toegang.Kanaal;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.Onderdeel;
import nl.maatwerk.toegang.PlanActie;
import nl.maatwerk.toegang.PlanDoel;
import nl.maatwerk.toegang.PlanEigenaar;
import nl.maatwerk.toegang.PlanInhoud;
import nl.maatwerk.toegang.PlanStatus;
import nl.maatwerk.toegang.Urgentie;
import nl.maatwerk.toegang.Vorm;
import nl.maatwerk.toegang.Wet;
import nl.maatwerk.toegang.demo.ToegangDemoOpslag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo resident's story in Mijn Maatwerk (issue 16): a request for bijzondere bijstand being looked at with its
 * legal clock, a regisseur, a consent, a plan with actions for the resident, a decision sent three weeks ago with its
 * letter, and the teams' contact details and opening hours. Written through the modules' demo APIs, once, after the
 * city's requests and decisions (it counts from today, so it is not in the day-fixed template).
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
class DemoMijn {

    private static UUID id(String naam) {
        return UUID.nameUUIDFromBytes(("demo-mijn-" + naam).getBytes(StandardCharsets.UTF_8));
    }

    private final GebruikerRegister gebruikers;
    private final Woonsituaties woonsituaties;
    private final ToegangDemoOpslag toegang;
    private final BesluitDemo besluit;
    private final Teamcontact teamcontact;
    private final DemoMijnVervolg vervolg;
    private final Clock klok;

    DemoMijn(GebruikerRegister gebruikers, Woonsituaties woonsituaties, ToegangDemoOpslag toegang, BesluitDemo besluit, Teamcontact teamcontact,
            DemoMijnVervolg vervolg, Clock klok) {
        this.vervolg = vervolg;
        this.gebruikers = gebruikers;
        this.woonsituaties = woonsituaties;
        this.toegang = toegang;
        this.besluit = besluit;
        this.teamcontact = teamcontact;
        this.klok = klok;
    }

    /** The demo resident's household, once the households and accounts are in; the generated requests and plans pass it by. */
    Optional<UUID> huishouden() {
        return gebruikers.zoek("inwoner").map(g -> g.inwonerId()).flatMap(woonsituaties::van).map(w -> w.huishoudenId());
    }

    String vul() {
        List<Teamcontact.Openingstijd> tijden = new ArrayList<>();
        for (DayOfWeek dag : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            tijden.add(new Teamcontact.Openingstijd(dag, LocalTime.of(9, 0), dag == DayOfWeek.FRIDAY ? LocalTime.of(12, 30) : LocalTime.of(17, 0)));
        }
        for (Wijk w : Wijk.values()) {
            teamcontact.leg(w.teamId(), w == Wijk.CENTRUM ? "070 123 45 67" : "14 070", w.teamId() + "@example.nl",
                    "Wijkcentrum " + w.naam() + ", Den Haag", tijden);
        }
        var inwoner = gebruikers.zoek("inwoner").map(g -> g.inwonerId()).orElse(null);
        var woon = inwoner == null ? null : woonsituaties.van(inwoner).orElse(null);
        if (woon == null || woon.huishoudenId() == null) {
            return "geen demo-inwoner";
        }
        UUID h = woon.huishoudenId();
        LocalDate vandaag = LocalDate.now(klok);
        Instant nu = Instant.now(klok);
        UUID vraag = id("hulpvraag");
        UUID eerdere = id("hulpvraag-koelkast");
        if (!toegang.heeftGegevens(h)) {
            LocalDate ontvangen = vandaag.minusDays(10);
            var lopend = new ToegangDemoOpslag.Hulpvraag(vraag, inwoner, Kanaal.DIGITAAL, Vorm.AANVRAAG,
                    "Ik kan de huur van deze maand niet betalen en wil bijzondere bijstand aanvragen.",
                    "Dat we in ons huis kunnen blijven wonen.", List.of(Levensdomein.FINANCIEN, Levensdomein.HUISVESTING), Urgentie.HOOG,
                    List.of(Wet.PARTICIPATIEWET), null, HulpvraagStatus.AANVRAAG, ontvangen, "consulent", "consulent",
                    List.of(new ToegangDemoOpslag.Statuswijziging(id("status-1"), null, HulpvraagStatus.AANVRAAG, "Aanvraag ontvangen", "consulent",
                            nu.minus(Duration.ofDays(10)))),
                    List.of(new ToegangDemoOpslag.Klok(id("klok-1"), "pw-besluit", "Besluit op een aanvraag om bijstand (Participatiewet)",
                            ontvangen, ontvangen.plusWeeks(8), "jci1.3:c:BWBR0005537&artikel=4:13&lid=2", null, null)));
            LocalDate eerder = vandaag.minusDays(45);
            var afgerond = new ToegangDemoOpslag.Hulpvraag(eerdere, inwoner, Kanaal.BALIE, Vorm.AANVRAAG,
                    "Mijn koelkast is kapot en ik heb geen geld voor een nieuwe.", "Eten vers kunnen bewaren voor de kinderen.",
                    List.of(Levensdomein.FINANCIEN), Urgentie.GEMIDDELD, List.of(Wet.PARTICIPATIEWET), null, HulpvraagStatus.BESLUIT, eerder,
                    "consulent", "consulent",
                    List.of(new ToegangDemoOpslag.Statuswijziging(id("status-2"), null, HulpvraagStatus.AANVRAAG, "Aanvraag ontvangen", "consulent",
                                    nu.minus(Duration.ofDays(45))),
                            new ToegangDemoOpslag.Statuswijziging(id("status-3"), HulpvraagStatus.AANVRAAG, HulpvraagStatus.BESLUIT,
                                    "Besluit verzonden", "consulent", nu.minus(Duration.ofDays(21)))),
                    List.of(new ToegangDemoOpslag.Klok(id("klok-2"), "pw-besluit", "Besluit op een aanvraag om bijstand (Participatiewet)",
                            eerder, eerder.plusWeeks(8), "jci1.3:c:BWBR0005537&artikel=4:13&lid=2", vandaag.minusDays(21), null)));
            PlanInhoud plan = new PlanInhoud(vandaag.plusMonths(2), List.of(
                    new PlanDoel(id("doel-1"), Levensdomein.FINANCIEN, "De huur is elke maand op tijd betaald.", List.of(
                            new PlanActie(id("actie-1"), "Bankafschriften van de laatste drie maanden sturen", PlanEigenaar.INWONER,
                                    woon.naam(), vandaag.plusDays(7), PlanStatus.OPEN),
                            new PlanActie(id("actie-2"), "Afspraak maken met de schuldhulpverlening", PlanEigenaar.PROFESSIONAL,
                                    DemoOmgeving.NAAM_REGISSEUR, vandaag.plusDays(14), PlanStatus.BEZIG))),
                    new PlanDoel(id("doel-2"), Levensdomein.HUISVESTING, "Het gezin blijft in het huis wonen.", List.of(
                            new PlanActie(id("actie-3"), "De verhuurder bellen over een betalingsregeling", PlanEigenaar.INWONER, woon.naam(),
                                    vandaag.plusDays(3), PlanStatus.BEZIG)))));
            toegang.voegToe(List.of(new ToegangDemoOpslag.Huishouden(h, List.of(lopend, afgerond),
                    new ToegangDemoOpslag.Regie(id("regie"), "regisseur", nu.minus(Duration.ofDays(40)), "Vaste contactpersoon voor het gezin",
                            "teamleider"),
                    List.of(), new ToegangDemoOpslag.Toestemming(id("toestemming"), inwoner, "Schuldhulpverlening Den Haag",
                            List.of(Onderdeel.HULPVRAGEN, Onderdeel.PLAN), "Samen werken aan een betalingsregeling", vandaag.minusDays(9), "consulent"),
                    List.of(new ToegangDemoOpslag.Planversie(1, plan, nu.minus(Duration.ofDays(8)), "regisseur", DemoOmgeving.NAAM_REGISSEUR,
                            List.of("Plan gemaakt met het gezin"))),
                    List.of())));
            besluit.verzondenVoorInwoner(h, eerdere, inwoner, 21);
        }
        vervolg.vul(h, inwoner, woon.naam(), id("doel-2"), vandaag, nu);
        return "verhaal van de demo-inwoner";
    }

    /** The demo resident and their household today, for the steps after this one; empty without them. */
    java.util.Optional<Woonsituaties.Woonsituatie> demoInwoner() {
        return gebruikers.zoek("inwoner").map(g -> g.inwonerId()).flatMap(woonsituaties::van);
    }
}

package nl.maatwerk.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.PlanActie;
import nl.maatwerk.toegang.PlanDoel;
import nl.maatwerk.toegang.PlanEigenaar;
import nl.maatwerk.toegang.PlanInhoud;
import nl.maatwerk.toegang.PlanStatus;
import nl.maatwerk.toegang.PlanWijzigingen;

/**
 * Household plans for about one in five demo households: 1-3 goals in the household's own words,
 * 1-3 actions each, an evaluation date and 1-3 versions. Each household draws from its own random
 * stream, separate from the one that makes the household, so adding plans changed no other data.
 */
final class DemoPlannen {

    record Versie(int nummer, PlanInhoud inhoud, Instant moment, String door, String doorNaam, List<String> wijzigingen) {
    }

    private record Voorbeeld(Levensdomein domein, String doel, String[] acties) {
    }

    private static final List<Voorbeeld> VOORBEELDEN = List.of(
            new Voorbeeld(Levensdomein.FINANCIEN, "We willen weer overzicht over ons geld en geen nieuwe schulden.",
                    new String[] {"Samen de post openen en sorteren", "Afspraak maken bij de schuldhulp", "Vaste lasten op een rij zetten"}),
            new Voorbeeld(Levensdomein.HUISVESTING, "Ik wil een huis zonder schimmel, waar de kinderen goed kunnen slapen.",
                    new String[] {"Melding maken bij de verhuurder", "Urgentie aanvragen", "Ventilatieadvies opvolgen"}),
            new Voorbeeld(Levensdomein.WERK_OPLEIDING, "Ik wil werk vinden voor een paar dagen per week.",
                    new String[] {"Cv maken met het werkcentrum", "Twee keer per maand solliciteren", "Taalcursus afmaken"}),
            new Voorbeeld(Levensdomein.SOCIAAL_NETWERK, "Ik wil minder alleen zijn en iemand hebben om op terug te vallen.",
                    new String[] {"Mee naar de koffieochtend in de buurt", "Maatje zoeken via het vrijwilligerspunt", "Wekelijks bellen met mijn zus"}),
            new Voorbeeld(Levensdomein.HUISELIJKE_RELATIES, "Thuis minder ruzie, zodat de kinderen rust hebben.",
                    new String[] {"Gesprekken bij opvoedondersteuning", "Afspraken maken over de omgang", "Elke week samen eten"}),
            new Voorbeeld(Levensdomein.GEESTELIJKE_GEZONDHEID, "Ik wil me weer rustiger voelen en beter slapen.",
                    new String[] {"Afspraak bij de huisarts", "Gesprekken bij de praktijkondersteuner", "Elke dag een wandeling"}),
            new Voorbeeld(Levensdomein.INSTRUMENTELE_ADL, "Ik wil de boodschappen en het huishouden weer zelf kunnen doen.",
                    new String[] {"Hulp bij het huishouden aanvragen", "Boodschappen samen met de buurvrouw", "Weekplanning maken"}),
            new Voorbeeld(Levensdomein.TIJDSBESTEDING, "Ik wil overdag iets te doen hebben.",
                    new String[] {"Kijken bij de dagbesteding", "Vrijwilligerswerk bij de voedselbank", "Sportclub uitproberen"}));

    private static final String[][] PROFESSIONALS = {{"consulent", "Sanne de Wit"}, {"regisseur", "Mohamed El Amrani"}};

    private DemoPlannen() {
    }

    /** The saved versions of this household's plan, oldest first; empty for most households. */
    static List<Versie> versies(long seed, DemoGenerator.DemoHuishouden h) {
        SplittableRandom r = new SplittableRandom((seed ^ 0x5EED_91A4L) * 2_000_003L + h.nummer());
        if (r.nextInt(100) >= 20) {
            return List.of();
        }
        String naamInwoner = h.leden().getFirst().persoon().voornamen().split(" ")[0];
        List<String> netwerk = h.netwerk().stream().map(DemoGenerator.Netwerk::naam).toList();
        List<Voorbeeld> keuze = new ArrayList<>(VOORBEELDEN);
        int aantalDoelen = 1 + r.nextInt(3);
        List<PlanDoel> doelen = new ArrayList<>();
        for (int i = 0; i < aantalDoelen; i++) {
            Voorbeeld v = keuze.remove(r.nextInt(keuze.size()));
            int aantalActies = 1 + r.nextInt(3);
            List<PlanActie> acties = new ArrayList<>();
            for (int j = 0; j < aantalActies; j++) {
                PlanEigenaar type = PlanEigenaar.values()[r.nextInt(PlanEigenaar.values().length)];
                if (type == PlanEigenaar.NETWERK && netwerk.isEmpty()) {
                    type = PlanEigenaar.INWONER;
                }
                String eigenaar = switch (type) {
                    case INWONER -> naamInwoner;
                    case NETWERK -> netwerk.get(r.nextInt(netwerk.size()));
                    case PROFESSIONAL -> r.nextBoolean() ? "Consulent wijkteam" : "Regisseur wijkteam";
                    case AANBIEDER -> new String[] {"Schuldhulp Den Haag", "Thuiszorg Haaglanden", "Welzijn in de wijk"}[r.nextInt(3)];
                };
                LocalDate uiterlijk = DemoGenerator.PEILDATUM.plusDays(r.nextInt(-60, 120));
                acties.add(new PlanActie(id(h, "actie-" + i + "-" + j), v.acties()[j], type, eigenaar, uiterlijk, PlanStatus.OPEN));
            }
            doelen.add(new PlanDoel(id(h, "doel-" + i), v.domein(), v.doel(), acties));
        }
        LocalDate evaluatie = DemoGenerator.PEILDATUM.plusDays(30 + r.nextInt(150));
        Instant moment = DemoGenerator.PEILDATUM.minusDays(20 + r.nextInt(200)).atTime(9 + r.nextInt(8), r.nextInt(60))
                .atZone(Klok.ZONE).toInstant();
        List<Versie> versies = new ArrayList<>();
        PlanInhoud vorige = PlanInhoud.LEEG;
        PlanInhoud inhoud = new PlanInhoud(evaluatie, doelen);
        int aantalVersies = 1 + r.nextInt(3);
        for (int n = 1; n <= aantalVersies; n++) {
            if (n > 1) {
                inhoud = voortgang(r, inhoud);
                moment = moment.plusSeconds(86_400L * (3 + r.nextInt(40)));
            }
            String[] door = PROFESSIONALS[r.nextInt(PROFESSIONALS.length)];
            versies.add(new Versie(n, inhoud, moment, door[0], door[1], PlanWijzigingen.beschrijf(vorige, inhoud)));
            vorige = inhoud;
        }
        return versies;
    }

    /** A later version: some actions moved on. */
    private static PlanInhoud voortgang(SplittableRandom r, PlanInhoud inhoud) {
        List<PlanDoel> doelen = new ArrayList<>();
        for (PlanDoel d : inhoud.doelen()) {
            List<PlanActie> acties = new ArrayList<>();
            for (PlanActie a : d.acties()) {
                PlanStatus status = a.status();
                int worp = r.nextInt(10);
                if (worp < 4) {
                    status = status == PlanStatus.OPEN ? PlanStatus.BEZIG : PlanStatus.GEDAAN;
                } else if (worp == 4) {
                    status = PlanStatus.GESTOPT;
                }
                acties.add(new PlanActie(a.id(), a.omschrijving(), a.eigenaarType(), a.eigenaar(), a.uiterlijk(), status));
            }
            doelen.add(new PlanDoel(d.id(), d.levensdomein(), d.doel(), acties));
        }
        return new PlanInhoud(inhoud.evaluatiedatum(), doelen);
    }

    private static UUID id(DemoGenerator.DemoHuishouden h, String wat) {
        return UUID.nameUUIDFromBytes((h.id() + "-plan-" + wat).getBytes(StandardCharsets.UTF_8));
    }
}

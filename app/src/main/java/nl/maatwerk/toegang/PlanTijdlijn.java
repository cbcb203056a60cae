package nl.maatwerk.toegang;

import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Tijdlijn;
import org.springframework.stereotype.Component;

/** Each saved version of the plan is an event on the household's timeline. */
@Component
class PlanTijdlijn implements Tijdlijn {

    private final Gezinsplannen plannen;
    private final PlanVanInwoner vanInwoner;

    PlanTijdlijn(Gezinsplannen plannen, PlanVanInwoner vanInwoner) {
        this.plannen = plannen;
        this.vanInwoner = vanInwoner;
    }

    /** The plan is shared with the household; its versions say what changed in it, in the system's words. */
    @Override
    public List<Gebeurtenis> voorInwoner(UUID huishoudenId, UUID inwonerId) {
        return voorProfessional(huishoudenId);
    }

    @Override
    public List<Gebeurtenis> voorProfessional(UUID huishoudenId) {
        List<Gebeurtenis> uit = new java.util.ArrayList<>(plannen.voorTijdlijn(huishoudenId).stream().map(v -> new Gebeurtenis(v.moment(), "Plan",
                "Plan gewijzigd door " + v.door() + ": " + samenvatting(v.wijzigingen()), "")).toList());
        // What a resident answered in Mijn Maatwerk (issue 16): agreed, or not with their comment.
        vanInwoner.voorTijdlijn(huishoudenId).forEach(i -> uit.add(new Gebeurtenis(i.op(), "Plan",
                i.akkoord() ? i.doorNaam() + " is het eens met het plan (versie " + i.planVersie() + ")"
                        : i.doorNaam() + " is het niet eens met het plan (versie " + i.planVersie() + "): " + PlanWijzigingen.kort(i.opmerking()),
                i.doorNaam())));
        return uit;
    }

    private static String samenvatting(List<String> wijzigingen) {
        if (wijzigingen.isEmpty()) {
            return "opgeslagen";
        }
        String eerste = wijzigingen.getFirst();
        int meer = wijzigingen.size() - 1;
        return eerste + (meer == 0 ? "" : meer == 1 ? " (en 1 andere wijziging)" : " (en " + meer + " andere wijzigingen)");
    }
}

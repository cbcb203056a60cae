package nl.maatwerk.toegang;

import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Tijdlijn;
import org.springframework.stereotype.Component;

/** Each saved version of the plan is an event on the household's timeline. */
@Component
class PlanTijdlijn implements Tijdlijn {

    private final Gezinsplannen plannen;

    PlanTijdlijn(Gezinsplannen plannen) {
        this.plannen = plannen;
    }

    /** The plan is shared with the household; its versions say what changed in it, in the system's words. */
    @Override
    public List<Gebeurtenis> voorInwoner(UUID huishoudenId, UUID inwonerId) {
        return voorProfessional(huishoudenId);
    }

    @Override
    public List<Gebeurtenis> voorProfessional(UUID huishoudenId) {
        return plannen.voorTijdlijn(huishoudenId).stream().map(v -> new Gebeurtenis(v.moment(), "Plan",
                "Plan gewijzigd door " + v.door() + ": " + samenvatting(v.wijzigingen()), "")).toList();
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

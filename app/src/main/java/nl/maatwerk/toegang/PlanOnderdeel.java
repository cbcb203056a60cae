package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
import nl.maatwerk.platform.Gebruiker;
import org.springframework.stereotype.Component;

/** The plan summary on the household page: goals per life domain, open and overdue actions, evaluation. */
@Component
class PlanOnderdeel implements HuishoudenOnderdeel {

    private final Gezinsplannen plannen;
    private final PlanVanInwoner vanInwoner;
    private final Clock klok;

    PlanOnderdeel(Gezinsplannen plannen, PlanVanInwoner vanInwoner, Clock klok) {
        this.plannen = plannen;
        this.vanInwoner = vanInwoner;
        this.klok = klok;
    }

    @Override
    public int volgorde() {
        return 40;
    }

    @Override
    public String sjabloon() {
        return "toegang/plan";
    }

    @Override
    public String kop() {
        return "Plan";
    }

    @Override
    public String fragment() {
        return "plan";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.PLAN;
    }

    @Override
    public List<String> ankers() {
        return List.of("plan-titel");
    }

    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        return gegevens(huishouden, true);
    }

    /** The plan is the household's own: goals in its words, who does what. A resident reads it all and changes nothing. */
    @Override
    public Optional<Map<String, Object>> voorInwoner(Huishouden huishouden, UUID inwonerId) {
        return Optional.of(gegevens(huishouden, false));
    }

    private Map<String, Object> gegevens(Huishouden huishouden, boolean magBewerken) {
        Gezinsplan plan = plannen.voorHuishoudpagina(huishouden.id());
        LocalDate vandaag = LocalDate.now(klok);
        Map<String, Object> m = new HashMap<>();
        m.put("huishoudenId", huishouden.id());
        m.put("plan", plan);
        m.put("lopend", plan.lopendeActies());
        m.put("verlopen", plan.verlopenActies(vandaag));
        m.put("evaluatieVerstreken", plan.inhoud().evaluatiedatum() != null && plan.inhoud().evaluatiedatum().isBefore(vandaag));
        m.put("magBewerken", magBewerken);
        // What the residents answered in Mijn Maatwerk (issue 16), for the professional's summary.
        m.put("instemmingen", magBewerken ? vanInwoner.voorProfessional(huishouden.id()).instemmingen() : List.of());
        return m;
    }
}

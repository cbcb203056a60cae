package nl.maatwerk.socialekaart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.toegang.AanbodInPlan;
import org.springframework.stereotype.Component;

/**
 * On the plan tab of the household page: for every goal and every ZRM domain at 2 or lower, the three offers that fit
 * best, with why, a button to add one to the plan and one to refer the household; and the household's referrals with
 * the organisations' answers. Only for professionals; the page logs its read once for all members.
 */
@Component
class AanbodOnderdeel implements HuishoudenOnderdeel {

    private final Aanbod aanbod;
    private final AanbodInPlan plan;
    private final Verwijzingen verwijzingen;
    private final Clock klok;

    AanbodOnderdeel(Aanbod aanbod, AanbodInPlan plan, Verwijzingen verwijzingen, Clock klok) {
        this.aanbod = aanbod;
        this.plan = plan;
        this.verwijzingen = verwijzingen;
        this.klok = klok;
    }

    @Override
    public int volgorde() {
        // Right after the plan (toegang's PlanOnderdeel, 40).
        return 45;
    }

    @Override
    public String sjabloon() {
        return "socialekaart/onderdelen";
    }

    @Override
    public String fragment() {
        return "aanbod";
    }

    @Override
    public String kop() {
        return "Aanbod in de buurt";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.PLAN;
    }

    @Override
    public List<String> ankers() {
        return List.of("sociale-kaart", "verwijzingen");
    }

    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        LocalDate vandaag = LocalDate.now(klok);
        AanbodInPlan.Behoeften b = plan.voorHuishoudpagina(huishouden.id());
        Map<String, Object> m = new HashMap<>();
        m.put("huishoudenId", huishouden.id());
        m.put("planVersie", b.planVersie());
        m.put("matches", Passend.voor(b.behoeften(), Huishoudprofiel.van(huishouden, vandaag), aanbod.catalogus().perDomein()));
        m.put("verwijzingen", verwijzingen.voorHuishoudpagina(huishouden.id()));
        m.put("antwoorden", Keuze.opties(new Verwijzingstatus[] {Verwijzingstatus.GEHOLPEN, Verwijzingstatus.NIET_GEHOLPEN,
            Verwijzingstatus.WACHTLIJST}, null));
        return m;
    }
}

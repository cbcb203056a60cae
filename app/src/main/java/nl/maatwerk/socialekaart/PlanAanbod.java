package nl.maatwerk.socialekaart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.toegang.AanbodInPlan;
import nl.maatwerk.toegang.AanbodVoorPlan;
import org.springframework.stereotype.Component;

/** The offer in the plan editor: the same matching as on the household page, fewer per need (toegang's SPI). */
@Component
class PlanAanbod implements AanbodVoorPlan {

    private final Aanbod aanbod;
    private final AanbodInPlan plan;
    private final Huishoudens huishoudens;
    private final Clock klok;

    PlanAanbod(Aanbod aanbod, AanbodInPlan plan, Huishoudens huishoudens, Clock klok) {
        this.aanbod = aanbod;
        this.plan = plan;
        this.huishoudens = huishoudens;
        this.klok = klok;
    }

    @Override
    public List<Behoefte> voor(UUID huishoudenId) {
        Huishouden h = huishoudens.lees(huishoudenId);
        Huishoudprofiel profiel = Huishoudprofiel.van(h, LocalDate.now(klok));
        return Passend.voor(plan.voorHuishoudpagina(huishoudenId).behoeften(), profiel, aanbod.catalogus().perDomein()).stream()
                .map(m -> new Behoefte(m.behoefte().domein(), m.behoefte().doelId(), m.behoefte().doel(), m.behoefte().zrmScore(),
                        m.suggesties().stream().limit(PER_BEHOEFTE).map(s -> new Voorstel(s.dienst().id(), s.dienst().naam(),
                                s.dienst().organisatie().naam(), s.reden())).toList()))
                .filter(b -> !b.voorstellen().isEmpty()).toList();
    }
}

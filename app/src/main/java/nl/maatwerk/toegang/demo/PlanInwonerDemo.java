package nl.maatwerk.toegang.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.toegang.PlanActie;
import nl.maatwerk.toegang.PlanDoel;
import nl.maatwerk.toegang.PlanEigenaar;
import nl.maatwerk.toegang.PlanStatus;
import nl.maatwerk.toegang.opslag.PlanOpslag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: the demo resident worked on their plan in Mijn Maatwerk (issue 16): they added an action of their own
 * to a goal (a new plan version saved by them, marked as theirs for the regisseur) and said they agree with the plan.
 * Written once: a second run finds the action and does nothing.
 */
@Component
public class PlanInwonerDemo {

    private final PlanOpslag opslag;
    private final JdbcClient jdbc;

    PlanInwonerDemo(PlanOpslag opslag, JdbcClient jdbc) {
        this.opslag = opslag;
        this.jdbc = jdbc;
    }

    /**
     * Adds {@code actieId} to goal {@code doelId} of the household's current plan (to its first goal when the plan has no
     * such goal, e.g. a plan the city generator wrote), by the resident, and their agreement.
     */
    @Transactional
    public boolean inwonerWerktMee(UUID huishoudenId, UUID inwonerId, String gebruikersnaam, String naam, UUID doelId, UUID actieId,
            String omschrijving, LocalDate uiterlijk, Instant moment) {
        var kop = opslag.kop(huishoudenId).orElse(null);
        if (kop == null || kop.inhoud().doelen().isEmpty()
                || kop.inhoud().doelen().stream().flatMap(d -> d.acties().stream()).anyMatch(a -> a.id().equals(actieId))) {
            return false;
        }
        UUID doel = kop.inhoud().doelen().stream().anyMatch(d -> d.id().equals(doelId)) ? doelId : kop.inhoud().doelen().getFirst().id();
        PlanActie actie = new PlanActie(actieId, omschrijving, PlanEigenaar.INWONER, naam, uiterlijk, PlanStatus.BEZIG);
        List<PlanDoel> doelen = kop.inhoud().doelen().stream().map(d -> {
            if (!d.id().equals(doel)) {
                return d;
            }
            List<PlanActie> acties = new ArrayList<>(d.acties());
            acties.add(actie);
            return new PlanDoel(d.id(), d.levensdomein(), d.doel(), acties);
        }).toList();
        int versie = kop.versie() + 1;
        opslag.slaOp(huishoudenId, kop.versie(), new nl.maatwerk.toegang.PlanInhoud(kop.inhoud().evaluatiedatum(), doelen), gebruikersnaam, naam,
                List.of("Actie toegevoegd: '" + omschrijving + "' (" + naam + ", inwoner)"), moment);
        Timestamp op = Timestamp.from(moment);
        jdbc.sql("""
                insert into toegang.plan_inwoneractie (huishouden_id, actie_id, soort, inwoner_id, door_naam, plan_versie, op)
                values (?, ?, 'toegevoegd', ?, ?, ?, ?) on conflict do nothing
                """).params(huishoudenId, actieId, inwonerId, naam, versie, op).update();
        jdbc.sql("""
                insert into toegang.plan_instemming (id, huishouden_id, inwoner_id, plan_versie, akkoord, opmerking, door_naam, op)
                values (?, ?, ?, ?, true, null, ?, ?) on conflict do nothing
                """).params(UUID.nameUUIDFromBytes(("demo-instemming-" + huishoudenId).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                huishoudenId, inwonerId, versie, naam, Timestamp.from(moment.plusSeconds(60))).update();
        return true;
    }
}

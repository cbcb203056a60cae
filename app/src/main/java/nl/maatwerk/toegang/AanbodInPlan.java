package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sociale kaart needs of the plan (issue 17): the household's needs (every goal, and every ZRM life
 * domain scored 2 or lower in somebody's latest assessment) and adding an offer to the plan as an action with
 * that organisation. Kept apart from {@link Gezinsplannen}'s own API, which others extend at the same time; the
 * write goes through {@link Gezinsplannen#slaOp}, so need-to-know, versions and the log are the plan's own.
 */
@Service
public class AanbodInPlan {

    /** ZRM scores at or below this count as a need on the household page (2: niet zelfredzaam). */
    public static final int ZRM_DREMPEL = 2;

    private final Gezinsplannen plannen;
    private final ZrmMetingen zrm;

    AanbodInPlan(Gezinsplannen plannen, ZrmMetingen zrm) {
        this.plannen = plannen;
        this.zrm = zrm;
    }

    /**
     * A need of the household: a goal of its plan (with its id and words), or a life domain with a low ZRM score
     * and no goal yet (then {@code doelId} and {@code doel} are null).
     */
    public record Behoefte(Levensdomein domein, UUID doelId, String doel, Integer zrmScore) {
    }

    /** The needs with the plan's version, which adding an action must name. */
    public record Behoeften(int planVersie, List<Behoefte> behoeften) {
    }

    /**
     * The needs of a household, for a part of its page. Without check or log: call only after need-to-know was
     * checked for the page, whose read is logged once for all its parts.
     */
    public Behoeften voorHuishoudpagina(UUID huishoudenId) {
        Gezinsplan plan = plannen.voorHuishoudpagina(huishoudenId);
        ZrmOverzicht overzicht = zrm.overzichtVoorHuishoudenpagina(huishoudenId);
        List<Behoefte> uit = new ArrayList<>();
        Set<Levensdomein> metDoel = EnumSet.noneOf(Levensdomein.class);
        List<ZrmOverzicht.Laagste> laagste = overzicht.laagstePerDomein();
        for (PlanDoel d : plan.inhoud().doelen()) {
            if (d.levensdomein() != null) {
                metDoel.add(d.levensdomein());
                uit.add(new Behoefte(d.levensdomein(), d.id(), d.doel(), score(laagste, d.levensdomein())));
            }
        }
        for (ZrmOverzicht.Laagste l : laagste) {
            if (l.score() != null && l.score() <= ZRM_DREMPEL && !metDoel.contains(l.domein())) {
                uit.add(new Behoefte(l.domein(), null, null, l.score()));
            }
        }
        return new Behoeften(plan.versie(), uit);
    }

    private static Integer score(List<ZrmOverzicht.Laagste> laagste, Levensdomein domein) {
        // A domain nobody scored has a null score: not a value for findFirst.
        return laagste.stream().filter(l -> l.domein() == domein && l.score() != null).map(ZrmOverzicht.Laagste::score).findFirst().orElse(null);
    }

    /**
     * Adds an action carried out by an organisation ({@link PlanEigenaar#AANBIEDER}) under the goal {@code doelId},
     * or, without one, under the first goal on {@code domein}, or under a new goal on that domain. Saved from plan
     * version {@code versie}: an older version is a conflict, as for any save of the plan.
     *
     * @return the plan's new version
     */
    @Transactional
    public int voegActieToe(UUID huishoudenId, Integer versie, UUID doelId, Levensdomein domein, String omschrijving,
            String organisatie, LocalDate uiterlijk) {
        Gezinsplan plan = plannen.lees(huishoudenId);
        List<PlanDoel> doelen = new ArrayList<>(plan.inhoud().doelen());
        int index = -1;
        for (int i = 0; i < doelen.size() && index < 0; i++) {
            if (doelId != null ? doelId.equals(doelen.get(i).id()) : doelen.get(i).levensdomein() == domein) {
                index = i;
            }
        }
        if (doelId != null && index < 0) {
            throw new OngeldigeInvoerException("doelId", "invalid", "Dit doel staat niet (meer) in het plan. Open het plan opnieuw.");
        }
        if (index < 0 && domein == null) {
            throw new OngeldigeInvoerException("domein", "required", "Kies het levensdomein waarbij de actie hoort.");
        }
        PlanActie actie = new PlanActie(null, omschrijving, PlanEigenaar.AANBIEDER, organisatie, uiterlijk, PlanStatus.OPEN);
        if (index < 0) {
            doelen.add(new PlanDoel(null, domein, "Hulp bij " + domein.omschrijving().toLowerCase(java.util.Locale.ROOT), List.of(actie)));
        } else {
            PlanDoel d = doelen.get(index);
            List<PlanActie> acties = new ArrayList<>(d.acties());
            acties.add(actie);
            doelen.set(index, new PlanDoel(d.id(), d.levensdomein(), d.doel(), acties));
        }
        return plannen.slaOp(huishoudenId, new PlanInhoud(plan.inhoud().evaluatiedatum(), doelen), versie).versie();
    }
}

package nl.maatwerk.waardering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.besluit.BesluitVerzonden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Systeemactie;
import nl.maatwerk.toegang.HulpvraagAfgesloten;
import nl.maatwerk.toegang.PlanGeevalueerd;
import nl.maatwerk.toegang.Wet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites the resident after a decision was sent, the plan was evaluated or a request was closed. Runs after the step has committed, in a
 * transaction and on a thread of its own, as a system action. Delivered at least once; a second delivery finds the
 * invitation already there and adds nothing.
 */
@Component
class Uitnodigingsluisteraar {

    /** Stored with every publication, so a stored event still finds these listeners after a rename. */
    static final String NA_BESLUIT = "waardering.uitnodigen-na-besluit";
    static final String NA_AFSLUITING = "waardering.uitnodigen-na-afsluiting";
    static final String NA_EVALUATIE = "waardering.uitnodigen-na-evaluatie";

    private final Uitnodigingen uitnodigingen;
    private final Huishoudens huishoudens;
    private final Vragenlijstcodes codes;

    Uitnodigingsluisteraar(Uitnodigingen uitnodigingen, Huishoudens huishoudens, Vragenlijstcodes codes) {
        this.uitnodigingen = uitnodigingen;
        this.codes = codes;
        this.huishoudens = huishoudens;
    }

    @ApplicationModuleListener(id = NA_BESLUIT)
    void naBesluit(BesluitVerzonden gebeurtenis) {
        Wet wet = wet(gebeurtenis.soort());
        if (wet == null) {
            return;
        }
        LocalDate op = gebeurtenis.beantwoordOp();
        Systeemactie.voer("gebeurtenis BesluitVerzonden", () -> huishoudens.aanvragerAlsSysteem(gebeurtenis.huishoudenId(), op)
                .ifPresent(inwoner -> {
                    uitnodigingen.nodigUitAlsSysteem(inwoner, gebeurtenis.huishoudenId(), wet, Aanleiding.BESLUIT, gebeurtenis.besluitId(), op);
                    // The letter printed the code for this decision (besluit.Vragenlijstcode); from now on it opens this invitation.
                    uitnodigingen.zetCodeAlsSysteem(gebeurtenis.besluitId(), codes.hashVanBesluit(gebeurtenis.besluitId()));
                }));
    }

    @ApplicationModuleListener(id = NA_AFSLUITING)
    void naAfsluiting(HulpvraagAfgesloten gebeurtenis) {
        Wet wet = hoofdwet(gebeurtenis.wetten());
        Systeemactie.voer("gebeurtenis HulpvraagAfgesloten", () -> {
            UUID inwoner = gebeurtenis.inwonerId() != null ? gebeurtenis.inwonerId()
                    : huishoudens.aanvragerAlsSysteem(gebeurtenis.huishoudenId(), gebeurtenis.afgeslotenOp()).orElse(null);
            if (inwoner != null) {
                uitnodigingen.nodigUitAlsSysteem(inwoner, gebeurtenis.huishoudenId(), wet, Aanleiding.AFSLUITING, gebeurtenis.hulpvraagId(),
                        gebeurtenis.afgeslotenOp());
            }
        });
    }

    /** After an evaluation of the plan: the household's applicant; the plan spans laws, so the law is "geen". */
    @ApplicationModuleListener(id = NA_EVALUATIE)
    void naEvaluatie(PlanGeevalueerd gebeurtenis) {
        Systeemactie.voer("gebeurtenis PlanGeevalueerd", () -> huishoudens.aanvragerAlsSysteem(gebeurtenis.huishoudenId(), gebeurtenis.gesprekOp())
                .ifPresent(inwoner -> uitnodigingen.nodigUitAlsSysteem(inwoner, gebeurtenis.huishoudenId(), Wet.GEEN, Aanleiding.EVALUATIE,
                        gebeurtenis.evaluatieId(), gebeurtenis.gesprekOp())));
    }

    /** The law a decision is made under; none for a recovery of benefit, which is no help to rate. */
    static Wet wet(BesluitSoort soort) {
        return switch (soort) {
            case WMO_MAATWERKVOORZIENING -> Wet.WMO;
            case JEUGDWET_VOORZIENING -> Wet.JEUGDWET;
            case PW_BIJZONDERE_BIJSTAND -> Wet.PARTICIPATIEWET;
            case PW_TERUGVORDERING -> null;
        };
    }

    /** One law per answer: the first of Wmo, Jeugdwet, Participatiewet, schuldhulp the request names, else none. */
    static Wet hoofdwet(List<Wet> wetten) {
        for (Wet w : List.of(Wet.WMO, Wet.JEUGDWET, Wet.PARTICIPATIEWET, Wet.WGS)) {
            if (wetten.contains(w)) {
                return w;
            }
        }
        return Wet.GEEN;
    }
}

package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;


import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@link Inwoners#namen} gives names without a need-to-know check of its own; its Javadoc says why
 * that is safe for the callers there are (issue 13). A new caller must get the same review: this
 * test fails until it is added here, with the check it relies on.
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class InwonerNamenTest {

    private static final JavaClasses KLASSEN = nl.maatwerk.Hoofdcode.klassen();

    /** Each reads its records only for households whose need-to-know it checked, or in a system action. */
    private static final Set<String> BEKEKEN = Set.of(
            // decisions: dossier.zichtbaar, vereisZichtbaar, the team lead's visible households, or right after creating one
            "nl.maatwerk.besluit.Besluitdossier.laadAlle",
            // requests: lees/zichtbaar, vereisZichtbaar, the visibility subquery, a system action, or the team queue
            "nl.maatwerk.toegang.Hulpvragen.laadAlle",
            // assessments: overzicht and vastleggen check the household; the household page parts come after its check
            "nl.maatwerk.toegang.ZrmMetingen.metNamen",
            // consents: vanHuishouden checks the household first
            "nl.maatwerk.toegang.Toestemmingen.vanHuishouden",
            // messages (issue 16): vanHuishouden checks the household and the professional role first; the names are of the
            // residents who wrote in that household's conversations
            "nl.maatwerk.mijn.bericht.Berichten.vanHuishouden");

    @Test
    void namesAreAskedOnlyByTheReviewedCallers() {
        JavaMethod namen = KLASSEN.get(Inwoners.class).getMethod("namen", java.util.Collection.class);
        Set<String> aanroepers = namen.getCallsOfSelf().stream()
                .map(c -> c.getOrigin().getOwner().getName() + "." + c.getOrigin().getName())
                .collect(Collectors.toSet());
        assertThat(aanroepers).as("callers of Inwoners.namen; a new one needs the review in its Javadoc").isEqualTo(BEKEKEN);
    }
}

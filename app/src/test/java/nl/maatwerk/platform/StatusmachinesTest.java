package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;


import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every status machine in the app (docs/conventies.md, "Statusmachines") is a sound process: no
 * state follows itself, every state can be reached from the first, and there is an end state.
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class StatusmachinesTest {

    private static List<Class<?>> statusmachines() {
        return nl.maatwerk.Hoofdcode.klassen()
                .stream().filter(c -> c.isEnum() && c.isAssignableTo(Statusmachine.class)).map(JavaClass::reflect)
                .<Class<?>>map(c -> c).toList();
    }

    @Test
    void theDecisionTheRequestAndTheRuleProposalAreStatusMachines() {
        assertThat(statusmachines()).extracting(Class::getSimpleName)
                .contains("BesluitStatus", "HulpvraagStatus", "VoorstelStatus");
    }

    @Test
    void noStateFollowsItselfEveryStateIsReachableFromTheFirstAndThereIsAnEndState() {
        for (Class<?> type : statusmachines()) {
            Statusmachine<?>[] standen = (Statusmachine<?>[]) type.getEnumConstants();
            Set<Object> bereikt = new HashSet<>();
            Deque<Statusmachine<?>> nogTeDoen = new ArrayDeque<>(List.of(standen[0]));
            while (!nogTeDoen.isEmpty()) {
                Statusmachine<?> stand = nogTeDoen.pop();
                if (bereikt.add(stand)) {
                    Set<Object> volgende = new HashSet<>(stand.volgende());
                    assertThat(volgende).as("%s.%s volgt op zichzelf", type.getSimpleName(), stand).doesNotContain((Object) stand);
                    volgende.forEach(v -> nogTeDoen.push((Statusmachine<?>) v));
                }
            }
            assertThat(bereikt).as("%s: elke stand is bereikbaar vanaf de eerste", type.getSimpleName()).containsExactlyInAnyOrder((Object[]) standen);
            assertThat(standen).as("%s heeft een eindstand", type.getSimpleName()).anyMatch(Statusmachine::isEindstand);
        }
    }

    @Test
    void aRequestMovesOnlyForwardCanAlwaysBeClosedAndNeverReopens() {
        var melding = nl.maatwerk.toegang.HulpvraagStatus.MELDING;
        var aanvraag = nl.maatwerk.toegang.HulpvraagStatus.AANVRAAG;
        var afgesloten = nl.maatwerk.toegang.HulpvraagStatus.AFGESLOTEN;
        assertThat(melding.kanNaar(aanvraag)).isTrue();
        assertThat(aanvraag.kanNaar(melding)).isFalse();
        assertThat(aanvraag.kanNaar(afgesloten)).isTrue();
        assertThat(afgesloten.isEindstand()).isTrue();
    }
}

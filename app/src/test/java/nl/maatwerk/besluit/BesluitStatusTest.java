package nl.maatwerk.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BesluitStatusTest {

    @Test
    void theStateMachineGoesForwardOnlyWithRejectionAsTheOneWayBack() {
        assertThat(BesluitStatus.CONCEPT.volgende()).containsExactlyInAnyOrder(BesluitStatus.TER_GOEDKEURING, BesluitStatus.DEFINITIEF);
        assertThat(BesluitStatus.TER_GOEDKEURING.volgende()).containsExactlyInAnyOrder(BesluitStatus.GOEDGEKEURD, BesluitStatus.CONCEPT);
        assertThat(BesluitStatus.GOEDGEKEURD.volgende()).containsExactly(BesluitStatus.DEFINITIEF);
        assertThat(BesluitStatus.DEFINITIEF.volgende()).containsExactly(BesluitStatus.VERZONDEN);
        assertThat(BesluitStatus.VERZONDEN.volgende()).isEmpty();
        assertThat(BesluitStatus.GOEDGEKEURD.kanNaar(BesluitStatus.CONCEPT)).as("approved content is what was approved").isFalse();
    }

    @Test
    void onlyDefinitiefAndVerzondenAreFinal() {
        assertThat(EnumSet.allOf(BesluitStatus.class).stream().filter(BesluitStatus::isDefinitief))
                .containsExactlyInAnyOrder(BesluitStatus.DEFINITIEF, BesluitStatus.VERZONDEN);
        assertThat(BesluitStatus.vanCode("ter-goedkeuring")).isEqualTo(BesluitStatus.TER_GOEDKEURING);
    }
}

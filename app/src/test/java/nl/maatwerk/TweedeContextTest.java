package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.test.context.ContextCustomizer;

@Execution(ExecutionMode.CONCURRENT)
class TweedeContextTest {

    private final TweedeContext fabriek = new TweedeContext();

    @Test
    void classesWithTheSecondLanesLockShareAContextKeyOfTheirOwnAndOthersKeepTheirs() {
        ContextCustomizer tweede = fabriek.createContextCustomizer(Tweede.class, List.of());
        ContextCustomizer ookTweede = fabriek.createContextCustomizer(OokTweede.class, List.of());
        assertThat(tweede).isNotNull().isEqualTo(ookTweede);
        assertThat(tweede.hashCode()).isEqualTo(ookTweede.hashCode());
        assertThat(fabriek.createContextCustomizer(Eerste.class, List.of())).isNull();
        assertThat(fabriek.createContextCustomizer(AnderSlot.class, List.of())).isNull();
    }

    @Test
    void anInnerClassIsInTheLaneOfTheClassAroundIt() {
        assertThat(TweedeContext.inTweedeBaan(Tweede.Binnen.class)).isTrue();
        assertThat(TweedeContext.inTweedeBaan(Eerste.Binnen.class)).isFalse();
    }

    @ResourceLock(TweedeContext.NAAM)
    static class Tweede {

        class Binnen {
        }
    }

    @ResourceLock(TweedeContext.NAAM)
    static class OokTweede {
    }

    static class Eerste {

        class Binnen {
        }
    }

    @ResourceLock("iets-anders")
    static class AnderSlot {
    }
}

package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.HuishoudenGegevens.Lid;
import nl.maatwerk.inwoner.opslag.HuishoudenOpslag.Periode;
import org.junit.jupiter.api.Test;

/** Which changes of a composition are moves, as the events they give; worked out by hand. */
class VerhuizingenTest {

    static final UUID HIER = UUID.randomUUID();
    static final UUID ELDERS = UUID.randomUUID();
    static final UUID DERDE = UUID.randomUUID();
    static final UUID JAN = UUID.randomUUID();
    static final UUID PIET = UUID.randomUUID();

    static Lid lid(UUID wie, LocalDate vanaf, LocalDate totEnMet) {
        return new Lid(wie, wie == JAN ? LidRol.AANVRAGER : LidRol.KIND, null, vanaf, totEnMet);
    }

    /** The periods elsewhere, and who was asked about, so a test can see that unchanged members cost no lookup. */
    final List<UUID> gevraagd = new ArrayList<>();

    List<LidVerhuisd> bij(List<Lid> voor, List<Lid> na, Periode... elders) {
        return Verhuizingen.bij(HIER, voor, na, wie -> {
            gevraagd.addAll(wie);
            return List.of(elders);
        });
    }

    @Test
    void anEndDateOnAMembershipIsAMoveOutFromTheNextDayToTheNextHouseholdIfAny() {
        List<Lid> voor = List.of(lid(JAN, LocalDate.of(2015, 1, 1), null), lid(PIET, LocalDate.of(2015, 1, 1), null));
        List<Lid> na = List.of(lid(JAN, LocalDate.of(2015, 1, 1), null), lid(PIET, LocalDate.of(2015, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(bij(voor, na)).containsExactly(new LidVerhuisd(PIET, HIER, null, LocalDate.of(2026, 4, 1)));
        assertThat(gevraagd).containsExactly(PIET);
        // The next household already recorded (the end here moves earlier): the move goes there, not to one before.
        assertThat(bij(List.of(lid(PIET, LocalDate.of(2015, 1, 1), LocalDate.of(2026, 4, 30))),
                List.of(lid(PIET, LocalDate.of(2015, 1, 1), LocalDate.of(2026, 3, 31))),
                new Periode(PIET, DERDE, LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31)),
                new Periode(PIET, ELDERS, LocalDate.of(2026, 5, 1), null)))
                .containsExactly(new LidVerhuisd(PIET, HIER, ELDERS, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void aNewMembershipAfterOneElsewhereIsAMoveInFromTheLatestOfThem() {
        List<Lid> voor = List.of(lid(JAN, LocalDate.of(2015, 1, 1), null));
        List<Lid> na = List.of(lid(JAN, LocalDate.of(2015, 1, 1), null), lid(PIET, LocalDate.of(2026, 4, 1), null));
        assertThat(bij(voor, na,
                new Periode(PIET, DERDE, LocalDate.of(2000, 1, 1), LocalDate.of(2009, 12, 31)),
                new Periode(PIET, ELDERS, LocalDate.of(2010, 1, 1), LocalDate.of(2026, 3, 31))))
                .containsExactly(new LidVerhuisd(PIET, ELDERS, HIER, LocalDate.of(2026, 4, 1)));
        // A new household (nothing before) with someone who lived elsewhere: the same move.
        assertThat(bij(List.of(), List.of(lid(PIET, LocalDate.of(2026, 4, 1), null)),
                new Periode(PIET, ELDERS, LocalDate.of(2010, 1, 1), LocalDate.of(2026, 3, 31))))
                .containsExactly(new LidVerhuisd(PIET, ELDERS, HIER, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void noMoveWithoutAnEarlierEndOrAMembershipElsewhereBefore() {
        List<Lid> huidig = List.of(lid(JAN, LocalDate.of(2015, 1, 1), LocalDate.of(2026, 3, 31)));
        // Unchanged: nothing, and nobody looked up.
        assertThat(bij(huidig, huidig)).isEmpty();
        assertThat(gevraagd).isEmpty();
        // A later end date or none: the move is postponed or cancelled, nothing moved out.
        assertThat(bij(huidig, List.of(lid(JAN, LocalDate.of(2015, 1, 1), LocalDate.of(2026, 6, 30))))).isEmpty();
        assertThat(bij(huidig, List.of(lid(JAN, LocalDate.of(2015, 1, 1), null)))).isEmpty();
        // A member removed altogether is a correction, not a move.
        assertThat(bij(List.of(lid(JAN, LocalDate.of(2015, 1, 1), null), lid(PIET, LocalDate.of(2015, 1, 1), null)),
                List.of(lid(JAN, LocalDate.of(2015, 1, 1), null)))).isEmpty();
        // A first household: nobody lived elsewhere before; a membership elsewhere that is still open or starts later is no origin.
        assertThat(bij(List.of(), List.of(lid(PIET, LocalDate.of(2026, 4, 1), null)),
                new Periode(PIET, ELDERS, LocalDate.of(2027, 1, 1), null))).isEmpty();
    }
}

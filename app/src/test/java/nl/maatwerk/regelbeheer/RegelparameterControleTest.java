package nl.maatwerk.regelbeheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.junit.jupiter.api.Test;

/** The check of a proposal as a pure function: every field with its Dutch reason. */
class RegelparameterControleTest {

    private static final Set<String> NAMEN = Set.of("pw-norm-gehuwden", "vakantietoeslag-aandeel", "wmo-abonnementstarief");

    private static List<Fout> fouten(Regelwaarde... w) {
        return Voorstelcontrole.fouten(new NieuwVoorstel("Reden", Arrays.asList(w)), NAMEN, (n, d) -> n.equals("pw-norm-gehuwden")
                && d.equals(LocalDate.of(2030, 1, 1)));
    }

    private static Regelwaarde goed() {
        return new Regelwaarde("pw-norm-gehuwden", new BigDecimal("2100.00"), LocalDate.of(2031, 7, 1), "jci1.3:c:BWBR0015703&artikel=21",
                "bevestigd", "Normenbrief");
    }

    @Test
    void aGoodValuePasses() {
        assertThat(fouten(goed())).isEmpty();
        assertThat(fouten(new Regelwaarde("vakantietoeslag-aandeel", new BigDecimal("0.0500"), LocalDate.of(2031, 3, 5),
                "jci1.3:c:BWBR0015703&artikel=19&lid=3", "te verifiëren", "Art. 19"))).isEmpty();
    }

    @Test
    void everyInvalidFieldIsNamedWithItsReason() {
        List<Fout> f = Voorstelcontrole.fouten(new NieuwVoorstel(" ", List.of(new Regelwaarde("pw-norm-onbekend", new BigDecimal("-1"),
                null, "BWBR0015703 art 21", "misschien", ""))), NAMEN, (n, d) -> false);
        assertThat(f).extracting(Fout::veld).containsExactly("reden", "waarden[0].naam", "waarden[0].waarde", "waarden[0].geldigVanaf",
                "waarden[0].bron", "waarden[0].status", "waarden[0].toelichting");
        assertThat(f).extracting(Fout::reden).allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(Voorstelcontrole.fouten(new NieuwVoorstel("R", List.of()), NAMEN, (n, d) -> false)).extracting(Fout::veld)
                .containsExactly("waarden");
    }

    @Test
    void aShareLiesBetweenZeroAndOneAndANormStartsOnTheFirstOfJanuaryOrJuly() {
        assertThat(fouten(new Regelwaarde("vakantietoeslag-aandeel", new BigDecimal("5"), LocalDate.of(2031, 1, 1),
                "jci1.3:c:BWBR0015703&artikel=19", "bevestigd", "x"))).singleElement()
                .satisfies(f -> assertThat(f.reden()).contains("tussen 0 en 1"));
        assertThat(fouten(new Regelwaarde("pw-norm-gehuwden", new BigDecimal("2100"), LocalDate.of(2031, 3, 1),
                "jci1.3:c:BWBR0015703&artikel=21", "bevestigd", "x"))).singleElement()
                .satisfies(f -> assertThat(f.reden()).contains("1 januari of 1 juli"));
        assertThat(fouten(new Regelwaarde("wmo-abonnementstarief", new BigDecimal("21.123456"), LocalDate.of(2031, 3, 1),
                "jci1.3:c:BWBR0035362&artikel=2.1.4", "bevestigd", "x"))).singleElement()
                .satisfies(f -> assertThat(f.veld()).isEqualTo("waarden[0].waarde"));
    }

    @Test
    void aDuplicateOfAnApprovedValueOrWithinTheProposalIsRefused() {
        Regelwaarde al = new Regelwaarde("pw-norm-gehuwden", new BigDecimal("2100.00"), LocalDate.of(2030, 1, 1),
                "jci1.3:c:BWBR0015703&artikel=21", "bevestigd", "Normenbrief");
        assertThat(fouten(al)).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("waarden[0].geldigVanaf");
            assertThat(f.reden()).contains("gebruik een nieuwe datum");
        });
        assertThat(fouten(goed(), goed())).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("waarden[1].geldigVanaf");
            assertThat(f.reden()).contains("regel 1");
        });
    }

    @Test
    void textIsStrippedAndANoteBecomesOneLineSoTheFileStaysReadable() {
        NieuwVoorstel v = Voorstelcontrole.opgeschoond(new NieuwVoorstel(" Reden ", List.of(new Regelwaarde(" pw-norm-gehuwden ",
                BigDecimal.ONE, LocalDate.of(2031, 1, 1), " jci1.3:c:BWBR0015703&artikel=21 ", "bevestigd", "Regel een\nregel twee"))));
        assertThat(v.reden()).isEqualTo("Reden");
        assertThat(v.waarden().getFirst().naam()).isEqualTo("pw-norm-gehuwden");
        assertThat(v.waarden().getFirst().toelichting()).isEqualTo("Regel een regel twee");
    }

    @Test
    void theStatusSteps() {
        assertThat(VoorstelStatus.VOORGESTELD.volgende()).containsExactlyInAnyOrder(VoorstelStatus.GOEDGEKEURD, VoorstelStatus.AFGEWEZEN);
        assertThat(VoorstelStatus.GOEDGEKEURD.volgende()).isEmpty();
        assertThat(VoorstelStatus.AFGEWEZEN.volgende()).isEmpty();
        assertThat(VoorstelStatus.vanCode("goedgekeurd")).isEqualTo(VoorstelStatus.GOEDGEKEURD);
    }
}

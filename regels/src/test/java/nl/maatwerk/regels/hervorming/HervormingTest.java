package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;

class HervormingTest {

    private static final LocalDate PEIL = LocalDate.of(2025, 9, 1);
    private static final Parameters P = Parameters.standaard();

    @Test
    void aReformFileGivesOneVariantPerNameWithItsChanges() throws Exception {
        List<Hervorming> h = Hervorming.lees(new StringReader("""
                variant,parameter,waarde
                giften,giften-vrijlating-per-jaar,2400
                geen-kostendelers,kostendeler-minimumleeftijd,200
                giften,pw-norm-alleenstaande,1400.00
                """), P);
        assertThat(h).extracting(Hervorming::naam).containsExactly("giften", "geen-kostendelers");
        assertThat(h.get(0).wijzigingen()).containsEntry("giften-vrijlating-per-jaar", new BigDecimal("2400"))
                .containsEntry("pw-norm-alleenstaande", new BigDecimal("1400.00"));
    }

    @Test
    void anUnknownParameterIsRefusedInDutchWithTheLine() {
        assertThatThrownBy(() -> Hervorming.lees(new StringReader("variant,parameter,waarde\na,vrijlating-werk,0.3\n"), P))
                .hasMessageStartingWith("Regel 2: de parameter 'vrijlating-werk' bestaat niet");
        assertThatThrownBy(() -> Hervorming.lees(new StringReader("variant;parameter;waarde\n"), P))
                .hasMessageContaining("kop 'variant,parameter,waarde'");
        assertThatThrownBy(() -> Hervorming.lees(new StringReader("variant,parameter,waarde\na,pw-norm-gehuwden,veel\n"), P))
                .hasMessageContaining("geen getal");
    }

    @Test
    void aVariantChangesOnlyItsParametersAndOnlyFromThePeildatum() {
        Hervorming h = new Hervorming("hoger", java.util.Map.of(Parameters.NORM_ALLEENSTAANDE, new BigDecimal("1500.00")));
        Parameters nieuw = h.toepassen(P, PEIL);
        assertThat(nieuw.op(Parameters.NORM_ALLEENSTAANDE, PEIL).waarde()).isEqualByComparingTo("1500.00");
        assertThat(nieuw.op(Parameters.NORM_ALLEENSTAANDE, PEIL.minusDays(1)).waarde()).isEqualByComparingTo("1369.06");
        assertThat(nieuw.op(Parameters.NORM_GEHUWDEN, PEIL).waarde()).isEqualByComparingTo(P.op(Parameters.NORM_GEHUWDEN, PEIL).waarde());
        assertThat(nieuw.op(Parameters.NORM_ALLEENSTAANDE, PEIL).bron()).isEqualTo("hervorming:hoger");
    }

    @Test
    void syntheticVariantsRaiseEveryNormByOneTwoThreePercent() {
        List<Hervorming> s = Hervorming.synthetisch(3, P, PEIL);
        assertThat(s).extracting(Hervorming::naam).containsExactly("normen+1%", "normen+2%", "normen+3%");
        // 1369.06 x 1.03 = 1410.1318, rounded half up to cents
        assertThat(s.get(2).wijzigingen().get(Parameters.NORM_ALLEENSTAANDE)).isEqualByComparingTo("1410.13");
    }

    @Test
    void aShareAboveOneIsRefusedBecauseSharesAreFractions() {
        assertThatThrownBy(() -> Hervorming.lees(new StringReader("variant,parameter,waarde\nv30,pw-inkomstenvrijlating-aandeel,30\n"), P))
                .hasMessageContaining("Regel 2: pw-inkomstenvrijlating-aandeel is een deel van 0 tot 1; schrijf 30% als 0.30");
    }

    @Test
    void reformsOfTheEarningsAllowanceAndTheGiftAllowanceChangeThePopulationsResults() throws Exception {
        LocalDate peil = LocalDate.of(2026, 3, 1);
        List<Hervorming> varianten = Hervorming.lees(new StringReader("""
                variant,parameter,waarde
                vrijlating-30,pw-inkomstenvrijlating-aandeel,0.30
                giften-2400,giften-vrijlating-per-jaar,2400
                """), P);
        Populatie pop = new Populatie(5, peil, Populatie.Gebied.NEDERLAND);
        Aggregaat a = WatAls.reken(20_000, pop::huishouden, varianten, P, peil);
        for (int v = 1; v <= 2; v++) {
            Aggregaat.Regel r = a.totaal(v);
            assertThat(r.kostenPerJaar()).as(varianten.get(v - 1).naam()).isGreaterThan(r.kostenPerJaarBasis());
            assertThat(r.winnaars()).as(varianten.get(v - 1).naam()).isPositive();
            assertThat(r.verliezers()).as(varianten.get(v - 1).naam()).isZero();
        }
    }
}

package nl.maatwerk.watals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.inwoner.Huishoudexport.Lid;
import nl.maatwerk.inwoner.Huishoudexport.Rij;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Uitzondering;
import nl.maatwerk.regels.hervorming.Huishouden;
import nl.maatwerk.regels.inkomen.Inkomsten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** From the export to the rules' rows: the row number as id, young children counted, older ones and housemates as housemates. */
@Execution(ExecutionMode.CONCURRENT) // no Spring context
class OmzettingTest {

    static final LocalDate PEIL = LocalDate.of(2026, 7, 1);

    @Test
    void aChildUnder18MakesASingleParentAnOlderOneIsAHousemateWithItsException() {
        List<Huishouden> h = Omzetting.huishoudens(List.of(
                new Rij<Void>(List.of(new Lid(LidRol.AANVRAGER, LocalDate.of(1985, 1, 1), null), new Lid(LidRol.KIND, LocalDate.of(2015, 1, 1), null),
                        new Lid(LidRol.KIND, LocalDate.of(1998, 1, 1), null), new Lid(LidRol.MEDEBEWONER, LocalDate.of(2004, 1, 1), Uitzondering.STUDENT)),
                        " Noord "),
                new Rij<Void>(List.of(new Lid(LidRol.AANVRAGER, LocalDate.of(1960, 1, 1), null), new Lid(LidRol.PARTNER, LocalDate.of(1962, 1, 1), null)), null)),
                PEIL);
        Huishouden eerste = h.get(0);
        assertThat(eerste.id()).isEqualTo("1");
        assertThat(eerste.kinderen()).isEqualTo(1);
        assertThat(eerste.medebewoners()).containsExactly(LocalDate.of(1998, 1, 1).toEpochDay(), LocalDate.of(2004, 1, 1).toEpochDay());
        assertThat(eerste.uitzondering()).containsExactly((byte) 0, (byte) 1);
        assertThat(eerste.heeftPartner()).isFalse();
        assertThat(eerste.wijk()).isEqualTo("Noord");
        assertThat(eerste.huishoudtype()).isEqualTo(Huishouden.MEDEBEWONERS);
        assertThat(eerste.inkomen()).isZero();
        Huishouden tweede = h.get(1);
        assertThat(tweede.id()).isEqualTo("2");
        assertThat(tweede.huishoudtype()).isEqualTo(Huishouden.PAAR);
        assertThat(tweede.wijk()).isEmpty();
        assertThat(tweede.peildatum()).isEqualTo(PEIL.toEpochDay());
        assertThat(tweede.terugvordering()).isEqualTo(-1);
    }

    @Test
    void theRecordedIncomeGoesInAsWagesPlusOtherIncomeAndAHouseholdWithoutOneKeepsZero() {
        Inkomsten inkomsten = new Inkomsten(new BigDecimal("400.00"), Inkomsten.Vrijlating.GEEN, new BigDecimal("250.50"),
                Inkomsten.Vrijlating.ALGEMEEN, new BigDecimal("100.00"), new BigDecimal("50.25"), new BigDecimal("1200"));
        List<Lid> leden = List.of(new Lid(LidRol.AANVRAGER, LocalDate.of(1985, 1, 1), null), new Lid(LidRol.PARTNER, LocalDate.of(1986, 1, 1), null));
        List<Huishouden> h = Omzetting.metInkomen(List.of(new Rij<>(leden, "Zuid", inkomsten), new Rij<Inkomsten>(leden, "Zuid", null)), PEIL);
        // 400 + 250.50 wages and 100 + 50.25 counted in full; gifts are not counted by the fast path yet.
        assertThat(h.get(0).inkomen()).isEqualTo(80075);
        assertThat(h.get(1).inkomen()).isZero();
        Omzetting.Inkomen delen = Omzetting.Inkomen.van(inkomsten);
        assertThat(delen).isEqualTo(new Omzetting.Inkomen(65050, Inkomsten.Vrijlating.ALGEMEEN, 15025));
    }
}

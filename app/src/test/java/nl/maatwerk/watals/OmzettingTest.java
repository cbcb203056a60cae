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
    void theRecordedWagesAndAllowancesGoInTheirOwnFieldsOtherIncomeCountsInFullAndAHouseholdWithoutOneKeepsZero() {
        Inkomsten inkomsten = new Inkomsten(new BigDecimal("400.00"), Inkomsten.Vrijlating.GEEN, new BigDecimal("250.50"),
                Inkomsten.Vrijlating.ALGEMEEN, new BigDecimal("100.00"), new BigDecimal("50.25"), new BigDecimal("1200"));
        List<Lid> leden = List.of(new Lid(LidRol.AANVRAGER, LocalDate.of(1985, 1, 1), null), new Lid(LidRol.PARTNER, LocalDate.of(1986, 1, 1), null),
                new Lid(LidRol.KIND, LocalDate.of(2015, 3, 1), null), new Lid(LidRol.KIND, LocalDate.of(2011, 3, 1), null));
        List<Huishouden> h = Omzetting.metInkomen(List.of(new Rij<>(leden, "Zuid, oost", inkomsten), new Rij<Inkomsten>(leden, "Zuid", null)), PEIL);
        // Benefits and alimony (100 + 50.25) count in full; wages go with their allowance; gifts go per year to the gift test.
        assertThat(h.get(0).inkomen()).isEqualTo(15025);
        assertThat(h.get(0).loonAanvrager()).isEqualTo(40000);
        assertThat(h.get(0).vrijlatingAanvrager()).isEqualTo(Inkomsten.Vrijlating.GEEN);
        assertThat(h.get(0).loonPartner()).isEqualTo(25050);
        assertThat(h.get(0).vrijlatingPartner()).isEqualTo(Inkomsten.Vrijlating.ALGEMEEN);
        assertThat(h.get(0).nettoInkomen()).isEqualTo(80075);
        assertThat(h.get(0).kinderen()).isEqualTo(2);
        assertThat(h.get(0).kinderenOnder12()).as("born 2015: 10 on the peildatum; born 2011: 14").isEqualTo(1);
        assertThat(h.get(0).wijk()).as("a comma would split the CSV row for the simulatie jar").isEqualTo("Zuid  oost");
        assertThat(h.get(1).inkomen()).isZero();
        assertThat(h.get(0).giftenPerJaar()).isEqualTo(120000);
        assertThat(h.get(0).nettoInkomen()).as("gifts are not in the income deciles").isEqualTo(80075);
        assertThat(h.get(0).vermogen()).as("a decision records no assets").isZero();
        assertThat(h.get(1).nettoInkomen()).isZero();
        assertThat(h.get(1).giftenPerJaar()).isZero();
        assertThat(Omzetting.Inkomen.van(inkomsten)).isEqualTo(new Omzetting.Inkomen(40000, Inkomsten.Vrijlating.GEEN, 25050, Inkomsten.Vrijlating.ALGEMEEN, 15025,
                120000));
    }
}

package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;

class BuitenDeDoorrekeningTest {

    private static final LocalDate PEIL = LocalDate.of(2026, 9, 1);
    private static final Parameters P = Parameters.standaard();

    @Test
    void doublingAParameterNamedOutsideTheComputationChangesNoNumberOfTheWhatIf() {
        Populatie populatie = new Populatie(5, PEIL, Populatie.Gebied.GEMEENTE);
        List<String> buiten = P.alle().stream().map(Parameters.Parameter::naam).distinct()
                .filter(n -> WatAls.buitenDeDoorrekening(n).isPresent()).filter(n -> P.geldig(n, PEIL).isPresent()).toList();
        assertThat(buiten).contains("huurtoeslag-afbouw-eenpersoons", "zorgtoeslag-drempelinkomen", "kwijtschelding-kosten-bestaan-aandeel");
        List<Hervorming> varianten = buiten.stream()
                .map(n -> new Hervorming(n, Map.of(n, P.geldig(n, PEIL).orElseThrow().waarde().multiply(BigDecimal.TWO).add(BigDecimal.ONE))))
                .toList();
        Aggregaat a = WatAls.reken(3_000, populatie::huishouden, varianten, P, PEIL);
        List<String> basis = zonderNaam(a.regels(0, 1));
        for (int v = 1; v <= varianten.size(); v++) {
            assertThat(zonderNaam(a.regels(v, 1))).as(varianten.get(v - 1).naam()).isEqualTo(basis);
        }
    }

    @Test
    void theNormsTheEarningsAllowanceAndTheAssetLimitAreInsideAndAChangeOfANormIsSeen() {
        assertThat(WatAls.buitenDeDoorrekening("pw-norm-alleenstaande")).isEmpty();
        assertThat(WatAls.buitenDeDoorrekening("pw-inkomstenvrijlating-aandeel")).isEmpty();
        assertThat(WatAls.buitenDeDoorrekening("pw-vermogensgrens-alleenstaande")).isEmpty();
        assertThat(WatAls.buitenDeDoorrekening("giften-vrijlating-per-jaar")).isEmpty();
        // the garnishment floor counts: "below the minimum" is measured against it
        assertThat(WatAls.buitenDeDoorrekening("beslagvrije-voet-aandeel")).isEmpty();
        // the comparison above can see a difference: a norm one euro higher changes the cost
        Populatie populatie = new Populatie(5, PEIL, Populatie.Gebied.GEMEENTE);
        String norm = "pw-norm-alleenstaande";
        Hervorming hoger = new Hervorming("hoger", Map.of(norm, P.geldig(norm, PEIL).orElseThrow().waarde().add(BigDecimal.ONE)));
        Aggregaat a = WatAls.reken(3_000, populatie::huishouden, List.of(hoger), P, PEIL);
        assertThat(zonderNaam(a.regels(1, 1))).isNotEqualTo(zonderNaam(a.regels(0, 1)));
    }

    private static List<String> zonderNaam(List<Aggregaat.Regel> regels) {
        return regels.stream().map(r -> new Aggregaat.Regel("", r.dimensie(), r.groep(), r.huishoudens(), r.kostenPerJaar(), r.kostenPerJaarBasis(),
                r.onderMinimum(), r.onderMinimumBasis(), r.inBijstand(), r.winnaars(), r.verliezers(), r.gemiddeldeWinstPerMaand(),
                r.gemiddeldVerliesPerMaand()).toString()).toList();
    }
}

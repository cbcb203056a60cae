package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zorgtoeslag, simplified: the published maximum per month up to a threshold income, then a fixed
 * share of each euro of yearly income above it taken off, and nothing above the published income
 * limit. The threshold and the share are derived from the published table (see parameters.csv); the
 * model stays within about a euro a month of it. Not modelled: the asset limit, a partner abroad,
 * months without insurance.
 */
public final class Zorgtoeslag {

    private Zorgtoeslag() {
    }

    public record Uitkomst(BigDecimal perMaand, Uitleg uitleg) {
    }

    /** {@code jaarinkomen}: the toetsingsinkomen per year (the caller says how it approximated it). */
    public static Uitkomst bereken(boolean toeslagpartner, BigDecimal jaarinkomen, LocalDate peildatum, Parameters parameters) {
        Parameters.Parameter maximum = parameters.op(toeslagpartner ? Parameters.ZORGTOESLAG_MAXIMUM_PARTNER
                : Parameters.ZORGTOESLAG_MAXIMUM_ALLEENSTAANDE, peildatum);
        Parameters.Parameter grens = parameters.op(toeslagpartner ? Parameters.ZORGTOESLAG_GRENS_PARTNER
                : Parameters.ZORGTOESLAG_GRENS_ALLEENSTAANDE, peildatum);
        Parameters.Parameter drempel = parameters.op(Parameters.ZORGTOESLAG_DREMPEL, peildatum);
        Parameters.Parameter afbouw = parameters.op(Parameters.ZORGTOESLAG_AFBOUW, peildatum);
        BigDecimal boven = jaarinkomen.subtract(drempel.waarde()).max(BigDecimal.ZERO);
        BigDecimal af = boven.multiply(afbouw.waarde()).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        BigDecimal toeslag = jaarinkomen.compareTo(grens.waarde()) > 0 ? BigDecimal.ZERO.setScale(2)
                : Bedrag.centen(maximum.waarde()).subtract(af).max(BigDecimal.ZERO);
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("toeslagpartner", toeslagpartner ? "ja" : "nee");
        invoer.put("jaarinkomen", Bedrag.tekst(jaarinkomen));
        invoer.put("hoogste toeslag per maand", Bedrag.tekst(maximum.waarde()) + (maximum.bevestigd() ? "" : " (te verifiëren)"));
        invoer.put("inkomensgrens per jaar", Bedrag.tekst(grens.waarde()));
        invoer.put("drempelinkomen (afgeleid)", Bedrag.tekst(drempel.waarde()));
        invoer.put("afbouw", Bedrag.procent(afbouw.waarde()));
        String tekst = jaarinkomen.compareTo(grens.waarde()) > 0
                ? "Het jaarinkomen ligt boven de grens van " + Bedrag.tekst(grens.waarde()) + ": geen zorgtoeslag."
                : "De zorgtoeslag is " + Bedrag.tekst(toeslag) + " per maand"
                        + (af.signum() > 0 ? ": de hoogste toeslag van " + Bedrag.tekst(maximum.waarde()) + " min " + Bedrag.tekst(af)
                                + ", omdat het inkomen boven de drempel ligt." : ", de hoogste toeslag.")
                        + " Dit is een benadering van de tabel van de Belastingdienst.";
        return new Uitkomst(toeslag, Uitleg.van(Regel.ZORGTOESLAG, invoer, tekst));
    }
}

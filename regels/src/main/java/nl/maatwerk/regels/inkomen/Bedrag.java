package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money helpers: euro amounts are BigDecimal with two decimals, rounded HALF_UP at each step. */
final class Bedrag {

    private Bedrag() {
    }

    static BigDecimal centen(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.HALF_UP);
    }

    /** Dutch notation for texts: 1.369,06 euro. */
    static String tekst(BigDecimal bedrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(bedrag) + " euro";
    }

    /** The notation of letters and screens: € 1.369,06. */
    static String euro(BigDecimal bedrag) {
        return "€ " + tekst(bedrag).replace(" euro", "");
    }

    static String procent(BigDecimal fractie) {
        return fractie.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }
}

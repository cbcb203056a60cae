package nl.maatwerk.socialekaart;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as residents read them: "€ 1.369,06". */
final class Bedrag {

    private Bedrag() {
    }

    static String tekst(BigDecimal bedrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(bedrag);
    }
}

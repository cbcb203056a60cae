package nl.maatwerk.regelbeheer.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.maatwerk.regelbeheer.Regelwaarde;

/** How a value reads on a page: amounts in euro, shares as a percentage, ages and months as a number. */
public final class Weergave {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    public String waarde(Regelwaarde w) {
        return waarde(w.naam(), w.waarde());
    }

    public String waarde(String naam, BigDecimal waarde) {
        if (waarde == null) {
            return "";
        }
        if (naam.endsWith("-aandeel") || naam.endsWith("-maximum") || naam.endsWith("-capaciteit")) {
            NumberFormat f = NumberFormat.getNumberInstance(NL);
            f.setMaximumFractionDigits(2);
            return f.format(waarde.movePointRight(2)) + "%";
        }
        if (naam.contains("leeftijd")) {
            return waarde.stripTrailingZeros().toPlainString() + (naam.endsWith("-maanden") ? " maanden" : " jaar");
        }
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return "€ " + f.format(waarde.setScale(2, RoundingMode.HALF_UP));
    }

    public String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }

    /** "Participatiewet art. 22a": the one formatter of legal sources. */
    public String wetsartikel(String bron) {
        return nl.maatwerk.platform.Wetsbron.kort(bron);
    }

    public String badge(String status) {
        return Regelwaarde.BEVESTIGD.equals(status) ? "utrecht-status-badge utrecht-status-badge--success"
                : "utrecht-status-badge utrecht-status-badge--warning";
    }
}

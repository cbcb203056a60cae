package nl.maatwerk.thermometer;

/**
 * How a layer's open answers were coded. The share that fits is only given for a layer with at
 * least {@link Thermometeranalyse#MINIMALE_GROEP} respondents and at least one coded answer.
 */
public record Coderingsaandeel(Laag laag, int respondenten, int past, int deels, int mist, int ongecodeerd) {

    public int gecodeerd() {
        return past + deels + mist;
    }

    public boolean getoond() {
        return respondenten >= Thermometeranalyse.MINIMALE_GROEP && gecodeerd() > 0;
    }

    /** Whole percent of the coded answers that fit the intent; null when not shown. */
    public Integer procentPast() {
        return getoond() ? (int) Math.round(100.0 * past / gecodeerd()) : null;
    }

    public String tekst() {
        if (respondenten < Thermometeranalyse.MINIMALE_GROEP) {
            return Waarde.TE_WEINIG;
        }
        if (gecodeerd() == 0) {
            return "nog niet gecodeerd";
        }
        return procentPast() + "% past";
    }
}

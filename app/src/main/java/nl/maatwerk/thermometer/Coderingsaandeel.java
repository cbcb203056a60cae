package nl.maatwerk.thermometer;

import nl.maatwerk.platform.KleineGroep;

/**
 * How a layer's open answers were coded. The share that fits is only given for a layer with at
 * least {@link KleineGroep#MINIMUM} respondents and at least one coded answer.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Coderingsaandeel(Laag laag, int respondenten, int past, int deels, int mist, int ongecodeerd) {

    public int gecodeerd() {
        return past + deels + mist;
    }

    public boolean getoond() {
        return respondenten >= KleineGroep.MINIMUM && gecodeerd() > 0;
    }

    /** Whole percent of the coded answers that fit the intent; null when not shown. */
    public Integer procentPast() {
        return getoond() ? (int) Math.round(100.0 * past / gecodeerd()) : null;
    }

    public String tekst() {
        if (respondenten == 0) {
            return Waarde.GEEN_ANTWOORDEN;
        }
        if (respondenten < KleineGroep.MINIMUM) {
            return Waarde.TE_WEINIG;
        }
        if (gecodeerd() == 0) {
            return "nog niet gecodeerd";
        }
        return procentPast() + "% past";
    }
}

package nl.maatwerk.thermometer;

import nl.maatwerk.platform.KleineGroep;

/**
 * A score from 0 to 100 for a group, or none: when fewer than {@link KleineGroep#MINIMUM} people
 * answered, or nobody gave a score.
 */
public record Waarde(Integer score, int respondenten) {

    public static final String TE_WEINIG = "te weinig antwoorden (minder dan " + KleineGroep.MINIMUM + ")";

    public boolean getoond() {
        return score != null;
    }

    /** Suppressed for privacy, as opposed to simply empty. */
    public boolean onderdrukt() {
        return KleineGroep.isKlein(respondenten);
    }

    public String tekst() {
        if (score != null) {
            return String.valueOf(score);
        }
        return onderdrukt() || respondenten == 0 ? TE_WEINIG : "geen score";
    }
}

package nl.maatwerk.thermometer;

import nl.maatwerk.platform.KleineGroep;

/**
 * A score from 0 to 100 for a group, or none: when fewer than {@link KleineGroep#MINIMUM} people
 * answered (suppressed), or nobody gave a score (no group: nothing to hide, and not a small group).
 */
@org.springframework.modulith.NamedInterface("intern")
public record Waarde(Integer score, int respondenten) {

    public static final String TE_WEINIG = "te weinig antwoorden (minder dan " + KleineGroep.MINIMUM + ")";
    public static final String GEEN_ANTWOORDEN = "geen antwoorden";

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
        if (onderdrukt()) {
            return TE_WEINIG;
        }
        return respondenten == 0 ? GEEN_ANTWOORDEN : "geen score";
    }
}

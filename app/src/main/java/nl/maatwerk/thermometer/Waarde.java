package nl.maatwerk.thermometer;

import nl.maatwerk.platform.KleineGroep;

/**
 * A score from 0 to 100 for a group, or none: when fewer than {@link KleineGroep#MINIMUM} people
 * answered (suppressed), when the score together with the scores shown beside it would give away
 * a smaller group ({@code verborgen}: a whole theme next to a hidden part of it), or nobody gave a
 * score (no group: nothing to hide, and not a small group).
 */
@org.springframework.modulith.NamedInterface("intern")
public record Waarde(Integer score, int respondenten, boolean verborgen) {

    public static final String TE_WEINIG = "te weinig antwoorden (minder dan " + KleineGroep.MINIMUM + ")";
    public static final String VERBORGEN = "verborgen (zou een groep van minder dan " + KleineGroep.MINIMUM + " laten zien)";
    public static final String GEEN_ANTWOORDEN = "geen antwoorden";

    public Waarde(Integer score, int respondenten) {
        this(score, respondenten, false);
    }

    /** The same group, its score hidden because it would reveal a small group by subtraction. */
    Waarde verbergen() {
        return new Waarde(null, respondenten, true);
    }

    public boolean getoond() {
        return score != null;
    }

    /** Suppressed for privacy, as opposed to simply empty. */
    public boolean onderdrukt() {
        return verborgen || KleineGroep.isKlein(respondenten);
    }

    public String tekst() {
        if (score != null) {
            return String.valueOf(score);
        }
        if (verborgen) {
            return VERBORGEN;
        }
        if (onderdrukt()) {
            return TE_WEINIG;
        }
        return respondenten == 0 ? GEEN_ANTWOORDEN : "geen score";
    }
}

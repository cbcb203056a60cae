package nl.maatwerk.toegang;

/**
 * The five points of the ZRM scale. Only the names of the points are ours to show; the criteria
 * per domain belong to the official matrix, which the pages link to.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum ZrmNiveau {
    ACUTE_PROBLEMATIEK(1, "acute problematiek"),
    NIET_ZELFREDZAAM(2, "niet zelfredzaam"),
    BEPERKT_ZELFREDZAAM(3, "beperkt zelfredzaam"),
    VOLDOENDE_ZELFREDZAAM(4, "voldoende zelfredzaam"),
    VOLLEDIG_ZELFREDZAAM(5, "volledig zelfredzaam");

    /** Where the official matrix and its criteria are; we link there instead of copying them. */
    public static final String OFFICIELE_MATRIX = "https://www.zelfredzaamheidmatrix.nl";

    /** The explicit value for a domain the professional did not assess this time. */
    public static final String NIET_BEOORDEELD = "niet beoordeeld";

    private final int score;
    private final String omschrijving;

    ZrmNiveau(int score, String omschrijving) {
        this.score = score;
        this.omschrijving = omschrijving;
    }

    public int score() {
        return score;
    }

    public String omschrijving() {
        return omschrijving;
    }

    static ZrmNiveau van(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("Een ZRM-score is 1 tot en met 5: " + score);
        }
        return values()[score - 1];
    }

    /** "3 beperkt zelfredzaam", or "niet beoordeeld" for no score. */
    public static String tekst(Integer score) {
        return score == null ? NIET_BEOORDEELD : score + " " + van(score).omschrijving();
    }
}

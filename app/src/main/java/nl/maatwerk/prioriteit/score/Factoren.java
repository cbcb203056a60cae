package nl.maatwerk.prioriteit.score;

/**
 * Everything the need score may look at, and nothing else. There is deliberately no field for
 * nationality, ethnicity, religion, gender, age, postcode or wijk, language, or the number of calls
 * or complaints: the scoring cannot use what it is never given (see {@code PrioriteitArchitectuurTest}).
 *
 * @param acuteDomeinen  ZRM domains at 1 (acute): the highest count among the latest assessment of each member
 * @param zwakkeDomeinen ZRM domains at 2 or lower (the acute ones included): likewise the highest count
 * @param schuldEuro     open arrears of all open early debt signals together, in whole euros
 * @param maandenAchterstand the longest arrears in months reported by an open signal
 * @param acuutOnveilig  a professional marked the household as acutely unsafe
 * @param dagenTotTermijn days until the legal deadline of the request (negative: passed); null when none
 * @param wachtdagen     days since the request came in (or, for a household without one, since its oldest open signal came in)
 * @param termijnDagen   the length of that legal term in calendar days (start to last day); null when unknown or no term
 * @param urgentie       how urgent the professional judged the request at intake, in steps above "laag":
 *                       0 laag (or no request), 1 gemiddeld, 2 hoog, {@link #ACUUT} acuut. A judgement about the
 *                       situation, made and explained by a professional: no attribute of the person.
 */
public record Factoren(int acuteDomeinen, int zwakkeDomeinen, long schuldEuro, int maandenAchterstand, boolean acuutOnveilig,
        Integer dagenTotTermijn, int wachtdagen, Integer termijnDagen, int urgentie) {

    /** The highest urgency step: acuut. */
    public static final int ACUUT = 3;

    public static final Factoren GEEN = new Factoren(0, 0, 0, 0, false, null, 0);

    public Factoren {
        if (acuteDomeinen < 0 || zwakkeDomeinen < 0 || schuldEuro < 0 || maandenAchterstand < 0 || wachtdagen < 0) {
            throw new IllegalArgumentException("Factoren zijn niet negatief");
        }
        if (termijnDagen != null && termijnDagen < 0 || urgentie < 0 || urgentie > ACUUT) {
            throw new IllegalArgumentException("Termijnduur is niet negatief en urgentie is 0 tot en met " + ACUUT);
        }
    }

    /** Without term length and intake urgency: a household item, or a request with no term judged "laag". */
    public Factoren(int acuteDomeinen, int zwakkeDomeinen, long schuldEuro, int maandenAchterstand, boolean acuutOnveilig,
            Integer dagenTotTermijn, int wachtdagen) {
        this(acuteDomeinen, zwakkeDomeinen, schuldEuro, maandenAchterstand, acuutOnveilig, dagenTotTermijn, wachtdagen, null, 0);
    }
}

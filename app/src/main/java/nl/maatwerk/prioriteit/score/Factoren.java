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
 */
public record Factoren(int acuteDomeinen, int zwakkeDomeinen, long schuldEuro, int maandenAchterstand, boolean acuutOnveilig,
        Integer dagenTotTermijn, int wachtdagen) {

    public static final Factoren GEEN = new Factoren(0, 0, 0, 0, false, null, 0);

    public Factoren {
        if (acuteDomeinen < 0 || zwakkeDomeinen < 0 || schuldEuro < 0 || maandenAchterstand < 0 || wachtdagen < 0) {
            throw new IllegalArgumentException("Factoren zijn niet negatief");
        }
    }
}

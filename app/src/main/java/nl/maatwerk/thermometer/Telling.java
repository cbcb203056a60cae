package nl.maatwerk.thermometer;

/**
 * What the database adds up for one group of answers: the sum and number of scores (1 to 5) and
 * how many different respondents gave them. A group is a layer × theme × dimension cell, or a
 * layer × theme when {@code dimensie} is null. Only these totals leave the database.
 */
record Telling(Laag laag, String thema, Dimensie dimensie, long som, long aantal, int respondenten) {

    public static Telling cel(Laag laag, String thema, Dimensie dimensie, long som, long aantal, int respondenten) {
        return new Telling(laag, thema, dimensie, som, aantal, respondenten);
    }

    public static Telling thema(Laag laag, String thema, long som, long aantal, int respondenten) {
        return new Telling(laag, thema, null, som, aantal, respondenten);
    }
}

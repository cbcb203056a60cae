package nl.maatwerk.thermometer;

/**
 * A suggested next step for a gap, by what the gap is about and who lost the intent. Plain text
 * that a policy advisor can take to a meeting; it suggests, the organisation decides.
 */
final class Acties {

    private Acties() {
    }

    public static String voor(Dimensie dimensie, Laag laag, String themaInZin) {
        String wie = laag.inZin();
        return switch (dimensie) {
            case EFFECTEN -> "Vertel " + wie + " in gewone woorden welk effect de gemeente met " + themaInZin
                    + " wil bereiken, met een voorbeeld uit de praktijk. Vraag daarna terug hoe zij het zien.";
            case BELEID -> "Bespreek het beleid over " + themaInZin + " in het overleg van " + wie
                    + ": wat staat erin, en waarom is het zo gemaakt?";
            case OPDRACHTEN -> laag == Laag.PARTNERS
                    ? "Zet de bedoeling van " + themaInZin + " in gewone woorden in de opdracht aan aanbieders, en bespreek die in het contractgesprek."
                    : "Leg " + wie + " uit wat de gemeente over " + themaInZin + " met aanbieders heeft afgesproken, en waarom.";
            case DIENSTVERLENING -> "Bespreek met " + wie + " aan de hand van echte situaties hoe " + themaInZin
                    + " terugkomt in de hulp aan inwoners. Begin bij de bedoeling, niet bij de regel.";
        };
    }
}

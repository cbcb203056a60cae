package nl.maatwerk.prioriteit.score;

/** The factors of the need score, with the words the queue uses for them. */
public enum Factor {
    ACUTE_DOMEINEN("Acute levensdomeinen (ZRM 1)"),
    ZWAKKE_DOMEINEN("Levensdomeinen op ZRM 2 of lager"),
    SCHULD("Betalingsachterstand (bedrag)"),
    ACHTERSTAND("Betalingsachterstand (maanden)"),
    VEILIGHEID("Acuut onveilig"),
    TERMIJN("Wettelijke termijn"),
    URGENTIE("Urgentie bij de intake"),
    WACHTTIJD("Wachttijd");

    private final String omschrijving;

    Factor(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}

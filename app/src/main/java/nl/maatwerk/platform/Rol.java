package nl.maatwerk.platform;

/** The roles of the contract. Professionals work with households; the others see no personal data. */
public enum Rol {
    CONSULENT("Consulent"),
    REGISSEUR("Regisseur"),
    TEAMLEIDER("Teamleider"),
    BELEID("Beleidsadviseur"),
    AUDITOR("Privacy-auditor"),
    INWONER("Inwoner"),
    /** Keeps the norm and parameter tables current (regelbeheer); sees no personal data. */
    BEHEERDER("Functioneel beheerder");

    private final String omschrijving;

    Rol(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that work with the personal data of households (need-to-know still applies). */
    public boolean isProfessional() {
        return this == CONSULENT || this == REGISSEUR || this == TEAMLEIDER;
    }
}

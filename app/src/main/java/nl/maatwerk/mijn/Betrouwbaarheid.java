package nl.maatwerk.mijn;

import java.util.Locale;
import nl.maatwerk.platform.Keuze;

/**
 * The level of assurance of a login (DigiD, eIDAS), lowest first. DigiD passes it in the claim {@code acr}, as a
 * SAML authentication context class or an eIDAS level; a value we do not know counts as the lowest, so an unknown
 * login never opens more than a known weak one.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum Betrouwbaarheid implements Keuze {
    BASIS("basis", "DigiD Basis: gebruikersnaam en wachtwoord"),
    MIDDEN("midden", "DigiD Midden: met een sms-code of de DigiD app"),
    SUBSTANTIEEL("substantieel", "DigiD Substantieel: de DigiD app met uw identiteitsbewijs"),
    HOOG("hoog", "DigiD Hoog: uw identiteitsbewijs met chip");

    private final String code;
    private final String omschrijving;

    Betrouwbaarheid(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return omschrijving;
    }

    public boolean minstens(Betrouwbaarheid ander) {
        return compareTo(ander) >= 0;
    }

    /**
     * The level named by an {@code acr} claim: our own codes, the DigiD SAML context classes (Logius, "DigiD
     * betrouwbaarheidsniveaus") and the eIDAS levels. Anything else is {@link #BASIS}.
     */
    public static Betrouwbaarheid vanAcr(Object acr) {
        if (acr == null) {
            return BASIS;
        }
        String s = String.valueOf(acr).trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "midden", "urn:oasis:names:tc:saml:2.0:ac:classes:mobiletwofactorcontract", "http://eidas.europa.eu/loa/low" -> MIDDEN;
            case "substantieel", "urn:oasis:names:tc:saml:2.0:ac:classes:smartcard", "http://eidas.europa.eu/loa/substantial" ->
                    SUBSTANTIEEL;
            case "hoog", "urn:oasis:names:tc:saml:2.0:ac:classes:smartcardpki", "http://eidas.europa.eu/loa/high" -> HOOG;
            default -> BASIS;
        };
    }
}

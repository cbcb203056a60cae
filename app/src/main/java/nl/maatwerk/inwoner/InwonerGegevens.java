package nl.maatwerk.inwoner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What is recorded about a resident, shaped after the person fields of Haal Centraal BRP Bevragen
 * (naam, geboorte, verblijfplaats), plus the contact details the municipality keeps itself. Used
 * for the API and the web forms alike, so both check the same rules.
 */
public record InwonerGegevens(
        @NotBlank(message = "Vul het BSN in.") @GeldigBsn String burgerservicenummer,
        @NotNull(message = "Vul de naam in.") @Valid Naam naam,
        @NotNull(message = "Vul de geboortedatum in.")
        @Past(message = "De geboortedatum ligt in de toekomst.") LocalDate geboortedatum,
        @NotNull(message = "Vul het adres in.") @Valid Verblijfplaats verblijfplaats,
        @Valid Contact contact) {

    private static final String TEKST = "^[^\\p{Cntrl}<>]*$";

    public record Naam(
            @NotBlank(message = "Vul de voornamen in.") @Size(max = 200, message = "De voornamen zijn te lang (hoogstens 200 tekens).")
            @Pattern(regexp = TEKST, message = "De voornamen bevatten tekens die niet zijn toegestaan.") String voornamen,
            @Size(max = 20, message = "Het voorvoegsel is te lang (hoogstens 20 tekens).")
            @Pattern(regexp = TEKST, message = "Het voorvoegsel bevat tekens die niet zijn toegestaan.") String voorvoegsel,
            @NotBlank(message = "Vul de achternaam in.") @Size(max = 200, message = "De achternaam is te lang (hoogstens 200 tekens).")
            @Pattern(regexp = TEKST, message = "De achternaam bevat tekens die niet zijn toegestaan.") String geslachtsnaam) {

        public static Naam leeg() {
            return new Naam(null, null, null);
        }
    }

    public record Verblijfplaats(
            @NotBlank(message = "Vul de straat in.") @Size(max = 200, message = "De straatnaam is te lang.")
            @Pattern(regexp = TEKST, message = "De straatnaam bevat tekens die niet zijn toegestaan.") String straat,
            @NotNull(message = "Vul het huisnummer in.") @Min(value = 1, message = "Het huisnummer is 1 of hoger.")
            @Max(value = 99999, message = "Het huisnummer is hoogstens 99999.") Integer huisnummer,
            @Pattern(regexp = "^[A-Za-z]?$", message = "De huisletter is één letter.") String huisletter,
            @Size(max = 4, message = "De toevoeging is hoogstens 4 tekens.")
            @Pattern(regexp = "^[A-Za-z0-9]*$", message = "De toevoeging bevat alleen letters en cijfers.") String huisnummertoevoeging,
            @NotBlank(message = "Vul de postcode in.")
            @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "Vul een postcode in zoals 2511 AB.") String postcode,
            @NotBlank(message = "Vul de woonplaats in.") @Size(max = 100, message = "De woonplaats is te lang.")
            @Pattern(regexp = TEKST, message = "De woonplaats bevat tekens die niet zijn toegestaan.") String woonplaats,
            @Size(max = 100, message = "De wijk is te lang.")
            @Pattern(regexp = TEKST, message = "De wijk bevat tekens die niet zijn toegestaan.") String wijk) {

        public static Verblijfplaats leeg() {
            return new Verblijfplaats(null, null, null, null, null, null, null);
        }

        /** The postcode as the BRP writes it: four digits and two capitals, no space. */
        public String postcodeGenormaliseerd() {
            return postcode == null ? null : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        }
    }

    public record Contact(
            @Pattern(regexp = "^$|^[0-9+][0-9 ()-]{5,19}$", message = "Vul een telefoonnummer in zoals 070 123 45 67.") String telefoonnummer,
            @Email(message = "Vul een e-mailadres in zoals naam@voorbeeld.nl.") @Size(max = 200, message = "Het e-mailadres is te lang.") String emailadres) {

        public static Contact leeg() {
            return new Contact(null, null);
        }
    }

    public static InwonerGegevens leeg() {
        return new InwonerGegevens(null, Naam.leeg(), null, Verblijfplaats.leeg(), Contact.leeg());
    }
}

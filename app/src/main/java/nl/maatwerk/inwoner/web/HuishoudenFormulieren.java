package nl.maatwerk.inwoner.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.maatwerk.inwoner.GeldigBsn;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Uitzondering;

/** The small forms of the household pages; each checks its own fields before the domain checks the whole. */
final class HuishoudenFormulieren {

    private HuishoudenFormulieren() {
    }

    private static final String TEKST = "^[^\\p{Cntrl}<>]*$";

    record Nieuw(
            @NotBlank(message = "Vul een naam voor het huishouden in.") @Size(max = 200, message = "De naam is te lang (hoogstens 200 tekens).")
            @Pattern(regexp = TEKST, message = "De naam bevat tekens die niet zijn toegestaan.") String naam,
            @NotBlank(message = "Vul het BSN van de aanvrager in.") @GeldigBsn String bsn,
            @NotNull(message = "Vul in vanaf wanneer de aanvrager hier woont.") LocalDate vanaf) {

        static Nieuw leeg() {
            return new Nieuw(null, null, null);
        }
    }

    record Naam(
            @NotBlank(message = "Vul een naam voor het huishouden in.") @Size(max = 200, message = "De naam is te lang (hoogstens 200 tekens).")
            @Pattern(regexp = TEKST, message = "De naam bevat tekens die niet zijn toegestaan.") String naam) {
    }

    record Lid(
            @NotBlank(message = "Vul het BSN in.") @GeldigBsn String bsn,
            @NotNull(message = "Kies de rol in het huishouden.") LidRol rol,
            Uitzondering uitzondering,
            @NotNull(message = "Vul in vanaf wanneer deze persoon hier woont.") LocalDate vanaf) {

        static Lid leeg() {
            return new Lid(null, null, null, null);
        }
    }

    record Einde(@NotNull(message = "Vul de laatste dag in dat deze persoon hier woonde.") LocalDate totEnMet) {
    }

    record Doorbraak(
            @NotBlank(message = "Schrijf op waarom u dit huishouden moet zien.")
            @Size(min = 20, max = 2000, message = "Schrijf de reden in 20 tot 2000 tekens.") String reden) {
    }
}

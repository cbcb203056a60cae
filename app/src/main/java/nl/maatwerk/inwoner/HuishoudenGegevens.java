package nl.maatwerk.inwoner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What is recorded about a household: its name, its members over time and its network. */
@org.springframework.modulith.NamedInterface("intern")
public record HuishoudenGegevens(
        @NotBlank(message = "Vul een naam voor het huishouden in.") @Size(max = 200, message = "De naam is te lang (hoogstens 200 tekens).")
        @Pattern(regexp = "^[^\\p{Cntrl}<>]*$", message = "De naam bevat tekens die niet zijn toegestaan.") String naam,
        @NotEmpty(message = "Een huishouden heeft minstens één lid.") @Size(max = 50, message = "Een huishouden heeft hoogstens 50 leden.")
        List<@NotNull(message = "Een lid ontbreekt.") @Valid Lid> leden,
        @Size(max = 100, message = "Het netwerk heeft hoogstens 100 personen.")
        List<@NotNull(message = "Een persoon ontbreekt.") @Valid Netwerkpersoon> netwerk) {

    public HuishoudenGegevens {
        leden = leden == null ? List.of() : leden;
        netwerk = netwerk == null ? List.of() : netwerk;
    }

    public record Lid(
            @NotNull(message = "Kies de inwoner.") UUID inwonerId,
            @NotNull(message = "Kies de rol in het huishouden.") LidRol rol,
            Uitzondering uitzondering,
            @NotNull(message = "Vul in vanaf wanneer de inwoner hier woont.") LocalDate vanaf,
            LocalDate totEnMet) {
    }

    public record Netwerkpersoon(
            @NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "De naam is te lang (hoogstens 200 tekens).")
            @Pattern(regexp = "^[^\\p{Cntrl}<>]*$", message = "De naam bevat tekens die niet zijn toegestaan.") String naam,
            @NotNull(message = "Kies de relatie.") Relatiesoort relatie,
            @Size(max = 500, message = "Beschrijf de bijdrage in hoogstens 500 tekens.") String bijdrage,
            @Pattern(regexp = "^$|^[0-9+][0-9 ()-]{5,19}$", message = "Vul een telefoonnummer in zoals 070 123 45 67.") String telefoonnummer) {
    }
}

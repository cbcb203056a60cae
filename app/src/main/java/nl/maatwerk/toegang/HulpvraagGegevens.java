package nl.maatwerk.toegang;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a professional records at intake. The question and what matters are in the resident's own
 * words. The household is required in the API; a web page takes it from its address.
 */
public record HulpvraagGegevens(
        UUID huishoudenId,
        UUID inwonerId,
        @NotNull(message = "Kies hoe de vraag binnenkwam.") Kanaal kanaal,
        @NotNull(message = "Kies of het een melding of een aanvraag is.") Vorm vorm,
        @NotBlank(message = "Schrijf de vraag op, in de woorden van de inwoner.")
        @Size(max = 4000, message = "De vraag is te lang (hoogstens 4000 tekens).")
        @Pattern(regexp = "^[^\\p{Cntrl}&&[^\\r\\n\\t]]*$", message = "De vraag bevat tekens die niet zijn toegestaan.") String vraag,
        @Size(max = 2000, message = "Wat telt voor de inwoner is te lang (hoogstens 2000 tekens).")
        @Pattern(regexp = "^[^\\p{Cntrl}&&[^\\r\\n\\t]]*$", message = "Dit veld bevat tekens die niet zijn toegestaan.") String watTelt,
        @NotEmpty(message = "Kies minstens één levensdomein.") List<@NotNull(message = "Kies een levensdomein.") Levensdomein> levensdomeinen,
        @NotNull(message = "Kies hoe dringend de vraag is.") Urgentie urgentie,
        @NotEmpty(message = "Kies minstens één wet, of 'geen wet'.") List<@NotNull(message = "Kies een wet.") Wet> wetten,
        Dreiging dreiging,
        @NotNull(message = "Vul in wanneer de vraag binnenkwam.")
        @PastOrPresent(message = "De datum van binnenkomst ligt in de toekomst.") LocalDate ontvangenOp) {

    public HulpvraagGegevens {
        levensdomeinen = levensdomeinen == null ? List.of() : levensdomeinen;
        wetten = wetten == null ? List.of() : wetten;
    }

    /** An empty intake form, received on the given day (today, from the app's clock). */
    public static HulpvraagGegevens leeg(LocalDate ontvangenOp) {
        return new HulpvraagGegevens(null, null, null, null, null, null, List.of(), Urgentie.GEMIDDELD, List.of(), null, ontvangenOp);
    }
}

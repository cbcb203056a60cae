package nl.maatwerk.berekening.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a household is entitled to and what it keeps when a measure takes effect, per the contract.
 * Nothing is stored and no one is identified, so nothing is written to the logboek.
 */
@RestController
@RequestMapping("/api/v1/berekeningen")
@Tag(name = "Berekeningen", description = "Berekeningen op een beschreven huishouden, zonder persoonsgegevens")
class BestaanszekerheidApi {

    record Lid(
            @NotNull(message = "Kies de rol: aanvrager, partner, kind of medebewoner.")
            @Pattern(regexp = "aanvrager|partner|kind|medebewoner", message = "De rol is aanvrager, partner, kind of medebewoner.") String rol,
            @NotNull(message = "Vul de geboortedatum in.") LocalDate geboortedatum,
            @Pattern(regexp = "student|commerciele-huurder", message = "De uitzondering is student of commerciele-huurder.") String uitzondering) {
    }

    record VoorgesteldeMaatregel(
            @NotNull(message = "Kies de soort maatregel.")
            @Pattern(regexp = "terugvordering", message = "De soort maatregel is terugvordering.") String soort,
            @NotNull(message = "Vul het bedrag in.") @PositiveOrZero(message = "Het bedrag is 0 of meer.")
            @DecimalMax(value = "10000000", message = "Het bedrag is te groot.")
            @Digits(integer = 8, fraction = 2, message = "Een bedrag heeft hoogstens twee cijfers achter de komma.") BigDecimal bedrag,
            @PositiveOrZero(message = "De aflossing is 0 of meer.") @DecimalMax(value = "1000000", message = "De aflossing is te groot.")
            @Digits(integer = 7, fraction = 2, message = "Een bedrag heeft hoogstens twee cijfers achter de komma.") BigDecimal aflossingPerMaand) {
    }

    /** A Wmo contribution next to the measure; without perMaand the abonnementstarief on the peildatum. */
    record Wmo(
            @PositiveOrZero(message = "De Wmo-bijdrage is 0 of meer.") @DecimalMax(value = "10000", message = "De Wmo-bijdrage is te groot.")
            @Digits(integer = 5, fraction = 2, message = "Een bedrag heeft hoogstens twee cijfers achter de komma.") BigDecimal perMaand) {
    }

    /**
     * Municipal taxes next to the measure; without a percentage the default cost-of-living norm (90%).
     * The two monthly expenses the law deducts are optional, but without them the outcome does not conclude.
     */
    record Kwijtschelding(
            @NotNull(message = "Vul de aanslag per jaar in.") @PositiveOrZero(message = "De aanslag is 0 of meer.")
            @DecimalMax(value = "100000", message = "De aanslag is te groot.")
            @Digits(integer = 6, fraction = 2, message = "Een bedrag heeft hoogstens twee cijfers achter de komma.") BigDecimal aanslagPerJaar,
            @Digits(integer = 3, fraction = 2, message = "Een percentage heeft hoogstens twee cijfers achter de komma.")
            BigDecimal kostenVanBestaanPercentage,
            @Schema(description = "Netto woonlasten per maand (huur of hypotheek min huurtoeslag) boven de drempel. 0 als er niets"
                    + " boven de drempel is. Zonder dit bedrag kan de kwijtschelding niet worden berekend.")
            @PositiveOrZero(message = "De woonlasten boven de drempel zijn 0 of meer.")
            @DecimalMax(value = "10000", message = "De woonlasten boven de drempel zijn te hoog.")
            @Digits(integer = 5, fraction = 2, message = "Een bedrag heeft hoogstens twee cijfers achter de komma.")
            BigDecimal woonlastenBovenDrempelPerMaand,
            @Schema(description = "Premie van de zorgverzekering per maand boven de standaardpremie. 0 als er niets boven de"
                    + " standaardpremie is. Zonder dit bedrag kan de kwijtschelding niet worden berekend.")
            @PositiveOrZero(message = "De zorgpremie boven de standaardpremie is 0 of meer.")
            @DecimalMax(value = "10000", message = "De zorgpremie boven de standaardpremie is te hoog.")
            @Digits(integer = 5, fraction = 2, message = "Een bedrag heeft hoogstens twee cijfers achter de komma.")
            BigDecimal zorgpremieBovenStandaardPerMaand) {
    }

    record Verzoek(
            @NotNull(message = "Vul de peildatum in.") LocalDate peildatum,
            @NotEmpty(message = "Een huishouden heeft minstens één lid.") @Size(max = 20, message = "Hoogstens 20 leden.")
            List<@NotNull(message = "Een lid ontbreekt.") @Valid Lid> leden,
            @Valid VoorgesteldeMaatregel maatregel,
            @Valid Wmo wmoBijdrage,
            @Valid Kwijtschelding kwijtschelding) {
    }

    record Norm(BigDecimal inclusiefVakantietoeslag, BigDecimal exclusiefVakantietoeslag, BigDecimal vakantietoeslag,
            int aantalKostendelers) {
    }

    record Terugbetaling(BigDecimal maximaleAflossingPerMaand, Integer aantalMaanden) {
    }

    /**
     * When not concluded the amounts are left out (nulls are not written): a 0 would say nothing is
     * waived, which the law does not say without the missing facts.
     */
    record KwijtscheldingUitkomst(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Waar: de bedragen zijn berekend. Onwaar: er ontbreken"
                    + " gegevens (zie ontbrekend) en de bedragen ontbreken ook.") boolean geconcludeerd,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Wat ontbreekt om te kunnen concluderen; leeg als de"
                    + " bedragen berekend zijn.") List<String> ontbrekend,
            BigDecimal kostenVanBestaanPercentage,
            @Schema(description = "Alleen als geconcludeerd.") BigDecimal betalingscapaciteitPerMaand,
            @Schema(description = "Per jaar; alleen als geconcludeerd.") BigDecimal kwijtgescholden,
            @Schema(description = "Per jaar; alleen als geconcludeerd.") BigDecimal teBetalen,
            @Schema(description = "Alleen als geconcludeerd.") BigDecimal teBetalenPerMaand) {
    }

    record Signaal(String code, String uitleg) {
    }

    record Afweging(String code, String vraag, String bron, Map<String, String> feiten) {
    }

    record Stap(String regel, String bron, Map<String, String> invoer, String uitkomst, int niveau) {
    }

    record Antwoord(Norm bijstandsnorm, BigDecimal beslagvrijeVoet, Terugbetaling maatregel, KwijtscheldingUitkomst kwijtschelding,
            List<Signaal> signalen,
            List<Afweging> menselijkeAfweging, List<Stap> uitleg) {
    }

    private final Berekeningen berekeningen;

    BestaanszekerheidApi(Berekeningen berekeningen) {
        this.berekeningen = berekeningen;
    }

    @PostMapping("/bestaanszekerheid")
    @Operation(summary = "Bestaanszekerheid berekenen", description = "De bijstandsnorm van het huishouden op de peildatum, de "
            + "beslagvrije voet, wat een terugvordering per maand en in maanden betekent (na een eventuele Wmo-bijdrage en gemeentelijke belastingen), "
            + "hoeveel van de gemeentelijke belastingen wordt kwijtgescholden (of, zonder woonlasten en zorgpremie boven de drempel, "
            + "wat er ontbreekt om dat te concluderen), signalen als de inwoner onder het "
            + "minimum komt, en de uitleg met de bron van elke stap. Slaat niets op.")
    Antwoord bereken(@Valid @RequestBody Verzoek verzoek) {
        Bestaanszekerheid.Resultaat r = berekeningen.bereken(verzoek.peildatum(),
                verzoek.leden().stream().map(l -> new Berekeningen.Lid(l.rol(), l.geboortedatum(), l.uitzondering())).toList(),
                verzoek.maatregel() == null ? null
                        : new Berekeningen.Terugvordering(verzoek.maatregel().bedrag(), verzoek.maatregel().aflossingPerMaand()),
                verzoek.wmoBijdrage() == null ? null : new Berekeningen.WmoBijdrage(verzoek.wmoBijdrage().perMaand()),
                verzoek.kwijtschelding() == null ? null
                        : new Berekeningen.Kwijtschelding(verzoek.kwijtschelding().aanslagPerJaar(), verzoek.kwijtschelding().kostenVanBestaanPercentage(),
                                verzoek.kwijtschelding().woonlastenBovenDrempelPerMaand(),
                                verzoek.kwijtschelding().zorgpremieBovenStandaardPerMaand()));
        List<Stap> stappen = r.uitleg().stream().flatMap(u -> u.stappen().stream())
                .map(s -> new Stap(s.uitleg().regel(), s.uitleg().bron(), s.uitleg().invoer(), s.uitleg().uitkomst(), s.niveau())).toList();
        return new Antwoord(
                new Norm(twee(r.bijstandsnorm().inclusiefVakantietoeslag()), twee(r.bijstandsnorm().exclusiefVakantietoeslag()),
                        twee(r.bijstandsnorm().vakantietoeslag()), r.bijstandsnorm().aantalKostendelers()),
                twee(r.beslagvrijeVoet()),
                r.maatregel().map(t -> new Terugbetaling(twee(t.maximaleAflossingPerMaand()), t.aantalMaanden())).orElse(null),
                // twee() keeps null as null, so an outcome that does not conclude carries no amounts.
                r.kwijtschelding().map(k -> new KwijtscheldingUitkomst(k.geconcludeerd(), k.ontbrekend(),
                        twee(k.kostenVanBestaanAandeel().movePointRight(2)), twee(k.betalingscapaciteitPerMaand()), twee(k.kwijtgescholden()),
                        twee(k.teBetalen()), twee(k.teBetalenPerMaand())))
                        .orElse(null),
                r.signalen().stream().map(s -> new Signaal(s.code(), s.uitleg())).toList(),
                r.afwegingen().stream().map(a -> new Afweging(a.code(), a.vraag(), a.bron(), a.feiten())).toList(),
                stappen);
    }

    /** Amounts as numbers with two decimals, as the contract asks. */
    private static BigDecimal twee(BigDecimal b) {
        return b == null ? null : b.setScale(2, RoundingMode.HALF_UP);
    }

}

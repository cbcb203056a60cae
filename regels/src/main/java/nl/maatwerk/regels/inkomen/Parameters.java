package nl.maatwerk.regels.inkomen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The amounts and percentages of the income rules, read from {@code parameters.csv}: each value with
 * the date from which it applies, its juriconnect source and whether it is confirmed. The value in
 * force on a peildatum is the newest one whose date is on or before it.
 */
public final class Parameters {

    public static final String NORM_GEHUWDEN = "pw-norm-gehuwden";
    public static final String NORM_ALLEENSTAANDE = "pw-norm-alleenstaande";
    public static final String NORM_AOW_GEHUWDEN = "pw-norm-aow-gehuwden";
    public static final String NORM_AOW_ALLEENSTAANDE = "pw-norm-aow-alleenstaande";
    public static final String NORM_JONG_ALLEENSTAANDE = "pw-norm-jong-alleenstaande";
    public static final String NORM_JONG_GEHUWDEN = "pw-norm-jong-gehuwden";
    public static final String NORM_JONG_GEHUWDEN_KINDEREN = "pw-norm-jong-gehuwden-kinderen";
    public static final String NORM_JONG_GEMENGD = "pw-norm-jong-gemengd";
    public static final String NORM_JONG_GEMENGD_KINDEREN = "pw-norm-jong-gemengd-kinderen";
    /** In months, because the AOW age moved in steps of months (66 years and 4 months in 2019). */
    public static final String AOW_LEEFTIJD = "aow-leeftijd-maanden";
    public static final String KOSTENDELER_LEEFTIJD = "kostendeler-minimumleeftijd";
    public static final String VAKANTIETOESLAG = "vakantietoeslag-aandeel";
    public static final String BESLAGVRIJE_VOET = "beslagvrije-voet-aandeel";
    /** 1: the voet starts from the household's own norm (kostendelersnorm, youth norm); 0: from the single or couple norm (old law). */
    public static final String BESLAGVRIJE_VOET_KOSTENDELERSNORM = "beslagvrije-voet-kostendelersnorm";
    public static final String KWIJTSCHELDING = "kwijtschelding-kosten-bestaan-aandeel";
    public static final String KWIJTSCHELDING_MAXIMUM = "kwijtschelding-kosten-bestaan-maximum";
    public static final String KWIJTSCHELDING_AANWENDING = "kwijtschelding-aanwending-capaciteit";
    public static final String WMO_ABONNEMENTSTARIEF = "wmo-abonnementstarief";
    public static final String GIFTEN_VRIJLATING = "giften-vrijlating-per-jaar";
    /** 1 while the college may still find gifts above the free amount "verantwoord" (art. 31 lid 2 onder m, old text). */
    public static final String GIFTEN_VERANTWOORD_TOETS = "giften-verantwoord-toets";
    /** 1 when food-bank help is left out entirely. */
    public static final String GIFTEN_VOEDSELBANK_VRIJ = "giften-voedselbank-vrij";
    /** 1 when the college must raise the youth norm if parents cannot contribute (art. 20 lid 3 from 2026); 0: it may (art. 12). */
    public static final String JONGERENNORM_VERHOGING_VERPLICHT = "jongerennorm-verhoging-verplicht";
    /** The number of months after which the college may stop recovering (art. 58). */
    public static final String TERUGVORDERING_MAXIMALE_LOOPTIJD = "terugvordering-maximale-looptijd-maanden";

    /** The general earnings allowance (art. 31 lid 2 onder n): a share of net wages, up to a maximum per month. */
    public static final String INKOMSTENVRIJLATING = "pw-inkomstenvrijlating-aandeel";
    public static final String INKOMSTENVRIJLATING_MAXIMUM = "pw-inkomstenvrijlating-maximum";
    public static final String INKOMSTENVRIJLATING_MAANDEN = "pw-inkomstenvrijlating-maanden";
    /** The single parents' earnings allowance (art. 31 lid 2 onder r). */
    public static final String VRIJLATING_ALLEENSTAANDE_OUDER = "pw-vrijlating-alleenstaande-ouder-aandeel";
    public static final String VRIJLATING_ALLEENSTAANDE_OUDER_MAXIMUM = "pw-vrijlating-alleenstaande-ouder-maximum";
    /** The allowance for people who medically cannot work full time (art. 31 lid 2 onder y). */
    public static final String VRIJLATING_MEDISCH = "pw-vrijlating-medisch-urenbeperkt-aandeel";
    public static final String VRIJLATING_MEDISCH_MAXIMUM = "pw-vrijlating-medisch-urenbeperkt-maximum";
    /** The asset limits (art. 34 lid 3): a single person; a couple or a single parent. */
    public static final String VERMOGENSGRENS_ALLEENSTAANDE = "pw-vermogensgrens-alleenstaande";
    public static final String VERMOGENSGRENS_GEZIN = "pw-vermogensgrens-gezin";
    /** Home equity up to this amount stays outside the asset test; above it bijstand is a loan (art. 50 lid 2). */
    public static final String VERMOGEN_WONING_GRENS = "pw-vermogen-woning-grens";
    /** Zorgtoeslag, simplified: the maximum per month, the yearly income limit, and a linear taper above a threshold. */
    public static final String ZORGTOESLAG_MAXIMUM_ALLEENSTAANDE = "zorgtoeslag-maximum-alleenstaande";
    public static final String ZORGTOESLAG_MAXIMUM_PARTNER = "zorgtoeslag-maximum-partner";
    public static final String ZORGTOESLAG_GRENS_ALLEENSTAANDE = "zorgtoeslag-inkomensgrens-alleenstaande";
    public static final String ZORGTOESLAG_GRENS_PARTNER = "zorgtoeslag-inkomensgrens-partner";
    public static final String ZORGTOESLAG_DREMPEL = "zorgtoeslag-drempelinkomen";
    public static final String ZORGTOESLAG_AFBOUW = "zorgtoeslag-afbouw-aandeel";
    /** Huurtoeslag from 2026 (Wet op de huurtoeslag as changed in 2026): rent bands, the basishuur and the taper above the minimum-inkomensijkpunt. */
    public static final String HUURTOESLAG_NORMHUUR = "huurtoeslag-normhuur-minimum-inkomensijkpunt";
    public static final String HUURTOESLAG_NORMHUUR_VERLAGING_EEN = "huurtoeslag-normhuur-verlaging-eenpersoons";
    public static final String HUURTOESLAG_NORMHUUR_VERLAGING_MEER = "huurtoeslag-normhuur-verlaging-meerpersoons";
    /** Art. 16: the amount added to the normhuur (the text says 12 euro; the published basishuur only fits 0). */
    public static final String HUURTOESLAG_VERHOGING_NORMHUUR = "huurtoeslag-verhoging-normhuur";
    /** Wet verlaging eigen bijdrage huurtoeslag: taken off the basishuur, an amount per year. */
    public static final String HUURTOESLAG_VERLAGING_BASISHUUR = "huurtoeslag-verlaging-basishuur";
    public static final String HUURTOESLAG_KWALITEITSKORTINGSGRENS = "huurtoeslag-kwaliteitskortingsgrens";
    public static final String HUURTOESLAG_AFTOPPINGSGRENS_KLEIN = "huurtoeslag-aftoppingsgrens-een-twee-personen";
    public static final String HUURTOESLAG_AFTOPPINGSGRENS_GROOT = "huurtoeslag-aftoppingsgrens-drie-personen";
    public static final String HUURTOESLAG_MAXIMALE_HUURGRENS = "huurtoeslag-maximale-huurgrens";
    public static final String HUURTOESLAG_MAXIMALE_HUURGRENS_JONG = "huurtoeslag-maximale-huurgrens-jongeren";
    public static final String HUURTOESLAG_LEEFTIJD_JONG = "huurtoeslag-leeftijd-volledige-huurgrens";
    public static final String HUURTOESLAG_PERCENTAGE_AFTOPPING = "huurtoeslag-percentage-tot-aftoppingsgrens";
    public static final String HUURTOESLAG_PERCENTAGE_BOVEN_AFTOPPING = "huurtoeslag-percentage-boven-aftoppingsgrens";
    public static final String HUURTOESLAG_IJKPUNT_EEN = "huurtoeslag-minimum-inkomensijkpunt-eenpersoons";
    public static final String HUURTOESLAG_IJKPUNT_MEER = "huurtoeslag-minimum-inkomensijkpunt-meerpersoons";
    public static final String HUURTOESLAG_AFBOUW_EEN = "huurtoeslag-afbouw-eenpersoons";
    public static final String HUURTOESLAG_AFBOUW_MEER = "huurtoeslag-afbouw-meerpersoons";
    public static final String HUURTOESLAG_VERMOGENSGRENS = "huurtoeslag-vermogensgrens-alleenstaande";
    public static final String HUURTOESLAG_VERMOGENSGRENS_PARTNER = "huurtoeslag-vermogensgrens-partner";
    /** Every parameter the huurtoeslag needs, to see whether a date (or a reform's set) has them all. */
    public static final java.util.List<String> HUURTOESLAG = java.util.List.of(HUURTOESLAG_NORMHUUR, HUURTOESLAG_NORMHUUR_VERLAGING_EEN,
            HUURTOESLAG_NORMHUUR_VERLAGING_MEER, HUURTOESLAG_VERHOGING_NORMHUUR, HUURTOESLAG_VERLAGING_BASISHUUR, HUURTOESLAG_KWALITEITSKORTINGSGRENS,
            HUURTOESLAG_AFTOPPINGSGRENS_KLEIN, HUURTOESLAG_AFTOPPINGSGRENS_GROOT, HUURTOESLAG_MAXIMALE_HUURGRENS, HUURTOESLAG_MAXIMALE_HUURGRENS_JONG,
            HUURTOESLAG_LEEFTIJD_JONG, HUURTOESLAG_PERCENTAGE_AFTOPPING, HUURTOESLAG_PERCENTAGE_BOVEN_AFTOPPING, HUURTOESLAG_IJKPUNT_EEN,
            HUURTOESLAG_IJKPUNT_MEER, HUURTOESLAG_AFBOUW_EEN, HUURTOESLAG_AFBOUW_MEER, HUURTOESLAG_VERMOGENSGRENS, HUURTOESLAG_VERMOGENSGRENS_PARTNER);

    /** One value as the data file describes it. */
    public record Parameter(String naam, BigDecimal waarde, LocalDate geldigVanaf, String bron, String status,
            String toelichting) {

        public boolean bevestigd() {
            return "bevestigd".equals(status);
        }
    }

    private static final Parameters STANDAARD = laadStandaard();

    private final List<Parameter> parameters;

    private Parameters(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    public static Parameters standaard() {
        return STANDAARD;
    }

    private static Parameters laadStandaard() {
        try (InputStream in = Parameters.class.getResourceAsStream("parameters.csv")) {
            if (in == null) {
                throw new IllegalStateException("Het bestand parameters.csv ontbreekt");
            }
            return lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A parameter set from outside the library: a file in the same format (the bulk command's
     * {@code --parameters}) or values a municipality keeps in its own database.
     */
    public static Parameters van(List<Parameter> parameters) {
        parameters.forEach(p -> {
            if (!p.status().equals("bevestigd") && !p.status().equals("te verifiëren")) {
                throw new IllegalArgumentException("Onbekende status '" + p.status() + "' bij " + p.naam());
            }
        });
        return new Parameters(parameters);
    }

    /** Reads the format of {@code parameters.csv}: {@code naam;waarde;geldig_vanaf;bron;status;toelichting}. */
    public static Parameters lees(InputStream in) throws IOException {
        List<Parameter> lijst = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String regel;
            while ((regel = r.readLine()) != null) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] v = regel.split(";", 6); // the last field, the note, may itself contain ";"
                if (v.length != 6) {
                    throw new IllegalArgumentException("Parameterregel heeft geen zes velden: " + regel);
                }
                if (!v[4].equals("bevestigd") && !v[4].equals("te verifiëren")) {
                    throw new IllegalArgumentException("Onbekende status '" + v[4] + "' in: " + regel);
                }
                lijst.add(new Parameter(v[0], new BigDecimal(v[1]), LocalDate.parse(v[2]), v[3], v[4], v[5]));
            }
        }
        return new Parameters(lijst);
    }

    public List<Parameter> alle() {
        return parameters;
    }

    /** The version of a value that applies on a date; empty when the data has none for that date. */
    public Optional<Parameter> geldig(String naam, LocalDate peildatum) {
        return parameters.stream()
                .filter(p -> p.naam().equals(naam) && !p.geldigVanaf().isAfter(peildatum))
                .max(Comparator.comparing(Parameter::geldigVanaf));
    }

    /** The value that applies on a date; refuses a date for which the data has no value. */
    public Parameter op(String naam, LocalDate peildatum) {
        return geldig(naam, peildatum).orElseThrow(() -> new GeenParameterException(
                "Geen waarde voor '" + naam + "' bekend die geldt op " + peildatum
                        + ". Voor deze datum kunnen we niet rekenen. Een functioneel beheerder kan de waarde toevoegen."));
    }

    /** Who can fix a missing norm: the last sentence of every refusal about a missing norm. */
    public static final String BEHEERDER = "Een functioneel beheerder kan de norm toevoegen.";

    /** Whether the data has a value for each of these names on a date. */
    public boolean bekend(java.util.Collection<String> namen, LocalDate peildatum) {
        return namen.stream().allMatch(n -> geldig(n, peildatum).isPresent());
    }

    /** Whether a 0/1 switch in the data is on for a date. */
    public boolean aan(String naam, LocalDate peildatum) {
        return op(naam, peildatum).waarde().signum() > 0;
    }

    /** Thrown when a peildatum lies before the first known value. */
    public static final class GeenParameterException extends IllegalArgumentException {
        public GeenParameterException(String bericht) {
            super(bericht);
        }
    }
}

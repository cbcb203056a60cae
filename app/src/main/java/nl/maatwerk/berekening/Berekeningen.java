package nl.maatwerk.berekening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.regelbeheer.Regelparameters;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Maatregel;
import nl.maatwerk.regels.inkomen.Parameters;
import org.springframework.stereotype.Service;

/** The existence-minimum check on a described household, for the API and the page alike. */
@Service
public class Berekeningen {

    private final Regelparameters regelparameters;
    private final java.time.Clock klok;

    Berekeningen(Regelparameters regelparameters, java.time.Clock klok) {
        this.klok = klok;
        this.regelparameters = regelparameters;
    }

    /** One member as described: role (aanvrager, partner, kind, medebewoner), birth date, optional exception. */
    public record Lid(String rol, LocalDate geboortedatum, String uitzondering) {
    }

    /** A recovery with an optional proposed monthly repayment. */
    public record Terugvordering(BigDecimal bedrag, BigDecimal aflossingPerMaand) {
    }

    /** A Wmo contribution per month; without an amount the abonnementstarief on the peildatum. */
    public record WmoBijdrage(BigDecimal perMaand) {
    }

    /**
     * Municipal taxes per year, the cost-of-living norm as a percentage (without it the default on the
     * peildatum) and the two expenses the law deducts from the payment capacity, per month: net housing
     * costs above the threshold and the health premium above the standard premium. Without either the
     * outcome does not conclude and names what is missing; 0 means there is nothing above the threshold.
     */
    public record Kwijtschelding(BigDecimal aanslagPerJaar, BigDecimal kostenVanBestaanPercentage,
            BigDecimal woonlastenBovenDrempelPerMaand, BigDecimal zorgpremieBovenStandaardPerMaand) {

        /** Without the expenses: the outcome then says they are missing instead of stating amounts. */
        Kwijtschelding(BigDecimal aanslagPerJaar, BigDecimal kostenVanBestaanPercentage) {
            this(aanslagPerJaar, kostenVanBestaanPercentage, null, null);
        }
    }

    /**
     * The date a new calculation starts on: today, unless the norms for today are not in the data yet;
     * then the last day that has them, so a first calculation does not fail on a date nobody chose.
     * Uses the managed parameter set, so an approved norm for a new half year makes today the default.
     */
    public LocalDate standaardPeildatum() {
        return standaardPeildatum(regelparameters.actueel(), LocalDate.now(klok));
    }

    /**
     * Today when the norm for couples of today's half year is known; otherwise the end of the half year
     * of the newest norm on or before today (norms for a later half year do not cover the gap).
     */
    static LocalDate standaardPeildatum(Parameters parameters, LocalDate vandaag) {
        LocalDate halfjaar = LocalDate.of(vandaag.getYear(), vandaag.getMonthValue() <= 6 ? 1 : 7, 1);
        Optional<Parameters.Parameter> norm = parameters.geldig(Parameters.NORM_GEHUWDEN, vandaag);
        if (norm.isEmpty()) {
            return nl.maatwerk.regels.inkomen.Bijstandsnorm.laatsteDagMetNormen(parameters);
        }
        if (!norm.get().geldigVanaf().isBefore(halfjaar)) {
            return vandaag;
        }
        LocalDate vanaf = norm.get().geldigVanaf();
        return LocalDate.of(vanaf.getYear(), vanaf.getMonthValue() <= 6 ? 6 : 12, vanaf.getMonthValue() <= 6 ? 30 : 31);
    }

    /** The parameter set calculations use now: built in plus approved by beheer. */
    Parameters parameters() {
        return regelparameters.actueel();
    }

    public Bestaanszekerheid.Resultaat bereken(LocalDate peildatum, List<Lid> leden, Terugvordering terugvordering) {
        return bereken(peildatum, leden, terugvordering, null, null);
    }

    /**
     * Computes; problems of the household or the date come back as field errors in Dutch, with
     * {@code pad} as the prefix of the members' field names ("leden" in the API).
     */
    public Bestaanszekerheid.Resultaat bereken(LocalDate peildatum, List<Lid> leden, Terugvordering terugvordering, WmoBijdrage wmo,
            Kwijtschelding kwijtschelding) {
        return bereken(peildatum, leden, terugvordering, wmo, kwijtschelding, Optional.empty());
    }

    /**
     * The same, with the household's own income when it is known (issue 19): the bijstand is then the
     * norm minus what counts of that income, and the room above the voet is what the household has.
     */
    public Bestaanszekerheid.Resultaat bereken(LocalDate peildatum, List<Lid> leden, Terugvordering terugvordering, WmoBijdrage wmo,
            Kwijtschelding kwijtschelding, Optional<nl.maatwerk.regels.inkomen.Inkomsten> inkomsten) {
        List<Fout> fouten = new ArrayList<>();
        List<Huishoudsituatie.Persoon> personen = new ArrayList<>();
        for (int i = 0; i < leden.size(); i++) {
            Lid l = leden.get(i);
            String pad = "leden[" + i + "]";
            Optional<Huishoudsituatie.Rol> rol = rol(l.rol());
            if (rol.isEmpty()) {
                fouten.add(new Fout(pad + ".rol", "invalid", "Kies de rol: aanvrager, partner, kind of medebewoner."));
            }
            if (l.geboortedatum() == null) {
                fouten.add(new Fout(pad + ".geboortedatum", "required", "Vul de geboortedatum in."));
            }
            Optional<Huishoudsituatie.Uitzondering> uitzondering = Optional.empty();
            if (l.uitzondering() != null && !l.uitzondering().isBlank()) {
                try {
                    uitzondering = Optional.of(Huishoudsituatie.Uitzondering.vanCode(l.uitzondering()));
                } catch (IllegalArgumentException e) {
                    fouten.add(new Fout(pad + ".uitzondering", "invalid", "De uitzondering is student of commerciële huurder."));
                }
            }
            if (rol.isPresent() && l.geboortedatum() != null) {
                personen.add(new Huishoudsituatie.Persoon(rol.get(), l.geboortedatum(), uitzondering));
            }
        }
        if (peildatum == null) {
            fouten.add(new Fout("peildatum", "required", "Vul de peildatum in."));
        }
        if (leden.isEmpty()) {
            fouten.add(new Fout("leden", "required", "Een huishouden heeft minstens één lid."));
        }
        if (kwijtschelding != null && kwijtschelding.kostenVanBestaanPercentage() != null && peildatum != null) {
            BigDecimal p = kwijtschelding.kostenVanBestaanPercentage();
            Parameters parameters = regelparameters.actueel();
            BigDecimal laagste = parameters.geldig(Parameters.KWIJTSCHELDING, peildatum).map(x -> x.waarde().movePointRight(2)).orElse(null);
            BigDecimal hoogste = parameters.geldig(Parameters.KWIJTSCHELDING_MAXIMUM, peildatum).map(x -> x.waarde().movePointRight(2)).orElse(null);
            if (laagste != null && hoogste != null && (p.compareTo(laagste) < 0 || p.compareTo(hoogste) > 0)) {
                fouten.add(new Fout("kwijtschelding.kostenVanBestaanPercentage", "range", "Het percentage voor de kosten van bestaan ligt tussen "
                        + laagste.stripTrailingZeros().toPlainString() + " en " + hoogste.stripTrailingZeros().toPlainString() + "."));
            }
        }
        if (kwijtschelding != null) {
            // Checked here too, not only in the API, so the page names the field instead of a general error.
            bedrag(fouten, "kwijtschelding.aanslagPerJaar", kwijtschelding.aanslagPerJaar(), "De aanslag is 0 of meer.",
                    new BigDecimal("100000"), "De aanslag is te groot.");
            bedrag(fouten, "kwijtschelding.woonlastenBovenDrempelPerMaand", kwijtschelding.woonlastenBovenDrempelPerMaand(),
                    "De woonlasten boven de drempel zijn 0 of meer.", MAXIMUM_PER_MAAND, "De woonlasten boven de drempel zijn te hoog.");
            bedrag(fouten, "kwijtschelding.zorgpremieBovenStandaardPerMaand", kwijtschelding.zorgpremieBovenStandaardPerMaand(),
                    "De zorgpremie boven de standaardpremie is 0 of meer.", MAXIMUM_PER_MAAND,
                    "De zorgpremie boven de standaardpremie is te hoog.");
        }
        // The same bounds as the API's, so the page names the field too (a negative amount or one of
        // 1e999999999 failed deep in the rules, the latter by running out of memory).
        if (terugvordering != null) {
            bedrag(fouten, "maatregel.bedrag", terugvordering.bedrag(), "Het bedrag is 0 of meer.", new BigDecimal("10000000"),
                    "Het bedrag is te groot.");
            bedrag(fouten, "maatregel.aflossingPerMaand", terugvordering.aflossingPerMaand(), "De aflossing is 0 of meer.",
                    new BigDecimal("1000000"), "De aflossing is te groot.");
        }
        if (wmo != null) {
            bedrag(fouten, "wmo.perMaand", wmo.perMaand(), "De Wmo-bijdrage is 0 of meer.", MAXIMUM_PER_MAAND, "De Wmo-bijdrage is te groot.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        List<Maatregel> maatregelen = new ArrayList<>();
        if (kwijtschelding != null && kwijtschelding.aanslagPerJaar() != null) {
            maatregelen.add(new Maatregel.Kwijtschelding(kwijtschelding.aanslagPerJaar(),
                    Optional.ofNullable(kwijtschelding.kostenVanBestaanPercentage()).map(x -> x.movePointLeft(2)),
                    Optional.ofNullable(kwijtschelding.woonlastenBovenDrempelPerMaand()),
                    Optional.ofNullable(kwijtschelding.zorgpremieBovenStandaardPerMaand())));
        }
        if (wmo != null) {
            maatregelen.add(new Maatregel.WmoBijdrage(Optional.ofNullable(wmo.perMaand())));
        }
        if (terugvordering != null && terugvordering.bedrag() != null) {
            maatregelen.add(new Maatregel.Terugvordering(terugvordering.bedrag(), Optional.ofNullable(terugvordering.aflossingPerMaand())));
        }
        try {
            return Bestaanszekerheid.bereken(new Huishoudsituatie(personen), peildatum, maatregelen, regelparameters.actueel(),
                    java.util.Objects.requireNonNullElse(inkomsten, Optional.empty()));
        } catch (Parameters.GeenParameterException e) {
            throw new OngeldigeInvoerException("peildatum", "range", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException("leden", "invalid", e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".");
        }
    }

    /** The largest monthly expense accepted; the same bound as in the API. */
    static final BigDecimal MAXIMUM_PER_MAAND = new BigDecimal("10000");

    /** An optional amount: 0 or more, at most {@code maximum}, at most two decimals; every problem as a field error. */
    private static void bedrag(List<Fout> fouten, String veld, BigDecimal waarde, String negatief, BigDecimal maximum, String teGroot) {
        if (waarde == null) {
            return;
        }
        if (waarde.signum() < 0) {
            fouten.add(new Fout(veld, "range", negatief));
        } else if (waarde.compareTo(maximum) > 0) {
            fouten.add(new Fout(veld, "range", teGroot));
        } else if (waarde.stripTrailingZeros().scale() > 2) {
            fouten.add(new Fout(veld, "invalid", "Een bedrag heeft hoogstens twee cijfers achter de komma."));
        }
    }

    private static Optional<Huishoudsituatie.Rol> rol(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Huishoudsituatie.Rol.valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

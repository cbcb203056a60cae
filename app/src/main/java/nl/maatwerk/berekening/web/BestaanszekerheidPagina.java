package nl.maatwerk.berekening.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Formulierbinding;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The existence-minimum check on a page: describe a household and a recovery, see the norm, what is
 * left and why, change one thing and calculate again. Or start from a stored household on a date.
 */
@Controller
class BestaanszekerheidPagina {

    static final int RIJEN = 6;

    record LidRij(String rol, LocalDate geboortedatum, String uitzondering) {
        boolean leeg() {
            return (rol == null || rol.isBlank()) && geboortedatum == null;
        }
    }

    record Formulier(LocalDate peildatum, List<LidRij> leden, BigDecimal bedrag, BigDecimal aflossingPerMaand, Boolean wmo,
            BigDecimal wmoPerMaand, BigDecimal aanslagPerJaar, BigDecimal kostenVanBestaanPercentage,
            BigDecimal woonlastenBovenDrempelPerMaand, BigDecimal zorgpremieBovenStandaardPerMaand) {
        Formulier {
            // Rows left empty in the middle arrive as null.
            List<LidRij> rijen = new ArrayList<>();
            (leden == null ? List.<LidRij>of() : leden).forEach(r -> rijen.add(r == null ? new LidRij(null, null, null) : r));
            while (rijen.size() < RIJEN) {
                rijen.add(new LidRij(null, null, null));
            }
            leden = rijen;
        }
    }

    private final Berekeningen berekeningen;
    private final Huishoudens huishoudens;
    private final Clock klok;
    private final Formulierbinding binding;

    BestaanszekerheidPagina(Berekeningen berekeningen, Huishoudens huishoudens, Clock klok, Formulierbinding binding) {
        this.binding = binding;
        this.berekeningen = berekeningen;
        this.huishoudens = huishoudens;
        this.klok = klok;
    }

    @GetMapping("/berekeningen/bestaanszekerheid")
    String leeg(Model model) {
        model.addAttribute("formulier", new Formulier(standaardPeildatum(model), List.of(new LidRij("aanvrager", null, null)), null, null, false,
                null, null, null, null, null));
        return "berekening/bestaanszekerheid";
    }

    /** Pre-filled from who lived in a stored household on the peildatum; reading the composition is logged. */
    @GetMapping("/huishoudens/{id}/bestaanszekerheid")
    String vanHuishouden(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum, Model model) {
        LocalDate dag = peildatum == null ? standaardPeildatum(model) : peildatum;
        List<LidRij> rijen = huishoudens.samenstellingOp(id, dag).stream().map(l -> new LidRij(l.rol().name().toLowerCase(Locale.ROOT),
                l.inwoner().geboortedatum(), l.uitzondering() == null ? null : l.uitzondering().code())).toList();
        model.addAttribute("formulier", new Formulier(dag, rijen, null, null, false, null, null, null, null, null));
        model.addAttribute("melding", rijen.isEmpty()
                ? "Op deze datum woonde niemand in het huishouden. Vul zelf de leden in."
                : "Ingevuld met wie er op " + dag + " in het huishouden woonde. U kunt alles aanpassen; er wordt niets opgeslagen.");
        return "berekening/bestaanszekerheid";
    }

    @PostMapping("/berekeningen/bestaanszekerheid")
    String bereken(@ModelAttribute("formulier") Formulier formulier, BindingResult resultaat, Model model, HttpServletRequest request) {
        if (resultaat.hasErrors()) {
            // A value that is not a date or number: the page shows it as typed, with every member row.
            binding.herbouw(request, resultaat, Formulier.class, model);
            return "berekening/bestaanszekerheid";
        }
        List<Berekeningen.Lid> leden = new ArrayList<>();
        List<Integer> rijNummers = new ArrayList<>();
        for (int i = 0; i < formulier.leden().size(); i++) {
            LidRij r = formulier.leden().get(i);
            if (!r.leeg()) {
                leden.add(new Berekeningen.Lid(r.rol(), r.geboortedatum(), r.uitzondering()));
                rijNummers.add(i);
            }
        }
        try {
            Bestaanszekerheid.Resultaat r = berekeningen.bereken(formulier.peildatum(), leden,
                    formulier.bedrag() == null ? null : new Berekeningen.Terugvordering(formulier.bedrag(), formulier.aflossingPerMaand()),
                    Boolean.TRUE.equals(formulier.wmo()) || formulier.wmoPerMaand() != null
                            ? new Berekeningen.WmoBijdrage(formulier.wmoPerMaand()) : null,
                    formulier.aanslagPerJaar() == null ? null
                            : new Berekeningen.Kwijtschelding(formulier.aanslagPerJaar(), formulier.kostenVanBestaanPercentage(),
                                    formulier.woonlastenBovenDrempelPerMaand(), formulier.zorgpremieBovenStandaardPerMaand()));
            model.addAttribute("resultaat", r);
            model.addAttribute("stappen", r.uitleg().stream().flatMap(u -> u.stappen().stream()).toList());
        } catch (OngeldigeInvoerException e) {
            // Member errors name the n-th filled row; on the form that is the row where it was typed.
            List<OngeldigeInvoerException.Fout> opFormulier = e.fouten().stream().map(f -> f.veld().startsWith("leden[")
                    ? new OngeldigeInvoerException.Fout(herschrijf(f.veld(), rijNummers), f.code(), f.reden()) : f).toList();
            Formulierfouten.verwerk(new OngeldigeInvoerException(opFormulier), resultaat,
                    Map.of("leden", "leden[0].rol", "maatregel.bedrag", "bedrag", "maatregel.aflossingPerMaand", "aflossingPerMaand",
                            "wmo.perMaand", "wmoPerMaand", "kwijtschelding.kostenVanBestaanPercentage", "kostenVanBestaanPercentage",
                            "kwijtschelding.aanslagPerJaar", "aanslagPerJaar",
                            "kwijtschelding.woonlastenBovenDrempelPerMaand", "woonlastenBovenDrempelPerMaand",
                            "kwijtschelding.zorgpremieBovenStandaardPerMaand", "zorgpremieBovenStandaardPerMaand"));
        }
        return "berekening/bestaanszekerheid";
    }

    /**
     * Today, unless the norms for today are not in the data yet: then the last day that has them, with
     * a note, so the first calculation does not fail on a date nobody chose.
     */
    private LocalDate standaardPeildatum(Model model) {
        LocalDate dag = berekeningen.standaardPeildatum();
        if (dag.isBefore(LocalDate.now(klok))) {
            model.addAttribute("peildatumMelding", "De normen na " + DATUM.format(dag) + " zijn nog niet ingevoerd. Daarom staat de peildatum op "
                    + DATUM.format(dag) + ". Een latere datum geeft een melding.");
        }
        return dag;
    }

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private static String herschrijf(String veld, List<Integer> rijNummers) {
        int open = veld.indexOf('[');
        int dicht = veld.indexOf(']');
        int n = Integer.parseInt(veld.substring(open + 1, dicht));
        return "leden[" + rijNummers.get(n) + "]" + veld.substring(dicht + 1);
    }

}

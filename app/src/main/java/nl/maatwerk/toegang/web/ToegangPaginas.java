package nl.maatwerk.toegang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Formulierbinding;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.toegang.Dreiging;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.HulpvraagGegevens;
import nl.maatwerk.toegang.HulpvraagStatus;
import nl.maatwerk.toegang.Hulpvragen;
import nl.maatwerk.toegang.Kanaal;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.Onderdeel;
import nl.maatwerk.toegang.Regie;
import nl.maatwerk.toegang.Regieverzoeken;
import nl.maatwerk.toegang.Toestemmingen;
import nl.maatwerk.toegang.Urgentie;
import nl.maatwerk.toegang.Vorm;
import nl.maatwerk.toegang.Werkvoorraad;
import nl.maatwerk.toegang.Wet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Intake, the request page with its clocks, regie and team, consent and sharing, and the work list. */
@Controller
class ToegangPaginas {

    private final Hulpvragen hulpvragen;
    private final Regie regie;
    private final Regieverzoeken regieverzoeken;
    private final Toestemmingen toestemmingen;
    private final Werkvoorraad werkvoorraad;
    private final Huishoudens huishoudens;
    private final GebruikerRegister gebruikers;
    private final Formulierbinding binding;
    private final Clock klok;

    ToegangPaginas(Hulpvragen hulpvragen, Regie regie, Regieverzoeken regieverzoeken, Toestemmingen toestemmingen, Werkvoorraad werkvoorraad,
            Huishoudens huishoudens, GebruikerRegister gebruikers, Formulierbinding binding, Clock klok) {
        this.hulpvragen = hulpvragen;
        this.regie = regie;
        this.regieverzoeken = regieverzoeken;
        this.toestemmingen = toestemmingen;
        this.werkvoorraad = werkvoorraad;
        this.huishoudens = huishoudens;
        this.gebruikers = gebruikers;
        this.binding = binding;
        this.klok = klok;
    }


    // --- intake ---------------------------------------------------------------------------

    @GetMapping("/huishoudens/{id}/hulpvragen/nieuw")
    String intake(@PathVariable UUID id, Model model) {
        return intakePagina(huishoudens.lees(id), HulpvraagGegevens.leeg(LocalDate.now(klok)), model);
    }

    @PostMapping("/huishoudens/{id}/hulpvragen/nieuw")
    String registreer(@PathVariable UUID id, @Valid @ModelAttribute("intake") HulpvraagGegevens gegevens, BindingResult resultaat,
            Model model, RedirectAttributes redirect, HttpServletRequest request) {
        binding.valideerOokNaTypefouten(request, resultaat, HulpvraagGegevens.class);
        if (!resultaat.hasErrors()) {
            try {
                Hulpvraag v = hulpvragen.registreer(id, gegevens);
                redirect.addFlashAttribute("melding", "De hulpvraag is vastgelegd."
                        + (v.termijnen().isEmpty() ? "" : " De wettelijke termijn loopt."));
                return "redirect:/hulpvragen/" + v.id();
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of());
            }
        }
        return intakePagina(huishoudens.lees(id), gegevens, model);
    }

    private String intakePagina(Huishouden h, HulpvraagGegevens gegevens, Model model) {
        model.addAttribute("huishouden", h);
        if (!model.containsAttribute("intake")) {
            // On a failed post the bound form and its errors are already in the model; replacing it would lose the errors.
            model.addAttribute("intake", gegevens);
        }
        Map<String, String> leden = new LinkedHashMap<>();
        leden.put("", "Het huishouden als geheel");
        h.ledenOp(LocalDate.now(klok)).forEach(l -> leden.put(l.inwoner().id().toString(), l.inwoner().volledigeNaam()));
        model.addAttribute("leden", leden);
        model.addAttribute("kanalen", Keuze.opties(Kanaal.values(), "Kies een kanaal"));
        model.addAttribute("vormen", Keuze.opties(Vorm.values(), "Kies melding of aanvraag"));
        model.addAttribute("domeinen", Keuze.opties(Levensdomein.values(), null));
        model.addAttribute("urgenties", Keuze.opties(Urgentie.values(), null));
        model.addAttribute("wetten", Keuze.opties(Wet.values(), null));
        model.addAttribute("dreigingen", Keuze.opties(Dreiging.values(), "Geen dreiging"));
        return "toegang/intake";
    }

    // --- a request ------------------------------------------------------------------------

    @GetMapping("/hulpvragen/{id}")
    String hulpvraag(@PathVariable UUID id, Model model) {
        Hulpvraag v = hulpvragen.lees(id);
        model.addAttribute("statusFormulier", new ToegangFormulieren.Status(null, null, v.versie()));
        Versieconflict.geopend(model, v.versie(), momentopname(v));
        return hulpvraagPagina(v, model);
    }

    @PostMapping("/hulpvragen/{id}/status")
    String status(@PathVariable UUID id, @ModelAttribute("statusFormulier") ToegangFormulieren.Status formulier, BindingResult resultaat,
            @RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
        Versieconflict.behouden(model, formulier.versie(), basis);
        if (!resultaat.hasErrors()) {
            try {
                Hulpvraag v = hulpvragen.wijzigStatus(id, formulier.status(), formulier.reden(), formulier.versie());
                redirect.addFlashAttribute("melding", "De status is nu: " + v.status().omschrijving() + ".");
                return "redirect:/hulpvragen/" + id;
            } catch (VersieConflictException e) {
                // Who moved it on meanwhile, and to what; the chosen step and reason stay in the form.
                Hulpvraag nu = hulpvragen.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
                return hulpvraagPagina(nu, model);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of());
            }
        }
        return hulpvraagPagina(hulpvragen.lees(id), model);
    }

    @PostMapping("/hulpvragen/{id}/toewijzen")
    String wijsToe(@PathVariable UUID id, @ModelAttribute("toewijzingFormulier") ToegangFormulieren.Toewijzing formulier,
            BindingResult resultaat, @RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
        Versieconflict.behouden(model, formulier.versie(), basis);
        if (!resultaat.hasErrors()) {
            try {
                Hulpvraag v = hulpvragen.wijsToe(id, formulier.naar(), formulier.toewijzingReden(), formulier.versie());
                redirect.addFlashAttribute("melding", "De hulpvraag is nu van " + gebruikers.namen(List.of(v.behandelaar()))
                        .getOrDefault(v.behandelaar(), v.behandelaar()) + ".");
                return "redirect:/hulpvragen/" + id;
            } catch (VersieConflictException e) {
                Hulpvraag nu = hulpvragen.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
                model.addAttribute("statusFormulier", new ToegangFormulieren.Status(null, null, nu.versie()));
                return hulpvraagPagina(nu, model);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of("reden", "toewijzingReden", "naar", "naar"));
            }
        }
        Hulpvraag v = hulpvragen.lees(id);
        model.addAttribute("statusFormulier", new ToegangFormulieren.Status(null, null, v.versie()));
        return hulpvraagPagina(v, model);
    }

    /** What the request's page shows that a next step depends on: its status and every step so far, with its reason. */
    static Momentopname momentopname(Hulpvraag v) {
        Momentopname.Builder m = Momentopname.met().waarde("Status", v.status().omschrijving());
        for (int i = 0; i < v.geschiedenis().size(); i++) {
            Hulpvraag.StatusWijziging w = v.geschiedenis().get(i);
            m.waarde("Stap " + (i + 1), w.naar().omschrijving() + ": " + w.reden() + " (" + w.door() + ")");
        }
        return m.klaar();
    }

    @PostMapping("/hulpvragen/{id}/termijnen/{termijn}/afronden")
    String rondAf(@PathVariable UUID id, @PathVariable UUID termijn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate afgerondOp, Model model,
            RedirectAttributes redirect) {
        try {
            hulpvragen.rondTermijnAf(id, termijn, afgerondOp);
            redirect.addFlashAttribute("melding", "De termijn is afgerond.");
            return "redirect:/hulpvragen/" + id;
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("afrondFout", Map.of(termijn, e.fouten().getFirst().reden()));
            Hulpvraag v = hulpvragen.lees(id);
            model.addAttribute("statusFormulier", new ToegangFormulieren.Status(null, null, v.versie()));
            Versieconflict.geopend(model, v.versie(), momentopname(v));
            return hulpvraagPagina(v, model);
        }
    }

    private String hulpvraagPagina(Hulpvraag v, Model model) {
        model.addAttribute("hulpvraag", v);
        // Only the steps that can follow: a request does not go back, closing is always possible.
        Map<String, String> statussen = new LinkedHashMap<>();
        statussen.put("", "Kies de nieuwe status");
        Arrays.stream(HulpvraagStatus.values()).filter(st -> st.ordinal() > v.status().ordinal())
                .forEach(st -> statussen.put(st.name(), st.omschrijving()));
        model.addAttribute("statussen", statussen);
        // Assigning: the behandelaar and every change by name, and the colleagues of the household's team to choose from.
        model.addAttribute("toewijzingen", hulpvragen.toewijzingen(v.id()));
        model.addAttribute("behandelaarNaam", v.behandelaar() == null ? null
                : gebruikers.namen(List.of(v.behandelaar())).getOrDefault(v.behandelaar(), v.behandelaar()));
        String team = huishoudens.koppen(List.of(v.huishoudenId())).get(v.huishoudenId()).teamId();
        Map<String, String> collegas = new LinkedHashMap<>();
        collegas.put("", "Kies een collega");
        hulpvragen.collegas(team).stream().filter(p -> !p.gebruikersnaam().equals(v.behandelaar()))
                .forEach(p -> collegas.put(p.gebruikersnaam(), p.naam()));
        model.addAttribute("collegas", collegas);
        model.addAttribute("magToewijzen", v.isOpen() && team != null && team.equals(gebruikers.huidige().teamId())
                && (v.behandelaar() == null || v.behandelaar().equals(gebruikers.huidige().gebruikersnaam())
                        || gebruikers.huidige().rol() == nl.maatwerk.platform.Rol.TEAMLEIDER));
        if (!model.containsAttribute("toewijzingFormulier")) {
            model.addAttribute("toewijzingFormulier", new ToegangFormulieren.Toewijzing(null, null, v.versie()));
        }
        return "toegang/hulpvraag";
    }

    // --- regie and team -------------------------------------------------------------------

    @GetMapping("/huishoudens/{id}/regie")
    String regie(@PathVariable UUID id, Model model) {
        model.addAttribute("regieFormulier", new ToegangFormulieren.Regisseur(null, null));
        model.addAttribute("teamFormulier", new ToegangFormulieren.Teamlid(null, null, null, false));
        return regiePagina(id, model);
    }

    @PostMapping("/huishoudens/{id}/regie")
    String wijsRegisseurToe(@PathVariable UUID id, @ModelAttribute("regieFormulier") ToegangFormulieren.Regisseur formulier,
            BindingResult resultaat, Model model, RedirectAttributes redirect) {
        try {
            regie.wijsToe(id, formulier.regisseur(), formulier.reden());
            redirect.addFlashAttribute("melding", "De regie is vastgelegd.");
            return "redirect:/huishoudens/" + id;
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of());
        }
        model.addAttribute("teamFormulier", new ToegangFormulieren.Teamlid(null, null, null, false));
        return regiePagina(id, model);
    }

    /** Someone of another team asks the household's team for the regie (issue 13). */
    @PostMapping("/huishoudens/{id}/regie/verzoek")
    String vraagRegieAan(@PathVariable UUID id, @ModelAttribute("verzoekFormulier") ToegangFormulieren.Regieverzoek formulier,
            BindingResult resultaat, Model model, RedirectAttributes redirect) {
        try {
            regieverzoeken.vraagAan(id, formulier.verzoekReden());
            redirect.addFlashAttribute("melding", "Uw verzoek om de regie is verstuurd. Het team van het huishouden beslist erover.");
            return "redirect:/huishoudens/" + id + "/regie";
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of("reden", "verzoekReden"));
        }
        model.addAttribute("regieFormulier", new ToegangFormulieren.Regisseur(null, null));
        model.addAttribute("teamFormulier", new ToegangFormulieren.Teamlid(null, null, null, false));
        return regiePagina(id, model);
    }

    /** The household's team agrees to a request for the regie, or declines it. */
    @PostMapping("/huishoudens/{id}/regie/verzoeken/{verzoek}")
    String beslisOverRegieverzoek(@PathVariable UUID id, @PathVariable UUID verzoek, @RequestParam boolean akkoord,
            @RequestParam(required = false) String toelichting, @RequestParam(required = false) Integer versie, RedirectAttributes redirect) {
        try {
            regieverzoeken.beslis(id, verzoek, akkoord, toelichting, versie);
            redirect.addFlashAttribute("melding", akkoord
                    ? "U heeft ingestemd met het verzoek. De aanvrager is nu regisseur en heeft toegang zolang de regie duurt."
                    : "U heeft het verzoek afgewezen. De regie blijft zoals hij was.");
        } catch (OngeldigeInvoerException | nl.maatwerk.platform.ConflictException | nl.maatwerk.platform.VersieOntbreektException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/huishoudens/" + id + "/regie";
    }

    @PostMapping("/huishoudens/{id}/team")
    String voegTeamlidToe(@PathVariable UUID id, @ModelAttribute("teamFormulier") ToegangFormulieren.Teamlid formulier,
            BindingResult resultaat, Model model, RedirectAttributes redirect) {
        try {
            regie.voegToe(id, formulier.naam(), formulier.organisatie(), formulier.rol(), Boolean.TRUE.equals(formulier.extern()));
            redirect.addFlashAttribute("melding", formulier.naam().strip() + " hoort nu bij het team.");
            return "redirect:/huishoudens/" + id + "/regie";
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of());
        }
        model.addAttribute("regieFormulier", new ToegangFormulieren.Regisseur(null, null));
        return regiePagina(id, model);
    }

    @PostMapping("/huishoudens/{id}/team/{lid}/beeindigen")
    String beeindigTeamlid(@PathVariable UUID id, @PathVariable UUID lid, RedirectAttributes redirect) {
        regie.beeindig(id, lid);
        redirect.addFlashAttribute("melding", "Het teamlid is niet meer betrokken.");
        return "redirect:/huishoudens/" + id + "/regie";
    }

    private String regiePagina(UUID id, Model model) {
        Huishouden h = huishoudens.lees(id);
        model.addAttribute("huishouden", h);
        model.addAttribute("geschiedenis", regie.geschiedenis(id));
        model.addAttribute("team", regie.team(id));
        // The household's own team sets the regie; anyone else who sees the household asks for it.
        boolean beslistZelf = regieverzoeken.beslistZelf(id);
        model.addAttribute("beslistZelf", beslistZelf);
        model.addAttribute("verzoeken", regieverzoeken.vanHuishouden(id));
        if (!model.containsAttribute("verzoekFormulier")) {
            model.addAttribute("verzoekFormulier", new ToegangFormulieren.Regieverzoek(null));
        }
        Map<String, String> kandidaten = new LinkedHashMap<>();
        kandidaten.put("", "Kies een professional");
        if (beslistZelf) {
            regie.kandidaten(id).forEach(k -> kandidaten.put(k.gebruikersnaam(), k.naam() + (k.team().isEmpty() ? "" : " (" + k.team() + ")")));
        }
        model.addAttribute("kandidaten", kandidaten);
        return "toegang/regie";
    }

    // --- consent and sharing --------------------------------------------------------------

    @GetMapping("/huishoudens/{id}/toestemming")
    String toestemming(@PathVariable UUID id, Model model) {
        model.addAttribute("toestemmingFormulier", new ToegangFormulieren.Toestemming(null, null, List.of(), null, LocalDate.now(klok), null));
        model.addAttribute("deelFormulier", new ToegangFormulieren.Delen(null, List.of()));
        return toestemmingPagina(id, model);
    }

    @PostMapping("/huishoudens/{id}/toestemming")
    String legToestemming(@PathVariable UUID id, @ModelAttribute("toestemmingFormulier") ToegangFormulieren.Toestemming formulier,
            BindingResult resultaat, Model model, RedirectAttributes redirect, HttpServletRequest request) {
        binding.valideerOokNaTypefouten(request, resultaat, ToegangFormulieren.Toestemming.class);
        if (!resultaat.hasErrors()) {
            try {
                toestemmingen.leg(id, formulier.inwonerId(), formulier.partij(), formulier.onderdelen(), formulier.doel(),
                        formulier.gegevenOp(), formulier.geldigTot());
                redirect.addFlashAttribute("melding", "De toestemming is vastgelegd.");
                return "redirect:/huishoudens/" + id + "/toestemming";
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of());
            }
        }
        model.addAttribute("deelFormulier", new ToegangFormulieren.Delen(null, List.of()));
        return toestemmingPagina(id, model);
    }

    @PostMapping("/huishoudens/{id}/toestemming/{toestemming}/intrekken")
    String trekIn(@PathVariable UUID id, @PathVariable UUID toestemming, RedirectAttributes redirect) {
        toestemmingen.trekIn(id, toestemming);
        redirect.addFlashAttribute("melding", "De toestemming is ingetrokken. Er wordt vanaf vandaag niets meer op gedeeld.");
        return "redirect:/huishoudens/" + id + "/toestemming";
    }

    @PostMapping("/huishoudens/{id}/delen")
    String deel(@PathVariable UUID id, @ModelAttribute("deelFormulier") ToegangFormulieren.Delen formulier, BindingResult resultaat,
            Model model, RedirectAttributes redirect, HttpServletRequest request) {
        if (resultaat.hasErrors()) {
            // A part that is not one of the list: nothing is shared, the form says which field.
            binding.herbouw(request, resultaat, ToegangFormulieren.Delen.class, model);
        } else {
            try {
                Toestemmingen.Verstrekking v = toestemmingen.deel(id, formulier.deelPartij(), formulier.deelOnderdelen());
                redirect.addFlashAttribute("melding", "Gedeeld met " + v.partij() + ". Dit staat in de tijdlijn en in het logboek.");
                return "redirect:/huishoudens/" + id + "/toestemming";
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of("partij", "deelPartij", "onderdelen", "deelOnderdelen"));
            }
        }
        model.addAttribute("toestemmingFormulier", new ToegangFormulieren.Toestemming(null, null, List.of(), null, LocalDate.now(klok), null));
        return toestemmingPagina(id, model);
    }

    private String toestemmingPagina(UUID id, Model model) {
        LocalDate vandaag = LocalDate.now(klok);
        Huishouden h = huishoudens.lees(id);
        model.addAttribute("huishouden", h);
        model.addAttribute("toestemmingen", toestemmingen.vanHuishouden(id));
        model.addAttribute("verstrekkingen", toestemmingen.verstrekkingen(id));
        Map<String, String> leden = new LinkedHashMap<>();
        leden.put("", "Kies wie toestemming geeft");
        // Only who can give it: 16 or older; a parent gives it for a child under 16 (Leeftijdsgrenzen.TOESTEMMING).
        h.ledenOp(vandaag).stream().filter(l -> nl.maatwerk.toegang.Leeftijdsgrenzen.magToestemmingGeven(l.inwoner().geboortedatum(), vandaag))
                .forEach(l -> leden.put(l.inwoner().id().toString(), l.inwoner().volledigeNaam()));
        model.addAttribute("leden", leden);
        model.addAttribute("onderdelen", Keuze.opties(Onderdeel.values(), null));
        Map<String, String> partijen = new LinkedHashMap<>();
        partijen.put("", "Kies een partij");
        regie.team(id).stream().filter(b -> b.extern() && b.actiefOp(vandaag)).forEach(b -> partijen.put(b.organisatie(), b.organisatie()));
        toestemmingen.vanHuishouden(id).stream().filter(t -> t.geldigOp(vandaag)).forEach(t -> partijen.put(t.partij(), t.partij()));
        model.addAttribute("partijen", partijen);
        return "toegang/toestemming";
    }

    // --- work list ------------------------------------------------------------------------

    @GetMapping("/werkvoorraad")
    String werkvoorraad(Model model) {
        model.addAttribute("items", werkvoorraad.voor(gebruikers.huidige()));
        model.addAttribute("uitleg", werkvoorraad.ordening().uitleg());
        return "toegang/werkvoorraad";
    }

}

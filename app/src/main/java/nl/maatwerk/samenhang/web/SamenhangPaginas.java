package nl.maatwerk.samenhang.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.Formulierbinding;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.samenhang.Belasting;
import nl.maatwerk.samenhang.Fase;
import nl.maatwerk.samenhang.Herkomst;
import nl.maatwerk.samenhang.Ical;
import nl.maatwerk.samenhang.Invlieger;
import nl.maatwerk.samenhang.Invliegers;
import nl.maatwerk.samenhang.Proces;
import nl.maatwerk.samenhang.Soort;
import nl.maatwerk.samenhang.Tijdlijn;
import nl.maatwerk.samenhang.Voorbereiding;
import nl.maatwerk.samenhang.Wet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of samenhang: the timeline with its table, the load per team, what changed since last week, one
 * invlieger, the form to make or change one, and the exports (JSON, iCalendar).
 */
@Controller
class SamenhangPaginas {

    static final int STANDAARD_MAANDEN = 24;
    static final int MAX_MAANDEN = 60;

    private final Invliegers invliegers;
    private final GebruikerRegister gebruikers;
    private final Formulierbinding binding;
    private final Clock klok;

    SamenhangPaginas(Invliegers invliegers, GebruikerRegister gebruikers, Formulierbinding binding, Clock klok) {
        this.invliegers = invliegers;
        this.gebruikers = gebruikers;
        this.binding = binding;
        this.klok = klok;
    }

    // --- the timeline ---------------------------------------------------------------------------

    @GetMapping("/samenhang")
    String tijdlijn(@RequestParam(required = false) String indeling, @RequestParam(required = false) YearMonth van,
            @RequestParam(required = false) Integer maanden, @RequestParam(required = false) String team, Model model) {
        LocalDate vandaag = LocalDate.now(klok);
        YearMonth begin = van != null ? van : YearMonth.from(vandaag).minusMonths(3);
        int aantal = maanden == null ? STANDAARD_MAANDEN : Math.clamp(maanden, 1, MAX_MAANDEN);
        Tijdlijn.Indeling naar = "wet".equalsIgnoreCase(indeling) ? Tijdlijn.Indeling.WET : Tijdlijn.Indeling.TEAM;
        Map<String, String> teams = invliegers.teams();
        String gekozenTeam = team != null && teams.containsKey(team) ? team : null;
        List<Invlieger> alle = invliegers.alle().stream().filter(v -> gekozenTeam == null || v.teams().contains(gekozenTeam)).toList();
        Tijdlijn.Plaat plaat = naar == Tijdlijn.Indeling.WET
                ? Tijdlijn.teken(alle, wetten(), v -> v.wetten().isEmpty() ? List.of("") : v.wetten().stream().map(Wet::code).toList(), begin,
                        aantal, vandaag)
                : Tijdlijn.teken(alle, teamsMetRest(teams, gekozenTeam), v -> v.teams().isEmpty() ? List.of("") : v.teams(), begin, aantal,
                        vandaag);
        model.addAttribute("plaat", plaat);
        model.addAttribute("invliegers", alle);
        model.addAttribute("indeling", naar.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("teams", teams);
        model.addAttribute("teamOpties", opties(teams, "Alle teams"));
        model.addAttribute("team", gekozenTeam);
        model.addAttribute("van", begin);
        model.addAttribute("maanden", aantal);
        model.addAttribute("magSchrijven", Invliegers.magSchrijven(gebruikers.huidige()));
        return "samenhang/tijdlijn";
    }

    private static Map<String, String> wetten() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(Wet.values()).forEach(w -> m.put(w.code(), w.omschrijving()));
        m.put("", "Geen wet genoemd");
        return m;
    }

    private static Map<String, String> teamsMetRest(Map<String, String> teams, String gekozen) {
        Map<String, String> m = new LinkedHashMap<>();
        teams.forEach((id, naam) -> {
            if (gekozen == null || gekozen.equals(id)) {
                m.put(id, naam);
            }
        });
        if (gekozen == null) {
            m.put("", "Geen team genoemd");
        }
        return m;
    }

    // --- load per team and recent changes -------------------------------------------------------

    @GetMapping("/samenhang/belasting")
    String belasting(@RequestParam(required = false) YearMonth van, @RequestParam(required = false) Integer maanden, Model model) {
        YearMonth begin = van != null ? van : YearMonth.from(LocalDate.now(klok));
        int aantal = maanden == null ? 12 : Math.clamp(maanden, 1, MAX_MAANDEN);
        List<Belasting.Team> perTeam = Belasting.perTeam(invliegers.alle(), invliegers.teams(), begin, aantal);
        model.addAttribute("perTeam", perTeam);
        model.addAttribute("maandenLijst", perTeam.isEmpty() ? List.of() : perTeam.getFirst().maanden().stream().map(Belasting.Maand::maand).toList());
        model.addAttribute("drempel", Belasting.DREMPEL);
        model.addAttribute("van", begin);
        model.addAttribute("maanden", aantal);
        return "samenhang/belasting";
    }

    @GetMapping("/samenhang/wijzigingen")
    String wijzigingen(@RequestParam(required = false) Integer dagen, Model model) {
        int terug = dagen == null ? 7 : Math.clamp(dagen, 1, 366);
        Instant sinds = Instant.now(klok).minus(Duration.ofDays(terug));
        model.addAttribute("wijzigingen", invliegers.wijzigingenSinds(sinds));
        model.addAttribute("dagen", terug);
        return "samenhang/wijzigingen";
    }

    // --- exports --------------------------------------------------------------------------------

    @GetMapping(value = "/samenhang/invliegers.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<Map<String, Object>> alsJson() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"invliegers.json\"")
                .body(Map.of("invliegers", invliegers.alle(), "gemaaktOp", Instant.now(klok)));
    }

    @GetMapping(value = "/samenhang/invliegers.ics", produces = "text/calendar")
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<String> alsAgenda() {
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"invliegers.ics\"").body(Ical.agenda(invliegers.alle(), Instant.now(klok)));
    }

    // --- one invlieger and the form -------------------------------------------------------------

    @GetMapping("/samenhang/invliegers/{id}")
    String toon(@PathVariable UUID id, Model model) {
        Invlieger v = invliegers.lees(id);
        model.addAttribute("v", v);
        model.addAttribute("voorstel", invliegers.voorstel(v).orElse(null));
        model.addAttribute("teams", invliegers.teams());
        Gebruiker g = gebruikers.huidige();
        model.addAttribute("magSchrijven", Invliegers.magSchrijven(g));
        model.addAttribute("isBeheerder", g.rol() == nl.maatwerk.platform.Rol.BEHEERDER);
        return "samenhang/invlieger";
    }

    @GetMapping("/samenhang/invliegers/nieuw")
    String nieuw(Model model) {
        vereisSchrijver();
        model.addAttribute("invlieger", InvliegerFormulier.leeg());
        model.addAttribute("versie", null);
        return formulier(null, null, model);
    }

    @PostMapping("/samenhang/invliegers/nieuw")
    String maak(@ModelAttribute("invlieger") InvliegerFormulier formulier, BindingResult resultaat, Model model, RedirectAttributes redirect,
            HttpServletRequest request) {
        BindingResult fouten = binding.herbouw(request, resultaat, InvliegerFormulier.class, model);
        if (!fouten.hasErrors()) {
            try {
                Invlieger v = invliegers.maak(formulier.gegevens());
                redirect.addFlashAttribute("melding", "De wijziging '" + v.titel() + "' staat in het overzicht.");
                return "redirect:/samenhang/invliegers/" + v.id();
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, fouten, Map.of());
            }
        }
        model.addAttribute("versie", null);
        return formulier(null, null, model);
    }

    @GetMapping("/samenhang/invliegers/{id}/wijzigen")
    String bewerk(@PathVariable UUID id, Model model) {
        vereisSchrijver();
        Invlieger v = invliegers.lees(id);
        model.addAttribute("invlieger", InvliegerFormulier.van(v));
        Versieconflict.geopend(model, v.versie(), momentopname(v));
        return formulier(id, v.voorbereiding(), model);
    }

    @PostMapping("/samenhang/invliegers/{id}/wijzigen")
    String wijzig(@PathVariable UUID id, @ModelAttribute("invlieger") InvliegerFormulier formulier, BindingResult resultaat,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        Invlieger oud = invliegers.lees(id);
        Versieconflict.behouden(model, versie, basis);
        BindingResult fouten = binding.herbouw(request, resultaat, InvliegerFormulier.class, model);
        if (!fouten.hasErrors()) {
            try {
                Invlieger v = invliegers.wijzig(id, formulier.gegevens(), versie);
                redirect.addFlashAttribute("melding", "De wijziging '" + v.titel() + "' is opgeslagen.");
                return "redirect:/samenhang/invliegers/" + id;
            } catch (VersieConflictException e) {
                Invlieger nu = invliegers.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
                oud = nu;
            } catch (ConflictException e) {
                fouten.rejectValue("voorbereiding", "conflict", e.getMessage());
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, fouten, Map.of());
            }
        }
        return formulier(id, oud.voorbereiding(), model);
    }

    /** The forms are for whoever keeps the register; a reader who opens one by its address gets 403, not a form that cannot be saved. */
    private void vereisSchrijver() {
        if (!Invliegers.magSchrijven(gebruikers.huidige())) {
            throw new nl.maatwerk.platform.NietToegestaanException("Alleen beleid en beheer houden het overzicht van wat eraan komt bij.");
        }
    }

    private String formulier(UUID id, Voorbereiding huidige, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("soorten", Keuze.opties(Soort.values(), "Kies de soort"));
        model.addAttribute("herkomsten", Keuze.opties(Herkomst.values(), null));
        model.addAttribute("fasen", Keuze.opties(Fase.values(), "Kies de fase"));
        model.addAttribute("wettenOpties", Keuze.opties(Wet.values(), null));
        model.addAttribute("processenOpties", Keuze.opties(Proces.values(), null));
        Map<String, String> stappen = new LinkedHashMap<>();
        for (Voorbereiding s : Voorbereiding.values()) {
            if (huidige == null || s == huidige || huidige.kanNaar(s)) {
                stappen.put(s.name(), s.omschrijving());
            }
        }
        model.addAttribute("voorbereidingen", stappen);
        Map<String, String> regels = new LinkedHashMap<>();
        invliegers.regelIds().forEach(r -> regels.put(r, r));
        model.addAttribute("regelOpties", regels);
        Map<String, String> parameters = new LinkedHashMap<>();
        invliegers.parameterNamen().forEach(p -> parameters.put(p, p));
        model.addAttribute("parameterOpties", parameters);
        model.addAttribute("teamOpties", invliegers.teams());
        Map<String, String> voorstellen = new LinkedHashMap<>();
        voorstellen.put("", "Geen voorstel");
        invliegers.voorstellen().forEach(v -> voorstellen.put(v.id().toString(), v.reden() + " (" + v.status().toLowerCase(java.util.Locale.ROOT) + ")"));
        model.addAttribute("voorstelOpties", voorstellen);
        return "samenhang/formulier";
    }

    private static Map<String, String> opties(Map<String, String> waarden, String leeg) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", leeg);
        m.putAll(waarden);
        return m;
    }

    /** What the form shows that a change depends on. */
    static Momentopname momentopname(Invlieger v) {
        return Momentopname.met().waarde("Titel", v.titel()).waarde("Fase", v.fase().omschrijving())
                .waarde("Aangekondigd", datum(v.aangekondigdOp())).waarde("Vastgesteld", datum(v.vastgesteldOp()))
                .waarde("In werking", datum(v.inWerkingOp())).waarde("Overgang tot", datum(v.overgangTot()))
                .waarde("Wat er verandert", v.watVerandert()).waarde("Teams", String.join(", ", v.teams()))
                .waarde("Regels", String.join(", ", v.regels())).waarde("Eigenaar", v.eigenaar())
                .waarde("Voorbereiding", v.voorbereiding().omschrijving()).klaar();
    }

    private static String datum(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}

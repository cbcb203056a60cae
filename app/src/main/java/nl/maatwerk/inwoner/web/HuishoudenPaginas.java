package nl.maatwerk.inwoner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
import nl.maatwerk.inwoner.Tijdlijn;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.inwoner.HuishoudenGegevens;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inwoner;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Relatiesoort;
import nl.maatwerk.inwoner.Uitzondering;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Formulierbinding;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household pages. Every change goes through {@link Huishoudens#wijzig}, which checks the
 * whole composition, so a page can never save a household that breaks a rule.
 */
@Controller
@RequestMapping("/huishoudens")
class HuishoudenPaginas {

    private static final int MAX_TIJDLIJN = 40;

    private static final Map<String, String> LID_VELDEN = Map.of("inwonerId", "bsn", "vanaf", "vanaf", "rol", "rol",
            "uitzondering", "uitzondering", "totEnMet", "vanaf");
    private static final Map<String, String> EINDE_VELDEN = Map.of("totEnMet", "totEnMet", "vanaf", "totEnMet");
    private static final Map<String, String> NETWERK_VELDEN = Map.of("naam", "naam", "relatie", "relatie",
            "bijdrage", "bijdrage", "telefoonnummer", "telefoonnummer");

    private final Huishoudens huishoudens;
    private final Inwoners inwoners;
    private final GebruikerRegister gebruikers;
    private final Formulierbinding binding;
    private final List<HuishoudenOnderdeel> onderdelen;
    private final List<Tijdlijn> tijdlijnen;
    private final Clock klok;

    HuishoudenPaginas(Huishoudens huishoudens, Inwoners inwoners, GebruikerRegister gebruikers, Formulierbinding binding,
            ObjectProvider<HuishoudenOnderdeel> onderdelen, ObjectProvider<Tijdlijn> tijdlijnen, Clock klok) {
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.gebruikers = gebruikers;
        this.binding = binding;
        this.onderdelen = onderdelen.stream().sorted(Comparator.comparingInt(HuishoudenOnderdeel::volgorde)).toList();
        this.tijdlijnen = tijdlijnen.stream().toList();
        this.klok = klok;
    }

    /** A contributed part of the page with its data, ready for the template. */
    record Deel(String sjabloon, String fragment, Map<String, Object> gegevens, String kop) {
    }

    @ModelAttribute("rollen")
    Map<String, String> rollen() {
        return Keuze.opties(LidRol.values(), "Kies een rol");
    }

    @ModelAttribute("uitzonderingen")
    Map<String, String> uitzonderingen() {
        return Keuze.opties(Uitzondering.values(), "Geen uitzondering");
    }

    @ModelAttribute("relaties")
    Map<String, String> relaties() {
        return Keuze.opties(Relatiesoort.values(), "Kies een relatie");
    }

    @GetMapping
    String lijst(@RequestParam(required = false) String naam, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String wijk, @RequestParam(defaultValue = "1") int pagina, Model model) {
        model.addAttribute("resultaat", huishoudens.lijst(new Huishoudens.Filter(naam, postcode, wijk), Math.max(1, pagina), 25));
        model.addAttribute("naam", naam);
        model.addAttribute("postcode", postcode);
        model.addAttribute("wijk", wijk);
        return "huishouden/lijst";
    }

    /**
     * A tab of the household page as its navigation shows it. {@code ankers} are the ids of what is on that tab
     * (sections, parts, ids inside parts): on another tab they sit in the tab's link, so an old link such as
     * {@code #veiligheid} lands on the link to the tab that now holds it.
     */
    record Tab(String code, String naam, boolean huidig, List<String> ankers) {
    }

    /** Ids of the page's own sections, by tab (the parts name theirs). */
    private static final Map<Tabblad, List<String>> EIGEN_ANKERS = Map.of(
            Tabblad.OVERZICHT, List.of("leden-titel", "samenstelling"),
            Tabblad.NETWERK, List.of("netwerk-titel"),
            Tabblad.GESCHIEDENIS, List.of("tijdlijn-titel"));

    @GetMapping("/{id}")
    String toon(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
            @RequestParam(required = false) String tab,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Huishouden h = huishoudens.lees(id);
        Gebruiker g = gebruikers.huidige();
        // A professional's page is in tabs (it was 4,500 to 7,300 px long); a member of the household sees their own,
        // shorter page whole. Only the tab shown is built, so the parts of the other tabs cost nothing.
        Tabblad actief = g.isProfessional() ? Tabblad.van(tab).orElse(Tabblad.OVERZICHT) : null;
        if (htmx == null) {
            // The integral view: what other modules know of this household, and one timeline.
            model.addAttribute("delen", delen(h, g, actief));
            model.addAttribute("tijdlijn", actief == null || actief == Tabblad.GESCHIEDENIS ? tijdlijn(h, g) : null);
            if (actief != null) {
                model.addAttribute("tabbladen", tabbladen(actief));
            }
            huishoudens.onthoudGeopend(id);
        }
        model.addAttribute("tab", actief == null ? "alles" : actief.code());
        model.addAttribute("tabNaam", actief == null ? null : actief.naam());
        LocalDate vandaag = LocalDate.now(klok);
        model.addAttribute("huishouden", h);
        model.addAttribute("teamNaamHuishouden", gebruikers.teamNaam(h.teamId()));
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("huidig", h.ledenOp(vandaag));
        model.addAttribute("eerder", h.leden().stream().filter(l -> l.totEnMet() != null && l.totEnMet().isBefore(vandaag)).toList());
        model.addAttribute("later", h.leden().stream().filter(l -> l.vanaf().isAfter(vandaag)).toList());
        model.addAttribute("peildatum", peildatum);
        model.addAttribute("opPeildatum", peildatum == null ? null : h.ledenOp(peildatum));
        model.addAttribute("ecomap", Ecomap.van(h));
        // The inline forms (remove from the network) carry the version and what the page showed.
        model.addAttribute("basis", momentopname(h).alsVeld());
        return "huishouden/huishouden";
    }

    /**
     * The contributed parts as this user may see them: a professional's view, or a member's view of
     * their own household; anyone else (need-to-know let them in, but they are neither) sees none.
     */
    private List<Deel> delen(Huishouden h, Gebruiker g, Tabblad actief) {
        if (g.isProfessional()) {
            return onderdelen.stream().filter(o -> o.tabblad() == actief)
                    .map(o -> new Deel(o.sjabloon(), o.fragment(), o.voorProfessional(h, g), o.kop())).toList();
        }
        UUID lid = lidZelf(h, g);
        if (lid == null) {
            return List.of();
        }
        return onderdelen.stream()
                .flatMap(o -> o.voorInwoner(h, lid).map(m -> new Deel(o.sjabloon(), o.fragment(), m, o.kop())).stream()).toList();
    }

    private List<Tab> tabbladen(Tabblad actief) {
        List<Tab> tabs = new ArrayList<>();
        for (Tabblad t : Tabblad.values()) {
            List<String> ankers = new ArrayList<>();
            if (t != actief) {
                ankers.addAll(EIGEN_ANKERS.getOrDefault(t, List.of()));
                onderdelen.stream().filter(o -> o.tabblad() == t).forEach(o -> {
                    ankers.add("deel-" + o.fragment());
                    ankers.addAll(o.ankers());
                });
            }
            tabs.add(new Tab(t.code(), t.naam(), t == actief, ankers));
        }
        return tabs;
    }

    /** The resident looking, when they are (or were) a member of this household; else null. */
    private static UUID lidZelf(Huishouden h, Gebruiker g) {
        UUID zelf = g.inwonerId();
        return zelf != null && h.leden().stream().anyMatch(l -> zelf.equals(l.inwoner().id())) ? zelf : null;
    }

    private List<Tijdlijn.Gebeurtenis> tijdlijn(Huishouden h, Gebruiker g) {
        List<Tijdlijn.Gebeurtenis> alles = new ArrayList<>();
        ZoneId zone = nl.maatwerk.platform.Klok.ZONE;
        for (Huishouden.Lidmaatschap l : h.leden()) {
            alles.add(new Tijdlijn.Gebeurtenis(l.vanaf().atStartOfDay(zone).toInstant(), "Samenstelling",
                    l.inwoner().volledigeNaam() + " komt wonen als " + l.rol().omschrijving().toLowerCase(Locale.ROOT), ""));
            if (l.totEnMet() != null) {
                alles.add(new Tijdlijn.Gebeurtenis(l.totEnMet().plusDays(1).atStartOfDay(zone).toInstant(), "Samenstelling",
                        l.inwoner().volledigeNaam() + " woont hier niet meer", ""));
            }
        }
        if (g.isProfessional()) {
            tijdlijnen.forEach(t -> alles.addAll(t.voorProfessional(h.id())));
        } else {
            UUID lid = lidZelf(h, g);
            if (lid != null) {
                tijdlijnen.forEach(t -> alles.addAll(t.voorInwoner(h.id(), lid)));
            }
        }
        alles.sort(Comparator.comparing(Tijdlijn.Gebeurtenis::moment).reversed());
        return alles.size() > MAX_TIJDLIJN ? alles.subList(0, MAX_TIJDLIJN) : alles;
    }

    @GetMapping("/nieuw")
    String nieuw(@RequestParam(required = false) String bsn, Model model) {
        model.addAttribute("formulier", new HuishoudenFormulieren.Nieuw(null, bsn, null));
        return "huishouden/nieuw";
    }

    @PostMapping("/nieuw")
    String maak(@Valid @ModelAttribute("formulier") HuishoudenFormulieren.Nieuw formulier, BindingResult resultaat,
            RedirectAttributes redirect, HttpServletRequest request) {
        binding.valideerOokNaTypefouten(request, resultaat, HuishoudenFormulieren.Nieuw.class);
        if (resultaat.hasErrors()) {
            return "huishouden/nieuw";
        }
        try {
            UUID inwonerId = inwonerMetBsn(formulier.bsn());
            Huishouden h = huishoudens.maak(new HuishoudenGegevens(formulier.naam(),
                    List.of(new HuishoudenGegevens.Lid(inwonerId, LidRol.AANVRAGER, null, formulier.vanaf(), null)), List.of()));
            redirect.addFlashAttribute("melding", "Het huishouden is aangemaakt.");
            return "redirect:/huishoudens/" + h.id();
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of("inwonerId", "bsn", "vanaf", "vanaf", "naam", "naam", "leden", "bsn"));
            return "huishouden/nieuw";
        }
    }

    @GetMapping("/{id}/bewerken")
    String bewerk(@PathVariable UUID id, Model model) {
        Huishouden h = geopend(id, model);
        model.addAttribute("formulier", new HuishoudenFormulieren.Naam(h.naam()));
        return "huishouden/bewerken";
    }

    /** A form on the household: the household as the user sees it, with its version and what the form showed (hidden). */
    private Huishouden geopend(UUID id, Model model) {
        Huishouden h = huishoudens.lees(id);
        model.addAttribute("huishouden", h);
        Versieconflict.geopend(model, h.versie(), momentopname(h));
        return h;
    }

    @PostMapping("/{id}/bewerken")
    String wijzigNaam(@PathVariable UUID id, @Valid @ModelAttribute("formulier") HuishoudenFormulieren.Naam formulier,
            BindingResult resultaat, @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect) {
        return wijzig(id, versie, basis, resultaat, model, redirect, "huishouden/bewerken", Map.of("naam", "naam"),
                g -> new HuishoudenGegevens(formulier.naam(), g.leden(), g.netwerk()), "De naam is opgeslagen.");
    }

    @GetMapping("/{id}/leden/nieuw")
    String nieuwLid(@PathVariable UUID id, Model model) {
        geopend(id, model);
        model.addAttribute("formulier", HuishoudenFormulieren.Lid.leeg());
        return "huishouden/lid";
    }

    @PostMapping("/{id}/leden/nieuw")
    String voegLidToe(@PathVariable UUID id, @Valid @ModelAttribute("formulier") HuishoudenFormulieren.Lid formulier,
            BindingResult resultaat, @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        Versieconflict.behouden(model, versie, basis);
        binding.valideerOokNaTypefouten(request, resultaat, HuishoudenFormulieren.Lid.class);
        if (resultaat.hasErrors()) {
            model.addAttribute("huishouden", huishoudens.lees(id));
            return "huishouden/lid";
        }
        UUID inwonerId;
        try {
            inwonerId = inwonerMetBsn(formulier.bsn());
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, LID_VELDEN);
            model.addAttribute("huishouden", huishoudens.lees(id));
            return "huishouden/lid";
        }
        return wijzig(id, versie, basis, resultaat, model, redirect, "huishouden/lid", LID_VELDEN, g -> {
            List<HuishoudenGegevens.Lid> leden = new ArrayList<>(g.leden());
            leden.add(new HuishoudenGegevens.Lid(inwonerId, formulier.rol(), formulier.uitzondering(), formulier.vanaf(), null));
            return new HuishoudenGegevens(g.naam(), leden, g.netwerk());
        }, "Het lid is toegevoegd.");
    }

    @GetMapping("/{id}/leden/{index}/beeindigen")
    String einde(@PathVariable UUID id, @PathVariable int index, Model model) {
        Huishouden h = geopend(id, model);
        model.addAttribute("lid", lid(h, index));
        model.addAttribute("index", index);
        model.addAttribute("formulier", new HuishoudenFormulieren.Einde(null));
        return "huishouden/einde";
    }

    @PostMapping("/{id}/leden/{index}/beeindigen")
    String beeindig(@PathVariable UUID id, @PathVariable int index,
            @Valid @ModelAttribute("formulier") HuishoudenFormulieren.Einde formulier, BindingResult resultaat,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model, RedirectAttributes redirect,
            HttpServletRequest request) {
        binding.valideerOokNaTypefouten(request, resultaat, HuishoudenFormulieren.Einde.class);
        model.addAttribute("index", index);
        return wijzig(id, versie, basis, resultaat, model, redirect, "huishouden/einde", EINDE_VELDEN, g -> {
            List<HuishoudenGegevens.Lid> leden = new ArrayList<>(g.leden());
            if (index < 0 || index >= leden.size()) {
                throw new nl.maatwerk.platform.NietGevondenException("Lid"); // as on the page with the form
            }
            HuishoudenGegevens.Lid oud = leden.get(index);
            leden.set(index, new HuishoudenGegevens.Lid(oud.inwonerId(), oud.rol(), oud.uitzondering(), oud.vanaf(), formulier.totEnMet()));
            return new HuishoudenGegevens(g.naam(), leden, g.netwerk());
        }, "De einddatum is opgeslagen. De geschiedenis blijft bewaard.");
    }

    @GetMapping("/{id}/netwerk/nieuw")
    String nieuwNetwerk(@PathVariable UUID id, Model model) {
        geopend(id, model);
        model.addAttribute("formulier", new HuishoudenGegevens.Netwerkpersoon(null, null, null, null));
        return "huishouden/netwerk";
    }

    @PostMapping("/{id}/netwerk/nieuw")
    String voegNetwerkToe(@PathVariable UUID id, @Valid @ModelAttribute("formulier") HuishoudenGegevens.Netwerkpersoon formulier,
            BindingResult resultaat, @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        binding.valideerOokNaTypefouten(request, resultaat, HuishoudenGegevens.Netwerkpersoon.class);
        return wijzig(id, versie, basis, resultaat, model, redirect, "huishouden/netwerk", NETWERK_VELDEN, g -> {
            List<HuishoudenGegevens.Netwerkpersoon> netwerk = new ArrayList<>(g.netwerk());
            netwerk.add(formulier);
            return new HuishoudenGegevens(g.naam(), g.leden(), netwerk);
        }, formulier.naam() + " staat nu in het netwerk.");
    }

    @PostMapping("/{id}/netwerk/{index}/verwijderen")
    String verwijderNetwerk(@PathVariable UUID id, @PathVariable int index, @RequestParam(required = false) Integer versie,
            @RequestParam(required = false) String basis, RedirectAttributes redirect) {
        Huishouden h = huishoudens.lees(id);
        boolean bestaat = index >= 0 && index < h.netwerk().size();
        if (!bestaat && versie != null && h.versie() == versie) {
            return "redirect:/huishoudens/" + id + "?tab=netwerk";
        }
        // With a stale version the index may point at someone else now: the service refuses it before anything changes.
        HuishoudenGegevens g = h.alsGegevens();
        List<HuishoudenGegevens.Netwerkpersoon> netwerk = new ArrayList<>(g.netwerk());
        HuishoudenGegevens.Netwerkpersoon weg = bestaat ? netwerk.remove(index) : null;
        try {
            huishoudens.wijzig(id, new HuishoudenGegevens(g.naam(), g.leden(), netwerk), versie);
            redirect.addFlashAttribute("melding", weg.naam() + " is uit het netwerk gehaald.");
        } catch (VersieConflictException e) {
            redirect.addFlashAttribute("versieconflict", Versieconflict.van(e, basis, momentopname(huishoudens.lees(id)),
                    Versieconflict.STAP_NIET_GEZET));
        } catch (OngeldigeInvoerException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/huishoudens/" + id + "?tab=netwerk";
    }

    /** Loads, changes one part, saves the whole; on a rule error the same form comes back with the errors. */
    private String wijzig(UUID id, Integer versie, String basis, BindingResult resultaat, Model model, RedirectAttributes redirect,
            String formulier, Map<String, String> velden, UnaryOperator<HuishoudenGegevens> wijziging, String melding) {
        Versieconflict.behouden(model, versie, basis);
        Huishouden h = huishoudens.lees(id);
        if (!resultaat.hasErrors()) {
            try {
                huishoudens.wijzig(id, wijziging.apply(h.alsGegevens()), versie);
                redirect.addFlashAttribute("melding", melding);
                // Back to the tab that shows what changed.
                return "redirect:/huishoudens/" + id + (formulier.equals("huishouden/netwerk") ? "?tab=netwerk" : "");
            } catch (VersieConflictException e) {
                // What a colleague changed meanwhile, above the form that still holds what this user typed.
                h = huishoudens.lees(id);
                Versieconflict.toon(model, e, basis, h.versie(), momentopname(h), Versieconflict.FORMULIER_BEWAARD);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, velden);
            }
        }
        model.addAttribute("huishouden", h);
        if (model.getAttribute("index") instanceof Integer index) {
            model.addAttribute("lid", lid(h, index));
        }
        return formulier;
    }

    private static final java.time.format.DateTimeFormatter DATUM =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /**
     * What the household's forms show, as a person reads it: the name, each member with role and period, each
     * person in the network. After a stale save the page lists what of this someone else changed.
     */
    static Momentopname momentopname(Huishouden h) {
        Momentopname.Builder m = Momentopname.met().waarde("Naam", h.naam());
        for (Huishouden.Lidmaatschap l : h.leden()) {
            m.waarde("Lid " + l.inwoner().volledigeNaam(), l.rol().omschrijving().toLowerCase(Locale.ROOT)
                    + (l.uitzondering() == null ? "" : " (" + l.uitzondering().omschrijving().toLowerCase(Locale.ROOT) + ")")
                    + ", vanaf " + DATUM.format(l.vanaf()) + (l.totEnMet() == null ? "" : " tot en met " + DATUM.format(l.totEnMet())));
        }
        for (Huishouden.Netwerkrelatie p : h.netwerk()) {
            m.waarde("Netwerk " + p.naam(), p.relatie().omschrijving().toLowerCase(Locale.ROOT)
                    + (p.bijdrage() == null ? "" : ", " + p.bijdrage()) + (p.telefoonnummer() == null ? "" : ", tel. " + p.telefoonnummer()));
        }
        return m.klaar();
    }

    private static Huishouden.Lidmaatschap lid(Huishouden h, int index) {
        if (index < 0 || index >= h.leden().size()) {
            throw new nl.maatwerk.platform.NietGevondenException("Lid");
        }
        return h.leden().get(index);
    }

    private UUID inwonerMetBsn(String bsn) {
        List<Inwoner> gevonden;
        try {
            gevonden = inwoners.zoekOpBsn(bsn).inwoners();
        } catch (nl.maatwerk.platform.TeVaakGezochtException e) {
            // At the BSN field of the form, which stays filled in.
            throw new OngeldigeInvoerException("inwonerId", "too-many", e.getMessage());
        }
        if (gevonden.isEmpty()) {
            // Someone who left their last household here and lives nowhere now may come back or move on.
            return inwoners.opneembaarOpBsn(bsn).orElseThrow(() -> new OngeldigeInvoerException("inwonerId", "unknown",
                    "Er is geen inwoner met dit BSN die u mag zien. Leg de inwoner eerst vast via 'Nieuwe inwoner'."));
        }
        return gevonden.getFirst().id();
    }
}

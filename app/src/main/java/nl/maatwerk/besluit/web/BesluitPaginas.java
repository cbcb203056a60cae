package nl.maatwerk.besluit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.besluit.Beschikking;
import nl.maatwerk.besluit.Besluit;
import nl.maatwerk.besluit.BesluitGegevens;
import nl.maatwerk.besluit.BesluitInkomen;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.besluit.BesluitStatus;
import nl.maatwerk.besluit.BesluitStatusException;
import nl.maatwerk.besluit.Besluiten;
import nl.maatwerk.besluit.Catalogus;
import nl.maatwerk.besluit.Inningswijze;
import nl.maatwerk.besluit.Instemmingswijze;
import nl.maatwerk.besluit.Leesbaarheid;
import nl.maatwerk.besluit.Leveringsvorm;
import nl.maatwerk.besluit.Richting;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.besluit.Redensoort;
import nl.maatwerk.besluit.Voorliggend;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Formulierbinding;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.BotsingException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The decision screen: the five steps of the omgekeerde toets as one form, the existence-minimum
 * check beside it, and the actions the decision's state allows. Saving and a step (submit, finalise)
 * are one click, so nothing filled in is lost when a step is refused.
 */
@Controller
class BesluitPaginas {

    /** Which errors of the service belong to which form field (the rest match by name). */
    private static final Map<String, String> VELDEN = Map.of();

    record NieuwFormulier(BesluitSoort soort, LocalDate peildatum) {
    }

    private final Besluiten besluiten;
    private final Hulpvragen hulpvragen;
    private final Catalogus catalogus;
    private final Beschikking beschikking;
    private final GebruikerRegister gebruikers;
    private final Formulierbinding binding;
    private final Huishoudens huishoudens;
    private final Berekeningen berekeningen;

    private final nl.maatwerk.besluit.BesluitenVoorInwoner voorInwoner;

    BesluitPaginas(Besluiten besluiten, Hulpvragen hulpvragen, Catalogus catalogus, Beschikking beschikking, GebruikerRegister gebruikers,
            Formulierbinding binding, Huishoudens huishoudens, Berekeningen berekeningen, nl.maatwerk.besluit.BesluitenVoorInwoner voorInwoner) {
        this.voorInwoner = voorInwoner;
        this.huishoudens = huishoudens;
        this.berekeningen = berekeningen;
        this.besluiten = besluiten;
        this.hulpvragen = hulpvragen;
        this.catalogus = catalogus;
        this.beschikking = beschikking;
        this.gebruikers = gebruikers;
        this.binding = binding;
    }

    // --- a new decision -----------------------------------------------------------------------

    @GetMapping("/hulpvragen/{id}/besluiten/nieuw")
    String nieuw(@PathVariable UUID id, Model model) {
        model.addAttribute("nieuw", new NieuwFormulier(null, berekeningen.standaardPeildatum()));
        return nieuwPagina(hulpvragen.lees(id), model);
    }

    @PostMapping("/hulpvragen/{id}/besluiten")
    String maak(@PathVariable UUID id, @ModelAttribute("nieuw") NieuwFormulier formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        if (!resultaat.hasErrors()) {
            try {
                Besluit b = besluiten.maak(id, formulier.soort(), formulier.peildatum());
                redirect.addFlashAttribute("melding", "Het besluit is voorbereid. Werk de vijf stappen hieronder door.");
                return "redirect:/besluiten/" + b.id();
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of("hulpvraagId", "soort"));
            } catch (BesluitStatusException e) {
                // A decision already stands on this request: say so and point to a correction.
                model.addAttribute("fout", e.getMessage());
            }
        }
        return nieuwPagina(hulpvragen.lees(id), model);
    }

    private String nieuwPagina(Hulpvraag v, Model model) {
        model.addAttribute("hulpvraag", v);
        Map<String, String> soorten = new LinkedHashMap<>();
        // A recovery answers no request: it starts from the household.
        Arrays.stream(BesluitSoort.values()).filter(s -> !s.isTerugvordering())
                .forEach(s -> soorten.put(s.name(), s.omschrijving() + " (" + s.wet() + ")"));
        model.addAttribute("soorten", soorten);
        return "besluit/nieuw";
    }

    // --- a recovery the municipality starts itself -----------------------------------------

    record TerugvorderingFormulier(LocalDate peildatum) {
    }

    @GetMapping("/huishoudens/{id}/terugvorderingen/nieuw")
    String nieuweTerugvordering(@PathVariable UUID id, Model model) {
        model.addAttribute("nieuw", new TerugvorderingFormulier(berekeningen.standaardPeildatum()));
        return terugvorderingPagina(id, model);
    }

    @PostMapping("/huishoudens/{id}/terugvorderingen")
    String maakTerugvordering(@PathVariable UUID id, @ModelAttribute("nieuw") TerugvorderingFormulier formulier, BindingResult resultaat,
            Model model, RedirectAttributes redirect) {
        if (!resultaat.hasErrors()) {
            try {
                Besluit b = besluiten.maakTerugvordering(id, formulier.peildatum());
                redirect.addFlashAttribute("melding", "De terugvordering is gestart. Werk de vijf stappen hieronder door.");
                return "redirect:/besluiten/" + b.id();
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of("huishoudenId", "peildatum"));
            }
        }
        return terugvorderingPagina(id, model);
    }

    private String terugvorderingPagina(UUID huishoudenId, Model model) {
        model.addAttribute("huishouden", huishoudens.lees(huishoudenId));
        return "besluit/terugvordering-nieuw";
    }

    // --- the decision -------------------------------------------------------------------------

    @GetMapping("/besluiten/{id}")
    String besluit(@PathVariable UUID id, Model model) {
        Besluit b = besluiten.lees(id);
        model.addAttribute("formulier", b.inhoud());
        Versieconflict.geopend(model, b.versie(), momentopname(b));
        return pagina(b, model);
    }

    /** The labels of the form's fields, for what changed meanwhile; in the order of the toets. */
    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("peildatum", "Peildatum");
        l.put("beoogdEffect", "Stap 1, het beoogde effect");
        l.put("gevolgen", "Stap 2, gevolgen");
        l.put("bedoelingen", "Stap 3, bedoelingen van de wet");
        l.put("bedoelingToelichting", "Stap 3, hoe het besluit bij die bedoeling past");
        l.put("ethiek", "Stap 4, uw afweging");
        l.put("standaardUitkomst", "Stap 5, wat de regel zonder afwijking oplevert");
        l.put("vordering", "Vordering");
        l.put("beslotenBedrag", "Wat u terugvordert");
        l.put("aflossingPerMaand", "Aflossing per maand");
        l.put("wmoBijdrage", "Eigen bijdrage Wmo");
        l.put("afwijking", "Afwijking");
        l.put("bevoegdheid", "Bevoegdheid om af te wijken");
        l.put("afwijkingRedensoort", "Soort reden van de afwijking");
        l.put("afwijkingMotivering", "Waarom u afwijkt");
        l.put("motiveringOnderVoet", "Waarom onder de beslagvrije voet verantwoord is");
        l.put("besluitTekst", "Wat u besluit");
        l.put("kostenDoormodderen", "Kosten van doorgaan zoals nu");
        l.put("kostenDoorbraak", "Kosten van de doorbraak");
        l.put("doorbraakToelichting", "Toelichting op de doorbraak");
        l.put("inningswijze", "Hoe het geld terugkomt");
        l.put("instemmingOp", "Datum van instemming");
        l.put("instemmingWijze", "Hoe de inwoner instemde");
        l.put("afwijkingRichting", "Richting van de afwijking");
        l.put("briefToelichting", "Uitleg in de brief");
        l.put("periodeVan", "Te veel betaald vanaf");
        l.put("periodeTot", "Te veel betaald tot en met");
        l.put("herzieningsbesluitOp", "Datum van het herzieningsbesluit");
        l.put("eersteBetaling", "Eerste betaling");
        l.put("voorziening", "Welke hulp");
        l.put("leveringsvorm", "Leveringsvorm");
        l.put("aanbieder", "Aanbieder");
        l.put("ingangsdatum", "Vanaf");
        l.put("einddatum", "Tot en met");
        return l;
    }

    private static final java.time.format.DateTimeFormatter DATUM =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

    /**
     * What the decision's page shows that a change or a step depends on: its status and every field of the
     * toets, as a person reads them. After a stale save the page lists what of this someone else changed.
     */
    static Momentopname momentopname(Besluit b) {
        Momentopname.Builder m = Momentopname.met().waarde("Status", b.status().omschrijving());
        BesluitGegevens g = b.inhoud();
        for (java.lang.reflect.RecordComponent c : BesluitGegevens.class.getRecordComponents()) {
            Object waarde;
            try {
                waarde = c.getAccessor().invoke(g);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            m.waarde(LABELS.getOrDefault(c.getName(), c.getName()), switch (waarde) {
                case null -> null;
                case java.time.LocalDate d -> DATUM.format(d);
                case java.math.BigDecimal bedrag -> "€ " + String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,.2f", bedrag);
                case Boolean ja -> ja ? "ja" : "nee";
                case nl.maatwerk.platform.Keuze k -> k.omschrijving();
                case java.util.List<?> lijst -> String.join(", ", lijst.stream().map(String::valueOf).toList());
                default -> waarde.toString();
            });
        }
        return m.klaar();
    }

    /** Saves and, when asked, takes the next step in the same click. */
    @PostMapping("/besluiten/{id}")
    String bewaar(@PathVariable UUID id, @ModelAttribute("formulier") BesluitGegevens formulier, BindingResult resultaat,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis,
            @RequestParam(defaultValue = "opslaan") String actie, Model model, RedirectAttributes redirect, HttpServletRequest request) {
        Versieconflict.behouden(model, versie, basis);
        binding.valideerOokNaTypefouten(request, resultaat, BesluitGegevens.class);
        if (!resultaat.hasErrors()) {
            try {
                Besluit b = besluiten.wijzig(id, formulier, versie);
                // Saved: should the next step be refused, the form comes back on the version just saved, not the one it opened on.
                Versieconflict.geopend(model, b.versie(), momentopname(b));
                String melding = "Opgeslagen.";
                if (actie.equals("indienen")) {
                    b = besluiten.dienIn(id, b.versie());
                    melding = "Het besluit ligt nu bij de teamleider ter goedkeuring.";
                } else if (actie.equals("definitief")) {
                    b = besluiten.maakDefinitief(id, b.versie());
                    melding = "Het besluit is definitief. De brief is klaar om te verzenden.";
                }
                redirect.addFlashAttribute("melding", melding);
                return "redirect:/besluiten/" + b.id();
            } catch (VersieConflictException e) {
                // What a colleague changed meanwhile, above the toets that still holds what this user wrote.
                Besluit nu = besluiten.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
                return pagina(nu, model);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, VELDEN);
            } catch (BesluitStatusException e) {
                model.addAttribute("fout", e.getMessage());
            }
        }
        return pagina(besluiten.lees(id), model);
    }

    /**
     * The household's own income on the peildatum (issue 19): the check beside the decision computes
     * with it instead of assuming the household lives on the norm. An empty form removes it.
     */
    @PostMapping("/besluiten/{id}/inkomen")
    String inkomen(@PathVariable UUID id, @ModelAttribute("inkomenFormulier") BesluitInkomen formulier, BindingResult resultaat,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        Versieconflict.behouden(model, versie, basis);
        binding.valideerOokNaTypefouten(request, resultaat, BesluitInkomen.class);
        if (!resultaat.hasErrors()) {
            try {
                Besluit b = besluiten.legInkomenVast(id, formulier, versie);
                redirect.addFlashAttribute("melding", formulier.isLeeg()
                        ? "Er staat geen inkomen meer bij dit besluit. De berekening gaat weer uit van de bijstandsnorm."
                        : "Het inkomen is vastgelegd. De berekening hiernaast rekent er nu mee.");
                return "redirect:/besluiten/" + b.id();
            } catch (VersieConflictException e) {
                Besluit nu = besluiten.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
                model.addAttribute("formulier", nu.inhoud());
                return pagina(nu, model);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, VELDEN);
            } catch (BesluitStatusException e) {
                model.addAttribute("fout", e.getMessage());
            }
        }
        Besluit b = besluiten.lees(id);
        model.addAttribute("formulier", b.inhoud());
        return pagina(b, model);
    }

    @PostMapping("/besluiten/{id}/beoordeling")
    String beoordeel(@PathVariable UUID id, @RequestParam boolean akkoord, @RequestParam(required = false) String toelichting,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect) {
        Versieconflict.behouden(model, versie, basis);
        // What the team lead wrote stays in the field when the form comes back.
        model.addAttribute("toelichting", toelichting);
        try {
            Besluit b = besluiten.beoordeel(id, akkoord, toelichting, versie);
            redirect.addFlashAttribute("melding", akkoord ? "U heeft de afwijking goedgekeurd. De collega kan het besluit nu definitief maken."
                    : "Het besluit gaat terug naar de collega, met uw toelichting.");
            return "redirect:/besluiten/" + b.id();
        } catch (VersieConflictException e) {
            Besluit nu = besluiten.lees(id);
            Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("beoordelingFout", e.fouten().getFirst().reden());
        } catch (BesluitStatusException | org.springframework.security.access.AccessDeniedException e) {
            model.addAttribute("fout", e.getMessage());
        }
        Besluit b = besluiten.lees(id);
        model.addAttribute("formulier", b.inhoud());
        return pagina(b, model);
    }

    @PostMapping("/besluiten/{id}/stap")
    String stap(@PathVariable UUID id, @RequestParam String actie, @RequestParam(required = false) Integer versie,
            @RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
        Versieconflict.behouden(model, versie, basis);
        try {
            Besluit b = switch (actie) {
                case "definitief" -> besluiten.maakDefinitief(id, versie);
                case "verzenden" -> besluiten.verzend(id, versie);
                case "corrigeren" -> besluiten.corrigeer(id);
                default -> throw new BesluitStatusException("Onbekende stap.");
            };
            redirect.addFlashAttribute("melding", switch (actie) {
                case "definitief" -> "Het besluit is definitief. De brief is klaar om te verzenden.";
                case "verzenden" -> "De brief is verzonden. Het besluit staat vast.";
                default -> "Dit is een nieuw concept dat het eerdere besluit corrigeert. Het eerdere besluit blijft zoals het was.";
            });
            return "redirect:/besluiten/" + b.id();
        } catch (VersieConflictException e) {
            Besluit nu = besluiten.lees(id);
            Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.STAP_NIET_GEZET);
        } catch (BotsingException e) {
            // A correction is already open (V29): the decision is complete, the message says where to continue.
            model.addAttribute("fout", e.fouten().getFirst().reden());
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", "Het besluit is nog niet compleet: " + e.fouten().getFirst().reden());
        } catch (BesluitStatusException e) {
            model.addAttribute("fout", e.getMessage());
        }
        Besluit b = besluiten.lees(id);
        model.addAttribute("formulier", b.inhoud());
        return pagina(b, model);
    }

    /** Records which general offers the toets of a Wmo decision weighed (issue 17); the decision's version, like any change. */
    @PostMapping("/besluiten/{id}/voorliggend")
    String voorliggend(@PathVariable UUID id, @ModelAttribute("voorliggend") VoorliggendFormulier formulier, BindingResult resultaat,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse antwoord) {
        Versieconflict.behouden(model, versie, basis);
        try {
            Besluit b = besluiten.legVoorliggendVast(id, formulier.alsRegels(), versie);
            long aantal = besluiten.voorliggend(b).stream().filter(Voorliggend.Keuze::bekeken).count();
            redirect.addFlashAttribute("melding", aantal == 0 ? "Opgeslagen: u heeft geen algemene voorziening als bekeken vastgelegd."
                    : "Opgeslagen: " + aantal + (aantal == 1 ? " algemene voorziening" : " algemene voorzieningen") + " bekeken.");
            return "redirect:/besluiten/" + b.id() + "#voorliggend";
        } catch (VersieConflictException e) {
            Besluit nu = besluiten.lees(id);
            Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
        } catch (OngeldigeInvoerException e) {
            Map<String, String> fouten = new LinkedHashMap<>();
            e.fouten().forEach(f -> fouten.putIfAbsent(f.veld(), f.reden()));
            model.addAttribute("voorliggendFouten", fouten);
            antwoord.setStatus(400);
        } catch (BesluitStatusException e) {
            model.addAttribute("fout", e.getMessage());
            antwoord.setStatus(409);
        }
        Besluit b = besluiten.lees(id);
        model.addAttribute("formulier", b.inhoud());
        return pagina(b, model);
    }

    private String pagina(Besluit b, Model model) {
        var gebruiker = gebruikers.huidige();
        if (!model.containsAttribute("versie")) {
            Versieconflict.geopend(model, b.versie(), momentopname(b));
        }
        model.addAttribute("besluit", b);
        // Voorliggend (issue 17): the offers of the sociale kaart, with what was recorded; the form keeps what was typed.
        List<Voorliggend.Keuze> voorliggend = besluiten.voorliggend(b);
        Map<String, Voorliggend.Keuze> perDienst = new LinkedHashMap<>();
        voorliggend.forEach(k -> perDienst.put(k.dienstId().toString(), k));
        model.addAttribute("voorliggendKeuzes", perDienst);
        model.addAttribute("voorliggendBekeken", voorliggend.stream().filter(Voorliggend.Keuze::bekeken).toList());
        if (!model.containsAttribute("voorliggend")) {
            model.addAttribute("voorliggend", VoorliggendFormulier.van(voorliggend));
        }
        if (!model.containsAttribute("voorliggendFouten")) {
            model.addAttribute("voorliggendFouten", Map.of());
        }
        // An objection the resident filed online (issue 16), with its own Awb deadline.
        model.addAttribute("bezwaren", voorInwoner.bezwarenVan(b.id()));
        model.addAttribute("hulpvraag", b.hulpvraagId() == null ? null : hulpvragen.lees(b.hulpvraagId()));
        Besluiten.Controle controle = besluiten.controle(b);
        // The household's income on the peildatum, recorded on the decision (issue 19).
        java.util.Optional<BesluitInkomen> inkomen = besluiten.inkomen(b);
        model.addAttribute("inkomenVastgelegd", inkomen.isPresent());
        if (!model.containsAttribute("inkomenFormulier")) {
            model.addAttribute("inkomenFormulier", inkomen.orElse(BesluitInkomen.leeg()));
        }
        model.addAttribute("vrijlatingen", VRIJLATINGEN);
        model.addAttribute("vrijlatingenPartner", VRIJLATINGEN_PARTNER);
        model.addAttribute("heeftPartner", inkomenPartnerMogelijk(b));
        model.addAttribute("controle", controle);
        model.addAttribute("stappen", controle.voorstel().map(r -> r.uitleg().stream().flatMap(u -> u.stappen().stream()).toList())
                .orElse(List.of()));
        model.addAttribute("bedoelingen", catalogus.bedoelingen(b.soort()));
        Map<String, String> bevoegdheden = new LinkedHashMap<>();
        bevoegdheden.put("", "Kies een bevoegdheid");
        catalogus.bevoegdheden(b.soort()).forEach(x -> bevoegdheden.put(x.code(), x.naam()));
        model.addAttribute("bevoegdheden", bevoegdheden);
        model.addAttribute("bevoegdhedenLijst", catalogus.bevoegdheden(b.soort()));
        model.addAttribute("redensoorten", Keuze.opties(Redensoort.values(), "Kies de soort reden"));
        boolean teamleider = gebruiker.rol() == Rol.TEAMLEIDER;
        model.addAttribute("magBeoordelen", teamleider && b.status() == BesluitStatus.TER_GOEDKEURING && b.magBeoordelenDoor(gebruiker.gebruikersnaam()));
        model.addAttribute("eigenAfwijking", b.status() == BesluitStatus.TER_GOEDKEURING && teamleider && !Boolean.TRUE.equals(model.getAttribute("magBeoordelen")));
        model.addAttribute("namen", namen(b));
        model.addAttribute("aandachtspunten", b.status() == BesluitStatus.TER_GOEDKEURING ? besluiten.aandachtspunten(b) : List.of());
        model.addAttribute("inningswijzen", Keuze.opties(Inningswijze.values(), null));
        model.addAttribute("instemmingswijzen", Keuze.opties(Instemmingswijze.values(), "Kies hoe"));
        model.addAttribute("leveringsvormen", Keuze.opties(Leveringsvorm.values(), null));
        model.addAttribute("richtingen", Keuze.opties(Richting.values(), null));
        model.addAttribute("metVoorziening", b.soort() == BesluitSoort.WMO_MAATWERKVOORZIENING || b.soort() == BesluitSoort.JEUGDWET_VOORZIENING);
        Object formulier = model.getAttribute("formulier");
        String briefTekst = formulier instanceof BesluitGegevens g ? g.briefToelichting() : b.inhoud().briefToelichting();
        model.addAttribute("briefMeting", Leesbaarheid.meet(briefTekst));
        model.addAttribute("briefOverInwoner", Leesbaarheid.overDeInwoner(briefTekst));
        return "besluit/besluit";
    }

    /** The earnings allowances of art. 31 lid 2, as the form offers them. */
    private static final Map<String, String> VRIJLATINGEN = vrijlatingen(true);
    private static final Map<String, String> VRIJLATINGEN_PARTNER = vrijlatingen(false);

    private static Map<String, String> vrijlatingen(boolean aanvrager) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("geen", "Geen vrijlating");
        m.put("algemeen", "Algemene vrijlating: 25%, hoogstens zes maanden");
        if (aanvrager) {
            m.put("alleenstaande-ouder", "Alleenstaande ouder met een kind jonger dan 12: 12,5%");
        }
        m.put("medisch-urenbeperkt", "Medisch urenbeperkt: 15%");
        return m;
    }

    /** Whether the household had a partner on the peildatum: only then does the form ask for the partner's wages. */
    private boolean inkomenPartnerMogelijk(Besluit b) {
        return huishoudens.samenstellingOp(b.huishoudenId(), b.inhoud().peildatum()).stream()
                .anyMatch(l -> l.rol() == nl.maatwerk.inwoner.LidRol.PARTNER);
    }

    /** The live B1 check under the letter text (htmx); without JavaScript the page shows it after saving. */
    @PostMapping("/besluiten/leesbaarheid")
    String leesbaarheid(@RequestParam(required = false) String briefToelichting, Model model) {
        String tekst = briefToelichting == null ? "" : briefToelichting.substring(0, Math.min(briefToelichting.length(), 10_000));
        model.addAttribute("m", Leesbaarheid.meet(tekst));
        model.addAttribute("overInwoner", Leesbaarheid.overDeInwoner(tekst));
        return "besluit/leesbaarheid :: meting(m=${m}, overInwoner=${overInwoner})";
    }


    private Map<String, String> namen(Besluit b) {
        Map<String, String> namen = new LinkedHashMap<>();
        for (String g : List.of(nul(b.aangemaaktDoor()), nul(b.ingediendDoor()), nul(b.beoordeeldDoor()), nul(b.definitiefDoor()),
                nul(b.verzondenDoor()))) {
            if (!g.isEmpty()) {
                namen.putIfAbsent(g, gebruikers.zoek(g).map(x -> x.naam()).orElse(g));
            }
        }
        b.geschiedenis().forEach(s -> namen.computeIfAbsent(s.door(), g -> gebruikers.zoek(g).map(x -> x.naam()).orElse(g)));
        return namen;
    }

    private static String nul(String s) {
        return s == null ? "" : s;
    }

    // --- the letter ---------------------------------------------------------------------------

    @GetMapping("/besluiten/{id}/brief")
    String brief(@PathVariable UUID id, Model model) {
        Besluit b = besluiten.lees(id);
        Beschikking.Brief brief = beschikking.bouw(b, besluiten.controle(b));
        model.addAttribute("besluit", b);
        model.addAttribute("brief", brief);
        List<EigenTekst> eigen = brief.delen().stream().flatMap(d -> d.alineas().stream()).filter(Beschikking.Alinea::eigenTekst)
                .map(a -> new EigenTekst(a.tekst(), Leesbaarheid.meet(a.tekst()))).toList();
        Leesbaarheid.Meting gegenereerd = Leesbaarheid.meet(brief.gegenereerdeTekst());
        Leesbaarheid.Meting geheel = Leesbaarheid.meet(brief.heleTekst());
        // One verdict: the whole letter is B1 only when it and each of its parts are, so a hard own
        // paragraph is never hidden behind a good average.
        boolean eigenB1 = eigen.stream().allMatch(e -> e.meting().isB1());
        model.addAttribute("metingen", List.of(new Meetrij("Tekst van Maatwerk", gegenereerd, gegenereerd.isB1()),
                new Meetrij("Hele brief, met uw eigen tekst", geheel, geheel.isB1() && gegenereerd.isB1() && eigenB1)));
        model.addAttribute("eigen", eigen);
        return "besluit/brief-pagina";
    }

    record EigenTekst(String tekst, Leesbaarheid.Meting meting) {
    }

    record Meetrij(String deel, Leesbaarheid.Meting meting, boolean b1) {
    }

    /** The PDF: for a final decision the letter as it was fixed, otherwise a concept. */
    @GetMapping("/besluiten/{id}/brief.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Besluit b = besluiten.lees(id);
        String html = beschikking.toonbaar(b, b.briefHtml() != null ? b.briefHtml() : beschikking.html(b, besluiten.controle(b)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("besluit-" + b.id() + ".pdf").build().toString())
                .body(beschikking.pdf(html));
    }

    // --- team lead ----------------------------------------------------------------------------

    @GetMapping("/team/besluiten")
    String terGoedkeuring(Model model) {
        model.addAttribute("besluiten", besluiten.terGoedkeuring());
        return "besluit/ter-goedkeuring";
    }

}

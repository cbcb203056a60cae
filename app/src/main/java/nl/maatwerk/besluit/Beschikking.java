package nl.maatwerk.besluit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.InwonerGegevens;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.PdfA;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The decision letter (beschikking), built from the decision's own parts in plain Dutch (B1): what
 * was decided, why along the steps of the toets, the money per month, the legal basis, how to object
 * (an informal talk first, bezwaar within six weeks) and whom to contact. Generated sentences are
 * kept short; what the professional wrote is quoted as theirs and measured separately.
 */
@Component
@org.springframework.modulith.NamedInterface("intern")
public class Beschikking {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    /** The font of every letter (SIL Open Font License; see fonts/liberation/OFL.txt). */
    /** PDF/A needs an output intent: the colours are meant as sRGB. */
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    /** One paragraph; {@code eigenTekst} marks the professional's own words, quoted as such. */
    public record Alinea(String tekst, boolean eigenTekst) {
    }

    public record Deel(String kop, List<Alinea> alineas) {
    }

    public record Grondslag(String tekst, String url) {
    }

    /**
     * A letter. The header and footer: the municipality and its postal address (for bezwaar), the
     * addressee with the postal address lines, the date, a kenmerk to quote, and the team to contact
     * with its phone and e-mail.
     */
    public record Brief(String gemeente, String postadres, String aan, String datum, String onderwerp, List<Deel> delen,
            List<Grondslag> grondslagen, String ondertekenaar, String goedgekeurdDoor, String telefoon, String email, boolean concept,
            List<String> adres, String kenmerk, String team) {

        /** The sentences this code wrote, for the readability check. */
        public String gegenereerdeTekst() {
            StringBuilder s = new StringBuilder();
            delen.forEach(d -> d.alineas().stream().filter(a -> !a.eigenTekst()).forEach(a -> s.append(a.tekst()).append("\n\n")));
            return s.toString();
        }

        /** Everything the reader reads, the professional's words included. */
        public String heleTekst() {
            StringBuilder s = new StringBuilder();
            delen.forEach(d -> d.alineas().forEach(a -> s.append(a.tekst()).append("\n\n")));
            return s.toString();
        }
    }

    private final Catalogus catalogus;
    private final GebruikerRegister gebruikers;
    private final Huishoudens huishoudens;
    private final Environment omgeving;
    private final ITemplateEngine sjablonen;
    private final Clock klok;
    private final String gemeente;
    private final String postadres;
    private final String telefoon;
    private final String email;
    private final VoorliggendOpslag voorliggend;
    private final org.springframework.beans.factory.ObjectProvider<Vragenlijstcode> vragenlijstcode;

    Beschikking(org.springframework.beans.factory.ObjectProvider<Vragenlijstcode> vragenlijstcode, VoorliggendOpslag voorliggend, Catalogus catalogus, GebruikerRegister gebruikers, Huishoudens huishoudens, Environment omgeving, ITemplateEngine sjablonen,
            Clock klok,
            @Value("${maatwerk.gemeente.naam:Gemeente Den Haag (demo)}") String gemeente,
            @Value("${maatwerk.gemeente.postadres:Postbus 1, 2500 AA Den Haag}") String postadres,
            @Value("${maatwerk.gemeente.telefoon:14 070}") String telefoon,
            @Value("${maatwerk.gemeente.email:sociaal@example.nl}") String email) {
        this.vragenlijstcode = vragenlijstcode;
        this.voorliggend = voorliggend;
        this.catalogus = catalogus;
        this.gebruikers = gebruikers;
        this.huishoudens = huishoudens;
        this.omgeving = omgeving;
        this.sjablonen = sjablonen;
        this.klok = klok;
        this.gemeente = gemeente;
        this.postadres = postadres;
        this.telefoon = telefoon;
        this.email = email;
    }

    public Brief bouw(Besluit b, Besluiten.Controle controle) {
        return bouw(b, controle, false);
    }

    /** @param codePlek put {@link #CODE_PLEK} where the questionnaire code goes, for the letter that is stored */
    private Brief bouw(Besluit b, Besluiten.Controle controle, boolean codePlek) {
        LocalDate vandaag = LocalDate.now(klok);
        Huishouden huishouden = huishoudens.lees(b.huishoudenId());
        Team team = team(huishouden, b);
        // The team's numbers, not the municipality's general ones.
        String telefoon = team.telefoon();
        String email = team.email();
        List<Deel> delen = new ArrayList<>();
        delen.add(new Deel("Wat hebben wij besloten?", watBesloten(b, controle)));
        delen.add(new Deel("Waarom hebben wij dit besloten?", waarom(b, controle)));
        geld(b, controle).ifPresent(delen::add);
        delen.add(new Deel("Bent u het niet eens met dit besluit?", List.of(
                gen("Bel of mail ons eerst. Dan praten we samen over het besluit. Vaak vinden we zo een oplossing."),
                gen("U kunt ook bezwaar maken. Dat doet u binnen 6 weken na de datum van deze brief. Stuur uw bezwaar naar "
                        + gemeente + ", " + postadres + "."),
                gen("Schrijf in uw bezwaar uw naam en adres en de datum. Schrijf ook over welk besluit het gaat en waarom u het er niet"
                        + " mee eens bent. Zet uw handtekening eronder."),
                gen("Tijdens het bezwaar blijft het besluit gelden. Is het dringend? Dan kunt u de rechter vragen om een voorlopige"
                        + " voorziening."))));
        String consulent = naam(b.definitiefDoor() != null ? b.definitiefDoor() : b.aangemaaktDoor());
        delen.add(new Deel("Heeft u vragen?", List.of(gen("Neem contact op met " + consulent + ". Bel " + telefoon + " of mail naar "
                + email + ". Noem dan het kenmerk van deze brief."))));
        if (b.soort() != BesluitSoort.PW_TERUGVORDERING) {
            // After sending, waardering invites the applicant (issue 17); the letter says where to find it.
            delen.add(new Deel("Wat vindt u van onze hulp?", vragenlijst(b, codePlek)));
        }
        // A concept is dated the day it is read; a final letter the day it was made final.
        String datum = DATUM.format(b.definitiefOp() == null ? vandaag : b.definitiefOp().atZone(Klok.ZONE).toLocalDate());
        return new Brief(gemeente, postadres, b.inwonerNaam() == null || b.inwonerNaam().isBlank() ? "De bewoners van " + b.huishoudenNaam()
                : b.inwonerNaam(), datum, "Besluit over " + b.soort().omschrijving().toLowerCase(NL), delen, grondslagen(b), consulent,
                "goedgekeurd".equals(b.beoordeling()) && b.beoordeeldDoor() != null ? naam(b.beoordeeldDoor()) : null, telefoon, email,
                !b.status().isDefinitief(), adres(huishouden, b, vandaag), kenmerk(b), team.naam());
    }

    // --- header -------------------------------------------------------------------------------

    private record Team(String naam, String telefoon, String email) {
    }

    /**
     * The team that handles the household, reachable by the numbers configured for it under
     * {@code maatwerk.teams.<id>}; without those, the municipality's general phone and e-mail.
     */
    private Team team(Huishouden h, Besluit b) {
        String id = h.teamId() != null ? h.teamId()
                : gebruikers.zoek(b.definitiefDoor() != null ? b.definitiefDoor() : b.aangemaaktDoor()).map(Gebruiker::teamId).orElse(null);
        if (id == null) {
            return new Team(gemeente, telefoon, email);
        }
        return new Team(gebruikers.teamNaam(id), omgeving.getProperty("maatwerk.teams." + id + ".telefoon", telefoon),
                omgeving.getProperty("maatwerk.teams." + id + ".email", email));
    }

    /**
     * The postal address lines as PostNL wants them: street and number, then postcode and place in
     * capitals with two spaces between. The addressee's if they live in the household today,
     * otherwise the applicant's: the household's current address either way.
     */
    static List<String> adres(Huishouden h, Besluit b, LocalDate vandaag) {
        List<Huishouden.Lidmaatschap> leden = h.ledenOp(vandaag);
        return leden.stream().filter(l -> l.inwoner().id().equals(b.inwonerId())).findFirst()
                .or(() -> h.aanvragerOp(vandaag)).or(() -> leden.stream().findFirst())
                .map(l -> adresregels(l.inwoner().gegevens().verblijfplaats())).orElse(List.of());
    }

    static List<String> adresregels(InwonerGegevens.Verblijfplaats v) {
        StringBuilder straat = new StringBuilder(v.straat()).append(' ').append(v.huisnummer());
        if (v.huisletter() != null && !v.huisletter().isBlank()) {
            straat.append(v.huisletter());
        }
        if (v.huisnummertoevoeging() != null && !v.huisnummertoevoeging().isBlank()) {
            straat.append('-').append(v.huisnummertoevoeging());
        }
        String postcode = v.postcodeGenormaliseerd();
        if (postcode.length() == 6) {
            postcode = postcode.substring(0, 4) + " " + postcode.substring(4);
        }
        // Non-breaking, so HTML keeps both spaces and the place stays on the postcode's line.
        return List.of(straat.toString(), postcode + "\u00a0\u00a0" + v.woonplaats().toUpperCase(NL));
    }

    /**
     * A reference for the resident to quote: stable for the decision, from the year it was started
     * (the app's clock records that moment for every stored decision) and the start of its id.
     */
    static String kenmerk(Besluit b) {
        int jaar = b.aangemaaktOp().atZone(Klok.ZONE).getYear();
        return "BSL-" + jaar + "-" + b.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The letter as HTML (well-formed, so the PDF renderer can read it too). */
    public String html(Besluit b, Besluiten.Controle controle) {
        Context c = new Context(NL);
        c.setVariable("brief", bouw(b, controle, true));
        return sjablonen.process("besluit/brief", c);
    }

    /**
     * Stands in a stored letter where the questionnaire code goes. The code is derived again whenever the letter is
     * shown ({@link #toonbaar}), so it is never kept in the database: only its hash is, by waardering.
     */
    static final String CODE_PLEK = "{vragenlijstcode}";

    /** A stored letter as it is shown and printed: with the questionnaire code in its place. */
    public String toonbaar(Besluit b, String html) {
        if (!html.contains(CODE_PLEK)) {
            return html;
        }
        return html.replace(CODE_PLEK, code(b).map(Vragenlijstcode.Code::code).orElse("(de code is nu niet beschikbaar)"));
    }

    /** The code for a final, first letter about help; a correction, a concept or a recovery gets none. */
    private Optional<Vragenlijstcode.Code> code(Besluit b) {
        Vragenlijstcode codes = vragenlijstcode.getIfAvailable();
        if (codes == null || b.corrigeert() != null || b.soort() == BesluitSoort.PW_TERUGVORDERING) {
            return Optional.empty();
        }
        return codes.voorBesluit(b.id(), b.soort());
    }

    /**
     * Where the questionnaire about the help waits. With a code (waardering makes one), a resident without DigiD can
     * answer too: the address and the code on paper. The code works once the letter is sent, for as long as the
     * invitation does. A concept names no code yet: it is not the letter the resident gets.
     */
    private List<Alinea> vragenlijst(Besluit b, boolean codePlek) {
        Optional<Vragenlijstcode.Code> code = code(b);
        if (code.isEmpty()) {
            // 14 days: waardering.Uitnodigingen.GELDIG_DAGEN.
            return List.of(gen("Dat horen wij graag. Na deze brief staat in Mijn Maatwerk een korte vragenlijst voor u klaar. U vindt die"
                    + " onder Vragenlijst. U kunt hem 14 dagen invullen. Uw antwoorden zijn anoniem."));
        }
        Vragenlijstcode.Code c = code.get();
        String tekst = !b.status().isDefinitief() ? "(de code staat in de definitieve brief)" : codePlek ? CODE_PLEK : c.code();
        return List.of(gen("Dat horen wij graag. Vul dan een korte vragenlijst in. Dat duurt een paar minuten. Uw antwoorden zijn anoniem."),
                gen("Ga op internet naar " + c.adres() + ". Typ daar deze code: " + tekst + ". De code werkt " + c.dagen()
                        + " dagen na het versturen van deze brief. U kunt hem één keer gebruiken."),
                gen("Heeft u DigiD? Dan vindt u de vragenlijst ook in Mijn Maatwerk, onder Vragenlijst."));
    }

    /**
     * The PDF of a letter's HTML: tagged for screen readers (PDF/UA-1) and fit for the archive
     * (PDF/A-2a), with the vendored font embedded so every name prints as written. Letters stored
     * before this font existed ask for "sans-serif"; that name gets the same font, so they render too.
     */
    public byte[] pdf(String html) {
        return PdfA.van(html);
    }

    // --- parts --------------------------------------------------------------------------------

    private List<Alinea> watBesloten(Besluit b, Besluiten.Controle controle) {
        BesluitGegevens g = b.inhoud();
        List<Alinea> a = new ArrayList<>();
        if (b.soort().isTerugvordering() && g.vordering() != null) {
            BigDecimal besloten = g.beslotenBedrag() == null ? g.vordering() : g.beslotenBedrag();
            a.add(gen("U kreeg " + geld(g.vordering()) + " te veel bijstand" + periode(g) + "."));
            if (g.herzieningsbesluitOp() != null) {
                a.add(gen("Dat staat in ons besluit van " + datum(g.herzieningsbesluitOp()) + ". Daarin hebben wij uw bijstand opnieuw"
                        + " vastgesteld."));
            }
            if (besloten.signum() == 0) {
                a.add(gen("Wij vragen dit bedrag niet terug."));
            } else {
                a.add(gen("Wij vragen " + geld(besloten) + " terug."
                        + (besloten.compareTo(g.vordering()) < 0 ? " Van de rest, " + geld(g.vordering().subtract(besloten)) + ", zien wij af." : "")));
                if (g.aflossingPerMaand() != null && g.aflossingPerMaand().signum() > 0) {
                    a.add(gen(hoeBetalen(g) + controle.maandenBijAflossing().map(m -> " Dan bent u na " + m + (m == 1 ? " maand" : " maanden")
                            + " klaar.").orElse("")));
                }
            }
        }
        if (g.besluitTekst() != null) {
            a.add(eigen(g.besluitTekst()));
        }
        if (g.voorziening() != null) {
            a.add(gen("U krijgt: " + kleineLetter(g.voorziening().replaceAll("[.]+$", "")) + "."));
            a.add(gen("U krijgt deze hulp vanaf " + datum(g.ingangsdatum())
                    + (g.einddatum() == null ? "." : " tot en met " + datum(g.einddatum()) + ".")));
            if (g.leveringsvorm() == Leveringsvorm.PGB) {
                a.add(gen("U krijgt een persoonsgebonden budget (pgb). Daarmee regelt en betaalt u de hulp zelf. De Sociale"
                        + " Verzekeringsbank betaalt de rekeningen van uw hulpverlener uit uw budget."));
            } else if (g.leveringsvorm() == Leveringsvorm.ZIN) {
                a.add(gen("Wij regelen de hulp voor u. " + (g.aanbieder() == null ? "Een aanbieder" : g.aanbieder())
                        + " neemt contact met u op."));
            }
        }
        if (g.metWmoBijdrage()) {
            controle.wmoBijdrage().ifPresent(bedrag -> a.add(gen(bedrag.signum() == 0
                    ? "U hoeft geen eigen bijdrage te betalen."
                    : "U betaalt een eigen bijdrage van " + geld(bedrag) + " per maand. Die rekening krijgt u van het CAK.")));
        }
        if (b.corrigeert() != null) {
            a.add(gen("Dit besluit vervangt een eerder besluit over hetzelfde onderwerp."));
        }
        return a;
    }

    private static String periode(BesluitGegevens g) {
        if (g.periodeVan() == null || g.periodeTot() == null) {
            return "";
        }
        return " van " + datum(g.periodeVan()) + " tot en met " + datum(g.periodeTot());
    }

    private static String hoeBetalen(BesluitGegevens g) {
        String bedrag = geld(g.aflossingPerMaand()) + " per maand";
        String vanaf = g.eersteBetaling() == null ? "" : " vanaf " + datum(g.eersteBetaling());
        if (g.inningswijze() == Inningswijze.VERREKENING) {
            return "Wij houden " + bedrag + " in op uw bijstand" + vanaf + ". U hoeft zelf niets over te maken.";
        }
        if (g.inningswijze() == Inningswijze.BESLAG) {
            return "Wij leggen beslag. Er gaat dan " + bedrag + " van uw inkomen naar ons" + vanaf + ".";
        }
        return "U betaalt " + bedrag + vanaf + ". Dat hebben wij met u afgesproken in een betalingsregeling.";
    }

    /**
     * Why, for the resident: what the law wants and what the rule says in generated sentences, and
     * the professional's own explanation written for the letter. The toets itself (intended effect,
     * consequences, ethics, the motivation for a departure) stays in the file.
     */
    private List<Alinea> waarom(Besluit b, Besluiten.Controle controle) {
        BesluitGegevens g = b.inhoud();
        List<Alinea> a = new ArrayList<>();
        a.add(gen("Wij kijken eerst naar u en uw situatie. Pas daarna kijken we naar de regels."));
        voorliggend(b).ifPresent(t -> a.add(gen(t)));
        if (g.briefToelichting() != null) {
            a.add(eigen(g.briefToelichting()));
        }
        List<String> bedoelingen = g.bedoelingen().stream().map(c -> catalogus.bedoeling(b.soort(), c)).flatMap(Optional::stream)
                .map(Catalogus.Bedoeling::tekst).toList();
        bedoelingen.forEach(t -> a.add(gen("De wet wil: " + kleineLetter(t))));
        a.add(gen("De regel is: " + kleineLetter(b.soort().standaardRegelNaam()) + ". Die staat in " + wetsartikel(b.soort().standaardRegel())
                + "."));
        standaardRecovery(b, controle).ifPresent(t -> a.add(gen(t)));
        if (b.isAfwijking() && (g.metAfwijking() || g.mindervordering())) {
            catalogus.bevoegdheid(b.soort(), g.bevoegdheid() == null ? "" : g.bevoegdheid()).ifPresent(bv -> a.add(gen(
                    "Wij wijken af van de regel. Dat mag, want de wet geeft ons die ruimte: " + kleineLetter(bv.naam()) + " ("
                            + wetsartikel(bv.bron()) + ").")));
        }
        return a;
    }

    /**
     * For a Wmo decision whose toets recorded general offers (issue 17): which ones were looked at, in plain words. Why
     * each does not help enough stays in the file, as the rest of the toets does.
     */
    Optional<String> voorliggend(Besluit b) {
        if (!Voorliggend.geldtVoor(b)) {
            return Optional.empty();
        }
        List<String> namen = voorliggend.van(b.id()).stream().map(o -> o.dienst() + " (" + o.organisatie() + ")").toList();
        if (namen.isEmpty()) {
            return Optional.empty();
        }
        String lijst = namen.size() == 1 ? namen.getFirst()
                : String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.getLast();
        return Optional.of("Eerst keken wij naar hulp in de buurt. Daarvoor hoeft u niets aan te vragen. Wij keken naar: " + lijst + ".");
    }

    /** For a recovery: what the rule alone would have meant per month and in months. */
    private Optional<String> standaardRecovery(Besluit b, Besluiten.Controle controle) {
        if (!b.soort().isTerugvordering() || b.inhoud().vordering() == null) {
            return Optional.empty();
        }
        return controle.standaard().flatMap(Bestaanszekerheid.Resultaat::maatregel).map(t -> "Volgens de regel vragen we "
                + geld(b.inhoud().vordering()) + " terug. U kunt hoogstens " + geld(t.maximaleAflossingPerMaand()) + " per maand betalen."
                + (t.aantalMaanden() == null ? " Dan kunt u niets terugbetalen." : " Dan duurt het " + t.aantalMaanden() + " maanden."));
    }

    /**
     * Only for a recovery of bijstand: then the household lives on the norm, or on the income recorded
     * on the decision with the bijstand beside it (issue 19), and the letter can say what it keeps. For
     * other decisions the income is not known, so the letter says nothing about it.
     */
    private Optional<Deel> geld(Besluit b, Besluiten.Controle controle) {
        if (!b.soort().isTerugvordering()) {
            return Optional.empty();
        }
        return controle.voorstel().map(r -> {
            BesluitGegevens g = b.inhoud();
            List<Alinea> a = new ArrayList<>();
            a.add(gen("Uw bijstandsnorm is " + geld(r.bijstandsnorm().inclusiefVakantietoeslag()) + " per maand, met vakantiegeld."));
            r.inkomen().ifPresent(i -> a.add(gen("Wij rekenen met uw eigen inkomen en de bijstand ernaast. Samen is dat "
                    + geld(r.inkomenPerMaand()) + " per maand. Daarvan is " + geld(i.bijstand()) + " bijstand.")));
            a.add(gen("Van uw inkomen moet u altijd " + geld(r.beslagvrijeVoet()) + " per maand overhouden. Dat heet de beslagvrije voet."));
            r.maatregel().ifPresent(t -> a.add(gen(ruimteInWoorden(r, t.maximaleAflossingPerMaand()))));
            controle.overPerMaand().ifPresent(over -> {
                a.add(gen("Na dit besluit houdt u " + geld(over) + " per maand over."));
                if (controle.onderBeslagvrijeVoet() && g.heeftInstemming()) {
                    a.add(gen("Dat is minder dan de beslagvrije voet. U heeft zelf gevraagd om sneller af te lossen. U heeft daar op "
                            + datum(g.instemmingOp()) + " mee ingestemd (" + kleineLetter(g.instemmingWijze().omschrijving()) + ")."));
                    a.add(gen("Wilt u toch minder betalen? Bel of mail ons. Dan betaalt u hoogstens " + geld(r.maatregel()
                            .map(Bestaanszekerheid.Terugbetaling::maximaleAflossingPerMaand).orElse(BigDecimal.ZERO)) + " per maand."));
                }
            });
            return new Deel("Wat betekent dit voor uw geld?", a);
        });
    }

    /**
     * With bijstand the beslagvrije voet is 95% of the norm, so the only room left is the holiday
     * allowance: the rules say that in words, per month and per year, the same on screen and in the letter.
     */
    public static String ruimteInWoorden(Bestaanszekerheid.Resultaat r, BigDecimal ruimte) {
        if (ruimte.signum() == 0) {
            return "Boven de beslagvrije voet is er geen geld over. U hoeft daarom nu niets terug te betalen.";
        }
        return r.vakantiegeldZin().filter(z -> ruimte.compareTo(r.ruimteBovenBeslagvrijeVoet()) == 0)
                .orElseGet(() -> "Boven de beslagvrije voet kunt u hoogstens " + geld(ruimte) + " per maand betalen. Dat is "
                        + geld(ruimte.multiply(BigDecimal.valueOf(12))) + " per jaar.");
    }

    private List<Grondslag> grondslagen(Besluit b) {
        Map<String, Grondslag> lijst = new LinkedHashMap<>();
        voeg(lijst, b.soort().standaardRegel());
        b.inhoud().bedoelingen().forEach(c -> catalogus.bedoeling(b.soort(), c).ifPresent(x -> voeg(lijst, x.bron())));
        if (b.isAfwijking() && b.inhoud().bevoegdheid() != null) {
            catalogus.bevoegdheid(b.soort(), b.inhoud().bevoegdheid()).ifPresent(x -> voeg(lijst, x.bron()));
        }
        voeg(lijst, "jci1.3:c:BWBR0005537&artikel=6:7");
        return List.copyOf(lijst.values());
    }

    private static void voeg(Map<String, Grondslag> lijst, String bron) {
        lijst.putIfAbsent(bron, new Grondslag(wetsartikel(bron), nl.maatwerk.platform.Wetsbron.url(bron)));
    }

    /** "Participatiewet, artikel 58" from a juriconnect reference: the one formatter ({@link nl.maatwerk.platform.Wetsbron}). */
    static String wetsartikel(String bron) {
        return nl.maatwerk.platform.Wetsbron.voluit(bron);
    }

    private String naam(String gebruikersnaam) {
        return gebruikers.zoek(gebruikersnaam).map(Gebruiker::naam).orElse(gebruikersnaam);
    }

    /** "6 december 2026". */
    static String datum(LocalDate dag) {
        return DATUM.format(dag);
    }

    static String geld(BigDecimal bedrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return "€ " + f.format(bedrag);
    }

    private static String kleineLetter(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Alinea gen(String tekst) {
        return new Alinea(tekst, false);
    }

    private static Alinea eigen(String tekst) {
        return new Alinea(tekst, true);
    }
}

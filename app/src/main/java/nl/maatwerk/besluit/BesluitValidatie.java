package nl.maatwerk.besluit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;

/**
 * What may and may not happen to a decision, as pure functions over the decision, its check and the
 * input: valid fields, a complete toets, the allowed steps, four eyes, and the versions. Nothing here
 * reads or writes; the use cases call these before they store anything. The safeguard below the
 * beslagvrije voet is {@link Waarborg}.
 */
final class BesluitValidatie {

    static final int MAX_TEKST = 4000;

    private BesluitValidatie() {
    }

    // --- a new decision -----------------------------------------------------------------------

    /** A concept on a request names the request and the kind; a recovery is not started on a request. */
    static void vereisNieuwOpHulpvraag(UUID hulpvraagId, BesluitSoort soort) {
        List<Fout> fouten = new ArrayList<>();
        if (hulpvraagId == null) {
            fouten.add(new Fout("hulpvraagId", "required", "Kies de hulpvraag waar het besluit bij hoort."));
        }
        if (soort == null) {
            fouten.add(new Fout("soort", "required", "Kies de soort besluit."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (soort.isTerugvordering()) {
            throw new OngeldigeInvoerException("soort", "ambtshalve", "Een terugvordering start de gemeente zelf (ambtshalve), niet op een"
                    + " aanvraag van de inwoner. Start die vanuit het huishouden met 'Terugvordering starten'.");
        }
    }

    static void vereisOpenHulpvraag(boolean open) {
        if (!open) {
            throw new OngeldigeInvoerException("hulpvraagId", "invalid", "Deze hulpvraag is afgesloten. Een besluit hoort bij een open hulpvraag.");
        }
    }

    static void vereisHuishoudenVoorTerugvordering(UUID huishoudenId) {
        if (huishoudenId == null) {
            throw new OngeldigeInvoerException("huishoudenId", "required", "Kies het huishouden waarvan u terugvordert.");
        }
    }

    static void vereisDefinitiefVoorCorrectie(Besluit b) {
        if (!b.status().isDefinitief()) {
            throw new OngeldigeInvoerException("status", "invalid", "Alleen een definitief besluit kan worden gecorrigeerd. Een concept past u gewoon aan.");
        }
    }

    /** The decision has a correction that is not final yet: name it, so the user continues there instead of starting a second. */
    static nl.maatwerk.platform.BotsingException alOpenCorrectie(Besluit open, String begonnenDoor) {
        return new nl.maatwerk.platform.BotsingException("correctie", "Er is al een correctie van dit besluit in de maak: het concept dat "
                + begonnenDoor + " op " + datum(open.aangemaaktOp()) + " begon (besluit " + open.id() + ", " + open.status().omschrijving()
                .toLowerCase(Locale.ROOT) + "). Werk verder in die correctie. Twee correcties van één besluit spreken elkaar tegen.");
    }

    // --- editing ------------------------------------------------------------------------------

    static void vereisBewerkbaar(Besluit b) {
        if (!b.isBewerkbaar()) {
            throw new BesluitStatusException(b.status().isDefinitief()
                    ? "Een definitief besluit verandert niet meer. Maak een correctiebesluit als er iets niet klopt."
                    : "Dit besluit ligt ter goedkeuring of is goedgekeurd en kan nu niet worden aangepast.");
        }
    }

    /** Every filled field valid; {@code vandaag} is the day a date of agreement may not lie after. */
    static void vereisGeldigeVelden(BesluitSoort soort, BesluitGegevens g, Catalogus catalogus, LocalDate vandaag) {
        List<Fout> fouten = new ArrayList<>();
        valideerVelden(soort, g, catalogus, vandaag, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    static void valideerVelden(BesluitSoort soort, BesluitGegevens g, Catalogus catalogus, LocalDate vandaag, List<Fout> fouten) {
        if (g.peildatum() == null) {
            fouten.add(new Fout("peildatum", "required", "Vul de peildatum in: de dag waarop het besluit ingaat."));
        }
        lengte("beoogdEffect", g.beoogdEffect(), fouten);
        lengte("gevolgen", g.gevolgen(), fouten);
        lengte("bedoelingToelichting", g.bedoelingToelichting(), fouten);
        lengte("ethiek", g.ethiek(), fouten);
        lengte("standaardUitkomst", g.standaardUitkomst(), fouten);
        lengte("afwijkingMotivering", g.afwijkingMotivering(), fouten);
        lengte("motiveringOnderVoet", g.motiveringOnderVoet(), fouten);
        lengte("besluitTekst", g.besluitTekst(), fouten);
        lengte("doorbraakToelichting", g.doorbraakToelichting(), fouten);
        for (String code : g.bedoelingen()) {
            if (catalogus.bedoeling(soort, code).isEmpty()) {
                fouten.add(new Fout("bedoelingen", "invalid", "Kies een bedoeling uit de lijst van de " + soort.wet() + " (onbekend: " + code + ")."));
            }
        }
        if (g.bevoegdheid() != null && !g.bevoegdheid().isBlank() && catalogus.bevoegdheid(soort, g.bevoegdheid()).isEmpty()) {
            fouten.add(new Fout("bevoegdheid", "invalid", "Kies een bevoegdheid om af te wijken die bij dit soort besluit hoort."));
        }
        bedrag("vordering", g.vordering(), fouten);
        bedrag("beslotenBedrag", g.beslotenBedrag(), fouten);
        bedrag("aflossingPerMaand", g.aflossingPerMaand(), fouten);
        bedrag("kostenDoormodderen", g.kostenDoormodderen(), fouten);
        bedrag("kostenDoorbraak", g.kostenDoorbraak(), fouten);
        if (!soort.isTerugvordering() && (g.vordering() != null || g.beslotenBedrag() != null || g.aflossingPerMaand() != null)) {
            fouten.add(new Fout("vordering", "invalid", "Bedragen van een terugvordering horen alleen bij een besluit over terugvordering."));
        }
        if (g.vordering() != null && g.beslotenBedrag() != null && g.beslotenBedrag().compareTo(g.vordering()) > 0) {
            fouten.add(new Fout("beslotenBedrag", "range", "U kunt niet meer terugvorderen dan de vordering."));
        }
        if (g.metWmoBijdrage() && soort != BesluitSoort.WMO_MAATWERKVOORZIENING) {
            fouten.add(new Fout("wmoBijdrage", "invalid", "Een Wmo-bijdrage hoort bij een Wmo-maatwerkvoorziening."));
        }
        lengte("briefToelichting", g.briefToelichting(), fouten);
        lengte("voorziening", g.voorziening(), fouten);
        lengte("aanbieder", g.aanbieder(), fouten);
        if (!soort.isTerugvordering() && (g.inningswijze() != null || g.periodeVan() != null || g.periodeTot() != null
                || g.herzieningsbesluitOp() != null || g.eersteBetaling() != null || g.instemmingOp() != null)) {
            fouten.add(new Fout("inningswijze", "invalid", "Hoe er wordt terugbetaald en over welke periode, hoort alleen bij een terugvordering."));
        }
        if (soort.isTerugvordering() && (g.voorziening() != null || g.leveringsvorm() != null || g.aanbieder() != null
                || g.ingangsdatum() != null || g.einddatum() != null)) {
            fouten.add(new Fout("voorziening", "invalid", "Een voorziening met aanbieder en looptijd hoort niet bij een terugvordering."));
        }
        if (soort.isTerugvordering() && g.afwijkingRichting() != null) {
            fouten.add(new Fout("afwijkingRichting", "invalid", "Bij een terugvordering rekent Maatwerk zelf uit of het besluit milder of strenger is dan de regel."));
        }
        if (g.periodeVan() != null && g.periodeTot() != null && g.periodeVan().isAfter(g.periodeTot())) {
            fouten.add(new Fout("periodeTot", "range", "Het einde van de periode ligt voor het begin."));
        }
        if (g.ingangsdatum() != null && g.einddatum() != null && g.ingangsdatum().isAfter(g.einddatum())) {
            fouten.add(new Fout("einddatum", "range", "De einddatum ligt voor de ingangsdatum."));
        }
        if ((g.instemmingOp() != null || g.instemmingWijze() != null) && g.inningswijze() != Inningswijze.BETALINGSREGELING) {
            fouten.add(new Fout("instemmingOp", "invalid", "De instemming van de inwoner hoort bij een vrijwillige betalingsregeling. Kies die"
                    + " als manier van terugbetalen, of laat de instemming leeg."));
        }
        if (g.instemmingOp() != null && g.instemmingOp().isAfter(vandaag)) {
            fouten.add(new Fout("instemmingOp", "range", "De datum van instemming ligt in de toekomst. Vul de dag in waarop de inwoner instemde."));
        }
        if ((g.instemmingOp() == null) != (g.instemmingWijze() == null)) {
            fouten.add(new Fout(g.instemmingOp() == null ? "instemmingOp" : "instemmingWijze", "required",
                    "Leg de instemming vast met de datum en hoe de inwoner instemde."));
        }
    }

    /** Submitting and finalising need every step of the toets and whatever the situation asks for. */
    static void vereisCompleet(Besluit b, Besluiten.Controle controle, Catalogus catalogus, LocalDate vandaag) {
        BesluitGegevens g = b.inhoud();
        List<Fout> fouten = new ArrayList<>();
        valideerVelden(b.soort(), g, catalogus, vandaag, fouten);
        verplicht("beoogdEffect", g.beoogdEffect(), "Stap 1: beschrijf welk effect het besluit voor deze persoon moet hebben.", fouten);
        verplicht("gevolgen", g.gevolgen(), "Stap 2: beschrijf de gevolgen voor de persoon, het huishouden en de omgeving.", fouten);
        if (g.bedoelingen().isEmpty()) {
            fouten.add(new Fout("bedoelingen", "required", "Stap 3: kies minstens één bedoeling van de wet waar het besluit bij past."));
        }
        verplicht("bedoelingToelichting", g.bedoelingToelichting(), "Stap 3: leg uit hoe het besluit bij de bedoeling van de wet past.", fouten);
        verplicht("ethiek", g.ethiek(), "Stap 4: beschrijf of het besluit ethisch verantwoord is.", fouten);
        if (b.soort().isTerugvordering()) {
            if (g.vordering() == null) {
                fouten.add(new Fout("vordering", "required", "Stap 5: vul de vordering in, het bedrag dat te veel is betaald."));
            }
            if (g.beslotenBedrag() == null) {
                fouten.add(new Fout("beslotenBedrag", "required", "Vul in hoeveel u terugvordert (0 als u helemaal afziet)."));
            } else if (g.beslotenBedrag().signum() > 0 && g.aflossingPerMaand() == null) {
                fouten.add(new Fout("aflossingPerMaand", "required", "Vul de aflossing per maand in."));
            }
        } else {
            verplicht("standaardUitkomst", g.standaardUitkomst(), "Stap 5: beschrijf wat de regel zonder afwijking zou opleveren.", fouten);
        }
        verplicht("besluitTekst", g.besluitTekst(), "Schrijf in een of twee zinnen wat u besluit.", fouten);
        if (b.soort().isTerugvordering()) {
            if (g.periodeVan() == null) {
                fouten.add(new Fout("periodeVan", "required", "Vul in vanaf wanneer er te veel bijstand is betaald."));
            }
            if (g.periodeTot() == null) {
                fouten.add(new Fout("periodeTot", "required", "Vul in tot wanneer er te veel bijstand is betaald."));
            }
            if (g.beslotenBedrag() != null && g.beslotenBedrag().signum() > 0) {
                if (g.inningswijze() == null) {
                    fouten.add(new Fout("inningswijze", "required", "Kies hoe het geld wordt terugbetaald."));
                }
                if (g.eersteBetaling() == null) {
                    fouten.add(new Fout("eersteBetaling", "required", "Vul in vanaf wanneer de inwoner betaalt."));
                }
            }
        } else if (g.voorziening() != null) {
            if (g.leveringsvorm() == null) {
                fouten.add(new Fout("leveringsvorm", "required", "Kies zorg in natura of een persoonsgebonden budget (pgb)."));
            } else if (g.leveringsvorm() == Leveringsvorm.ZIN && g.aanbieder() == null) {
                fouten.add(new Fout("aanbieder", "required", "Vul de aanbieder in die de hulp geeft."));
            }
            if (g.ingangsdatum() == null) {
                fouten.add(new Fout("ingangsdatum", "required", "Vul in vanaf wanneer de inwoner de hulp krijgt."));
            }
        }
        boolean metBevoegdheid = g.metAfwijking() || g.mindervordering() || (g.bevoegdheid() != null && !g.bevoegdheid().isBlank());
        if (metBevoegdheid) {
            if (g.bevoegdheid() == null || g.bevoegdheid().isBlank()) {
                fouten.add(new Fout("bevoegdheid", "required", g.mindervordering() && !g.metAfwijking()
                        ? "U vordert minder terug dan de vordering. Kies de bevoegdheid waarmee u afwijkt."
                        : "Kies de bevoegdheid waarmee u afwijkt van de regel."));
            }
            verplicht("afwijkingMotivering", g.afwijkingMotivering(), "Leg uit waarom u afwijkt van de regel.", fouten);
        }
        if (b.isAfwijking() && g.afwijkingRedensoort() == null) {
            fouten.add(new Fout("afwijkingRedensoort", "required", "Kies de soort reden voor de afwijking."));
        }
        if (controle.melding().isPresent() && (b.soort().isTerugvordering() || g.metWmoBijdrage())) {
            fouten.add(new Fout("peildatum", "invalid", "Wat het huishouden overhoudt, kon niet worden berekend: " + controle.melding().get()
                    + " Een besluit over geld wordt pas definitief als die berekening er is."));
        }
        fouten.addAll(Waarborg.onrechtmatig(b, controle));
        if (controle.onderBeslagvrijeVoet()) {
            verplicht("motiveringOnderVoet", g.motiveringOnderVoet(),
                    "Met dit besluit houdt het huishouden minder over dan de beslagvrije voet. Leg uit waarom dat toch verantwoord is, of pas het besluit aan.",
                    fouten);
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    // --- steps --------------------------------------------------------------------------------

    static void vereisStap(Besluit b, BesluitStatus naar) {
        if (!b.status().kanNaar(naar)) {
            throw new BesluitStatusException("Een besluit met de status '" + b.status().omschrijving().toLowerCase(Locale.ROOT)
                    + "' kan niet naar '" + naar.omschrijving().toLowerCase(Locale.ROOT) + "'.");
        }
    }

    /** Only a departure goes to a team lead; one that follows the rule the professional makes final. */
    static void vereisAfwijking(Besluit b) {
        if (!b.isAfwijking()) {
            throw new BesluitStatusException("Dit besluit wijkt niet af van de regel. U kunt het zelf definitief maken.");
        }
    }

    /** Why a decision was submitted, for its history. */
    static String waaromIngediend(Besluit b) {
        return b.onderBeslagvrijeVoet() ? "Ter goedkeuring aangeboden, want het huishouden komt onder de beslagvrije voet"
                : "Ter goedkeuring aangeboden, want het besluit wijkt af van de regel";
    }

    /** The second pair of eyes judges only what waits for it, and is someone who neither wrote nor submitted it. */
    static void vereisBeoordelingDoor(Besluit b, String gebruikersnaam) {
        if (b.status() != BesluitStatus.TER_GOEDKEURING) {
            throw new BesluitStatusException("Dit besluit ligt niet ter goedkeuring.");
        }
        if (!b.magBeoordelenDoor(gebruikersnaam)) {
            throw new NietToegestaanException("U heeft aan dit besluit meegeschreven of het zelf voorgesteld, dus u kunt de afwijking niet"
                    + " zelf goedkeuren. Vraag een andere teamleider.");
        }
    }

    /** A rejection says why, so the colleague can change it; the explanation is stripped and at most {@value #MAX_TEKST} characters. */
    static String toelichtingBijBeoordeling(boolean akkoord, String toelichting) {
        String tekst = toelichting == null ? "" : toelichting.strip();
        if (!akkoord && tekst.isEmpty()) {
            throw new OngeldigeInvoerException("toelichting", "required", "Schrijf op waarom u het besluit niet goedkeurt, zodat de collega het kan aanpassen.");
        }
        if (tekst.length() > MAX_TEKST) {
            throw new OngeldigeInvoerException("toelichting", "size", "De toelichting is te lang (hoogstens " + MAX_TEKST + " tekens).");
        }
        return tekst;
    }

    /** What no approval can make right, and what an approval below the voet needs (the safeguard). */
    static void vereisGoedkeurbaar(Besluit b, Besluiten.Controle controle) {
        List<Fout> fouten = new ArrayList<>(Waarborg.onrechtmatig(b, controle));
        Waarborg.goedkeuring(b, controle).ifPresent(r -> fouten.add(new Fout("akkoord", "invalid", r)));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    /** A departure in concept needs a team lead first; below the voet no one decides alone. */
    static void vereisGeenOngekeurdeAfwijking(Besluit b) {
        if (b.status() == BesluitStatus.CONCEPT && b.isAfwijking()) {
            throw new BesluitStatusException(b.onderBeslagvrijeVoet()
                    ? "Met dit besluit houdt het huishouden minder over dan de beslagvrije voet. Dat beslist niemand alleen: bied het ter"
                            + " goedkeuring aan bij een teamleider, of verlaag de aflossing."
                    : "Dit besluit wijkt af van de regel. Een teamleider moet het eerst goedkeuren.");
        }
    }

    /** Final below the voet only as the safeguard allows: a voluntary arrangement the resident agreed to. */
    static void vereisWaarborgBijDefinitief(Besluit b, Besluiten.Controle controle) {
        Waarborg.goedkeuring(b, controle).ifPresent(r -> {
            throw new OngeldigeInvoerException("inningswijze", "invalid", r);
        });
    }

    /** Two final decisions on one matter contradict each other; only a correction of the first may follow it. */
    static String tweedeBesluit(Besluit staand) {
        return "Hierover staat al een definitief besluit (" + staand.soort().omschrijving().toLowerCase(Locale.ROOT) + " van "
                + datum(staand.definitiefOp()) + "). Twee besluiten over hetzelfde spreken elkaar tegen. Klopt het eerdere besluit niet?"
                + " Maak dan een correctiebesluit op dat besluit.";
    }

    static String datum(Instant op) {
        return op == null ? "onbekende datum" : Beschikking.datum(op.atZone(Klok.ZONE).toLocalDate());
    }

    private static void verplicht(String veld, String waarde, String melding, List<Fout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new Fout(veld, "required", melding));
        }
    }

    private static void lengte(String veld, String waarde, List<Fout> fouten) {
        if (waarde != null && waarde.length() > MAX_TEKST) {
            fouten.add(new Fout(veld, "size", "Deze tekst is te lang: hoogstens " + MAX_TEKST + " tekens."));
        }
    }

    private static void bedrag(String veld, BigDecimal waarde, List<Fout> fouten) {
        if (waarde == null) {
            return;
        }
        if (waarde.signum() < 0) {
            fouten.add(new Fout(veld, "range", "Een bedrag is 0 of meer."));
        } else if (waarde.stripTrailingZeros().scale() > 2) {
            fouten.add(new Fout(veld, "invalid", "Een bedrag heeft hoogstens twee cijfers achter de komma."));
        } else if (waarde.compareTo(new BigDecimal("10000000")) > 0) {
            fouten.add(new Fout(veld, "range", "Dit bedrag is te groot."));
        }
    }
}

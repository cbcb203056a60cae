package nl.maatwerk.prioriteit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.prioriteit.score.Factor;
import nl.maatwerk.prioriteit.score.Gewichten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The entry for the national Algoritmeregister, generated from the running configuration: the
 * factors and caps from the code, each team's current weights (with version and reason) from the
 * database. Follows the fields of the publication standard (MinBZK). Public: it holds no personal data.
 */
@Component
@org.springframework.modulith.NamedInterface("intern")
public class Algoritmeregister {

    public record Bron(String omschrijving, String verwijzing) {
    }

    public record Weging(String code, String factor, int gewicht, String eenheid) {
    }

    /**
     * A team's weights now. {@code wijziging} is a fixed sentence with the date, never the team lead's
     * own reason: that free text is written for colleagues and may name a case or a person.
     */
    public record TeamGewichten(String team, int versie, String wijziging, Instant sinds, List<Weging> wegingen) {
    }

    private static final java.time.format.DateTimeFormatter DATUM = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.forLanguageTag("nl"));

    public record Technisch(String werking, List<String> factoren, List<String> nooitGebruikt, Map<String, Integer> grenzen,
            int minimaleGroepEerlijkheid, List<TeamGewichten> gewichtenPerTeam) {
    }

    /** The fields of the Algoritmeregister publication standard, in its order. */
    public record Registratie(String naam, String korteOmschrijving, String organisatie, String thema, String status,
            String doelEnImpact, String afwegingen, String menselijkeTussenkomst, String risicobeheer, List<Bron> wettelijkeBasis,
            List<Bron> impacttoetsen, List<String> gegevensbronnen, Technisch technischeWerking, String broncode, Instant gegenereerdOp) {
    }

    static final List<String> NOOIT = List.of("nationaliteit", "afkomst of etniciteit", "geloof", "geslacht", "leeftijd als zodanig",
            "postcode of wijk", "taal", "hoe vaak iemand belt of klaagt");

    private final Gewichteninstelling instelling;
    private final GebruikerRegister teams;
    private final Clock klok;
    private final String organisatie;
    private final String broncode;

    Algoritmeregister(Gewichteninstelling instelling, GebruikerRegister teams, Clock klok,
            @Value("${maatwerk.algoritmeregister.organisatie:Gemeente (installatie van Maatwerk)}") String organisatie,
            @Value("${maatwerk.algoritmeregister.broncode:app/src/main/java/nl/maatwerk/prioriteit/score in de broncode van Maatwerk (EUPL-1.2)}")
            String broncode) {
        this.instelling = instelling;
        this.teams = teams;
        this.klok = klok;
        this.organisatie = organisatie;
        this.broncode = broncode;
    }

    public Registratie registratie() {
        List<TeamGewichten> perTeam = new ArrayList<>();
        for (GebruikerRegister.Team t : teams.teams()) {
            Gewichteninstelling.Versie v = instelling.huidige(t.id());
            String wijziging = v.standaard() || v.op() == null ? "Standaardgewichten."
                    : "De teamleider heeft de gewichten aangepast op " + DATUM.format(v.op().atZone(Klok.ZONE)) + ".";
            perTeam.add(new TeamGewichten(t.naam(), v.versie(), wijziging, v.op(), wegingen(v.gewichten())));
        }
        Map<String, Integer> grenzen = new LinkedHashMap<>();
        grenzen.put("schuld: hoogstens zoveel keer 100 euro", Gewichten.MAX_SCHULD_EENHEDEN);
        grenzen.put("maanden achterstand: hoogstens", Gewichten.MAX_MAANDEN);
        grenzen.put("termijn: telt als minstens zoveel dagen lang (een crisistermijn drukt zo vanaf de eerste dag)", Gewichten.TERMIJN_HORIZON);
        grenzen.put("wachttijd: hoogstens zoveel weken", Gewichten.MAX_WACHTWEKEN);
        grenzen.put("hoogste gewicht dat een teamleider kan kiezen", Gewichten.MAXIMUM);
        Technisch technisch = new Technisch("""
                Voor elk item in de werkvoorraad (een open hulpvraag, of een huishouden met regie, een open signaal van \
                betalingsachterstand of een markering 'acuut onveilig') telt de software punten op: per factor een gewicht keer \
                een aantal, met een bovengrens. De wettelijke termijn telt naar het deel van de termijn dat voorbij is; de urgentie \
                die de professional bij de intake koos (laag, gemiddeld, hoog, acuut) telt per stap. De punten van het huishouden (ZRM, betalingsachterstand, acuut onveilig) \
                tellen bij één item per huishouden; meer vragen geeft dus geen extra plaatsen bovenaan. Meer punten komt \
                hoger. Bij gelijke punten gaat de termijn die het eerst afloopt \
                voor, dan de langste wachttijd. Het is een vaste rekenregel, geen lerend model: dezelfde gegevens geven altijd \
                dezelfde volgorde. Bij elk item staat hoeveel punten elke factor gaf. Professionals kunnen een item met een reden \
                boven- of onderaan zetten.""",
                Arrays.stream(Factor.values()).map(Factor::omschrijving).toList(), NOOIT, grenzen, KleineGroep.MINIMUM, perTeam);
        return new Registratie(
                "Werkvoorraad op volgorde van nood",
                "De gemeente helpt eerst de mensen die hulp het hardst nodig hebben. De computer zet de hulpvragen van een "
                        + "wijkteam op volgorde: wie in acute nood zit, een grote betalingsachterstand heeft, een wettelijke termijn "
                        + "bijna mist of bij de intake als acuut is ingeschat, komt bovenaan. Bij elke vraag staat waarom. Een medewerker kiest zelf en kan de volgorde "
                        + "veranderen. De computer kijkt nooit naar afkomst, geloof, geslacht, leeftijd, wijk of taal.",
                organisatie,
                "Sociale zekerheid; Zorg en welzijn; Schulden",
                "In gebruik",
                "Doel: de beperkte tijd van wijkteams eerst besteden aan huishoudens met de grootste nood en aan hulpvragen "
                        + "waarvan de wettelijke termijn afloopt, in plaats van aan wie het hardst roept of de weg het best kent. "
                        + "Impact: de volgorde bepaalt wie eerder contact krijgt. Het algoritme besluit niets over rechten of "
                        + "plichten van inwoners; het beoordeelt nooit of iemand te vertrouwen is.",
                "Nood gaat voor wachttijd, maar wachttijd telt wel mee zodat niemand onderaan blijft hangen. Bedragen en maanden "
                        + "achterstand hebben een bovengrens, zodat één grote schuld niet alles overstemt. Gegevens over afkomst, "
                        + "leeftijd, wijk en taal zouden de volgorde misschien 'voorspellender' maken, maar leiden tot ongelijke "
                        + "behandeling: die gebruiken we niet.",
                "De volgorde is een voorstel. Een professional pakt zelf een item op en kan een item met een geschreven reden "
                        + "boven- of onderaan zetten; dat wordt vastgelegd en is zichtbaar voor het team. 'Acuut onveilig' zet "
                        + "alleen een professional, met een reden. De teamleider kan de gewichten veranderen, met een reden; elke "
                        + "versie blijft bewaard.",
                "Een toets op eerlijkheid die beleidsadviseurs en teamleiders op elk moment laten berekenen: per leeftijdsgroep en "
                        + "wijk (kenmerken die het algoritme niet gebruikt) de plaats in de werkvoorraad en de verhouding tussen het "
                        + "aandeel bovenin en het aandeel in de hele werkvoorraad. Groepen kleiner dan " + KleineGroep.MINIMUM
                        + " worden niet getoond. Een architectuurtest bewijst dat de rekenregel geen persoonskenmerken kan lezen. "
                        + "Elke verwerking van persoonsgegevens staat in het logboek.",
                List.of(new Bron("Wet maatschappelijke ondersteuning 2015, art. 2.3.2 (onderzoek na een melding)", "jci1.3:c:BWBR0035362&artikel=2.3.2"),
                        new Bron("Wet gemeentelijke schuldhulpverlening, art. 3 en 4 (vroegsignalering, termijnen)", "jci1.3:c:BWBR0031331&artikel=3"),
                        new Bron("Besluit gemeentelijke schuldhulpverlening, § 2 (gegevens bij betalingsachterstanden)", "Stb. 2020, 240"),
                        new Bron("Algemene wet bestuursrecht, art. 4:13 (beslistermijn)", "jci1.3:c:BWBR0005537&artikel=4:13")),
                List.of(new Bron("DPIA: nog uit te voeren door de gemeente voor ingebruikname", ""),
                        new Bron("IAMA: nog uit te voeren door de gemeente voor ingebruikname", "")),
                List.of("Hulpvragen, hun wettelijke termijnen en de urgentie die de professional bij de intake koos (Maatwerk, module toegang)",
                        "ZRM-metingen door professionals (Maatwerk, module toegang)",
                        "Signalen van betalingsachterstanden van verhuurders, energie- en drinkwaterbedrijven en zorgverzekeraars",
                        "Markering 'acuut onveilig' door een professional"),
                technisch,
                broncode,
                Instant.now(klok));
    }

    private static List<Weging> wegingen(Gewichten g) {
        return List.of(
                new Weging("veiligheid", Factor.VEILIGHEID.omschrijving(), g.veiligheid(), "punten als gemarkeerd"),
                new Weging("acuutDomein", Factor.ACUTE_DOMEINEN.omschrijving(), g.acuutDomein(), "punten per domein"),
                new Weging("zwakDomein", Factor.ZWAKKE_DOMEINEN.omschrijving(), g.zwakDomein(), "punten per domein"),
                new Weging("schuld", Factor.SCHULD.omschrijving(), g.schuld(), "punten per 100 euro"),
                new Weging("achterstand", Factor.ACHTERSTAND.omschrijving(), g.achterstand(), "punten per maand"),
                new Weging("termijn", Factor.TERMIJN.omschrijving(), g.termijn(),
                        "punten op de laatste dag; daarvoor naar het deel van de termijn dat voorbij is; anderhalf keer na afloop"),
                new Weging("urgentie", Factor.URGENTIE.omschrijving(), g.urgentie(),
                        "punten per stap boven laag (gemiddeld 1, hoog 2, acuut 3), zoals de professional bij de intake koos"),
                new Weging("wachttijd", Factor.WACHTTIJD.omschrijving(), g.wachttijd(), "punten per week"));
    }
}

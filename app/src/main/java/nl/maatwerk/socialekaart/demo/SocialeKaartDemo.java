package nl.maatwerk.socialekaart.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import nl.maatwerk.socialekaart.Aanbod;
import nl.maatwerk.socialekaart.Dienst;
import nl.maatwerk.socialekaart.Huishoudtype;
import nl.maatwerk.socialekaart.Kosten;
import nl.maatwerk.socialekaart.Soort;
import nl.maatwerk.toegang.Levensdomein;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo city's offer: about 150 invented but plausible services (general provisions, voluntary organisations,
 * informal help, neighbourhood initiatives and providers) spread over the eight wijken, generated from a fixed seed
 * so every start gives the same offer. Its dates count back from the day of the start, so the share of fresh
 * offers looks the same on any day; about one in eight was last checked more than a year ago.
 */
@Component
public class SocialeKaartDemo {

    static final String[] WIJKEN = {"Centrum", "Escamp", "Laak", "Loosduinen", "Scheveningen", "Segbroek", "Haagse Hout",
        "Leidschenveen-Ypenburg"};

    private final Aanbod aanbod;
    private final JdbcTemplate jdbc;
    private final int aantal;

    /** {@code maatwerk.demo-data.diensten} raises the offer for load measurements (scripts/belasting/sociale-kaart.sh). */
    SocialeKaartDemo(Aanbod aanbod, JdbcTemplate jdbc, @Value("${maatwerk.demo-data.diensten:150}") int aantal) {
        this.aanbod = aanbod;
        this.jdbc = jdbc;
        this.aantal = aantal;
    }

    /** Writes the demo offer when there is none yet; returns how many services there are. */
    public int vul(LocalDate vandaag) {
        Integer er = jdbc.queryForObject("select count(*) from socialekaart.dienst", Integer.class);
        if (er != null && er > 0) {
            return er;
        }
        List<Dienst> diensten = genereer(vandaag, aantal);
        aanbod.bewaar(diensten);
        return diensten.size();
    }

    private record Soortdienst(String naam, String org, Soort soort, Set<Levensdomein> domeinen, Integer van, Integer tot,
            Set<Huishoudtype> typen, Integer inkomen, Kosten kosten, String bedrag, String beschrijving, String voorwaarden,
            String tijden) {
    }

    private static final List<Soortdienst> SOORTEN = List.of(
            new Soortdienst("Thuisadministratie", "Humanitas Den Haag", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.FINANCIEN,
                    Levensdomein.INSTRUMENTELE_ADL), 18, null, Set.of(), null, Kosten.GRATIS, null,
                    "Een vrijwilliger komt elke week bij u thuis en helpt de post en rekeningen op orde te brengen.",
                    "Voor volwassenen die hun papieren niet meer overzien.", "Op afspraak, maandag tot en met vrijdag"),
            new Soortdienst("Geldspreekuur", "Stichting Geldzaken Haaglanden", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.FINANCIEN),
                    18, null, Set.of(), null, Kosten.GRATIS, null,
                    "Loop binnen met uw vragen over geld, schulden, toeslagen of een brief die u niet begrijpt.",
                    "Iedereen vanaf 18 jaar.", "Dinsdag en donderdag 9.30 tot 12.00 uur"),
            new Soortdienst("Schuldhulpmaatje", "SchuldHulpMaatje Den Haag", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.FINANCIEN),
                    18, null, Set.of(), 130, Kosten.GRATIS, null,
                    "Een getraind maatje helpt u uit de schulden te komen en blijft daarna nog een tijd bij u.",
                    "Voor wie schulden heeft of dreigt te krijgen.", "Op afspraak"),
            new Soortdienst("Voedselbank uitgiftepunt", "Voedselbank Haaglanden", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.FINANCIEN),
                    null, null, Set.of(), 100, Kosten.GRATIS, null, "Elke week een pakket met boodschappen.",
                    "Voor huishoudens die na vaste lasten te weinig overhouden om van te leven.", "Vrijdag 13.00 tot 16.00 uur"),
            new Soortdienst("Energiecoach", "Duurzaam Den Haag", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.FINANCIEN, Levensdomein.HUISVESTING),
                    null, null, Set.of(), null, Kosten.GRATIS, null, "Een buurtbewoner kijkt met u hoe u minder energie gebruikt, en brengt gratis spullen mee.",
                    "", "Op afspraak, ook 's avonds"),
            new Soortdienst("Huurteam", "Huurdersvereniging Haaglanden", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.HUISVESTING),
                    18, null, Set.of(), null, Kosten.GRATIS, null, "Hulp bij problemen met uw verhuurder, achterstallig onderhoud of schimmel.",
                    "Voor huurders.", "Woensdag 13.00 tot 17.00 uur"),
            new Soortdienst("Koffieochtend", "Buurthuis De Kooi", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.SOCIAAL_NETWERK,
                    Levensdomein.TIJDSBESTEDING), null, null, Set.of(), null, Kosten.EIGEN_BIJDRAGE, "0.50",
                    "Elke week koffie en een praatje met buurtgenoten. Gewoon binnenlopen.", "", "Maandag 10.00 tot 12.00 uur"),
            new Soortdienst("Maatje voor ouderen", "Stichting Boog", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.SOCIAAL_NETWERK),
                    65, null, Set.of(Huishoudtype.ALLEENSTAAND, Huishoudtype.PAAR), null, Kosten.GRATIS, null,
                    "Een vaste vrijwilliger komt op bezoek, voor een wandeling, een spelletje of een gesprek.", "Voor ouderen die zich eenzaam voelen.",
                    "Op afspraak"),
            new Soortdienst("Samen eten", "Buurtkeuken", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.SOCIAAL_NETWERK, Levensdomein.LICHAMELIJKE_GEZONDHEID),
                    null, null, Set.of(), null, Kosten.BEDRAG, "4.00", "Een warme maaltijd met buurtgenoten, twee keer per week.", "",
                    "Dinsdag en donderdag 17.30 uur"),
            new Soortdienst("Taalcafé", "Bibliotheek Den Haag", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.MAATSCHAPPELIJKE_PARTICIPATIE),
                    16, null, Set.of(), null, Kosten.GRATIS, null, "Oefen Nederlands praten met andere mensen en een vrijwilliger.", "",
                    "Zaterdag 10.30 tot 12.00 uur"),
            new Soortdienst("Digitaal spreekuur", "Bibliotheek Den Haag", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.MAATSCHAPPELIJKE_PARTICIPATIE,
                    Levensdomein.INSTRUMENTELE_ADL), null, null, Set.of(), null, Kosten.GRATIS, null,
                    "Hulp met DigiD, e-mail, online formulieren en uw telefoon.", "", "Woensdag 14.00 tot 16.00 uur"),
            new Soortdienst("Opvoedspreekuur", "Centrum Jeugd en Gezin", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.HUISELIJKE_RELATIES),
                    null, null, Set.of(Huishoudtype.GEZIN, Huishoudtype.EENOUDERGEZIN), null, Kosten.GRATIS, null,
                    "Praat met een pedagoog over slapen, eten, ruzie of de pubertijd.", "Voor ouders en verzorgers.", "Maandag tot en met vrijdag"),
            new Soortdienst("Home-Start", "Humanitas Den Haag", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.HUISELIJKE_RELATIES),
                    null, null, Set.of(Huishoudtype.GEZIN, Huishoudtype.EENOUDERGEZIN), null, Kosten.GRATIS, null,
                    "Een ervaren ouder komt een half jaar elke week bij u thuis om mee te denken en te helpen.", "Voor gezinnen met kinderen tot 12 jaar.",
                    "Op afspraak"),
            new Soortdienst("Mantelzorgsteunpunt", "Mantelzorg Den Haag", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.HUISELIJKE_RELATIES,
                    Levensdomein.GEESTELIJKE_GEZONDHEID), 18, null, Set.of(), null, Kosten.GRATIS, null,
                    "Advies, een luisterend oor en respijtzorg voor wie voor een ander zorgt.", "Voor mantelzorgers.", "Maandag tot en met vrijdag 9.00 tot 17.00 uur"),
            new Soortdienst("Praatgroep somberheid", "Stichting Welzijn", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.GEESTELIJKE_GEZONDHEID),
                    18, null, Set.of(), null, Kosten.GRATIS, null, "Een groep van acht mensen die praten over somberheid en wat helpt.", "",
                    "Donderdag 19.30 uur"),
            new Soortdienst("Jongerenwerk", "Jongerenwerk Den Haag", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.TIJDSBESTEDING,
                    Levensdomein.WERK_OPLEIDING), 12, 23, Set.of(), null, Kosten.GRATIS, null,
                    "Een plek om te chillen, te sporten en hulp te krijgen bij school of werk.", "Voor jongeren van 12 tot en met 23 jaar.",
                    "Maandag tot en met vrijdag 15.00 tot 21.00 uur"),
            new Soortdienst("Werkcoach", "Werkplein Den Haag", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.WERK_OPLEIDING),
                    18, 67, Set.of(), null, Kosten.GRATIS, null, "Hulp bij solliciteren, een cv en een opleiding.", "", "Op afspraak"),
            new Soortdienst("Beweegmaatje", "Sportief Den Haag", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.LICHAMELIJKE_GEZONDHEID,
                    Levensdomein.TIJDSBESTEDING), null, null, Set.of(), null, Kosten.GRATIS, null,
                    "Samen wandelen of sporten met een vrijwilliger uit de buurt.", "", "Op afspraak"),
            new Soortdienst("Klussendienst", "Buurtklussers", Soort.INFORMELE_HULP, EnumSet.of(Levensdomein.INSTRUMENTELE_ADL,
                    Levensdomein.HUISVESTING), null, null, Set.of(), null, Kosten.EIGEN_BIJDRAGE, "5.00",
                    "Buurtgenoten doen kleine klussen: een lamp ophangen, een kraan maken.", "Materiaal betaalt u zelf.", "Op afspraak"),
            new Soortdienst("Boodschappenhulp", "Burenhulp Den Haag", Soort.INFORMELE_HULP, EnumSet.of(Levensdomein.INSTRUMENTELE_ADL),
                    null, null, Set.of(), null, Kosten.GRATIS, null, "Een buur doet boodschappen voor u of gaat met u mee.", "", "Op afspraak"),
            new Soortdienst("Vervoer naar het ziekenhuis", "Vrijwillige Vervoersdienst", Soort.VRIJWILLIGERSORGANISATIE,
                    EnumSet.of(Levensdomein.INSTRUMENTELE_ADL, Levensdomein.LICHAMELIJKE_GEZONDHEID), null, null, Set.of(), null,
                    Kosten.EIGEN_BIJDRAGE, "0.35", "Een vrijwilliger rijdt u naar de dokter of het ziekenhuis.", "Kosten per kilometer.",
                    "Maandag tot en met vrijdag"),
            new Soortdienst("Alcohol- en drugsspreekuur", "Parnassia Brijder", Soort.AANBIEDER, EnumSet.of(Levensdomein.MIDDELENGEBRUIK),
                    16, null, Set.of(), null, Kosten.GRATIS, null, "Anoniem praten over drinken, blowen, drugs of gokken.", "", "Woensdag 13.00 tot 16.00 uur"),
            new Soortdienst("Juridisch loket", "Het Juridisch Loket", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.JUSTITIE,
                    Levensdomein.FINANCIEN), 18, null, Set.of(), null, Kosten.GRATIS, null, "Gratis advies over een boete, uw rechten of een brief van een deurwaarder.",
                    "", "Maandag tot en met vrijdag 9.00 tot 17.00 uur"),
            new Soortdienst("Budgetbeheer", "Kredietbank Haaglanden", Soort.AANBIEDER, EnumSet.of(Levensdomein.FINANCIEN),
                    18, null, Set.of(), 120, Kosten.GRATIS, null, "De kredietbank betaalt uw vaste lasten van uw inkomen, zodat er geen nieuwe schulden komen.",
                    "Met een verwijzing van het wijkteam.", "Op afspraak"),
            new Soortdienst("Huishoudelijke ondersteuning", "Thuiszorg Haaglanden", Soort.AANBIEDER, EnumSet.of(Levensdomein.INSTRUMENTELE_ADL,
                    Levensdomein.BASALE_ADL), 18, null, Set.of(), null, Kosten.EIGEN_BIJDRAGE, "21.80",
                    "Hulp bij het schoonhouden van uw huis (maatwerkvoorziening Wmo).", "Met een besluit van de gemeente.", "Op afspraak"),
            new Soortdienst("Ouderensoos", "Welzijn Ouderen", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.SOCIAAL_NETWERK, Levensdomein.TIJDSBESTEDING),
                    60, null, Set.of(), null, Kosten.EIGEN_BIJDRAGE, "2.00", "Bingo, biljart en handwerk, elke week.", "", "Woensdag 13.30 tot 16.30 uur"),
            new Soortdienst("Kledingbank", "Kledingbank Den Haag", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.FINANCIEN),
                    null, null, Set.of(), 120, Kosten.GRATIS, null, "Gratis kleding voor volwassenen en kinderen.", "", "Zaterdag 10.00 tot 13.00 uur"),
            new Soortdienst("Vrijwilligerscentrale", "Vrijwilligerscentrale Den Haag", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.MAATSCHAPPELIJKE_PARTICIPATIE,
                    Levensdomein.TIJDSBESTEDING), 16, null, Set.of(), null, Kosten.GRATIS, null, "Vind vrijwilligerswerk dat bij u past.", "",
                    "Maandag tot en met donderdag"));

    private static final String[] STRATEN = {"Buurtplein", "Hoofdstraat", "Wijkweg", "Kerkstraat", "Parkweg", "Marktplein", "Schoolstraat"};

    /** {@code aantal} services from a fixed seed: every kind in several wijken, the rest for the whole city. */
    public static List<Dienst> genereer(LocalDate vandaag, int aantal) {
        SplittableRandom r = new SplittableRandom(17);
        List<Dienst> uit = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            Soortdienst s = SOORTEN.get(i % SOORTEN.size());
            int ronde = i / SOORTEN.size();
            String wijk = ronde == 0 && i % 3 == 0 ? "" : WIJKEN[(i + ronde * 3) % WIJKEN.length];
            String org = s.org();
            String orgId = "demo-org-" + org.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
            String naam = wijk.isEmpty() ? s.naam() : s.naam() + " " + wijk;
            int dagen = i % 8 == 5 ? 400 + r.nextInt(300) : r.nextInt(330);
            Integer capaciteit = s.soort() == Soort.AANBIEDER || i % 4 == 0 ? 10 + r.nextInt(40) : null;
            Integer vrij = capaciteit == null ? null : (i % 5 == 0 ? 0 : r.nextInt(capaciteit / 2 + 1));
            Integer wacht = capaciteit == null ? null : (vrij == 0 ? 2 + r.nextInt(8) : 0);
            String postcode = (2500 + r.nextInt(99)) + " " + (char) ('A' + r.nextInt(20)) + (char) ('A' + r.nextInt(20));
            uit.add(new Dienst(null, java.util.UUID.nameUUIDFromBytes(("demo-dienst-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
                    new Dienst.Organisatie(null, orgId, org, org + " in Den Haag.", null, null, "070 " + (300 + r.nextInt(600)) + " " + (1000 + r.nextInt(9000))),
                    naam, s.beschrijving(), s.soort(), new Dienst.Voorwaarden(s.domeinen(), s.van(), s.tot(), s.typen(), s.inkomen(), s.voorwaarden()),
                    s.kosten(), s.bedrag() == null ? null : new BigDecimal(s.bedrag()), s.kosten() == Kosten.GRATIS ? "" : "Zie de organisatie.",
                    s.tijden(), "Tram of bus tot de halte " + (wijk.isEmpty() ? "Centraal" : wijk) + "; rolstoeltoegankelijk.",
                    "070 " + (300 + r.nextInt(600)) + " " + (1000 + r.nextInt(9000)), null, null,
                    new Dienst.Locatie(wijk.isEmpty() ? org : "Wijkcentrum " + wijk, STRATEN[r.nextInt(STRATEN.length)] + " " + (1 + r.nextInt(120)),
                            postcode, "Den Haag", wijk),
                    vandaag.minusDays(dagen), capaciteit, vrij, wacht, 1));
        }
        return uit;
    }
}

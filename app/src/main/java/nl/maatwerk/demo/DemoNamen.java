package nl.maatwerk.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Names, streets and network roles for synthetic households. The names reflect the variety of a
 * large Dutch city; they are drawn at random and say nothing about anyone. No generated field is a
 * protected attribute, and nothing in Maatwerk ranks on names.
 */
final class DemoNamen {

    private DemoNamen() {
    }

    private static final List<String> VOORNAMEN = List.of(
            "Anna", "Emma", "Sophie", "Julia", "Lotte", "Sanne", "Fleur", "Noor", "Eva", "Lieke", "Yara", "Fatima", "Sara",
            "Aisha", "Imane", "Naima", "Hatice", "Elif", "Zeynep", "Priya", "Shanti", "Anjali", "Maria", "Agnieszka", "Kasia",
            "Ilse", "Ingrid", "Petra", "Marleen", "Wilma", "Gerda", "Ria", "Nel", "Joke", "Chantal", "Esther", "Daphne",
            "Jan", "Piet", "Kees", "Henk", "Willem", "Johan", "Gerrit", "Bram", "Daan", "Lucas", "Sem", "Finn", "Thijs", "Ruben",
            "Mohamed", "Youssef", "Ahmed", "Bilal", "Omar", "Mehmet", "Mustafa", "Emre", "Burak", "Rajesh", "Ravi", "Dinesh",
            "Marcus", "Errol", "Ricardo", "Tomasz", "Piotr", "Krzysztof", "Dennis", "Patrick", "Martijn", "Sander", "Joost",
            "Kevin", "Jeroen", "Mila", "Zoë", "Liam", "Noah", "Adam", "Amir", "Rayan", "Ilias", "Hiba", "Lina", "Nova", "Tess");

    /** Surnames, a few with a voorvoegsel that the BRP keeps apart from the geslachtsnaam. */
    private static final List<String> ACHTERNAMEN = List.of(
            "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
            "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
            "van der Meer", "van Dijk", "Kok", "Verhoeven", "van der Linden", "Jacobs", "van Beek", "Koster", "Prins",
            "El Amrani", "Bouzid", "El Idrissi", "Benali", "Ouali", "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk",
            "Ramdin", "Jagessar", "Ramsaran", "Mahabier", "Sewnath", "Kromo", "Pinas", "Wijngaarde", "Doelwijt", "Nowak",
            "Kowalski", "Wiśniewska", "Lewandowski", "Haddou", "Aydın", "Tahiri", "van Rijn", "ter Horst", "in 't Veld");

    private static final List<String> VOORVOEGSELS = List.of("van der", "van den", "van", "de", "ter", "in 't");

    private static final Map<Wijk, List<String>> STRATEN = Map.of(
            Wijk.CENTRUM, List.of("Prinsegracht", "Wagenstraat", "Stationsweg", "Paviljoensgracht", "Hobbemastraat",
                    "Vaillantlaan", "Jan Hendrikstraat", "Lange Beestenmarkt"),
            Wijk.ESCAMP, List.of("Leyweg", "Loevesteinlaan", "Melis Stokelaan", "Dedemsvaartweg", "Meppelweg",
                    "Zuiderparklaan", "Hengelolaan"),
            Wijk.LAAK, List.of("Hoefkade", "Laakweg", "Rijswijkseweg", "Laakkade", "Neptunusstraat", "Slicherstraat"),
            Wijk.LOOSDUINEN, List.of("Loosduinse Hoofdstraat", "Kijkduinsestraat", "Ockenburghstraat", "Pisuissestraat",
                    "Margaretha van Hennebergweg"),
            Wijk.SCHEVENINGEN, List.of("Keizerstraat", "Gevers Deynootweg", "Badhuisweg", "Stevinstraat",
                    "Frederik Hendriklaan"),
            Wijk.SEGBROEK, List.of("Fahrenheitstraat", "Valkenboslaan", "Thomsonlaan", "Weimarstraat", "Sportlaan"),
            Wijk.HAAGSE_HOUT, List.of("Laan van Nieuw Oost-Indië", "Bezuidenhoutseweg", "Theresiastraat",
                    "Juliana van Stolberglaan", "Van Hogenhoucklaan"),
            Wijk.LEIDSCHENVEEN_YPENBURG, List.of("Laan van Ypenburg", "Brasserskade", "Zilverpark", "Singelpark",
                    "Veenweg"));

    record Relatie(String code, boolean familie, String bijdrage) {
    }

    private static final List<Relatie> RELATIES = List.of(
            new Relatie("mantelzorger", true, "Doet twee keer per week boodschappen en helpt met de post."),
            new Relatie("mantelzorger", true, "Kookt op zondag voor de hele week en regelt afspraken bij de huisarts."),
            new Relatie("familie", true, "Past op de kinderen als er een afspraak is."),
            new Relatie("familie", true, "Helpt met formulieren en de administratie."),
            new Relatie("buren", false, "Houdt een oogje in het zeil en heeft een reservesleutel."),
            new Relatie("buren", false, "Brengt soms eten en belt als de gordijnen dicht blijven."),
            new Relatie("vriend", false, "Gaat mee naar gesprekken bij instanties."),
            new Relatie("vriend", false, "Wandelt elke week samen; een vast aanspreekpunt."),
            new Relatie("vrijwilliger", false, "Maatje via een vrijwilligersorganisatie: samen de post en de rekeningen."),
            new Relatie("vrijwilliger", false, "Taalmaatje: oefent Nederlands en helpt met brieven."));

    static String voornaam(SplittableRandom r) {
        return VOORNAMEN.get(r.nextInt(VOORNAMEN.size()));
    }

    static String achternaam(SplittableRandom r) {
        return ACHTERNAMEN.get(r.nextInt(ACHTERNAMEN.size()));
    }

    static String voorvoegsel(String achternaam) {
        return VOORVOEGSELS.stream().filter(v -> achternaam.startsWith(v + " ")).findFirst().orElse(null);
    }

    static String zonderVoorvoegsel(String achternaam) {
        String v = voorvoegsel(achternaam);
        return v == null ? achternaam : achternaam.substring(v.length() + 1);
    }

    static String straat(SplittableRandom r, Wijk wijk) {
        List<String> straten = STRATEN.get(wijk);
        return straten.get(r.nextInt(straten.size()));
    }

    static Relatie relatie(SplittableRandom r) {
        return RELATIES.get(r.nextInt(RELATIES.size()));
    }
}

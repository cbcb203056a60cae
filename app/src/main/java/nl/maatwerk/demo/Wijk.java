package nl.maatwerk.demo;

/**
 * The eight stadsdelen of Den Haag, each with the wijkteam that serves it. The share is the rough
 * part of the city's households living there, so that generated data has a plausible spread.
 */
enum Wijk {
    CENTRUM("Centrum", "wijkteam-centrum", "Wijkteam Centrum", 2511, 2518, 0.21),
    ESCAMP("Escamp", "wijkteam-escamp", "Wijkteam Escamp", 2531, 2545, 0.22),
    LAAK("Laak", "wijkteam-laak", "Wijkteam Laak", 2521, 2526, 0.08),
    LOOSDUINEN("Loosduinen", "wijkteam-loosduinen", "Wijkteam Loosduinen", 2552, 2555, 0.09),
    SCHEVENINGEN("Scheveningen", "wijkteam-scheveningen", "Wijkteam Scheveningen", 2583, 2587, 0.11),
    SEGBROEK("Segbroek", "wijkteam-segbroek", "Wijkteam Segbroek", 2562, 2566, 0.11),
    HAAGSE_HOUT("Haagse Hout", "wijkteam-haagse-hout", "Wijkteam Haagse Hout", 2591, 2597, 0.09),
    LEIDSCHENVEEN_YPENBURG("Leidschenveen-Ypenburg", "wijkteam-leidschenveen-ypenburg", "Wijkteam Leidschenveen-Ypenburg", 2491, 2497, 0.09);

    private final String naam;
    private final String teamId;
    private final String teamNaam;
    private final int postcodeVan;
    private final int postcodeTot;
    private final double aandeel;

    Wijk(String naam, String teamId, String teamNaam, int postcodeVan, int postcodeTot, double aandeel) {
        this.naam = naam;
        this.teamId = teamId;
        this.teamNaam = teamNaam;
        this.postcodeVan = postcodeVan;
        this.postcodeTot = postcodeTot;
        this.aandeel = aandeel;
    }

    String naam() {
        return naam;
    }

    String teamId() {
        return teamId;
    }

    String teamNaam() {
        return teamNaam;
    }

    int postcodeVan() {
        return postcodeVan;
    }

    int postcodeTot() {
        return postcodeTot;
    }

    double aandeel() {
        return aandeel;
    }
}

package nl.maatwerk.thermometer;

/** One of the biggest drops between the bestuur and a lower layer, with what could be done about it. */
@org.springframework.modulith.NamedInterface("intern")
public record Kloof(String thema, String themaNaam, Dimensie dimensie, Laag laag, int bestuur, int score, int verschil,
        String actie) {
}

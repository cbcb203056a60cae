package nl.maatwerk.thermometer;

import java.util.List;
import java.util.Map;

/**
 * The results of one round, ready to show: every score is already suppressed where the group is
 * too small, so no page or export can show more than this.
 */
public record Uitslag(List<Thema> themas, List<Laag> lagen, Map<Laag, Integer> respondenten,
        Map<String, Waarde> cellen, Map<String, Waarde> themascores, List<Verlies> verliezen, List<Kloof> kloven,
        List<Coderingsaandeel> coderingen) {

    static String sleutel(Laag laag, String thema, Dimensie dimensie) {
        return laag.code() + "|" + thema + "|" + (dimensie == null ? "" : dimensie.code());
    }

    /** The score of a layer on one dimension of a theme. */
    public Waarde cel(Laag laag, String thema, Dimensie dimensie) {
        return cellen.getOrDefault(sleutel(laag, thema, dimensie), new Waarde(null, 0));
    }

    /** The score of a layer on a whole theme (all its statements together). */
    public Waarde thema(Laag laag, String thema) {
        return themascores.getOrDefault(sleutel(laag, thema, null), new Waarde(null, 0));
    }

    public int respondenten(Laag laag) {
        return respondenten.getOrDefault(laag, 0);
    }

    public int totaalRespondenten() {
        return respondenten.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<Dimensie> dimensies() {
        return List.of(Dimensie.values());
    }
}

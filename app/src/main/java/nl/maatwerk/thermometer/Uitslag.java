package nl.maatwerk.thermometer;

import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;

/**
 * The results of one round, ready to show: every score is already suppressed where the group is
 * too small, so no page or export can show more than this.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Uitslag(List<Thema> themas, List<Laag> lagen, Map<Laag, Integer> respondenten,
        Map<String, Waarde> cellen, Map<String, Waarde> themascores, List<Verlies> verliezen, List<Kloof> kloven,
        List<Coderingsaandeel> coderingen) {

    static String sleutel(Laag laag, String thema, Dimensie dimensie) {
        return laag.code() + "|" + thema + "|" + (dimensie == null ? "" : dimensie.code());
    }

    /** The score of a layer on one dimension of a theme. */
    public Waarde cel(Laag laag, String thema, Dimensie dimensie) {
        return cellen.getOrDefault(sleutel(laag, thema, dimensie), leeg(laag));
    }

    /** The score of a layer on a whole theme (all its statements together). */
    public Waarde thema(Laag laag, String thema) {
        return themascores.getOrDefault(sleutel(laag, thema, null), leeg(laag));
    }

    /**
     * A group in which nobody gave a score. Zero is no group rather than a small one, unless the
     * layer itself is small: then "nobody" says something about each of its few people (all three of
     * a bestuur answered "weet ik niet"), so it is hidden like every other number of that layer.
     */
    private Waarde leeg(Laag laag) {
        int n = respondenten(laag);
        return new Waarde(null, KleineGroep.isKlein(n) ? n : 0);
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

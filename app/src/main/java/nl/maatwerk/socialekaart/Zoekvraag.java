package nl.maatwerk.socialekaart;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.maatwerk.toegang.Levensdomein;

/**
 * A search on the sociale kaart: the resident's own words, a life domain, a wijk and whether it must be free. Each
 * part is optional. Words find a service through the synonym list (a life domain it is filed under) or because every
 * word occurs in its name, description, organisation or conditions. A wijk keeps the services in that wijk and those
 * for the whole city.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Zoekvraag(String q, Levensdomein levensdomein, String wijk, Kosten kosten) {

    public static final Zoekvraag ALLES = new Zoekvraag(null, null, null, null);

    /** The services that fit, best first: most words found, then general and informal offers, then by name. */
    List<Dienst> toepassen(List<Catalogus.Item> items) {
        List<String> woorden = Synoniemen.woorden(q);
        Set<Levensdomein> uitWoorden = Synoniemen.domeinen(q);
        String w = wijk == null || wijk.isBlank() ? null : wijk.strip().toLowerCase(Locale.ROOT);
        record Treffer(Dienst dienst, int score) {
        }
        return items.stream()
                .filter(i -> levensdomein == null || i.dienst().voorwaarden().levensdomeinen().contains(levensdomein))
                .filter(i -> kosten == null || i.dienst().kosten() == kosten)
                .filter(i -> w == null || i.dienst().locatie().heleStad() || i.dienst().locatie().wijk().toLowerCase(Locale.ROOT).equals(w))
                .map(i -> new Treffer(i.dienst(), score(i, woorden, uitWoorden)))
                .filter(t -> t.score() >= 0)
                // Stable on the catalogue's name order, so equal hits stay alphabetical without comparing names.
                .sorted(Comparator.comparingInt((Treffer t) -> -t.score()).thenComparingInt(t -> t.dienst().voorliggend() ? 0 : 1))
                .map(Treffer::dienst)
                .toList();
    }

    /** -1 when the words do not find the service; otherwise higher is a better hit. */
    private static int score(Catalogus.Item item, List<String> woorden, Set<Levensdomein> uitWoorden) {
        if (woorden.isEmpty()) {
            return 0;
        }
        // Loops, not streams: this runs for every service on every search, and two small streams per service were
        // the largest part of the search's time over HTTP (docs/performance.md).
        int gevonden = 0;
        for (String woord : woorden) {
            if (item.tekst().contains(woord)) {
                gevonden++;
            }
        }
        boolean domein = false;
        for (Levensdomein l : item.dienst().voorwaarden().levensdomeinen()) {
            domein |= uitWoorden.contains(l);
        }
        if (gevonden == woorden.size()) {
            return 10 + gevonden + (domein ? 5 : 0);
        }
        return domein ? 1 + gevonden : -1;
    }
}

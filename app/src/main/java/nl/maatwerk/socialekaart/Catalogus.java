package nl.maatwerk.socialekaart;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.maatwerk.toegang.Levensdomein;

/**
 * All services at one moment, held in memory for search and matching: the whole offer of a city is a few thousand
 * rows, so filtering in Java is faster than a query per search and needs no full-text index. Built again when the
 * stored offer changed (see {@link Aanbod#catalogus()}).
 */
record Catalogus(List<Item> items, Map<Levensdomein, List<Dienst>> perDomein, List<String> wijken) {

    /** A service with its text flattened for word search (lower case, no accents). */
    record Item(Dienst dienst, String tekst) {
    }

    static Catalogus van(List<Dienst> alle) {
        // Sorted by name once, so a search can order by score alone with a stable sort.
        List<Dienst> diensten = alle.stream().sorted(java.util.Comparator.comparing(Dienst::naam, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Item> items = diensten.stream().map(d -> new Item(d, String.join(" ", Synoniemen.woorden(String.join(" ", d.naam(),
                d.beschrijving(), d.organisatie().naam(), d.voorwaarden().tekst(), d.locatie().wijk()))))).toList();
        Map<Levensdomein, List<Dienst>> perDomein = new EnumMap<>(Levensdomein.class);
        for (Levensdomein l : Levensdomein.values()) {
            perDomein.put(l, diensten.stream().filter(d -> d.voorwaarden().levensdomeinen().contains(l)).collect(Collectors.toList()));
        }
        // Once per build instead of once per search page: with 10,000 services this was a tenth of the page's time.
        List<String> wijken = diensten.stream().map(d -> d.locatie().wijk()).filter(w -> !w.isBlank()).distinct().sorted().toList();
        return new Catalogus(items, perDomein, wijken);
    }

    List<Dienst> diensten() {
        return items.stream().map(Item::dienst).toList();
    }
}

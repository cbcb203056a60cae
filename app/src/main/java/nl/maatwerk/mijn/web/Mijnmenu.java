package nl.maatwerk.mijn.web;

import java.util.List;
import java.util.Set;

/**
 * The resident area's menu: one line per item. An item shows only once a page answers GET on its path, so a part
 * built later (Mijn plan, Berichten, Wie keek in mijn gegevens, Toestemmingen) appears without touching this list.
 */
final class Mijnmenu {

    record Item(String tekst, String pad) {
    }

    /** As the layout shows it: {@code huidig} is the value of aria-current or null. */
    record Link(String tekst, String pad, String huidig) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("Overzicht", "/mijn"),
            new Item("Mijn aanvragen", "/mijn/aanvragen"),
            new Item("Besluiten en brieven", "/mijn/besluiten"),
            new Item("Mijn plan", "/mijn/plan"),
            new Item("Berichten", "/mijn/berichten"),
            new Item("Hulp vragen", "/mijn/hulp"),
            new Item("Vragenlijst", "/mijn/vragenlijst"),
            new Item("Wie keek in mijn gegevens", "/mijn/inzagen"),
            new Item("Toestemmingen", "/mijn/toestemmingen"),
            new Item("Contact", "/mijn/contact"));

    private Mijnmenu() {
    }

    /** The items whose page exists, with the one of {@code pad} (or its parent) marked. */
    static List<Link> voor(String pad, Set<String> bestaandePaden) {
        Item huidig = ITEMS.stream().filter(i -> pad.equals(i.pad()) || (!i.pad().equals("/mijn") && pad.startsWith(i.pad() + "/")))
                .findFirst().orElse(null);
        return ITEMS.stream().filter(i -> bestaandePaden.contains(i.pad()))
                .map(i -> new Link(i.tekst(), i.pad(), i != huidig ? null : i.pad().equals(pad) ? "page" : "true")).toList();
    }
}

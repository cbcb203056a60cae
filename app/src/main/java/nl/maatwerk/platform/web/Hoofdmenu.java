package nl.maatwerk.platform.web;

import static nl.maatwerk.platform.Rol.AUDITOR;
import static nl.maatwerk.platform.Rol.BEHEERDER;
import static nl.maatwerk.platform.Rol.BELEID;
import static nl.maatwerk.platform.Rol.CONSULENT;
import static nl.maatwerk.platform.Rol.INWONER;
import static nl.maatwerk.platform.Rol.REGISSEUR;
import static nl.maatwerk.platform.Rol.TEAMLEIDER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import nl.maatwerk.platform.Rol;

/**
 * The main menu: one list of items, each with its group and the roles that see it. A new page gets
 * its menu entry by adding one line to {@link #ITEMS}; a count beside it (a badge) names a
 * {@link nl.maatwerk.platform.Menuteller} bean by its key. The layout (fragmenten/pagina.html)
 * shows the groups in this order, and marks the item of the page being shown.
 */
final class Hoofdmenu {

    /** The groups, in the order the menu shows them. {@code null} as heading: the first links without a heading. */
    enum Groep {
        START(null), WERK("Werk"), TEAM("Team"), BELEID("Beleid en verantwoording"), BEHEER("Beheer"), MIJN("Mijn zaken");

        private final String kop;

        Groep(String kop) {
            this.kop = kop;
        }
    }

    /** {@code tellerTekst}: what the count means, for screen readers after the number ("3 wachten"). */
    record Item(Groep groep, String tekst, String pad, Set<Rol> rollen, String teller, String tellerTekst) {

        Item(Groep groep, String tekst, String pad, Set<Rol> rollen, String teller) {
            this(groep, tekst, pad, rollen, teller, "wachten");
        }
    }

    private static final Set<Rol> PROFESSIONALS = EnumSet.of(CONSULENT, REGISSEUR, TEAMLEIDER);
    private static final Set<Rol> IEDEREEN = EnumSet.allOf(Rol.class);

    static final List<Item> ITEMS = List.of(
            new Item(Groep.START, "Start", "/", IEDEREEN, null),
            new Item(Groep.WERK, "Mijn werkvoorraad", "/werkvoorraad", PROFESSIONALS, null),
            new Item(Groep.WERK, "Taken", "/taken", PROFESSIONALS, "taken-te-doen", "vandaag of eerder te doen"),
            new Item(Groep.WERK, "Werkvoorraad team", "/werkvoorraad/team", PROFESSIONALS, null),
            new Item(Groep.WERK, "Signalen", "/vroegsignalen", PROFESSIONALS, null),
            new Item(Groep.WERK, "Inwoner zoeken", "/zoeken", PROFESSIONALS, null),
            new Item(Groep.WERK, "Huishoudens", "/huishoudens", PROFESSIONALS, null),
            new Item(Groep.WERK, "Nieuwe inwoner", "/inwoners/nieuw", PROFESSIONALS, null),
            new Item(Groep.WERK, "Wat houdt iemand over?", "/berekeningen/bestaanszekerheid", PROFESSIONALS, null),
            new Item(Groep.WERK, "Sociale kaart", "/sociale-kaart", PROFESSIONALS, null),
            // The team lead's menu is full (17 links, HoofdmenuTest); they reach their knelpunten from the start page,
            // where policy's answers to them stand with the links "Mijn knelpunten" and "Meld een knelpunt".
            new Item(Groep.WERK, "Mijn knelpunten", "/knelpunten", EnumSet.of(CONSULENT, REGISSEUR), null),
            new Item(Groep.TEAM, "Besluiten ter goedkeuring", "/team/besluiten", EnumSet.of(TEAMLEIDER), "besluiten-ter-goedkeuring"),
            new Item(Groep.TEAM, "Doorbraken in mijn team", "/team/doorbraken", EnumSet.of(TEAMLEIDER), null),
            new Item(Groep.TEAM, "Cijfers van het team", "/team/cijfers", EnumSet.of(TEAMLEIDER), null),
            new Item(Groep.BELEID, "Thermometer", "/thermometer", EnumSet.of(TEAMLEIDER, BELEID), null),
            new Item(Groep.BELEID, "Stem van de inwoner", "/waardering", EnumSet.of(TEAMLEIDER, BELEID), null),
            new Item(Groep.BELEID, "Signalen in cijfers", "/vroegsignalen/overzicht", EnumSet.of(BELEID), null),
            new Item(Groep.BELEID, "Eerlijkheid van de volgorde", "/eerlijkheid", EnumSet.of(TEAMLEIDER, BELEID), null),
            new Item(Groep.BELEID, "Register van afwijkingen", "/afwijkingen", EnumSet.of(TEAMLEIDER, BELEID), null),
            new Item(Groep.BELEID, "Beleidsdossiers", "/beleidsdossiers", EnumSet.of(BELEID), null),
            new Item(Groep.BELEID, "Wat houdt iemand over?", "/berekeningen/bestaanszekerheid", EnumSet.of(BELEID), null),
            new Item(Groep.BELEID, "Regelparameters", "/regelparameters", EnumSet.of(BELEID), null),
            new Item(Groep.BELEID, "Wat als?", "/wat-als", EnumSet.of(BELEID), null),
            new Item(Groep.BELEID, "Wat komt eraan", "/samenhang", EnumSet.of(BELEID), null),
            new Item(Groep.BELEID, "Logboek", "/logboek", EnumSet.of(AUDITOR), null),
            new Item(Groep.BEHEER, "Regelparameters", "/regelparameters", EnumSet.of(BEHEERDER), null),
            new Item(Groep.BEHEER, "Voorstellen regelparameters", "/regelparameters/voorstellen", EnumSet.of(BEHEERDER), null),
            new Item(Groep.BEHEER, "Sociale kaart beheren", "/sociale-kaart/beheer", EnumSet.of(BEHEERDER), null),
            new Item(Groep.BEHEER, "Wat komt eraan", "/samenhang", EnumSet.of(BEHEERDER), null),
            new Item(Groep.MIJN, "Mijn Maatwerk", "/mijn", EnumSet.of(INWONER), null));

    /** A link as the layout shows it: {@code huidig} is the value of aria-current ("page", "true") or null. */
    record Link(String tekst, String pad, String huidig, long aantal, String tellerTekst) {
    }

    /** A group of links; {@code id} for aria-labelledby. */
    record Menugroep(String kop, String id, List<Link> links) {
    }

    private Hoofdmenu() {
    }

    /**
     * The menu of a role on the page at {@code pad} (without the context path). The page's own item
     * is "page"; an item whose page is a parent of this one (a household under Huishoudens) is "true".
     * The longest matching path wins, so the team queue does not also mark "Mijn werkvoorraad".
     * {@code teller} is asked only for the items shown, with their key.
     */
    static List<Menugroep> voor(Rol rol, String pad, ToLongFunction<String> teller) {
        List<Item> zichtbaar = ITEMS.stream().filter(i -> i.rollen().contains(rol)).toList();
        Optional<Item> huidig = zichtbaar.stream().filter(i -> past(i.pad(), pad))
                .max(Comparator.comparingInt(i -> i.pad().length()));
        Map<Groep, List<Link>> perGroep = new LinkedHashMap<>();
        for (Groep g : Groep.values()) {
            perGroep.put(g, new ArrayList<>());
        }
        for (Item i : zichtbaar) {
            String aria = huidig.filter(h -> h == i).map(h -> h.pad().equals(pad) ? "page" : "true").orElse(null);
            long aantal = i.teller() == null ? 0 : teller.applyAsLong(i.teller());
            perGroep.get(i.groep()).add(new Link(i.tekst(), i.pad(), aria, aantal, i.tellerTekst()));
        }
        return perGroep.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Menugroep(e.getKey().kop, "menu-" + e.getKey().name().toLowerCase(java.util.Locale.ROOT), List.copyOf(e.getValue())))
                .toList();
    }

    private static boolean past(String itemPad, String pad) {
        return itemPad.equals(pad) || (!itemPad.equals("/") && pad.startsWith(itemPad + "/"));
    }
}

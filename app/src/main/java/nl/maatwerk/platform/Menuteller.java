package nl.maatwerk.platform;

/**
 * A count beside an item of the main menu, such as the approvals waiting for a team lead. A module
 * offers one as a bean; the menu names it by {@link #sleutel()} (platform/web/Hoofdmenu). It runs on
 * every page that shows the item, so it is one cheap query, and it returns a number only: no
 * personal data, so nothing to log.
 */
public interface Menuteller {

    /** The name the menu item refers to, for example {@code besluiten-ter-goedkeuring}. */
    String sleutel();

    /** How many there are for this user now; 0 shows no badge. */
    long aantal(Gebruiker gebruiker);
}

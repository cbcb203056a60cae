package nl.maatwerk.inwoner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The tabs of a professional's household page (issue 15). The page was one column of 4,500 to 7,300 px; now it
 * shows one tab at a time, chosen with {@code ?tab=} in the link, so it works without JavaScript and a tab can be
 * bookmarked. Each contributed part says on which tab it belongs ({@link HuishoudenOnderdeel#tabblad()}).
 */
public enum Tabblad {
    OVERZICHT("Overzicht"),
    PLAN("Plan en ZRM"),
    BESLUITEN("Besluiten en geld"),
    SIGNALEN("Signalen en veiligheid"),
    NETWERK("Netwerk"),
    DOSSIER("Notities en documenten"),
    GESCHIEDENIS("Geschiedenis");

    private final String naam;

    Tabblad(String naam) {
        this.naam = naam;
    }

    /** The tab's text in the navigation. */
    public String naam() {
        return naam;
    }

    /** The value of {@code ?tab=}, e.g. {@code plan}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tab a {@code ?tab=} value names; empty for none or one that does not exist. */
    public static Optional<Tabblad> van(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(t -> t.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}

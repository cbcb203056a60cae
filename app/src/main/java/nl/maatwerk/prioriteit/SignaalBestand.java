package nl.maatwerk.prioriteit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch of early debt signals from CSV (comma or semicolon, with a header) or JSON (an array
 * of objects, or an object with {@code signalen}) into raw rows, each with its line (CSV) or its
 * position (JSON, from 1). Checking the values is {@link SignaalControle}'s work.
 */
final class SignaalBestand {

    /** One row as text, by field name. */
    record Regel(int nummer, Map<String, String> velden) {

        String veld(String naam) {
            String w = velden.get(naam);
            return w == null || w.isBlank() ? null : w.strip();
        }
    }

    /** The rows, or the reason the whole file could not be read. */
    record Inhoud(List<Regel> regels, String fout) {
    }

    static final List<String> VELDEN = List.of("schuldeiserType", "schuldeiser", "bsn", "straat", "postcode", "huisnummer", "toevoeging",
            "bedrag", "maanden", "datum");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SignaalBestand() {
    }

    static Inhoud lees(String tekst, String formaat) {
        if (tekst == null || tekst.isBlank()) {
            return new Inhoud(List.of(), "Het bestand is leeg.");
        }
        return "json".equals(formaat) ? json(tekst) : csv(tekst);
    }

    /** The field name for a header or JSON key: case, spaces, underscores and dashes do not matter. */
    static String veldnaam(String kop) {
        String k = kop.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "").replace("\uFEFF", "");
        for (String v : VELDEN) {
            if (v.toLowerCase(Locale.ROOT).equals(k)) {
                return v;
            }
        }
        return switch (k) {
            case "type", "soort" -> "schuldeiserType";
            case "burgerservicenummer" -> "bsn";
            case "achterstand", "bedragachterstand" -> "bedrag";
            case "maandenachterstand" -> "maanden";
            case "signaaldatum" -> "datum";
            case "huisnummertoevoeging" -> "toevoeging";
            default -> null;
        };
    }

    private static Inhoud csv(String tekst) {
        String[] lijnen = tekst.split("\r?\n", -1);
        String kop = lijnen[0];
        char scheiding = kop.chars().filter(c -> c == ';').count() > kop.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<String> koppen = splits(kop, scheiding);
        List<String> namen = new ArrayList<>();
        List<String> onbekend = new ArrayList<>();
        for (String k : koppen) {
            String n = veldnaam(k);
            namen.add(n);
            if (n == null && !k.isBlank()) {
                onbekend.add(k.strip());
            }
        }
        if (!namen.contains("bedrag") || !namen.contains("schuldeiser")) {
            return new Inhoud(List.of(), "De eerste regel moet de kolomnamen hebben, met ten minste schuldeiser en bedrag"
                    + (onbekend.isEmpty() ? "." : "; onbekend: " + String.join(", ", onbekend) + "."));
        }
        List<Regel> regels = new ArrayList<>();
        for (int i = 1; i < lijnen.length; i++) {
            if (lijnen[i].isBlank()) {
                continue;
            }
            List<String> waarden = splits(lijnen[i], scheiding);
            Map<String, String> velden = new HashMap<>();
            for (int k = 0; k < namen.size() && k < waarden.size(); k++) {
                if (namen.get(k) != null) {
                    velden.put(namen.get(k), waarden.get(k));
                }
            }
            if (waarden.size() != koppen.size()) {
                velden.put("_fout", "Deze regel heeft " + waarden.size() + " kolommen, de kop " + koppen.size() + ".");
            }
            if (velden.get("bedrag") != null) {
                String bedrag = velden.get("bedrag").strip();
                String fout = bedragFout(bedrag);
                if (fout != null) {
                    velden.put(BEDRAG_FOUT, fout);
                } else {
                    velden.put("bedrag", bedrag(bedrag));
                }
            }
            regels.add(new Regel(i + 1, velden));
        }
        return new Inhoud(regels, null);
    }

    /** The key under which a row carries why its amount could not be read. */
    static final String BEDRAG_FOUT = "_bedragfout";

    private static final Pattern NEDERLANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})*,\\d+");
    private static final Pattern DUBBELZINNIG = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");

    /**
     * Why a CSV amount cannot be read safely, or null. A dot is a thousands separator only next to a
     * decimal comma ("1.845,50"); on its own it is a decimal point ("412.50"). One dot followed by
     * exactly three digits ("1.845") could be either, and guessing wrong is a factor 1000: we ask.
     */
    static String bedragFout(String bedrag) {
        String b = bedrag.replace("\u20ac", "").strip();
        if (b.contains(",") && b.contains(".") && !NEDERLANDS.matcher(b).matches()) {
            return "Het bedrag \u201c" + bedrag + "\u201d is niet te lezen: schrijf het zoals 1.845,50 of 1845.50.";
        }
        if (!b.contains(",") && DUBBELZINNIG.matcher(b).matches()) {
            return "Het bedrag \u201c" + bedrag + "\u201d is niet eenduidig: staat de punt voor de centen of tussen de duizendtallen? "
                    + "Schrijf het bedrag met twee cijfers achter de komma, zoals " + b + ",00 of " + b.replace(".", "") + ".00.";
        }
        return null;
    }

    /** A CSV amount with a decimal point: a Dutch "1.845,50" becomes "1845.50", "412,50" becomes "412.50"; anything else stays. */
    static String bedrag(String bedrag) {
        return bedrag.contains(",") ? bedrag.replace(".", "").replace(',', '.') : bedrag;
    }

    /** Splits one CSV line; a field in double quotes may hold the separator and "" for a quote. */
    static List<String> splits(String lijn, char scheiding) {
        List<String> uit = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < lijn.length(); i++) {
            char c = lijn.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < lijn.length() && lijn.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == scheiding) {
                uit.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        uit.add(veld.toString());
        return uit;
    }

    private static Inhoud json(String tekst) {
        JsonNode wortel;
        try {
            wortel = JSON.readTree(tekst);
        } catch (StreamConstraintsException e) {
            // Nested deeper than the parser follows (or too big): refused before it can fill the stack.
            return new Inhoud(List.of(), "Het bestand is te diep genest of te groot om te lezen. Stuur een lijst van signalen, "
                    + "elk een object met velden.");
        } catch (JacksonException e) {
            return new Inhoud(List.of(), "Het bestand is geen geldige JSON"
                    + (e.getLocation() == null ? "." : " (regel " + e.getLocation().getLineNr() + ")."));
        }
        JsonNode lijst = wortel.isArray() ? wortel : wortel.get("signalen");
        if (lijst == null || !lijst.isArray()) {
            return new Inhoud(List.of(), "Verwacht een lijst van signalen, of een object met \"signalen\".");
        }
        List<Regel> regels = new ArrayList<>();
        int nummer = 0;
        for (JsonNode n : lijst) {
            nummer++;
            Map<String, String> velden = new HashMap<>();
            if (!n.isObject()) {
                velden.put("_fout", "Dit signaal is geen object met velden.");
            } else {
                for (var e : n.properties()) {
                    String naam = veldnaam(e.getKey());
                    if (naam != null && !e.getValue().isNull()) {
                        velden.put(naam, e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString());
                    }
                }
            }
            regels.add(new Regel(nummer, velden));
        }
        return new Inhoud(regels, null);
    }
}

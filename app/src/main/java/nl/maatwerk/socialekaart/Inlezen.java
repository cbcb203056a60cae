package nl.maatwerk.socialekaart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.toegang.Levensdomein;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing the offer as CSV (one service per line, the columns of {@link #KOLOMMEN}) or as HSDS 3 JSON (a list of
 * service objects, or the HSDS API's page with {@code contents}). Every line is checked on its own: correct lines
 * are stored, every wrong one is named with what is wrong in Dutch. The external id ({@code id}) makes a second
 * import of the same file change nothing; the same id twice in one file is an error on the second line.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Inlezen {

    /** The CSV header, HSDS field names where HSDS has one. */
    public static final List<String> KOLOMMEN = List.of("id", "organization_id", "organization_name", "name", "description", "soort",
            "levensdomeinen", "minimum_age", "maximum_age", "huishoudtypen", "inkomensgrens_procent", "eligibility_description", "kosten",
            "amount", "fees_description", "openingstijden", "transportation", "phone", "email", "url", "location_name", "address_1",
            "postal_code", "city", "wijk", "assured_date", "capaciteit", "vrije_plaatsen", "wachttijd_weken");

    static final int MAX_REGELS = 20_000;

    private final Aanbod aanbod;
    private final JsonMapper json = JsonMapper.builder().build();

    Inlezen(Aanbod aanbod) {
        this.aanbod = aanbod;
    }

    /** What an import did: how many services were added or changed, and the lines that were not read, with why. */
    public record Verslag(Aanbod.Resultaat resultaat, List<String> fouten) {
    }

    public Verslag csv(String tekst) {
        List<List<String>> regels = Csv.lees(tekst);
        if (regels.isEmpty()) {
            return new Verslag(new Aanbod.Resultaat(0, 0, 0), List.of("Het bestand is leeg."));
        }
        List<String> kop = regels.getFirst().stream().map(k -> k.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> ontbreekt = KOLOMMEN.stream().filter(k -> List.of("id", "organization_id", "organization_name", "name", "soort",
                "levensdomeinen", "kosten", "assured_date").contains(k) && !kop.contains(k)).toList();
        if (!ontbreekt.isEmpty()) {
            return new Verslag(new Aanbod.Resultaat(0, 0, 0), List.of("Regel 1: de kolom " + String.join(", ", ontbreekt)
                    + " ontbreekt. De eerste regel noemt de kolommen: " + String.join(",", KOLOMMEN) + "."));
        }
        List<Map.Entry<String, Map<String, String>>> rijen = new ArrayList<>();
        for (int i = 1; i < regels.size(); i++) {
            List<String> r = regels.get(i);
            if (r.size() == 1 && r.getFirst().isBlank()) {
                continue;
            }
            Map<String, String> v = new HashMap<>();
            for (int k = 0; k < kop.size() && k < r.size(); k++) {
                v.put(kop.get(k), r.get(k).strip());
            }
            if (r.size() != kop.size()) {
                v.put("_aantal", r.size() + " in plaats van " + kop.size());
            }
            rijen.add(Map.entry("Regel " + (i + 1), v));
        }
        return verwerk(rijen);
    }

    public Verslag json(String tekst) {
        JsonNode wortel;
        try {
            wortel = json.readTree(tekst);
        } catch (JacksonException e) {
            return new Verslag(new Aanbod.Resultaat(0, 0, 0), List.of("Het bestand is geen geldige JSON (regel "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")."));
        }
        JsonNode lijst = wortel != null && wortel.isObject() ? wortel.path("contents") : wortel;
        if (lijst == null || !lijst.isArray()) {
            return new Verslag(new Aanbod.Resultaat(0, 0, 0),
                    List.of("Verwacht een lijst van HSDS-diensten, of een pagina met de lijst in \"contents\"."));
        }
        List<Map.Entry<String, Map<String, String>>> rijen = new ArrayList<>();
        int i = 0;
        for (JsonNode s : lijst) {
            i++;
            rijen.add(Map.entry("Dienst " + i, s.isObject() ? Hsds.velden(s) : Map.of("_geen_object", "")));
        }
        return verwerk(rijen);
    }

    private Verslag verwerk(List<Map.Entry<String, Map<String, String>>> rijen) {
        if (rijen.size() > MAX_REGELS) {
            return new Verslag(new Aanbod.Resultaat(0, 0, 0), List.of("Het bestand heeft meer dan " + MAX_REGELS
                    + " diensten. Splits het in kleinere bestanden."));
        }
        List<String> fouten = new ArrayList<>();
        Map<String, String> gezien = new HashMap<>();
        Map<String, Dienst> goed = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> rij : rijen) {
            List<String> hier = new ArrayList<>();
            Dienst d = dienst(rij.getValue(), hier);
            if (d != null && gezien.containsKey(d.externId())) {
                hier.add("de id " + d.externId() + " staat ook op " + gezien.get(d.externId()).toLowerCase(java.util.Locale.ROOT)
                        + "; elke dienst heeft een eigen id");
            }
            if (hier.isEmpty()) {
                gezien.put(d.externId(), rij.getKey());
                goed.put(d.externId(), d);
            } else {
                fouten.add(rij.getKey() + ": " + String.join("; ", hier) + ".");
            }
        }
        Aanbod.Resultaat r = goed.isEmpty() ? new Aanbod.Resultaat(0, 0, 0) : aanbod.bewaar(List.copyOf(goed.values()));
        return new Verslag(r, fouten);
    }

    /** One service from its fields, or null with the reasons added to {@code fouten}. */
    static Dienst dienst(Map<String, String> v, List<String> fouten) {
        if (v.containsKey("_geen_object")) {
            fouten.add("dit is geen dienst (een JSON-object)");
            return null;
        }
        if (v.containsKey("_aantal")) {
            fouten.add("het aantal kolommen klopt niet (" + v.get("_aantal") + ")");
            return null;
        }
        String id = verplicht(v, "id", "de id ontbreekt", fouten);
        String orgId = verplicht(v, "organization_id", "de id van de organisatie ontbreekt", fouten);
        String orgNaam = verplicht(v, "organization_name", "de naam van de organisatie ontbreekt", fouten);
        String naam = verplicht(v, "name", "de naam van de dienst ontbreekt", fouten);
        lengte(fouten, "de id", id, 200);
        lengte(fouten, "de id van de organisatie", orgId, 200);
        lengte(fouten, "de naam van de organisatie", orgNaam, 200);
        lengte(fouten, "de naam", naam, 200);
        Soort soort = keuze(Soort.class, v.get("soort"), "soort", fouten, true);
        EnumSet<Levensdomein> domeinen = EnumSet.noneOf(Levensdomein.class);
        for (String c : lijst(v.get("levensdomeinen"))) {
            Levensdomein l = keuze(Levensdomein.class, c, "levensdomein", fouten, true);
            if (l != null) {
                domeinen.add(l);
            }
        }
        if (domeinen.isEmpty() && lijst(v.get("levensdomeinen")).isEmpty()) {
            fouten.add("noem ten minste één levensdomein (bijvoorbeeld financien)");
        }
        EnumSet<Huishoudtype> typen = EnumSet.noneOf(Huishoudtype.class);
        for (String c : lijst(v.get("huishoudtypen"))) {
            Huishoudtype h = keuze(Huishoudtype.class, c, "soort huishouden", fouten, true);
            if (h != null) {
                typen.add(h);
            }
        }
        Integer van = getal(v.get("minimum_age"), "de minimumleeftijd", 0, 120, fouten);
        Integer tot = getal(v.get("maximum_age"), "de maximumleeftijd", 0, 120, fouten);
        if (van != null && tot != null && van > tot) {
            fouten.add("de minimumleeftijd is hoger dan de maximumleeftijd");
        }
        Integer inkomen = getal(v.get("inkomensgrens_procent"), "de inkomensgrens", 1, 1000, fouten);
        Kosten kosten = keuze(Kosten.class, v.get("kosten"), "soort kosten", fouten, true);
        BigDecimal bedrag = null;
        String b = v.getOrDefault("amount", "");
        if (!b.isBlank()) {
            try {
                bedrag = new BigDecimal(b.replace(',', '.'));
                if (bedrag.signum() < 0 || bedrag.precision() - bedrag.scale() > 8 || bedrag.scale() > 2) {
                    fouten.add("het bedrag \"" + b + "\" is geen bedrag in euro met hoogstens twee cijfers achter de komma");
                    bedrag = null;
                }
            } catch (NumberFormatException e) {
                fouten.add("het bedrag \"" + b + "\" is geen getal");
            }
        }
        LocalDate gecontroleerd = null;
        String datum = v.getOrDefault("assured_date", "");
        if (datum.isBlank()) {
            fouten.add("de datum van de laatste controle (assured_date) ontbreekt");
        } else {
            try {
                gecontroleerd = LocalDate.parse(datum);
            } catch (DateTimeParseException e) {
                fouten.add("de datum \"" + datum + "\" is geen datum als 2026-03-01");
            }
        }
        Integer capaciteit = getal(v.get("capaciteit"), "de capaciteit", 0, 1_000_000, fouten);
        Integer vrij = getal(v.get("vrije_plaatsen"), "het aantal vrije plaatsen", 0, 1_000_000, fouten);
        Integer wacht = getal(v.get("wachttijd_weken"), "de wachttijd in weken", 0, 520, fouten);
        for (Map.Entry<String, String> e : v.entrySet()) {
            if (e.getValue() != null && (e.getValue().indexOf('\0') >= 0 || e.getValue().length() > 5000)) {
                fouten.add("het veld " + e.getKey() + " is te lang of bevat tekens die niet zijn toegestaan");
            }
        }
        if (!fouten.isEmpty()) {
            return null;
        }
        return new Dienst(null, id, new Dienst.Organisatie(null, orgId, orgNaam,
                v.getOrDefault("organization_description", ""), leegNull(v.get("organization_url")), leegNull(v.get("organization_email")),
                leegNull(v.get("organization_phone"))), naam,
                v.getOrDefault("description", ""), soort, new Dienst.Voorwaarden(domeinen, van, tot, typen, inkomen,
                        v.getOrDefault("eligibility_description", "")), kosten, bedrag, v.getOrDefault("fees_description", ""),
                v.getOrDefault("openingstijden", ""), v.getOrDefault("transportation", ""), leegNull(v.get("phone")),
                leegNull(v.get("email")), leegNull(v.get("url")), new Dienst.Locatie(v.getOrDefault("location_name", ""),
                        v.getOrDefault("address_1", ""), v.getOrDefault("postal_code", ""), v.getOrDefault("city", ""),
                        v.getOrDefault("wijk", "")), gecontroleerd, capaciteit, vrij, wacht, 1);
    }

    private static String verplicht(Map<String, String> v, String veld, String melding, List<String> fouten) {
        String w = v.get(veld);
        if (w == null || w.isBlank()) {
            fouten.add(melding);
            return null;
        }
        return w.strip();
    }

    private static void lengte(List<String> fouten, String wat, String w, int max) {
        if (w != null && w.length() > max) {
            fouten.add(wat + " is langer dan " + max + " tekens");
        }
    }

    private static List<String> lijst(String w) {
        if (w == null || w.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(w.split("[|;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E> & Keuze> E keuze(Class<E> type, String code, String wat, List<String> fouten, boolean verplicht) {
        if (code == null || code.isBlank()) {
            if (verplicht) {
                fouten.add("de " + wat + " ontbreekt");
            }
            return null;
        }
        try {
            return Keuze.vanCode(type, code.strip(), "Onbekend");
        } catch (RuntimeException e) {
            String kan = java.util.Arrays.stream(type.getEnumConstants()).map(Keuze::code).collect(java.util.stream.Collectors.joining(", "));
            fouten.add("onbekende " + wat + " \"" + code.strip() + "\" (kies uit: " + kan + ")");
            return null;
        }
    }

    private static Integer getal(String w, String wat, int min, int max, List<String> fouten) {
        if (w == null || w.isBlank()) {
            return null;
        }
        try {
            String s = w.strip();
            int i = s.endsWith(".0") ? Integer.parseInt(s.substring(0, s.length() - 2)) : Integer.parseInt(s);
            if (i < min || i > max) {
                fouten.add(wat + " moet tussen " + min + " en " + max + " liggen");
                return null;
            }
            return i;
        } catch (NumberFormatException e) {
            fouten.add(wat + " \"" + w.strip() + "\" is geen heel getal");
            return null;
        }
    }

    private static String leegNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static UUID deterministisch(String s) {
        return UUID.nameUUIDFromBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

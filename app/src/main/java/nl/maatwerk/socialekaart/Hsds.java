package nl.maatwerk.socialekaart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.toegang.Levensdomein;
import tools.jackson.databind.JsonNode;

/**
 * The sociale kaart in the shape of Open Referral HSDS 3 (https://docs.openreferral.org/en/latest/hsds/schema_reference.html):
 * one {@code service} object per service with its {@code organization}, {@code service_at_locations} (each with its
 * {@code location} and {@code addresses}), {@code schedules}, {@code cost_options} and {@code phones}. HSDS 3 has
 * the age limits ({@code minimum_age}, {@code maximum_age}), {@code eligibility_description},
 * {@code assured_date} (when the service was last checked) and {@code wait_time}; what it has no field for (the
 * ZRM life domains, the kinds of household, the income limit, the kind of offer, the wijk, capacity) goes in
 * {@code attributes} with a {@code taxonomy_term} of a taxonomy named {@code maatwerk-…}. HSDS ids are uuids:
 * the external id is used when it is one, so an export imported elsewhere and back keeps its ids.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Hsds {

    static final String TAXONOMIE = "maatwerk-";

    private Hsds() {
    }

    /** A page as the HSDS API answers a list. */
    public static Map<String, Object> pagina(Aanbod.Pagina p) {
        List<Dienst> diensten = p.diensten();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total_items", p.paginering().totaalAantal());
        m.put("total_pages", p.paginering().aantalPaginas());
        m.put("page_number", p.paginering().pagina());
        m.put("size", diensten.size());
        m.put("first_page", p.paginering().pagina() == 1);
        m.put("last_page", p.paginering().pagina() >= p.paginering().aantalPaginas());
        m.put("empty", diensten.isEmpty());
        m.put("contents", diensten.stream().map(Hsds::service).toList());
        return m;
    }

    public static Map<String, Object> service(Dienst d) {
        String id = uuid(d.externId(), d.id());
        String orgId = uuid(d.organisatie().externId(), d.organisatie().id());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("organization_id", orgId);
        s.put("name", d.naam());
        s.put("description", d.beschrijving());
        zet(s, "url", d.website());
        zet(s, "email", d.email());
        s.put("status", "active");
        zet(s, "fees_description", d.kostenToelichting());
        if (d.wachttijdWeken() != null) {
            s.put("wait_time", d.wachttijdWeken() == 0 ? "geen wachttijd" : d.wachttijdWeken() + " weken");
        }
        zet(s, "eligibility_description", d.voorwaarden().tekst());
        if (d.voorwaarden().leeftijdVan() != null) {
            s.put("minimum_age", d.voorwaarden().leeftijdVan());
        }
        if (d.voorwaarden().leeftijdTot() != null) {
            s.put("maximum_age", d.voorwaarden().leeftijdTot());
        }
        s.put("assured_date", d.laatstGecontroleerd().toString());
        List<Map<String, Object>> telefoons = new ArrayList<>();
        if (d.telefoon() != null && !d.telefoon().isBlank()) {
            telefoons.add(Map.of("id", afgeleid(id, "telefoon"), "service_id", id, "number", d.telefoon()));
        }
        s.put("phones", telefoons);
        if (!d.openingstijden().isBlank()) {
            s.put("schedules", List.of(Map.of("id", afgeleid(id, "openingstijden"), "service_id", id, "description", d.openingstijden())));
        } else {
            s.put("schedules", List.of());
        }
        String locId = afgeleid(id, "locatie");
        Map<String, Object> locatie = new LinkedHashMap<>();
        locatie.put("id", locId);
        locatie.put("location_type", d.locatie().adres().isBlank() ? "virtual" : "physical");
        locatie.put("organization_id", orgId);
        zet(locatie, "name", d.locatie().naam());
        zet(locatie, "transportation", d.bereikbaarheid());
        if (!d.locatie().adres().isBlank()) {
            locatie.put("addresses", List.of(Map.of("id", afgeleid(id, "adres"), "location_id", locId, "address_1", d.locatie().adres(),
                    "city", d.locatie().plaats(), "state_province", "", "postal_code", d.locatie().postcode(), "country", "NL",
                    "address_type", "physical")));
        }
        s.put("service_at_locations", List.of(Map.of("id", afgeleid(id, "dienst-op-locatie"), "service_id", id, "location_id", locId,
                "location", locatie)));
        Map<String, Object> organisatie = new LinkedHashMap<>();
        organisatie.put("id", orgId);
        organisatie.put("name", d.organisatie().naam());
        organisatie.put("description", d.organisatie().beschrijving() == null ? "" : d.organisatie().beschrijving());
        zet(organisatie, "email", d.organisatie().email());
        zet(organisatie, "website", d.organisatie().website());
        if (d.organisatie().telefoon() != null && !d.organisatie().telefoon().isBlank()) {
            organisatie.put("phones", List.of(Map.of("id", afgeleid(orgId, "telefoon"), "organization_id", orgId, "number", d.organisatie().telefoon())));
        }
        s.put("organization", organisatie);
        Map<String, Object> kosten = new LinkedHashMap<>();
        kosten.put("id", afgeleid(id, "kosten"));
        kosten.put("service_id", id);
        kosten.put("option", d.kosten().code());
        kosten.put("currency", "EUR");
        kosten.put("amount", d.kosten() == Kosten.GRATIS ? java.math.BigDecimal.ZERO : d.kostenBedrag());
        kosten.put("amount_description", d.kostenTekst());
        if (kosten.get("amount") == null) {
            kosten.remove("amount");
        }
        s.put("cost_options", List.of(kosten));
        List<Map<String, Object>> kenmerken = new ArrayList<>();
        kenmerken.add(kenmerk(id, "soort", d.soort().code(), d.soort().omschrijving()));
        d.voorwaarden().levensdomeinen().stream().sorted().forEach(l -> kenmerken.add(kenmerk(id, "levensdomein", l.code(), l.omschrijving())));
        d.voorwaarden().huishoudtypen().stream().sorted().forEach(h -> kenmerken.add(kenmerk(id, "huishoudtype", h.code(), h.omschrijving())));
        if (d.voorwaarden().inkomensgrensProcent() != null) {
            kenmerken.add(kenmerk(id, "inkomensgrens-procent", String.valueOf(d.voorwaarden().inkomensgrensProcent()),
                    "Inkomen tot dit percentage van het sociaal minimum"));
        }
        if (!d.locatie().heleStad()) {
            kenmerken.add(kenmerk(id, "wijk", d.locatie().wijk(), "Wijk"));
        }
        if (d.capaciteit() != null) {
            kenmerken.add(kenmerk(id, "capaciteit", String.valueOf(d.capaciteit()), "Aantal plaatsen"));
        }
        if (d.vrijePlaatsen() != null) {
            kenmerken.add(kenmerk(id, "vrije-plaatsen", String.valueOf(d.vrijePlaatsen()), "Vrije plaatsen"));
        }
        s.put("attributes", kenmerken);
        return s;
    }

    /** An attribute with its taxonomy term; for coded values the term's code is the value, for numbers and text the value holds it. */
    private static Map<String, Object> kenmerk(String serviceId, String taxonomie, String waarde, String omschrijving) {
        String term = UUID.nameUUIDFromBytes((TAXONOMIE + taxonomie + ":" + waarde).getBytes(StandardCharsets.UTF_8)).toString();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", term);
        t.put("code", waarde);
        t.put("name", omschrijving);
        t.put("description", omschrijving);
        t.put("taxonomy", TAXONOMIE + taxonomie);
        return Map.of("id", afgeleid(serviceId, taxonomie + ":" + waarde), "link_id", serviceId, "link_type", "service",
                "link_entity", "service", "taxonomy_term_id", term, "value", waarde, "taxonomy_term", t);
    }

    /** The fields of one HSDS service object in the flat shape of the CSV, so both imports check the same way. */
    static Map<String, String> velden(JsonNode s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", tekst(s, "id"));
        JsonNode org = s.path("organization");
        v.put("organization_id", org.isObject() ? tekst(org, "id") : tekst(s, "organization_id"));
        v.put("organization_name", tekst(org, "name"));
        v.put("organization_description", tekst(org, "description"));
        v.put("organization_url", tekst(org, "website"));
        v.put("organization_email", tekst(org, "email"));
        v.put("organization_phone", tekst(org.path("phones").path(0), "number"));
        v.put("name", tekst(s, "name"));
        v.put("description", tekst(s, "description"));
        v.put("minimum_age", tekst(s, "minimum_age"));
        v.put("maximum_age", tekst(s, "maximum_age"));
        v.put("eligibility_description", tekst(s, "eligibility_description"));
        v.put("fees_description", tekst(s, "fees_description"));
        v.put("url", tekst(s, "url"));
        v.put("email", tekst(s, "email"));
        v.put("assured_date", tekst(s, "assured_date"));
        String wacht = tekst(s, "wait_time");
        v.put("wachttijd_weken", wacht.isEmpty() ? "" : wacht.startsWith("geen") ? "0" : wacht.replaceAll("\\D.*$", ""));
        JsonNode telefoon = s.path("phones").path(0);
        v.put("phone", tekst(telefoon, "number"));
        v.put("openingstijden", tekst(s.path("schedules").path(0), "description"));
        JsonNode locatie = s.path("service_at_locations").path(0).path("location");
        v.put("location_name", tekst(locatie, "name"));
        v.put("transportation", tekst(locatie, "transportation"));
        JsonNode adres = locatie.path("addresses").path(0);
        v.put("address_1", tekst(adres, "address_1"));
        v.put("postal_code", tekst(adres, "postal_code"));
        v.put("city", tekst(adres, "city"));
        JsonNode kosten = s.path("cost_options").path(0);
        v.put("kosten", tekst(kosten, "option"));
        // Free is amount 0 in HSDS; our free services have no amount.
        v.put("amount", "gratis".equals(tekst(kosten, "option")) ? "" : tekst(kosten, "amount"));
        Map<String, List<String>> kenmerken = new LinkedHashMap<>();
        for (JsonNode a : s.path("attributes")) {
            String taxonomie = tekst(a.path("taxonomy_term"), "taxonomy");
            if (taxonomie.startsWith(TAXONOMIE)) {
                kenmerken.computeIfAbsent(taxonomie.substring(TAXONOMIE.length()), k -> new ArrayList<>()).add(tekst(a, "value"));
            }
        }
        v.put("soort", String.join("|", kenmerken.getOrDefault("soort", List.of())));
        v.put("levensdomeinen", String.join("|", kenmerken.getOrDefault("levensdomein", List.of())));
        v.put("huishoudtypen", String.join("|", kenmerken.getOrDefault("huishoudtype", List.of())));
        v.put("inkomensgrens_procent", String.join("|", kenmerken.getOrDefault("inkomensgrens-procent", List.of())));
        v.put("wijk", String.join("|", kenmerken.getOrDefault("wijk", List.of())));
        v.put("capaciteit", String.join("|", kenmerken.getOrDefault("capaciteit", List.of())));
        v.put("vrije_plaatsen", String.join("|", kenmerken.getOrDefault("vrije-plaatsen", List.of())));
        return v;
    }

    private static String tekst(JsonNode n, String veld) {
        JsonNode w = n.path(veld);
        return w.isMissingNode() || w.isNull() ? "" : w.isValueNode() ? w.asString().strip() : "";
    }

    private static void zet(Map<String, Object> m, String veld, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            m.put(veld, waarde);
        }
    }

    /** The external id when it is a uuid (HSDS wants one), otherwise our own id. */
    static String uuid(String extern, UUID eigen) {
        try {
            return UUID.fromString(extern).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return eigen.toString();
        }
    }

    /** A stable uuid for a part of a service (its location, schedule, cost), so every export gives the same ids. */
    private static String afgeleid(String serviceId, String deel) {
        return UUID.nameUUIDFromBytes((serviceId + "/" + deel).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The life domain codes, for documentation of the taxonomy. */
    static String domeincodes() {
        return java.util.Arrays.stream(Levensdomein.values()).map(Levensdomein::code).collect(Collectors.joining(", "))
                .toLowerCase(Locale.ROOT);
    }
}

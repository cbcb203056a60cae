package nl.maatwerk.toegang;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of a plan version (jsonb): the same field names and codes as the API. */
@org.springframework.modulith.NamedInterface("intern")
public final class PlanJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanJson() {
    }

    public static String schrijf(PlanInhoud inhoud) {
        return JSON.writeValueAsString(inhoud);
    }

    public static PlanInhoud lees(String json) {
        return JSON.readValue(json, PlanInhoud.class);
    }

    public static String schrijfTeksten(List<String> teksten) {
        return JSON.writeValueAsString(teksten);
    }

    public static List<String> leesTeksten(String json) {
        return JSON.readValue(json, new TypeReference<List<String>>() { });
    }
}

package nl.maatwerk.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Shapes the generated OpenAPI document after the NL API Design Rules: the major version in the
 * server URL, contact details, the API-Version header on every success, and problem+json with
 * status, title and detail on every error, including 401 and 403 from the security layer.
 */
@Component
class ApiDocumentatie implements OpenApiCustomizer {

    static final String BASIS = "/api/v1";
    private static final String PROBLEEM = "application/problem+json";

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info()
                .title("Maatwerk API")
                .version(ApiVersie.VERSIE)
                .description("Inwoners, huishoudens, het logboek van dataverwerkingen en berekeningen voor het sociaal domein.")
                .contact(new Contact().name("Maatwerk").url("https://maatwerk.example.nl").email("api@maatwerk.example.nl"))
                .license(new License().name("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")));
        api.servers(List.of(new Server().url(BASIS).description("Deze installatie")));
        if (api.getComponents() == null) {
            api.components(new Components());
        }
        api.getComponents().addSchemas("Problem", probleemSchema());
        Paths paden = new Paths();
        if (api.getPaths() != null) {
            documenteerVersies(api.getPaths());
            api.getPaths().forEach((pad, item) -> {
                item.readOperations().forEach(ApiDocumentatie::vulAntwoorden);
                paden.addPathItem(pad.startsWith(BASIS) ? pad.substring(BASIS.length()) : pad, item);
            });
        }
        api.paths(paden);
    }

    /**
     * The version contract (docs/conventies.md, "Optimistische vergrendeling") in the document: a change
     * that takes If-Match answers 428 without it and 409 when stale, and carries the new ETag; a read of a
     * resource such a change works on carries its ETag, and so does the 201 that made it.
     */
    private static void documenteerVersies(Paths paden) {
        java.util.Set<String> metVersie = new java.util.TreeSet<>();
        paden.forEach((pad, item) -> item.readOperations().stream().filter(ApiDocumentatie::neemtIfMatch).forEach(o -> {
            metVersie.add(pad);
            ApiResponses antwoorden = o.getResponses() == null ? new ApiResponses() : o.getResponses();
            antwoorden.putIfAbsent("409", new ApiResponse().description("Iemand anders wijzigde het intussen: er is niets opgeslagen. "
                    + "huidigeVersie en de ETag noemen de versie van nu"));
            antwoorden.putIfAbsent("428", new ApiResponse().description("If-Match ontbreekt: noem de versie waarop u voortbouwt"));
            o.responses(antwoorden);
            etagBij(antwoorden, "2");
        }));
        paden.forEach((pad, item) -> {
            boolean bron = metVersie.stream().anyMatch(w -> w.equals(pad) || (pad.endsWith("}") && w.startsWith(pad + "/")));
            if (bron && item.getGet() != null && item.getGet().getResponses() != null) {
                etagBij(item.getGet().getResponses(), "200");
            }
            boolean verzameling = metVersie.stream().anyMatch(w -> w.matches(java.util.regex.Pattern.quote(pad) + "/\\{[^/]+}(/.*)?"));
            if (verzameling && item.getPost() != null && item.getPost().getResponses() != null) {
                etagBij(item.getPost().getResponses(), "201");
            }
        });
    }

    private static boolean neemtIfMatch(Operation o) {
        return o.getParameters() != null && o.getParameters().stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()));
    }

    private static void etagBij(ApiResponses antwoorden, String code) {
        antwoorden.forEach((c, antwoord) -> {
            if (c.startsWith(code)) {
                antwoord.addHeaderObject("ETag", new Header().description("De versie van de bron, voor If-Match bij een volgende wijziging")
                        .schema(new StringSchema().example("\"3\"")));
            }
        });
    }

    private static void vulAntwoorden(Operation operatie) {
        ApiResponses antwoorden = operatie.getResponses() == null ? new ApiResponses() : operatie.getResponses();
        antwoorden.putIfAbsent("401", new ApiResponse().description("Niet ingelogd"));
        antwoorden.putIfAbsent("403", new ApiResponse().description("Uw rol geeft geen toegang"));
        // Any call can meet a busy, full or unreachable database (issue 14, DatabaseNietBeschikbaar).
        antwoorden.putIfAbsent("503", new ApiResponse().description("De database is even niet bereikbaar, het is te druk of de schijf "
                        + "is vol: er is niets opgeslagen; probeer het na Retry-After seconden opnieuw")
                .addHeaderObject("Retry-After", new Header().description("Na hoeveel seconden u het opnieuw kunt proberen")
                        .schema(new IntegerSchema().example(DatabaseNietBeschikbaar.Soort.BEZET.opnieuwNaSeconden()))));
        antwoorden.forEach((code, antwoord) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                antwoord.addHeaderObject("API-Version", new Header()
                        .description("De volledige versie van de API")
                        .schema(new StringSchema().example(ApiVersie.VERSIE)));
            } else if (code.startsWith("4") || code.startsWith("5")) {
                antwoord.content(new Content().addMediaType(PROBLEEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
            }
        });
        operatie.responses(antwoorden);
    }

    private static Schema<?> probleemSchema() {
        ObjectSchema veld = new ObjectSchema();
        veld.properties(Map.of(
                "name", new StringSchema().description("Het veld, bijvoorbeeld naam.geslachtsnaam"),
                "code", new StringSchema().description("Soort fout, bijvoorbeeld required of invalid"),
                "reason", new StringSchema().description("Uitleg in gewone taal")));
        ObjectSchema probleem = new ObjectSchema();
        probleem.description("Foutmelding volgens RFC 9457");
        probleem.addProperty("type", new StringSchema().format("uri"));
        probleem.addProperty("title", new StringSchema());
        probleem.addProperty("status", new IntegerSchema().format("int32"));
        probleem.addProperty("detail", new StringSchema());
        probleem.addProperty("instance", new StringSchema().format("uri-reference"));
        probleem.addProperty("invalidParams", new ArraySchema().items(veld));
        probleem.required(List.of("status", "title", "detail"));
        return probleem;
    }
}

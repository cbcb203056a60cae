package nl.maatwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.TweedeContext;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OpenID Connect against a real OIDC server (mock-oauth2-server) started before the application,
 * outside demo mode: bearer tokens for the API, the authorization code flow for the web pages, and
 * no password login of any kind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"maatwerk.demo=false", "maatwerk.pseudoniem-sleutel=een-eigen-sleutel-voor-deze-test-van-ruim-32-tekens",
            "maatwerk.logboek.sleutel=een-eigen-logboeksleutel-voor-deze-test-van-ruim-32-tekens", "maatwerk.oidc.client-id=maatwerk", "maatwerk.oidc.client-secret=geheim",
            "maatwerk.oidc.audience=maatwerk-api", "maatwerk.digid.client-secret=geheim"})
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class OidcTest {

    private static final String ISSUER = "maatwerk";
    private static final String DIGID = "digid";
    private static final MockOAuth2Server OIDC = new MockOAuth2Server();

    static {
        OIDC.start();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("maatwerk.oidc.issuer-uri", () -> OIDC.issuerUrl(ISSUER).toString());
        // Residents: DigiD through a broker, a second issuer on the same server (issue 16).
        registry.add("maatwerk.digid.issuer-uri", () -> OIDC.issuerUrl(DIGID).toString());
    }

    @AfterAll
    static void stop() {
        OIDC.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static String token(String issuerId, Map<String, Object> claims, long geldigSeconden) {
        return OIDC.issueToken(issuerId, "maatwerk", new DefaultOAuth2TokenCallback(issuerId, "sub-" + UUID.randomUUID(),
                JOSEObjectType.JWT.getType(), List.of("maatwerk-api"), claims, geldigSeconden)).serialize();
    }

    private static String token(Map<String, Object> claims) {
        return token(ISSUER, claims, 3600);
    }

    private HttpResponse<String> api(String pad, String authorization) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).GET();
        if (authorization != null) {
            verzoek.header("Authorization", authorization);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> antwoord, int status) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwoord.body()).contains("\"status\":" + status);
    }

    // --- API: bearer tokens -------------------------------------------------------------------

    @Test
    void aValidBearerTokenWithRoleAndTeamReadsTheHouseholdsOfThatTeamOnly() throws Exception {
        TestData data = new TestData(jdbc);
        String naam = "Oidc-" + UUID.randomUUID().toString().substring(0, 8);
        UUID eigen = data.huishouden(naam + " centrum", "wijkteam-centrum");
        UUID elders = data.huishouden(naam + " elders", "wijkteam-oidc-elders");
        String bearer = "Bearer " + token(Map.of("rol", "CONSULENT", "team", "wijkteam-centrum",
                "preferred_username", "oidc-consulent", "name", "Olga Idc"));

        HttpResponse<String> antwoord = api("/api/v1/huishoudens?naam=" + naam, bearer);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.body()).contains(eigen.toString()).doesNotContain(elders.toString());
        assertThat(jdbc.sql("select rol || ' ' || team_id from platform.gebruiker where gebruikersnaam = 'oidc-consulent'")
                .query(String.class).single()).isEqualTo("CONSULENT wijkteam-centrum");
    }

    @Test
    void theRoleMayAlsoComeFromTheRolesClaim() throws Exception {
        String bearer = "Bearer " + token(Map.of("roles", List.of("iets-anders", "regisseur"), "team", "wijkteam-centrum"));
        assertThat(api("/api/v1/huishoudens", bearer).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemAndOffersOnlyBearer() throws Exception {
        HttpResponse<String> antwoord = api("/api/v1/huishoudens", null);
        assertProblem(antwoord, 401);
        assertThat(antwoord.headers().allValues("WWW-Authenticate")).isNotEmpty().noneMatch(w -> w.contains("Basic"));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() throws Exception {
        String vreemd = token("ander-issuer", Map.of("rol", "CONSULENT", "team", "wijkteam-centrum"), 3600);
        assertProblem(api("/api/v1/huishoudens", "Bearer " + vreemd), 401);
    }

    @Test
    void aTokenOfTheSameIssuerMeantForAnotherApplicationIs401() throws Exception {
        String elders = OIDC.issueToken(ISSUER, "ander-systeem", new DefaultOAuth2TokenCallback(ISSUER, "iemand",
                JOSEObjectType.JWT.getType(), List.of("ander-systeem"), Map.of("rol", "CONSULENT", "team", "wijkteam-centrum"),
                3600)).serialize();
        assertProblem(api("/api/v1/huishoudens", "Bearer " + elders), 401);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String verlopen = token(ISSUER, Map.of("rol", "CONSULENT", "team", "wijkteam-centrum"), -3600);
        assertThat(SignedJWT.parse(verlopen).getJWTClaimsSet().getExpirationTime()).isBefore(Date.from(Instant.now()));
        assertProblem(api("/api/v1/huishoudens", "Bearer " + verlopen), 401);
    }

    @Test
    void aTokenSignedWithAnotherKeyOrAlteredOrUnsignedIs401() throws Exception {
        String echt = token(Map.of("rol", "BELEID"));
        SignedJWT origineel = SignedJWT.parse(echt);
        JWTClaimsSet claims = new JWTClaimsSet.Builder(origineel.getJWTClaimsSet()).claim("rol", "CONSULENT")
                .claim("team", "wijkteam-centrum").build();

        // Same issuer, same key id, but signed with a key the attacker made.
        RSAKey eigenSleutel = new RSAKeyGenerator(2048).keyID(origineel.getHeader().getKeyID()).generate();
        SignedJWT vervalst = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(eigenSleutel.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        vervalst.sign(new RSASSASigner(eigenSleutel));
        assertProblem(api("/api/v1/huishoudens", "Bearer " + vervalst.serialize()), 401);

        // The real signature over changed claims.
        String[] delen = echt.split("\\.");
        String gewijzigd = delen[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + "." + delen[2];
        assertProblem(api("/api/v1/huishoudens", "Bearer " + gewijzigd), 401);

        // No signature at all.
        assertProblem(api("/api/v1/huishoudens", "Bearer " + new PlainJWT(claims).serialize()), 401);

        // And the genuine token still works up to its role: BELEID sees no households.
        assertProblem(api("/api/v1/huishoudens", "Bearer " + echt), 403);
    }

    @Test
    void aValidTokenWithoutAKnownRoleIs403() throws Exception {
        assertProblem(api("/api/v1/huishoudens", "Bearer " + token(Map.of("rol", "BEHEERDER", "team", "wijkteam-centrum"))), 403);
        assertProblem(api("/api/v1/inwoners/" + UUID.randomUUID(), "Bearer " + token(Map.of("team", "wijkteam-centrum"))), 403);
        assertProblem(api("/api/v1/logboek", "Bearer " + token(Map.of("roles", List.of("admin")))), 403);
    }

    @Test
    void outsideDemoModeHttpBasicIsRefusedEvenForAnAccountWithThePassword() throws Exception {
        demoAccount("consulent", "CONSULENT", "wijkteam-centrum");
        String basic = "Basic " + Base64.getEncoder().encodeToString("consulent:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> antwoord = api("/api/v1/huishoudens", basic);
        assertProblem(antwoord, 401);
        assertThat(antwoord.headers().allValues("WWW-Authenticate")).noneMatch(w -> w.contains("Basic"));
    }

    @Test
    void outsideDemoModeTheLoginFormLogsNobodyInEvenForAnAccountWithThePassword() throws Exception {
        demoAccount("regisseur", "REGISSEUR", "wijkteam-centrum");
        mvc.perform(post("/inloggen").param("username", "regisseur").param("password", "demo").with(csrf()))
                .andExpect(unauthenticated());
    }

    /** An account with a password hash, as a database that once ran in demo mode still holds. */
    private void demoAccount(String naam, String rol, String team) {
        new TestData(jdbc).team(team);
        jdbc.sql("""
                insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id, wachtwoord_hash) values (?, ?, ?, ?, ?)
                on conflict (gebruikersnaam) do update set wachtwoord_hash = excluded.wachtwoord_hash
                """).params(naam, naam, rol, team, encoder.encode("demo")).update();
    }

    // --- web pages: authorization code flow ---------------------------------------------------

    /** A browser: keeps cookies, follows nothing by itself so each hop can be checked. */
    private record Browser(HttpClient client, List<URI> bezocht) {

        static Browser nieuw() {
            CookieManager koekjes = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            return new Browser(HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build(), new ArrayList<>());
        }

        HttpResponse<String> get(URI uri) throws Exception {
            bezocht.add(uri);
            return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** GETs the URI and follows redirects (at most ten hops), returning the last answer. */
        HttpResponse<String> volg(URI uri) throws Exception {
            HttpResponse<String> antwoord = get(uri);
            for (int i = 0; i < 10 && antwoord.statusCode() / 100 == 3; i++) {
                URI volgende = uri.resolve(antwoord.headers().firstValue("Location").orElseThrow());
                antwoord = get(volgende);
                uri = volgende;
            }
            return antwoord;
        }
    }

    @Test
    void theWebLogsInThroughTheAuthorizationCodeFlowWithTheRoleAndTeamFromTheIdentityProvider() throws Exception {
        String gebruiker = "oidc-teamleider-" + UUID.randomUUID().toString().substring(0, 8);
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, gebruiker, JOSEObjectType.JWT.getType(), List.of("maatwerk"),
                Map.of("rol", "TEAMLEIDER", "team", "wijkteam-centrum", "preferred_username", gebruiker, "name", "Tessa Leider"),
                3600));
        Browser browser = Browser.nieuw();
        URI app = URI.create("http://localhost:" + port);

        HttpResponse<String> beschermd = browser.get(app.resolve("/team/doorbraken"));
        assertThat(beschermd.statusCode()).isEqualTo(302);
        URI inlogpagina = app.resolve(beschermd.headers().firstValue("Location").orElseThrow());
        assertThat(inlogpagina.getPath()).isEqualTo("/inloggen");
        HttpResponse<String> pagina = browser.get(inlogpagina);
        assertThat(pagina.body()).contains("/oauth2/authorization/maatwerk").doesNotContain("name=\"password\"");

        HttpResponse<String> naarIdp = browser.get(app.resolve("/oauth2/authorization/maatwerk"));
        assertThat(naarIdp.statusCode()).isEqualTo(302);
        URI autoriseer = URI.create(naarIdp.headers().firstValue("Location").orElseThrow());
        assertThat(autoriseer.toString()).startsWith(OIDC.authorizationEndpointUrl(ISSUER).toString())
                .contains("response_type=code").contains("client_id=maatwerk").contains("scope=openid");

        HttpResponse<String> terug = browser.get(autoriseer);
        assertThat(terug.statusCode()).isEqualTo(302);
        URI callback = URI.create(terug.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/maatwerk");
        assertThat(callback.getQuery()).contains("code=").contains("state=");

        HttpResponse<String> ingelogd = browser.volg(callback);
        assertThat(browser.bezocht().getLast().getPath()).as("back at the page first asked for").isEqualTo("/team/doorbraken");
        assertThat(ingelogd.statusCode()).as(ingelogd.body()).isEqualTo(200);
        assertThat(ingelogd.body()).contains("Tessa Leider");

        assertThat(jdbc.sql("select rol || ' ' || team_id from platform.gebruiker where gebruikersnaam = ?").param(gebruiker)
                .query(String.class).single()).isEqualTo("TEAMLEIDER wijkteam-centrum");
        assertThat(browser.get(app.resolve("/huishoudens")).statusCode()).as("a teamleider works with households").isEqualTo(200);
        assertThat(browser.get(app.resolve("/logboek")).statusCode()).as("but is no auditor").isEqualTo(403);
    }

    @Test
    void aWebLoginWithoutAKnownRoleReachesNoProtectedPage() throws Exception {
        String gebruiker = "oidc-zonder-rol-" + UUID.randomUUID().toString().substring(0, 8);
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, gebruiker, JOSEObjectType.JWT.getType(), List.of("maatwerk"),
                Map.of("rol", "SYSTEEMBEHEERDER", "preferred_username", gebruiker), 3600));
        Browser browser = Browser.nieuw();
        URI app = URI.create("http://localhost:" + port);
        browser.get(app.resolve("/huishoudens"));
        HttpResponse<String> naarIdp = browser.get(app.resolve("/oauth2/authorization/maatwerk"));
        browser.volg(URI.create(naarIdp.headers().firstValue("Location").orElseThrow()));
        assertThat(browser.bezocht().getLast().getPath()).isEqualTo("/huishoudens");
        assertThat(browser.get(app.resolve("/huishoudens")).statusCode()).isEqualTo(403);
        assertThat(browser.get(app.resolve("/logboek")).statusCode()).isEqualTo(403);
        assertThat(browser.get(app.resolve("/")).statusCode()).as("the start page refuses too, it does not break").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from platform.gebruiker where gebruikersnaam = ?").param(gebruiker).query(Long.class).single())
                .as("nobody is registered without a role").isZero();
    }

    @Test
    void aResidentLoggedInThroughOidcWithoutALinkedHouseholdSeesNoPersonalData() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Oidc inwoner", "wijkteam-centrum");
        UUID iemand = data.inwoner("Oidcinwoner", LocalDate.of(1970, 1, 1));
        data.lid(huishouden, iemand, "aanvrager", LocalDate.of(2020, 1, 1), null);
        String bearer = "Bearer " + token(Map.of("rol", "INWONER", "preferred_username", "oidc-inwoner"));
        HttpResponse<String> lijst = api("/api/v1/huishoudens", bearer);
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).doesNotContain(huishouden.toString()).contains("\"huishoudens\":[]");
        assertProblem(api("/api/v1/huishoudens/" + huishouden, bearer), 404);
    }

    // --- residents: DigiD (issue 16) -----------------------------------------------------------

    /** Logs a resident in with DigiD, with these claims, and returns the browser at the page it lands on. */
    private Browser digid(Map<String, Object> claims, URI app) throws Exception {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(DIGID, "sub-" + UUID.randomUUID(), JOSEObjectType.JWT.getType(),
                List.of("maatwerk"), claims, 3600));
        Browser browser = Browser.nieuw();
        HttpResponse<String> naarIdp = browser.get(app.resolve("/oauth2/authorization/digid"));
        assertThat(naarIdp.statusCode()).isEqualTo(302);
        URI autoriseer = URI.create(naarIdp.headers().firstValue("Location").orElseThrow());
        assertThat(autoriseer.toString()).startsWith(OIDC.authorizationEndpointUrl(DIGID).toString());
        browser.volg(autoriseer);
        return browser;
    }

    @Test
    void aResidentLogsInWithDigidTheBsnClaimFindsThemAndSubstantieelOpensTheirDecisions() throws Exception {
        TestData data = new TestData(jdbc);
        String bsn = TestData.nieuwBsn();
        UUID huishouden = data.huishouden("Digid " + bsn, "wijkteam-centrum");
        UUID inwoner = data.inwoner(bsn, "Digidinwoner", LocalDate.of(1980, 3, 4), "2511AB", 3);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        URI app = URI.create("http://localhost:" + port);
        assertThat(Browser.nieuw().get(app.resolve("/inloggen")).body()).contains("/oauth2/authorization/digid").contains("Inloggen met DigiD");

        Browser browser = digid(Map.of("bsn", bsn, "acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard", "name", "Dina Digid"), app);

        assertThat(browser.bezocht().getLast().getPath()).as("a resident lands in their own area").isEqualTo("/mijn");
        HttpResponse<String> mijn = browser.get(app.resolve("/mijn"));
        assertThat(mijn.statusCode()).isEqualTo(200);
        assertThat(mijn.body()).contains("Welkom").contains("Test Digidinwoner").doesNotContain("Log in met de DigiD app");
        assertThat(browser.get(app.resolve("/mijn/besluiten")).statusCode()).isEqualTo(200);
        assertThat(browser.get(app.resolve("/huishoudens/" + huishouden)).statusCode()).as("not the professionals' pages").isEqualTo(403);
        assertThat(jdbc.sql("select rol || ' ' || inwoner_id from platform.gebruiker where gebruikersnaam like 'digid:%' and inwoner_id = ?")
                .param(inwoner).query(String.class).single()).isEqualTo("INWONER " + inwoner);
        assertThat(jdbc.sql("select count(*) from platform.gebruiker where gebruikersnaam like 'digid:%' and gebruikersnaam like ?")
                .param("%" + bsn + "%").query(Long.class).single()).as("the BSN is no user name").isZero();
    }

    @Test
    void aDigidLoginBelowSubstantieelIsRefusedDecisionsWithAPageThatSaysHowToLogInHigher() throws Exception {
        TestData data = new TestData(jdbc);
        String bsn = TestData.nieuwBsn();
        UUID huishouden = data.huishouden("Digid midden " + bsn, "wijkteam-centrum");
        UUID inwoner = data.inwoner(bsn, "Digidmidden", LocalDate.of(1980, 3, 4), "2511AB", 3);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        URI app = URI.create("http://localhost:" + port);

        Browser browser = digid(Map.of("bsn", bsn, "acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract"), app);

        assertThat(browser.get(app.resolve("/mijn")).body()).contains("DigiD Midden").contains("Zo logt u hoger in");
        for (String pad : List.of("/mijn/besluiten", "/mijn/aanvragen")) {
            HttpResponse<String> besluiten = browser.get(app.resolve(pad));
            assertThat(besluiten.statusCode()).as(pad).isEqualTo(403);
            assertThat(besluiten.body()).contains("Log in met de DigiD app").contains("DigiD Substantieel");
        }
    }

    @Test
    void aMunicipalitysAppCallsTheResidentsApiWithADigidBearerTokenAboutThatResidentOnly() throws Exception {
        TestData data = new TestData(jdbc);
        String bsn = TestData.nieuwBsn();
        UUID huishouden = data.huishouden("Digid api " + bsn, "wijkteam-centrum");
        UUID inwoner = data.inwoner(bsn, "Digidapi", LocalDate.of(1980, 3, 4), "2511AB", 3);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        UUID ander = data.huishouden("Digid api ander " + bsn, "wijkteam-centrum");

        String substantieel = "Bearer " + digidToken("maatwerk", Map.of("bsn", bsn, "acr", "http://eidas.europa.eu/LoA/substantial"));
        HttpResponse<String> mijn = api("/api/v1/mijn/huishouden", substantieel);
        assertThat(mijn.statusCode()).as(mijn.body()).isEqualTo(200);
        assertThat(mijn.body()).contains(huishouden.toString()).doesNotContain(ander.toString());
        assertThat(api("/api/v1/mijn/besluiten", substantieel).statusCode()).isEqualTo(200);
        assertThat(api("/api/v1/huishoudens/" + ander, substantieel).statusCode()).as("another household, also not through the other API")
                .isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from platform.gebruiker where gebruikersnaam like 'digid:%' and inwoner_id = ? and rol = 'INWONER'")
                .param(inwoner).query(Long.class).single()).isEqualTo(1);

        // Below substantieel: no decisions or data, as on the web; a role claim makes no professional of a resident.
        String midden = "Bearer " + digidToken("maatwerk", Map.of("bsn", bsn, "acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
                "rol", "TEAMLEIDER", "team", "wijkteam-centrum"));
        assertThat(api("/api/v1/mijn/besluiten", midden).statusCode()).isEqualTo(403);
        assertThat(api("/api/v1/hulpvragen", midden).statusCode()).isEqualTo(403);
        // A DigiD token meant for another application.
        assertProblem(api("/api/v1/mijn/huishouden", "Bearer " + digidToken("ander-systeem", Map.of("bsn", bsn,
                "acr", "http://eidas.europa.eu/LoA/substantial"))), 401);
    }

    private static String digidToken(String audience, Map<String, Object> claims) {
        return OIDC.issueToken(DIGID, audience, new DefaultOAuth2TokenCallback(DIGID, "sub-" + UUID.randomUUID(), JOSEObjectType.JWT.getType(),
                List.of(audience), claims, 3600)).serialize();
    }

    @Test
    void aBsnTheMunicipalityDoesNotKnowGetsAClearPage() throws Exception {
        URI app = URI.create("http://localhost:" + port);
        Browser browser = digid(Map.of("bsn", TestData.nieuwBsn(), "acr", "http://eidas.europa.eu/LoA/substantial"), app);
        HttpResponse<String> mijn = browser.get(app.resolve("/mijn"));
        assertThat(mijn.statusCode()).isEqualTo(200);
        assertThat(mijn.body()).contains("Wij kennen u nog niet");
        assertThat(browser.get(app.resolve("/mijn/besluiten")).body()).contains("Wij kennen u nog niet");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void outsideDemoModeNothingIsSeeded() {
        assertThat(context.containsBean("demovolgorde")).isFalse();
        assertThat(jdbc.sql("select count(*) from demo.demo_stand").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from inwoner.huishouden where naam like 'Huishouden %'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from prioriteit.vroegsignaal").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from thermometer.thermometer_meting").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from platform.gebruiker where gebruikersnaam in ('teamleider', 'beleid', 'auditor', 'inwoner')")
                .query(Long.class).single()).isZero();
    }
}

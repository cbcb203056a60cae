package nl.maatwerk.besluit;

import static nl.maatwerk.besluit.BesluitenTest.PEIL;
import static nl.maatwerk.besluit.BesluitenTest.consulent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.TestData;
import nl.maatwerk.inwoner.HuishoudenGegevens;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.InwonerGegevens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.socialekaart.Aanbod;
import nl.maatwerk.socialekaart.Dienst;
import nl.maatwerk.socialekaart.Huishoudtype;
import nl.maatwerk.socialekaart.Kosten;
import nl.maatwerk.socialekaart.Soort;
import nl.maatwerk.toegang.Levensdomein;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Voorliggend in the omgekeerde toets of a Wmo decision (issue 17): the professional records which general and informal
 * offers of the sociale kaart were considered and why they do not help (enough); it shows on the decision, in its letter,
 * only for a Wmo decision and only while it is a concept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VoorliggendTest {

    private static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");
    private static final Pattern REGEL = Pattern.compile("name=\"regels\\[(\\d+)]\\.dienstId\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern VERSIE = Pattern.compile("name=\"versie\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Besluiten besluiten;

    @Autowired
    Inwoners inwoners;

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    Aanbod aanbod;

    private String code;
    private UUID vraag;

    /** A resident living alone in a wijk of her own, with an open request, and three offers in that wijk for the household. */
    @BeforeEach
    void gegevens() {
        code = UUID.randomUUID().toString().substring(0, 8);
        String wijk = "Voorliggendwijk " + code;
        aanbod.bewaar(List.of(dienst("Aa Boodschappenmaatje " + code, Soort.INFORMELE_HULP, wijk),
                dienst("Aa Klusjesdienst " + code, Soort.VRIJWILLIGERSORGANISATIE, wijk),
                dienst("Aa Thuiszorg " + code, Soort.AANBIEDER, wijk)));
        vraag = consulent(() -> {
            var inwoner = inwoners.registreer(new InwonerGegevens(TestData.nieuwBsn(), new InwonerGegevens.Naam("Greet", null, "Voorliggend" + code),
                    LocalDate.of(1950, 6, 1), new InwonerGegevens.Verblijfplaats("Spui", 70, null, null, "2511 BT", "Den Haag", wijk), null));
            var huishouden = huishoudens.maak(new HuishoudenGegevens("Huishouden Voorliggend " + code,
                    List.of(new HuishoudenGegevens.Lid(inwoner.id(), LidRol.AANVRAGER, null, LocalDate.of(2016, 1, 1), null)), List.of()));
            return new TestData(jdbc).aanvraagParticipatiewet(huishouden.id(), inwoner.id(), "Hulp in huis");
        });
    }

    /** Free, in the wijk, for people of 18 and older who live alone: nothing of the demo offer fits the household better. */
    private static Dienst dienst(String naam, Soort soort, String wijk) {
        return new Dienst(null, "voorliggend-" + naam.replace(' ', '-'), new Dienst.Organisatie(null, "org-" + naam.replace(' ', '-'),
                "Stichting " + naam, "", null, null, null), naam, "Hulp bij boodschappen en klusjes", soort,
                new Dienst.Voorwaarden(EnumSet.of(Levensdomein.INSTRUMENTELE_ADL), 18, null, Set.of(Huishoudtype.ALLEENSTAAND), null, ""),
                Kosten.GRATIS, null, "", "Maandag tot en met vrijdag", "Bus 25", "070 1234567", null, null,
                new Dienst.Locatie("Buurthuis", "Plein 1", "2511 AA", "Den Haag", wijk), LocalDate.of(2026, 6, 1), null, null, null, 0);
    }

    private UUID wmo() {
        return consulent(() -> besluiten.maak(vraag, BesluitSoort.WMO_MAATWERKVOORZIENING, PEIL)).id();
    }

    private String pagina(UUID besluit) throws Exception {
        return mvc.perform(get("/besluiten/" + besluit).with(CONSULENT)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The offers on the page by name, with the row they are on. */
    private Map<String, Integer> regels(String html) {
        Map<String, Integer> uit = new HashMap<>();
        Matcher m = REGEL.matcher(html);
        while (m.find()) {
            UUID id = UUID.fromString(m.group(2));
            String naam = aanbod.lees(id).map(Dienst::naam).orElse(id.toString());
            uit.put(naam.replace(" " + code, ""), Integer.valueOf(m.group(1)));
        }
        return uit;
    }

    private static String versie(String html) {
        Matcher m = VERSIE.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private MockHttpServletRequestBuilder vastleggen(UUID besluit, String html) {
        var verzoek = post("/besluiten/" + besluit + "/voorliggend").with(CONSULENT).with(csrf()).param("versie", versie(html));
        Matcher m = REGEL.matcher(html);
        while (m.find()) {
            verzoek.param("regels[" + m.group(1) + "].dienstId", m.group(2));
        }
        return verzoek;
    }

    private List<String> vastgelegd(UUID besluit) {
        return jdbc.sql("select dienst || ': ' || waarom_niet from besluit.voorliggend where besluit_id = ? order by volgorde").param(besluit)
                .query(String.class).list();
    }

    private static BesluitGegevens toets() {
        return new BesluitGegevens(PEIL, "Zij kan thuis blijven wonen en zelf boodschappen doen.", "Zij heeft minder zorgen.",
                List.of("zelfredzaamheid"), "Dit past bij wat de wet wil.", "Het besluit is eerlijk en past bij haar.",
                "Zonder afwijking krijgt zij hetzelfde.", null, null, null, false, false, null, null, null, null,
                "U krijgt hulp bij het huishouden.", null, null, null);
    }

    @Test
    void aWmoConceptRecordsTheGeneralOffersConsideredWithWhyTheyDoNotHelpAndTheLetterNamesThem() throws Exception {
        UUID besluit = wmo();
        String html = pagina(besluit);
        assertThat(html).contains("Voorliggend: algemene voorzieningen en hulp in de buurt", "Aa Boodschappenmaatje " + code,
                "Stichting Aa Klusjesdienst " + code, "in uw wijk").as("a provider is no general offer").doesNotContain("Aa Thuiszorg " + code);
        Map<String, Integer> rij = regels(html);
        assertThat(rij).containsKeys("Aa Boodschappenmaatje", "Aa Klusjesdienst").doesNotContainKey("Aa Thuiszorg");
        int versie = Integer.parseInt(versie(html));

        int maatje = rij.get("Aa Boodschappenmaatje");
        mvc.perform(vastleggen(besluit, html).param("regels[" + maatje + "].bekeken", "ja")
                        .param("regels[" + maatje + "].waaromNiet", "Het maatje komt één keer per week; zij heeft elke dag hulp nodig."))
                .andExpect(status().isFound());

        assertThat(vastgelegd(besluit)).containsExactly("Aa Boodschappenmaatje " + code + ": Het maatje komt één keer per week; zij heeft elke dag hulp nodig.");
        Besluit nu = consulent(() -> besluiten.lees(besluit));
        assertThat(nu.versie()).as("recording it is a change of the decision").isEqualTo(versie + 1);
        assertThat(nu.bewerktDoor()).as("whoever records it may not approve it").contains("consulent");
        assertThat(pagina(besluit)).contains("checked", "zij heeft elke dag hulp nodig.");

        // Final: the toets shows what was weighed, no longer as a form, and the letter says which offers were looked at.
        Besluit gevuld = consulent(() -> besluiten.wijzig(besluit, toets(), nu.versie()));
        Besluit definitief = consulent(() -> besluiten.maakDefinitief(besluit, gevuld.versie()));
        assertThat(definitief.briefHtml()).contains("Eerst keken wij naar hulp in de buurt. Daarvoor hoeft u niets aan te vragen.",
                "Wij keken naar: Aa Boodschappenmaatje " + code + " (Stichting Aa Boodschappenmaatje " + code + ").")
                .as("why it does not help stays in the file").doesNotContain("elke dag hulp nodig");
        mvc.perform(get("/besluiten/" + besluit).with(CONSULENT)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("zij heeft elke dag hulp nodig."), containsString("Stichting Aa Boodschappenmaatje"),
                        not(containsString("/voorliggend\"")), not(containsString("Aa Klusjesdienst " + code)))));

        // After final it stays as it was: the page refuses, and so does the database.
        mvc.perform(post("/besluiten/" + besluit + "/voorliggend").with(CONSULENT).with(csrf()).param("versie", String.valueOf(definitief.versie()))
                        .param("regels[0].dienstId", aanbod.alle().stream().filter(d -> d.naam().equals("Aa Klusjesdienst " + code)).findFirst()
                                .orElseThrow().id().toString()).param("regels[0].bekeken", "ja").param("regels[0].waaromNiet", "Te laat."))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("definitief besluit verandert niet meer")));
        assertThatThrownBy(() -> jdbc.sql("update besluit.voorliggend set waarom_niet = 'anders' where besluit_id = ?").param(besluit).update())
                .hasMessageContaining("alleen zolang het besluit een concept is");
        assertThat(vastgelegd(besluit)).hasSize(1);

        // A correction is a new concept that takes over what the decision weighed.
        Besluit correctie = consulent(() -> besluiten.corrigeer(besluit));
        assertThat(vastgelegd(correctie.id())).isEqualTo(vastgelegd(besluit));
    }

    @Test
    void wrongInputComesBackWithAMessageAtTheFieldAndStoresNothing() throws Exception {
        UUID besluit = wmo();
        String html = pagina(besluit);
        Map<String, Integer> rij = regels(html);
        int maatje = rij.get("Aa Boodschappenmaatje");
        int klus = rij.get("Aa Klusjesdienst");

        String antwoord = mvc.perform(vastleggen(besluit, html).param("regels[" + maatje + "].bekeken", "ja")
                        .param("regels[" + klus + "].waaromNiet", "Te duur voor haar."))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(antwoord).contains("Controleer wat u bekeek", "Schrijf waarom Aa Boodschappenmaatje " + code + " niet (genoeg) helpt.",
                "Vink Aa Klusjesdienst " + code + " aan als u die heeft bekeken, of maak de uitleg leeg.", "Te duur voor haar.",
                "id=\"voorliggend-" + maatje + "-waaromNiet\"", "href=\"#voorliggend-" + maatje + "-waaromNiet\"");

        mvc.perform(vastleggen(besluit, html).param("regels[" + maatje + "].bekeken", "ja").param("regels[" + maatje + "].waaromNiet", "x".repeat(2001)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("hoogstens 2000 tekens, nu 2001")));

        mvc.perform(post("/besluiten/" + besluit + "/voorliggend").with(CONSULENT).with(csrf()).param("versie", versie(html))
                        .param("regels[0].dienstId", UUID.randomUUID().toString()).param("regels[0].bekeken", "ja").param("regels[0].waaromNiet", "Past niet."))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Deze dienst hoort niet bij de keuzes van dit besluit.")));
        mvc.perform(post("/besluiten/" + besluit + "/voorliggend").with(CONSULENT).with(csrf()).param("versie", versie(html))
                        .param("regels[0].dienstId", "geen-id").param("regels[0].bekeken", "ja").param("regels[0].waaromNiet", "Past niet."))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Deze dienst hoort niet bij de keuzes van dit besluit.")));
        assertThat(vastgelegd(besluit)).isEmpty();

        // The version, as with every change of a decision: none is 428, an old one 409 with who changed it.
        mvc.perform(post("/besluiten/" + besluit + "/voorliggend").with(CONSULENT).with(csrf())
                .param("regels[" + maatje + "].dienstId", "x")).andExpect(status().is(428));
        Besluit b = consulent(() -> besluiten.lees(besluit));
        consulent(() -> besluiten.wijzig(besluit, toets(), b.versie()));
        mvc.perform(vastleggen(besluit, html).param("regels[" + maatje + "].bekeken", "ja").param("regels[" + maatje + "].waaromNiet", "Te ver weg."))
                .andExpect(status().isConflict()).andExpect(content().string(allOf(containsString("Intussen gewijzigd door iemand anders"),
                        containsString("Te ver weg."))));
        assertThat(vastgelegd(besluit)).isEmpty();
    }

    @Test
    void onlyAWmoDecisionWeighsGeneralOffers() throws Exception {
        UUID bijstand = consulent(() -> besluiten.maak(vraag, BesluitSoort.PW_BIJZONDERE_BIJSTAND, PEIL)).id();
        String html = pagina(bijstand);
        assertThat(html).doesNotContain("Voorliggend: algemene voorzieningen", "Aa Boodschappenmaatje " + code);
        UUID dienst = aanbod.alle().stream().filter(d -> d.naam().equals("Aa Boodschappenmaatje " + code)).findFirst().orElseThrow().id();
        mvc.perform(post("/besluiten/" + bijstand + "/voorliggend").with(CONSULENT).with(csrf()).param("versie", versie(html))
                        .param("regels[0].dienstId", dienst.toString()).param("regels[0].bekeken", "ja").param("regels[0].waaromNiet", "Past niet."))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("Alleen bij een Wmo-maatwerkvoorziening")));
        assertThat(vastgelegd(bijstand)).isEmpty();
        // Another team's professional does not learn that the decision exists.
        String ander = new TestData(jdbc).account("voorliggend-escamp-" + code, "CONSULENT", "wijkteam-escamp");
        mvc.perform(post("/besluiten/" + wmo() + "/voorliggend").with(user(ander).roles("CONSULENT")).with(csrf()).param("versie", "1")
                .param("regels[0].dienstId", dienst.toString())).andExpect(status().isNotFound());
    }
}

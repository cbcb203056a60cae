package nl.maatwerk.berekening;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class BestaanszekerheidApiTest {

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions bereken(String json) throws Exception {
        return mvc.perform(post("/api/v1/berekeningen/bestaanszekerheid").with(httpBasic("consulent", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void theContractsSingleHouseholdWithARecoveryComesOutToTheCentWithTheSignalAndSources() throws Exception {
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}],
                 "maatregel":{"soort":"terugvordering","bedrag":7040.00,"aflossingPerMaand":250.00}}
                """)
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"inclusiefVakantietoeslag\":1369.06")))
                .andExpect(jsonPath("$.bijstandsnorm.exclusiefVakantietoeslag").value(1300.61))
                .andExpect(jsonPath("$.bijstandsnorm.vakantietoeslag").value(68.45))
                .andExpect(jsonPath("$.bijstandsnorm.aantalKostendelers").value(1))
                .andExpect(jsonPath("$.beslagvrijeVoet").value(1300.61))
                .andExpect(jsonPath("$.maatregel.maximaleAflossingPerMaand").value(68.45))
                .andExpect(jsonPath("$.maatregel.aantalMaanden").value(103))
                .andExpect(jsonPath("$.signalen[*].code", hasItem("ONDER_BESLAGVRIJE_VOET")))
                .andExpect(jsonPath("$.uitleg[0].bron", startsWith("jci1.3:c:BWBR")))
                .andExpect(jsonPath("$.menselijkeAfweging[0].code").value("DRINGENDE_REDENEN"));
    }

    @Test
    void twoCostSharersOf27AndOlderGiveTheBulkExamplesNumbers() throws Exception {
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"},
                  {"rol":"medebewoner","geboortedatum":"1960-01-01"},{"rol":"medebewoner","geboortedatum":"1999-03-02","uitzondering":"student"}],
                 "maatregel":{"soort":"terugvordering","bedrag":7040.00,"aflossingPerMaand":250.00}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bijstandsnorm.inclusiefVakantietoeslag").value(977.90))
                .andExpect(jsonPath("$.bijstandsnorm.vakantietoeslag").value(48.90))
                .andExpect(jsonPath("$.bijstandsnorm.aantalKostendelers").value(2))
                .andExpect(jsonPath("$.beslagvrijeVoet").value(929.00))
                .andExpect(jsonPath("$.maatregel.maximaleAflossingPerMaand").value(48.90));
    }

    @Test
    void badInputIsA400ThatNamesEveryFieldAndImpossibleHouseholdsAreRefusedInDutch() throws Exception {
        bereken("""
                {"leden":[{"rol":"opa"},{"rol":"kind","geboortedatum":"2015-01-01","uitzondering":"rijk"}],
                 "maatregel":{"soort":"boete","bedrag":-5,"aflossingPerMaand":1.234}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("peildatum", "leden[0].rol",
                        "leden[0].geboortedatum", "leden[1].uitzondering", "maatregel.soort", "maatregel.bedrag",
                        "maatregel.aflossingPerMaand")));
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"},{"rol":"aanvrager","geboortedatum":"1991-05-01"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("leden"))
                .andExpect(jsonPath("$.invalidParams[0].reason", startsWith("Een huishouden heeft precies één aanvrager")));
        bereken("""
                {"peildatum":"2018-12-31","leden":[{"rol":"aanvrager","geboortedatum":"1970-05-01"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("peildatum"));
    }

    @Test
    void aWmoContributionStacksWithTheRecoveryAndLeavesLessToRepay() throws Exception {
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}],
                 "maatregel":{"soort":"terugvordering","bedrag":7040.00,"aflossingPerMaand":50.00},"wmoBijdrage":{}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maatregel.maximaleAflossingPerMaand").value(47.45))
                .andExpect(jsonPath("$.maatregel.aantalMaanden").value(149))
                .andExpect(jsonPath("$.signalen[*].code", hasItem("ONDER_BESLAGVRIJE_VOET")))
                .andExpect(jsonPath("$.uitleg[*].regel", hasItem("wmo-bijdrage")));
    }

    @Test
    void municipalTaxesAreWaivedFullyAtHundredPercentPaidAtTheDefaultAndAnOutOfRangePercentageNamesItsField() throws Exception {
        String huishouden = "\"peildatum\":\"2025-09-01\",\"leden\":[{\"rol\":\"aanvrager\",\"geboortedatum\":\"1990-05-01\"}]";
        // The law deducts these expenses; 0.00 says there are none, which keeps the numbers from before.
        String geenUitgaven = ",\"woonlastenBovenDrempelPerMaand\":0.00,\"zorgpremieBovenStandaardPerMaand\":0.00";
        bereken("{" + huishouden + ",\"kwijtschelding\":{\"aanslagPerJaar\":400.00,\"kostenVanBestaanPercentage\":100" + geenUitgaven + "}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kwijtschelding.geconcludeerd").value(true))
                .andExpect(jsonPath("$.kwijtschelding.ontbrekend").isEmpty())
                .andExpect(jsonPath("$.kwijtschelding.kwijtgescholden").value(400.00))
                .andExpect(jsonPath("$.kwijtschelding.teBetalen").value(0.00))
                .andExpect(jsonPath("$.uitleg[*].regel", hasItem("kwijtschelding")));
        bereken("{" + huishouden + ",\"kwijtschelding\":{\"aanslagPerJaar\":400.00" + geenUitgaven + "}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kwijtschelding.kostenVanBestaanPercentage").value(90.00))
                .andExpect(jsonPath("$.kwijtschelding.teBetalenPerMaand").value(33.33))
                .andExpect(jsonPath("$.kwijtschelding.kwijtgescholden").value(0.00));
        bereken("{" + huishouden + ",\"kwijtschelding\":{\"aanslagPerJaar\":400.00,\"kostenVanBestaanPercentage\":85}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("kwijtschelding.kostenVanBestaanPercentage"))
                .andExpect(jsonPath("$.invalidParams[0].reason", startsWith("Het percentage voor de kosten van bestaan ligt tussen 90 en 100")));
    }

    @Test
    void withoutTheExpensesTheWaiverIsNotConcludedItNamesWhatIsMissingAndStatesNoAmounts() throws Exception {
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}],
                 "kwijtschelding":{"aanslagPerJaar":400.00}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kwijtschelding.geconcludeerd").value(false))
                .andExpect(jsonPath("$.kwijtschelding.ontbrekend", containsInAnyOrder("de netto woonlasten boven de drempel",
                        "de premie van de zorgverzekering boven de standaardpremie")))
                .andExpect(jsonPath("$.kwijtschelding.kostenVanBestaanPercentage").value(90.00))
                // Left out, not 0: a 0 would say nothing is waived.
                .andExpect(jsonPath("$.kwijtschelding.betalingscapaciteitPerMaand").doesNotExist())
                .andExpect(jsonPath("$.kwijtschelding.kwijtgescholden").doesNotExist())
                .andExpect(jsonPath("$.kwijtschelding.teBetalen").doesNotExist())
                .andExpect(jsonPath("$.kwijtschelding.teBetalenPerMaand").doesNotExist())
                .andExpect(jsonPath("$.signalen[*].code", hasItem("KAN_NIET_CONCLUDEREN")))
                .andExpect(content().string(not(containsString("null"))));
        // One expense given: only the other one is missing.
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}],
                 "kwijtschelding":{"aanslagPerJaar":400.00,"woonlastenBovenDrempelPerMaand":0.00}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kwijtschelding.geconcludeerd").value(false))
                .andExpect(jsonPath("$.kwijtschelding.ontbrekend", contains("de premie van de zorgverzekering boven de standaardpremie")))
                .andExpect(jsonPath("$.kwijtschelding.kwijtgescholden").doesNotExist());
    }

    @Test
    void theExpensesLowerThePaymentCapacityToTheFeaturesNumbers() throws Exception {
        // 130.06 - 50.00 - 10.00 = 70.06; 80% x 12 x 70.06 = 672.58 to pay, 56.05 a month, 127.42 waived.
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}],
                 "kwijtschelding":{"aanslagPerJaar":800.00,"woonlastenBovenDrempelPerMaand":50.00,"zorgpremieBovenStandaardPerMaand":10.00}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kwijtschelding.geconcludeerd").value(true))
                .andExpect(jsonPath("$.kwijtschelding.betalingscapaciteitPerMaand").value(70.06))
                .andExpect(jsonPath("$.kwijtschelding.teBetalen").value(672.58))
                .andExpect(jsonPath("$.kwijtschelding.teBetalenPerMaand").value(56.05))
                .andExpect(jsonPath("$.kwijtschelding.kwijtgescholden").value(127.42))
                .andExpect(jsonPath("$.signalen[*].code", not(hasItem("KAN_NIET_CONCLUDEREN"))));
    }

    @Test
    void badExpensesAreA400ThatNamesEachFieldInDutch() throws Exception {
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}],
                 "kwijtschelding":{"aanslagPerJaar":400.00,"woonlastenBovenDrempelPerMaand":-1.00,"zorgpremieBovenStandaardPerMaand":1.234}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("kwijtschelding.woonlastenBovenDrempelPerMaand",
                        "kwijtschelding.zorgpremieBovenStandaardPerMaand")))
                .andExpect(jsonPath("$.invalidParams[*].reason", hasItem("De woonlasten boven de drempel zijn 0 of meer.")))
                .andExpect(jsonPath("$.invalidParams[*].reason", hasItem("Een bedrag heeft hoogstens twee cijfers achter de komma.")));
        bereken("""
                {"peildatum":"2025-09-01","leden":[{"rol":"aanvrager","geboortedatum":"1990-05-01"}],
                 "kwijtschelding":{"aanslagPerJaar":400.00,"woonlastenBovenDrempelPerMaand":0,"zorgpremieBovenStandaardPerMaand":-0.01}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("kwijtschelding.zorgpremieBovenStandaardPerMaand"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("De zorgpremie boven de standaardpremie is 0 of meer."));
    }

    @Test
    void aNineteenYearOldGetsTheYouthNormAVoetFromThatOwnNormAndAPointToWeigh() throws Exception {
        bereken("""
                {"peildatum":"2025-03-01","leden":[{"rol":"aanvrager","geboortedatum":"2005-06-01"}],
                 "maatregel":{"soort":"terugvordering","bedrag":500.00}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bijstandsnorm.inclusiefVakantietoeslag").value(332.17))
                // Since issue #11 the voet is 95% of the youth norm itself (their income), so the vakantiegeld is the room.
                .andExpect(jsonPath("$.beslagvrijeVoet").value(315.56))
                .andExpect(jsonPath("$.maatregel.maximaleAflossingPerMaand").value(16.61))
                .andExpect(jsonPath("$.menselijkeAfweging[*].code", hasItem("AANVULLING_JONGERENNORM")));
    }
}

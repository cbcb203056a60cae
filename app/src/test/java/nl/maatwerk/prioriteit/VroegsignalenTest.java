package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.maatwerk.TestData;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.toegang.Werkvoorraad.Bijdrage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@WithMockUser(username = "consulent", roles = "CONSULENT")
class VroegsignalenTest {

    @Autowired
    Vroegsignalen signalen;

    @Autowired
    Wachtrij wachtrij;

    @Autowired
    JdbcClient jdbc;

    TestData data;
    UUID huishouden;
    UUID adresHuishouden;
    String bsn;
    String postcode;
    String onbekendBsn;
    String datum;

    @BeforeEach
    void gegevens() {
        data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Signaaltest", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Signaaltest", LocalDate.of(1979, 2, 2));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        bsn = data.bsnVan(inwoner);
        postcode = "8" + ThreadLocalRandom.current().nextInt(100, 1000) + "QX";
        adresHuishouden = data.huishouden("Huishouden Adrestest", "wijkteam-centrum");
        UUID opAdres = data.inwoner(TestData.nieuwBsn(), "Adrestest", LocalDate.of(1990, 5, 5), postcode, 12);
        data.lid(adresHuishouden, opAdres, "aanvrager", LocalDate.of(2020, 1, 1), null);
        onbekendBsn = TestData.nieuwBsn();
        datum = LocalDate.now().minusDays(3).toString();
    }

    private String csv() {
        return String.join("\n",
                "schuldeiser_type,schuldeiser,bsn,postcode,huisnummer,toevoeging,bedrag,maanden,datum",
                "verhuurder,Woonstad,%s,,,,1250.00,3,%s".formatted(bsn, datum),                 // 2: by BSN
                "energie,Stroom BV,,%s,12,,310.40,2,%s".formatted(postcode, datum),             // 3: by address
                "water,Dunea,%s,,,,88.00,1,%s".formatted(onbekendBsn, datum),                   // 4: unmatched, outreach record
                "verhuurder,Woonstad,%s,,,,1250.00,3,%s".formatted(bsn, datum),                 // 5: same as 2
                "bank,Geldhuis,123456789,,,,-5,x,morgen",                                       // 6: everything wrong
                "zorgverzekeraar,Zorg NL,,,,,100.00,2,%s".formatted(datum),                     // 7: nobody to find
                "energie,Stroom BV,%s,,,,20.00".formatted(bsn),                                 // 8: columns missing
                "zorgverzekeraar,Zorg NL,%s,,,,99.999,2,%s".formatted(bsn, LocalDate.now().plusDays(2)));  // 9: three decimals, future
    }

    @Test
    void badAndDuplicateLinesAreReportedByLineTheRestImportsAndASecondImportAddsNothing() {
        Vroegsignalen.Verslag v = signalen.importeer("signalen.csv", null, csv());
        assertThat(v.regels()).isEqualTo(8);
        assertThat(v.nieuw()).isEqualTo(3);
        assertThat(v.dubbel()).isEqualTo(1);
        assertThat(v.fout()).isEqualTo(4);
        assertThat(v.fouten()).extracting(Vroegsignalen.Regeluitkomst::regel).containsExactly(5, 6, 7, 8, 9);
        assertThat(v.uitkomsten().get(3).reden()).contains("regel 2");
        String zes = v.uitkomsten().get(4).reden();
        assertThat(zes).contains("soort schuldeiser", "BSN", "bedrag", "maanden", "datum");
        assertThat(v.uitkomsten().get(5).reden()).contains("postcode met huisnummer");
        assertThat(v.uitkomsten().get(6).reden()).contains("kolommen");
        assertThat(v.uitkomsten().get(7).reden()).contains("twee cijfers", "toekomst");

        List<Vroegsignaal> gekoppeld = signalen.lijst(new Vroegsignalen.Filter(huishouden, null), 1, 20).signalen();
        assertThat(gekoppeld).singleElement().satisfies(s -> {
            assertThat(s.koppeling()).isEqualTo("bsn");
            assertThat(s.bedrag()).isEqualByComparingTo("1250.00");
        });
        assertThat(signalen.lijst(new Vroegsignalen.Filter(adresHuishouden, null), 1, 20).signalen())
                .singleElement().extracting(Vroegsignaal::koppeling).isEqualTo("adres");
        Long ongekoppeld = jdbc.sql("select count(*) from prioriteit.vroegsignaal where bsn = ? and huishouden_id is null and team_id = 'wijkteam-centrum'")
                .param(onbekendBsn).query(Long.class).single();
        assertThat(ongekoppeld).as("an unmatched signal stays as an outreach record of the importing team").isEqualTo(1);

        Vroegsignalen.Verslag nogEens = signalen.importeer("signalen.csv", null, csv());
        assertThat(nogEens.nieuw()).isZero();
        assertThat(nogEens.dubbel()).isEqualTo(4);
        assertThat(nogEens.uitkomsten()).filteredOn(u -> u.regel() == 2).singleElement()
                .extracting(Vroegsignalen.Regeluitkomst::reden).asString().contains("al eerder ingelezen");
        String json = """
                [{"schuldeiserType":"verhuurder","schuldeiser":"Woonstad","bsn":"%s","bedrag":1250.00,"maanden":3,"datum":"%s"},
                 {"schuldeiserType":"water","schuldeiser":"Dunea","bsn":"%s","bedrag":42.5,"maanden":1,"datum":"%s"},
                 {"schuldeiserType":"water"}, 7]
                """.formatted(bsn, datum, bsn, datum);
        Vroegsignalen.Verslag alsJson = signalen.importeer("signalen.json", null, json);
        assertThat(alsJson.nieuw()).as("JSON: the CSV's row is known, the new one is added").isEqualTo(1);
        assertThat(alsJson.dubbel()).isEqualTo(1);
        assertThat(alsJson.fouten()).extracting(Vroegsignalen.Regeluitkomst::regel).containsExactly(1, 3, 4);
    }

    @Test
    void amountsKeepTheirDecimalsWithSemicolonsAndCommasAndAnAmbiguousOneIsALineError() {
        for (String scheiding : List.of(";", ",")) {
            String naam = scheiding.equals(";") ? "Decimaal puntkomma" : "Decimaal komma";
            String kop = String.join(scheiding, "schuldeiserType", "schuldeiser", "bsn", "bedrag", "maanden", "datum");
            String komma = scheiding.equals(",") ? "\"1.845,50\"" : "1.845,50";
            Vroegsignalen.Verslag v = signalen.importeer("s.csv", "csv", String.join("\n", kop,
                    String.join(scheiding, "energie", naam, bsn, "412.50", "1", datum),
                    String.join(scheiding, "water", naam, bsn, komma, "2", datum),
                    String.join(scheiding, "verhuurder", naam, bsn, "1.845", "3", datum)));
            assertThat(v.nieuw()).as("separator %s", scheiding).isEqualTo(2);
            assertThat(v.fouten()).singleElement().satisfies(u -> {
                assertThat(u.regel()).isEqualTo(4);
                assertThat(u.reden()).contains("niet eenduidig");
            });
            assertThat(jdbc.sql("select bedrag from prioriteit.vroegsignaal where schuldeiser = ? order by bedrag").param(naam)
                    .query(java.math.BigDecimal.class).list()).usingElementComparator(java.math.BigDecimal::compareTo)
                    .containsExactly(new java.math.BigDecimal("412.50"), new java.math.BigDecimal("1845.50"));
        }
    }

    @Test
    void theDemoCityHasSignalsWithOutreachAndAnUnsafeHouseholdInTheConsulentsTeam() {
        assertThat(jdbc.sql("select count(*) from prioriteit.vroegsignaal where sleutel like 'demo-%'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from prioriteit.vroegsignaal_actie a join prioriteit.vroegsignaal s on s.id = a.signaal_id where s.sleutel like 'demo-%'")
                .query(Long.class).single()).isPositive();
        assertThat(wachtrij.vanMijnTeam().plaatsen()).anySatisfy(p -> assertThat(p.item().waarom().bijdragen())
                .anySatisfy(b -> assertThat(b.factor()).isEqualTo("Acuut onveilig")));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        assertThatThrownBy(() -> signalen.importeer("x.json", "json", "{kapot"))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().getFirst().reden()).contains("geen geldige JSON"));
        assertThatThrownBy(() -> signalen.importeer("x.csv", "csv", "a,b,c\n1,2,3"))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().getFirst().reden()).contains("kolomnamen"));
    }

    @Test
    void theHouseholdWithASignalIsInTheTeamQueueWithItsExplanation() {
        signalen.importeer("s.csv", "csv", csv());
        Wachtrij.Plaats p = wachtrij.vanMijnTeam().plaatsen().stream().filter(x -> x.item().huishoudenId().equals(huishouden)).findFirst()
                .orElseThrow();
        assertThat(p.item().waarom().bijdragen()).extracting(Bijdrage::factor)
                .contains("Betalingsachterstand (bedrag)", "Betalingsachterstand (maanden)");
        // 12 × € 100 × 2 = 24 and 3 months × 3 = 9: 33 points; no request, so no deadline; waited less than a week.
        assertThat(p.item().waarom().punten()).isEqualTo(33);
    }

    @Test
    void outreachFollowsItsStepsAndTheFeedbackSaysWhetherContactWasMade() {
        // Each step names the version it was based on (docs/conventies.md); here always the current one.
        signalen.importeer("s.csv", "csv", csv());
        UUID id = signalen.lijst(new Vroegsignalen.Filter(huishouden, null), 1, 5).signalen().getFirst().id();
        LocalDate vandaag = LocalDate.now();
        assertThatThrownBy(() -> signalen.legVast(id, "geaccepteerd", null, null, vandaag, versie(id)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).extracting(OngeldigeInvoerException.Fout::code)
                        .contains("order"));
        assertThatThrownBy(() -> signalen.legVast(id, "telefoon", null, "x".repeat(1001), vandaag.plusDays(1), versie(id)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).extracting(OngeldigeInvoerException.Fout::veld)
                        .containsExactlyInAnyOrder("contact", "datum", "notitie"));
        // An unknown step is refused as every Keuze refuses an unknown code, listed with the other fields.
        assertThatThrownBy(() -> signalen.legVast(id, "bellen", null, null, vandaag.plusDays(1), versie(id)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> {
                    assertThat(e.fouten()).extracting(OngeldigeInvoerException.Fout::veld).containsExactlyInAnyOrder("soort", "datum");
                    assertThat(e.fouten().getFirst().reden()).startsWith("Onbekende soort stap: bellen");
                });
        signalen.legVast(id, "brief", false, "Brief gestuurd", vandaag.minusDays(2), versie(id));
        assertThat(signalen.lees(id).status()).isEqualTo("open");
        // The page sends the constant's name (Keuze.opties), the API the code; both are the same step.
        signalen.legVast(id, "HUISBEZOEK", true, "Gesproken met mevrouw", vandaag.minusDays(1), versie(id));
        signalen.legVast(id, "aanbod", null, "Budgetcoach", vandaag, versie(id));
        signalen.legVast(id, "geaccepteerd", null, null, vandaag, versie(id));
        Vroegsignaal s = signalen.legVast(id, "terugmelding", null, null, vandaag, versie(id));
        assertThat(s.status()).isEqualTo("geaccepteerd");
        assertThat(s.eersteContactOp()).isEqualTo(vandaag.minusDays(1));
        assertThat(s.teruggemeldOp()).isEqualTo(vandaag);
        assertThat(s.acties().getLast().contact()).as("feedback says contact was made").isTrue();
        assertThat(s.acties()).hasSize(5);
        signalen.legVast(id, "afgesloten", null, null, vandaag, versie(id));
        assertThatThrownBy(() -> signalen.legVast(id, "telefoon", true, null, vandaag, versie(id))).isInstanceOf(OngeldigeInvoerException.class);
    }

    private Integer versie(UUID id) {
        return signalen.lees(id).versie();
    }

    @Test
    @WithMockUser(username = "beleid", roles = "BELEID")
    void policySeesTheDashboardButNoSignal() {
        assertThat(signalen.dashboard()).extracting(Vroegsignalen.Dashboardregel::schuldeiserType)
                .containsExactly("Verhuurder", "Energieleverancier", "Drinkwaterbedrijf", "Zorgverzekeraar");
        assertThatThrownBy(() -> signalen.lijst(new Vroegsignalen.Filter(null, null), 1, 10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}

package nl.maatwerk.socialekaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.toegang.AanbodInPlan.Behoefte;
import nl.maatwerk.toegang.Levensdomein;
import org.junit.jupiter.api.Test;

/** Matching and the synonym search, without Spring: general and informal first, the offer's own conditions, the reason in words. */
class PassendTest {

    private static final LocalDate DAG = LocalDate.of(2026, 12, 7);

    static Dienst dienst(String naam, Soort soort, Set<Levensdomein> domeinen, Integer van, Integer tot, Set<Huishoudtype> typen,
            Kosten kosten, String wijk) {
        return new Dienst(UUID.randomUUID(), naam, new Dienst.Organisatie(UUID.randomUUID(), "org-" + naam, "Org " + naam, "", null, null, null),
                naam, "Beschrijving van " + naam, soort, new Dienst.Voorwaarden(domeinen, van, tot, typen, null, ""), kosten,
                kosten == Kosten.GRATIS ? null : new java.math.BigDecimal("2.50"), "", "", "", null, null, null,
                new Dienst.Locatie("", "", "", "Den Haag", wijk), DAG, null, null, null, 1);
    }

    @Test
    void matchingCanReadOnlyAgesTheKindOfHouseholdAndTheWijkNeverAProtectedAttribute() {
        // Huishoudprofiel is all that Passend gets about a household. A new component (a nationality, a language, a
        // postcode) fails here first, so adding one is a decision someone makes on purpose (docs/sociale-kaart.md).
        assertThat(java.util.Arrays.stream(Huishoudprofiel.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
                .containsExactly("leeftijden", "type", "wijk");
        assertThat(java.util.Arrays.stream(Passend.class.getDeclaredMethods()).filter(m -> m.getName().equals("voor"))
                .flatMap(m -> java.util.Arrays.stream(m.getParameterTypes())).map(Class::getSimpleName))
                .containsExactly("List", "Huishoudprofiel", "Map");
    }

    @Test
    void generalAndInformalOffersComeBeforeAProvidersAndTheHouseholdsWijkBeforeTheCity() {
        Huishoudprofiel profiel = new Huishoudprofiel(List.of(40), Huishoudtype.ALLEENSTAAND, "Laak");
        Dienst aanbieder = dienst("Budgetbeheer", Soort.AANBIEDER, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(), Kosten.GRATIS, "Laak");
        Dienst stad = dienst("Geldspreekuur stad", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(), Kosten.GRATIS, "");
        Dienst wijk = dienst("Geldspreekuur Laak", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(), Kosten.GRATIS, "Laak");
        Dienst ander = dienst("Geldspreekuur Escamp", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(),
                Kosten.GRATIS, "Escamp");
        Dienst ouderen = dienst("Alleen ouderen", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.FINANCIEN), 65, null, Set.of(), Kosten.GRATIS, "Laak");
        Dienst gezinnen = dienst("Alleen gezinnen", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.FINANCIEN), null, null,
                Set.of(Huishoudtype.GEZIN), Kosten.GRATIS, "Laak");
        Dienst anderDomein = dienst("Koffie", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.SOCIAAL_NETWERK), null, null, Set.of(), Kosten.GRATIS, "Laak");

        List<Passend.Suggestie> top = Passend.top(List.of(aanbieder, stad, wijk, ander, ouderen, gezinnen, anderDomein), Levensdomein.FINANCIEN, profiel);

        assertThat(top).extracting(s -> s.dienst().naam()).containsExactly("Geldspreekuur Laak", "Geldspreekuur stad", "Geldspreekuur Escamp");
        assertThat(top.getFirst().reden()).isEqualTo("gratis, in uw wijk, bij geldzorgen, algemene voorziening (voorliggend)");
        assertThat(top.get(1).reden()).contains("voor de hele stad");
        assertThat(top.get(2).reden()).contains("in Escamp");
    }

    @Test
    void anOfferWhoseOwnAgeLimitFitsAMemberRanksAboveAnOpenOneAndSaysSo() {
        Huishoudprofiel profiel = new Huishoudprofiel(List.of(70, 68), Huishoudtype.PAAR, "Centrum");
        Dienst open = dienst("Koffieochtend", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.SOCIAAL_NETWERK), null, null, Set.of(), Kosten.GRATIS, "Centrum");
        Dienst ouderen = dienst("Maatje voor ouderen", Soort.VRIJWILLIGERSORGANISATIE, EnumSet.of(Levensdomein.SOCIAAL_NETWERK), 65, null,
                Set.of(Huishoudtype.ALLEENSTAAND, Huishoudtype.PAAR), Kosten.GRATIS, "Centrum");
        Dienst jongeren = dienst("Jongerenwerk", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.SOCIAAL_NETWERK), 12, 23, Set.of(), Kosten.GRATIS, "Centrum");

        List<Passend.Suggestie> top = Passend.top(List.of(open, ouderen, jongeren), Levensdomein.SOCIAAL_NETWERK, profiel);

        assertThat(top).extracting(s -> s.dienst().naam()).containsExactly("Maatje voor ouderen", "Koffieochtend");
        assertThat(top.getFirst().reden()).isEqualTo("gratis, in uw wijk, voor vanaf 65 jaar, voor stellen, tegen eenzaamheid, "
                + "vrijwilligersorganisatie (voorliggend)");
    }

    @Test
    void everyNeedGetsAtMostThreeAndANeedWithoutOfferGetsNone() {
        Huishoudprofiel profiel = new Huishoudprofiel(List.of(30), Huishoudtype.ALLEENSTAAND, null);
        List<Dienst> vijf = java.util.stream.IntStream.range(0, 5).mapToObj(i -> dienst("Dienst " + i, Soort.ALGEMENE_VOORZIENING,
                EnumSet.of(Levensdomein.HUISVESTING), null, null, Set.of(), Kosten.GRATIS, "")).toList();
        Catalogus c = Catalogus.van(vijf);
        List<Passend.Match> m = Passend.voor(List.of(new Behoefte(Levensdomein.HUISVESTING, UUID.randomUUID(), "Een huis zonder schimmel", null),
                new Behoefte(Levensdomein.JUSTITIE, null, null, 1)), profiel, c.perDomein());
        assertThat(m.getFirst().suggesties()).hasSize(Passend.AANTAL);
        assertThat(m.get(1).suggesties()).isEmpty();
    }

    @Test
    void theDemoOfferGivesEveryOneOfAFamilysEightNeedsAFullTopThree() {
        // The demo city's offer (150 services) must cover every life domain a family's plan or ZRM can name, with
        // enough fitting services per domain that no need of the demo family comes up short on the household page.
        List<Passend.Match> m = Passend.voor(DemoAanbod.GEZIN_BEHOEFTEN, DemoAanbod.GEZIN, DemoAanbod.catalogus(DAG, 150).perDomein());
        assertThat(m).hasSize(DemoAanbod.GEZIN_BEHOEFTEN.size()).allSatisfy(match -> assertThat(match.suggesties()).hasSize(Passend.AANTAL));
    }

    @Test
    void theSearchFormOffersEveryWijkWithAServiceOnceInOrderAndNoBlankForTheWholeCity() {
        Catalogus c = Catalogus.van(List.of(dienst("B", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(), Kosten.GRATIS, "Laak"),
                dienst("A", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(), Kosten.GRATIS, "Escamp"),
                dienst("C", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(), Kosten.GRATIS, "Laak"),
                dienst("D", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(), Kosten.GRATIS, "")));
        assertThat(c.wijken()).containsExactly("Escamp", "Laak");
    }

    @Test
    void theResidentsWordsFindTheLifeDomain() {
        assertThat(Synoniemen.domeinen("Ik heb schulden")).containsExactly(Levensdomein.FINANCIEN);
        assertThat(Synoniemen.domeinen("ik voel me eenzaam")).containsExactly(Levensdomein.SOCIAAL_NETWERK);
        assertThat(Synoniemen.domeinen("Ik kan de huur niet betalen")).contains(Levensdomein.FINANCIEN, Levensdomein.HUISVESTING);
        assertThat(Synoniemen.domeinen("huur")).isEmpty();
        assertThat(Synoniemen.domeinen("Financiën")).isEmpty();
    }

    @Test
    void aSearchFindsByTheResidentsWordsByTextAndFiltersByWijkAndCost() {
        Dienst geld = dienst("Geldspreekuur", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.FINANCIEN), null, null, Set.of(), Kosten.GRATIS, "Laak");
        Dienst huur = dienst("Huurteam", Soort.ALGEMENE_VOORZIENING, EnumSet.of(Levensdomein.HUISVESTING), null, null, Set.of(), Kosten.GRATIS, "");
        Dienst koffie = dienst("Koffieochtend", Soort.BUURTINITIATIEF, EnumSet.of(Levensdomein.SOCIAAL_NETWERK), null, null, Set.of(),
                Kosten.EIGEN_BIJDRAGE, "Escamp");
        Catalogus c = Catalogus.van(List.of(geld, huur, koffie));

        assertThat(new Zoekvraag("schulden", null, null, null).toepassen(c.items())).containsExactly(geld);
        assertThat(new Zoekvraag("ik kan de huur niet betalen", null, null, null).toepassen(c.items())).containsExactlyInAnyOrder(geld, huur);
        assertThat(new Zoekvraag("eenzaam", null, null, null).toepassen(c.items())).containsExactly(koffie);
        assertThat(new Zoekvraag("koffie", null, null, null).toepassen(c.items())).containsExactly(koffie);
        assertThat(new Zoekvraag(null, null, null, Kosten.GRATIS).toepassen(c.items())).containsExactlyInAnyOrder(geld, huur);
        assertThat(new Zoekvraag(null, null, "laak", null).toepassen(c.items())).containsExactlyInAnyOrder(geld, huur);
        assertThat(new Zoekvraag(null, Levensdomein.SOCIAAL_NETWERK, null, null).toepassen(c.items())).containsExactly(koffie);
        assertThat(new Zoekvraag("xyzzy", null, null, null).toepassen(c.items())).isEmpty();
    }
}

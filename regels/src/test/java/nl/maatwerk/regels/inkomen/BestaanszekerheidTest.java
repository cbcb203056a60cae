package nl.maatwerk.regels.inkomen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import nl.maatwerk.regels.inkomen.Huishoudsituatie.Persoon;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Rol;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Uitzondering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BestaanszekerheidTest {

    static final LocalDate PEIL = LocalDate.of(2025, 9, 1);

    static Persoon aanvrager(String geboren) {
        return new Persoon(Rol.AANVRAGER, LocalDate.parse(geboren));
    }

    static Persoon partner(String geboren) {
        return new Persoon(Rol.PARTNER, LocalDate.parse(geboren));
    }

    static Persoon medebewoner(String geboren) {
        return new Persoon(Rol.MEDEBEWONER, LocalDate.parse(geboren));
    }

    static Persoon kind(String geboren) {
        return new Persoon(Rol.KIND, LocalDate.parse(geboren));
    }

    static Optional<Maatregel> terugvordering(String bedrag, String aflossing) {
        return Optional.of(new Maatregel.Terugvordering(new BigDecimal(bedrag),
                aflossing == null ? Optional.empty() : Optional.of(new BigDecimal(aflossing))));
    }

    static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    @Test
    void contractExampleSinglePersonToTheCent() {
        var r = Bestaanszekerheid.bereken(Huishoudsituatie.van(aanvrager("1990-05-01")), PEIL,
                terugvordering("7040.00", "250.00"));

        assertThat(r.bijstandsnorm().inclusiefVakantietoeslag()).isEqualTo(eur("1369.06"));
        assertThat(r.bijstandsnorm().exclusiefVakantietoeslag()).isEqualTo(eur("1300.61"));
        assertThat(r.bijstandsnorm().vakantietoeslag()).isEqualTo(eur("68.45"));
        assertThat(r.bijstandsnorm().aantalKostendelers()).isEqualTo(1);
        assertThat(r.beslagvrijeVoet()).isEqualTo(eur("1300.61"));
        assertThat(r.maatregel()).get().satisfies(t -> {
            assertThat(t.maximaleAflossingPerMaand()).isEqualTo(eur("68.45"));
            assertThat(t.aantalMaanden()).isEqualTo(103);
        });
        assertThat(r.signalen()).extracting(Bestaanszekerheid.Signaal::code)
                .containsExactly(Bestaanszekerheid.ONDER_BESLAGVRIJE_VOET);
        assertThat(r.uitleg()).extracting(Uitleg::bron).contains("jci1.3:c:BWBR0015703&artikel=19");
        assertThat(r.uitleg().getFirst().alleKnopen()).extracting(Uitleg::bron)
                .contains("jci1.3:c:BWBR0015703&artikel=22a", "jci1.3:c:BWBR0015703&artikel=21");
    }

    @Test
    void contractBulkExampleHalfCentTieStaysExact() {
        // id 1 of the bulk contract: 977.90 incl., 48.90 vt, 2 kostendelers, voet 929.00, max 48.90.
        var h = Huishoudsituatie.van(aanvrager("1990-05-01"), medebewoner("1960-01-01"),
                new Persoon(Rol.MEDEBEWONER, LocalDate.parse("1999-03-02"), Optional.of(Uitzondering.STUDENT)));
        var r = Bestaanszekerheid.bereken(h, PEIL, terugvordering("7040.00", "250.00"));

        assertThat(r.bijstandsnorm().inclusiefVakantietoeslag()).isEqualTo(eur("977.90"));
        assertThat(r.bijstandsnorm().vakantietoeslag()).isEqualTo(eur("48.90"));
        assertThat(r.bijstandsnorm().aantalKostendelers()).isEqualTo(2);
        assertThat(r.beslagvrijeVoet()).isEqualTo(eur("929.00"));
        assertThat(r.maatregel().orElseThrow().maximaleAflossingPerMaand()).isEqualTo(eur("48.90"));
        // 7040.00 / 48.90 = 143.97, so 144 months: more than ten years (art. 58) is now a signal too.
        assertThat(r.signalen()).extracting(Bestaanszekerheid.Signaal::code)
                .containsExactly(Bestaanszekerheid.ONDER_BESLAGVRIJE_VOET, Bestaanszekerheid.LANGER_DAN_TIEN_JAAR);
    }

    @Test
    void repaymentWithinTheMaximumGivesNoSignal() {
        var r = Bestaanszekerheid.bereken(Huishoudsituatie.van(aanvrager("1990-05-01")), PEIL,
                terugvordering("100.00", "68.45"));
        assertThat(r.signalen()).isEmpty();
        assertThat(r.maatregel().orElseThrow().aantalMaanden()).isEqualTo(2);
    }

    @Test
    void recoveryCarriesAPointForHumanJudgementNotADecision() {
        var h = Huishoudsituatie.van(aanvrager("1990-05-01"), kind("2015-01-01"));
        var r = Bestaanszekerheid.bereken(h, PEIL, terugvordering("7040.00", null));
        assertThat(r.afwegingen()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("DRINGENDE_REDENEN");
            assertThat(a.bron()).isEqualTo("jci1.3:c:BWBR0015703&artikel=58");
            assertThat(a.feiten()).containsEntry("looptijd in maanden", "103")
                    .containsEntry("kinderen in het huishouden", "1");
        });
        assertThat(r.uitleg()).anySatisfy(u -> assertThat(u.uitkomst()).startsWith("Menselijke afweging nodig"));
    }

    @Test
    void withoutAMeasureNoRecoveryAndNoJudgement() {
        var r = Bestaanszekerheid.bereken(Huishoudsituatie.van(aanvrager("1990-05-01")), PEIL, Optional.empty());
        assertThat(r.maatregel()).isEmpty();
        assertThat(r.afwegingen()).isEmpty();
        assertThat(r.signalen()).isEmpty();
    }

    @Test
    void singleParentGetsTheSingleNorm() {
        var h = Huishoudsituatie.van(aanvrager("1990-05-01"), kind("2015-01-01"), kind("2020-06-01"));
        var n = Bijstandsnorm.bereken(h, PEIL, Parameters.standaard());
        assertThat(n.inclusiefVakantietoeslag()).isEqualTo(eur("1369.06"));
        assertThat(n.aantalKostendelers()).isEqualTo(1);
    }

    @Test
    void coupleGetsTheCoupleNorm() {
        var n = Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1990-05-01"), partner("1988-02-03")), PEIL,
                Parameters.standaard());
        assertThat(n.inclusiefVakantietoeslag()).isEqualTo(eur("1955.80"));
        assertThat(n.vakantietoeslag()).isEqualTo(eur("97.79"));
        assertThat(n.exclusiefVakantietoeslag()).isEqualTo(eur("1858.01"));
        assertThat(n.aantalKostendelers()).isEqualTo(2);
    }

    @Test
    void coupleIn2026KeepsThePublishedCoupleNorm() {
        var n = Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1990-05-01"), partner("1988-02-03")),
                LocalDate.of(2026, 3, 1), Parameters.standaard());
        assertThat(n.inclusiefVakantietoeslag()).isEqualTo(eur("2002.13"));
    }

    @Test
    void aowSingleAndCouple() {
        var single = Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1950-01-01")), PEIL, Parameters.standaard());
        assertThat(single.inclusiefVakantietoeslag()).isEqualTo(eur("1530.21"));
        assertThat(single.vakantietoeslag()).isEqualTo(eur("76.51"));
        assertThat(single.aowLeeftijd()).isTrue();
        var stel = Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1990-01-01"), partner("1950-01-01")), PEIL,
                Parameters.standaard());
        assertThat(stel.inclusiefVakantietoeslag()).isEqualTo(eur("2094.98"));
    }

    @Test
    void aowAgeStartsOnThe67thBirthday() {
        var opVerjaardag = Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1958-09-01")), PEIL, Parameters.standaard());
        var dagErna = Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1958-09-02")), PEIL, Parameters.standaard());
        assertThat(opVerjaardag.inclusiefVakantietoeslag()).isEqualTo(eur("1530.21"));
        assertThat(dagErna.inclusiefVakantietoeslag()).isEqualTo(eur("1369.06"));
    }

    @ParameterizedTest(name = "A={0}: per persoon {1}, stel {2}")
    @CsvSource({
            "1, 1369.06, ",
            "2, 977.90, 1955.80",
            "3, 847.51, 1695.02",
            "4, 782.32, 1564.64",
            "5, 743.20, 1486.40"
    })
    void kostendelersOneToFive(int a, String perPersoon, String stel) {
        var alleen = new java.util.ArrayList<Persoon>();
        alleen.add(aanvrager("1980-01-01"));
        for (int i = 1; i < a; i++) {
            alleen.add(medebewoner("1970-01-01"));
        }
        var n = Bijstandsnorm.bereken(new Huishoudsituatie(alleen), PEIL, Parameters.standaard());
        assertThat(n.aantalKostendelers()).isEqualTo(a);
        assertThat(n.inclusiefVakantietoeslag()).isEqualTo(eur(perPersoon));
        if (stel != null && a >= 3) {
            var metPartner = new java.util.ArrayList<Persoon>();
            metPartner.add(aanvrager("1980-01-01"));
            metPartner.add(partner("1981-01-01"));
            for (int i = 2; i < a; i++) {
                metPartner.add(medebewoner("1970-01-01"));
            }
            var s = Bijstandsnorm.bereken(new Huishoudsituatie(metPartner), PEIL, Parameters.standaard());
            assertThat(s.aantalKostendelers()).isEqualTo(a);
            assertThat(s.inclusiefVakantietoeslag()).isEqualTo(eur(stel));
        }
    }

    @Test
    void housemateCountsFromThe27thBirthdayExactly() {
        var opVerjaardag = Kostendelers.tel(Huishoudsituatie.van(aanvrager("1980-01-01"), medebewoner("1998-09-01")),
                PEIL, Parameters.standaard());
        var dagVoor = Kostendelers.tel(Huishoudsituatie.van(aanvrager("1980-01-01"), medebewoner("1998-09-02")),
                PEIL, Parameters.standaard());
        assertThat(opVerjaardag.aantal()).isEqualTo(2);
        assertThat(dagVoor.aantal()).isEqualTo(1);
    }

    @Test
    void adultChildCountsLikeAnyHousemate() {
        var h = Huishoudsituatie.van(aanvrager("1960-01-01"), kind("1995-01-01"), kind("2005-01-01"));
        assertThat(Kostendelers.tel(h, PEIL, Parameters.standaard()).aantal()).isEqualTo(2);
    }

    @Test
    void studentAndCommercialTenantDoNotCount() {
        var h = Huishoudsituatie.van(aanvrager("1980-01-01"),
                new Persoon(Rol.MEDEBEWONER, LocalDate.parse("1990-01-01"), Optional.of(Uitzondering.STUDENT)),
                new Persoon(Rol.MEDEBEWONER, LocalDate.parse("1970-01-01"), Optional.of(Uitzondering.COMMERCIELE_HUURDER)));
        var t = Kostendelers.tel(h, PEIL, Parameters.standaard());
        assertThat(t.aantal()).isEqualTo(1);
        assertThat(t.uitleg().onderdelen()).extracting(Uitleg::uitkomst)
                .anySatisfy(u -> assertThat(u).contains("student"))
                .anySatisfy(u -> assertThat(u).contains("commerciële huurder"));
    }

    @Test
    void validityDatesSwitchOnTheFirstOfJuly() {
        var h = Huishoudsituatie.van(aanvrager("1990-05-01"));
        assertThat(Bijstandsnorm.bereken(h, LocalDate.of(2025, 6, 30), Parameters.standaard()).inclusiefVakantietoeslag())
                .isEqualTo(eur("1345.45"));
        assertThat(Bijstandsnorm.bereken(h, LocalDate.of(2025, 7, 1), Parameters.standaard()).inclusiefVakantietoeslag())
                .isEqualTo(eur("1369.06"));
        assertThat(Bijstandsnorm.bereken(h, LocalDate.of(2026, 1, 1), Parameters.standaard()).inclusiefVakantietoeslag())
                .isEqualTo(eur("1401.50"));
    }

    @Test
    void peildatumBeforeTheFirstParameterIsRefusedInDutch() {
        assertThatThrownBy(() -> Bestaanszekerheid.bereken(Huishoudsituatie.van(aanvrager("1990-05-01")),
                LocalDate.of(2018, 12, 31), Optional.empty()))
                .isInstanceOf(Parameters.GeenParameterException.class)
                .hasMessageContaining("Geen waarde")
                .hasMessageContaining("2018-12-31");
    }

    @Test
    void outdatedNormIsRefusedNotUsed() {
        // Norms are known for the first half of 2019 and from 2025 up to the second half of 2026; the
        // half years between and after the newest indexation have no norm.
        assertThatThrownBy(() -> Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1950-01-01")),
                LocalDate.of(2019, 7, 1), Parameters.standaard())).isInstanceOf(Parameters.GeenParameterException.class);
        assertThatThrownBy(() -> Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("2007-01-01")),
                LocalDate.of(2027, 2, 1), Parameters.standaard())).as("youth norms up to the second half of 2026")
                .isInstanceOf(Parameters.GeenParameterException.class)
                .hasMessageContaining("de jongerennorm voor een alleenstaande");
        assertThatThrownBy(() -> Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1950-01-01")),
                LocalDate.of(2027, 1, 1), Parameters.standaard())).isInstanceOf(Parameters.GeenParameterException.class)
                .hasMessageContaining("1 januari en 1 juli")
                .hasMessageContaining("de norm voor een alleenstaande met de AOW-leeftijd")
                .hasMessageContaining(Parameters.BEHEERDER);
        assertThatThrownBy(() -> Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1990-01-01")),
                LocalDate.of(2027, 1, 1), Parameters.standaard())).isInstanceOf(Parameters.GeenParameterException.class);
    }

    @Test
    void aSinglePersonIsToldTheSingleNormIsMissingNotTheCoupleNorm() {
        // Only the single norm is known for this date: a single person can be computed, a couple not.
        var parameters = Parameters.van(Parameters.standaard().alle().stream()
                .filter(p -> !(p.naam().equals(Parameters.NORM_GEHUWDEN) && p.geldigVanaf().equals(LocalDate.of(2025, 7, 1))))
                .toList());
        var alleen = Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1990-05-01")), LocalDate.of(2025, 9, 1), parameters);
        assertThat(alleen.inclusiefVakantietoeslag()).isEqualTo(eur("1369.06"));
        assertThatThrownBy(() -> Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("1990-05-01"), partner("1991-01-01")),
                LocalDate.of(2025, 9, 1), parameters)).isInstanceOf(Parameters.GeenParameterException.class)
                .hasMessageContaining("de norm voor gehuwden van 21 jaar tot de AOW-leeftijd")
                .hasMessageContaining("Een functioneel beheerder kan de norm toevoegen.");
    }

    @Test
    void before2021TheVoetOfAHouseholdWithKostendelersFollowsTheSingleNorm() {
        // 2019, A = 2: norm 732.54, voet 90% of the single norm 1025.55 = 922.99: no room, never negative.
        var h = Huishoudsituatie.van(aanvrager("1975-05-01"), medebewoner("1990-01-01"));
        var r = Bestaanszekerheid.bereken(h, LocalDate.of(2019, 6, 1), terugvordering("1000.00", "10.00"));
        assertThat(r.bijstandsnorm().inclusiefVakantietoeslag()).isEqualTo(eur("732.54"));
        assertThat(r.beslagvrijeVoet()).isEqualTo(eur("922.99"));
        assertThat(r.ruimteBovenBeslagvrijeVoet()).isZero();
        assertThat(r.maatregel().orElseThrow().maximaleAflossingPerMaand()).isZero();
        assertThat(r.uitleg()).flatExtracting(u -> u.alleKnopen()).extracting(Uitleg::bron)
                .contains("jci1.3:c:BWBR0001827&artikel=475d");
    }

    @Test
    void since2021TheVoetOfAYoungPersonIs95PercentOfTheOwnYouthNorm() {
        var r = Bestaanszekerheid.bereken(Huishoudsituatie.van(aanvrager("2005-06-01")), LocalDate.of(2025, 3, 1), Optional.empty());
        assertThat(r.beslagvrijeVoet()).isEqualTo(eur("315.56"));
        assertThat(r.ruimteBovenBeslagvrijeVoet()).isEqualTo(eur("16.61"));
        assertThat(r.vakantiegeldZin()).hasValueSatisfying(z -> assertThat(z).contains("12 × € 16,61 = € 199,32 per jaar"));
        assertThat(r.uitleg()).extracting(Uitleg::bron).contains("jci1.3:c:BWBR0001827&artikel=475da");
    }

    @Test
    void applicantUnder18IsRefused() {
        assertThatThrownBy(() -> Bijstandsnorm.bereken(Huishoudsituatie.van(aanvrager("2008-01-01")), LocalDate.of(2025, 3, 1),
                Parameters.standaard())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jonger dan 18");
    }

    @Test
    void householdNeedsExactlyOneApplicant() {
        assertThatThrownBy(() -> Huishoudsituatie.van(medebewoner("1990-01-01")))
                .hasMessageContaining("precies één aanvrager");
    }
}

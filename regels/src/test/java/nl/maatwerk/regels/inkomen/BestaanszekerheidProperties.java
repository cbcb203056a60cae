package nl.maatwerk.regels.inkomen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Persoon;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Rol;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Uitzondering;

class BestaanszekerheidProperties {

    /** Peildatums for which the data has norms for everyone (AOW norms start 2025-07-01). */
    @Provide
    Arbitrary<LocalDate> peildatum() {
        return Arbitraries.longs().between(0, LocalDate.of(2025, 12, 31).toEpochDay() - LocalDate.of(2025, 7, 1).toEpochDay())
                .map(d -> LocalDate.of(2025, 7, 1).plusDays(d));
    }

    @Provide
    Arbitrary<LocalDate> peildatumZonderAow() {
        return Arbitraries.longs().between(0, LocalDate.of(2026, 6, 30).toEpochDay() - LocalDate.of(2025, 1, 1).toEpochDay())
                .map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<Persoon> medebewoner() {
        Arbitrary<LocalDate> geboren = Arbitraries.longs()
                .between(LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(2024, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Optional<Uitzondering>> uitzondering = Arbitraries.of(Uitzondering.class).optional(0.3);
        Arbitrary<Rol> rol = Arbitraries.of(Rol.KIND, Rol.MEDEBEWONER);
        return Combinators.combine(rol, geboren, uitzondering).as(Persoon::new);
    }

    @Provide
    Arbitrary<Huishoudsituatie> huishouden() {
        Arbitrary<LocalDate> volwassen = Arbitraries.longs()
                .between(LocalDate.of(1935, 1, 1).toEpochDay(), LocalDate.of(2004, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Optional<LocalDate>> partner = volwassen.optional(0.5);
        Arbitrary<List<Persoon>> anderen = medebewoner().list().ofMaxSize(6);
        return Combinators.combine(volwassen, partner, anderen).as((a, p, rest) -> {
            List<Persoon> leden = new ArrayList<>();
            leden.add(new Persoon(Rol.AANVRAGER, a));
            p.ifPresent(d -> leden.add(new Persoon(Rol.PARTNER, d)));
            leden.addAll(rest);
            return new Huishoudsituatie(leden);
        });
    }

    private static Huishoudsituatie metKostendelers(boolean partner, int extra) {
        List<Persoon> leden = new ArrayList<>();
        leden.add(new Persoon(Rol.AANVRAGER, LocalDate.of(1980, 1, 1)));
        if (partner) {
            leden.add(new Persoon(Rol.PARTNER, LocalDate.of(1982, 1, 1)));
        }
        for (int i = 0; i < extra; i++) {
            leden.add(new Persoon(Rol.MEDEBEWONER, LocalDate.of(1970, 1, 1)));
        }
        return new Huishoudsituatie(leden);
    }

    @Property
    void perPersonNormNeverRisesWhenAKostendelerIsAdded(@ForAll("peildatumZonderAow") LocalDate peil,
            @ForAll boolean partner, @ForAll @IntRange(min = 0, max = 8) int extra) {
        var zonder = Bijstandsnorm.bereken(metKostendelers(partner, extra), peil, Parameters.standaard());
        var met = Bijstandsnorm.bereken(metKostendelers(partner, extra + 1), peil, Parameters.standaard());
        assertThat(met.aantalKostendelers()).isEqualTo(zonder.aantalKostendelers() + 1);
        assertThat(met.perPersoon()).isLessThanOrEqualTo(zonder.perPersoon());
        assertThat(met.inclusiefVakantietoeslag()).isLessThanOrEqualTo(zonder.inclusiefVakantietoeslag());
    }

    @Property
    void coupleWithKostendelersGetsExactlyTwiceThePerPersonAmount(@ForAll("peildatumZonderAow") LocalDate peil,
            @ForAll @IntRange(min = 1, max = 8) int extra) {
        var stel = Bijstandsnorm.bereken(metKostendelers(true, extra), peil, Parameters.standaard());
        var alleen = Bijstandsnorm.bereken(metKostendelers(false, extra + 1), peil, Parameters.standaard());
        assertThat(stel.aantalKostendelers()).isEqualTo(alleen.aantalKostendelers());
        assertThat(stel.inclusiefVakantietoeslag()).isEqualTo(stel.perPersoon().multiply(BigDecimal.TWO));
        assertThat(stel.perPersoon()).isEqualTo(alleen.perPersoon());
    }

    @Property
    void amountsAreNeverNegativeAndTheSplitAddsUp(@ForAll("huishouden") Huishoudsituatie h,
            @ForAll("peildatum") LocalDate peil,
            @ForAll @IntRange(min = 0, max = 5_000_000) int bedragCenten,
            @ForAll @IntRange(min = 0, max = 200_000) int aflossingCenten) {
        var r = Bestaanszekerheid.bereken(h, peil, Optional.of(new Maatregel.Terugvordering(
                BigDecimal.valueOf(bedragCenten, 2), Optional.of(BigDecimal.valueOf(aflossingCenten, 2)))));
        var n = r.bijstandsnorm();
        assertThat(List.of(n.inclusiefVakantietoeslag(), n.exclusiefVakantietoeslag(), n.vakantietoeslag(), n.perPersoon(),
                r.beslagvrijeVoet(), r.maatregel().orElseThrow().maximaleAflossingPerMaand()))
                .allSatisfy(b -> {
                    assertThat(b.signum()).isGreaterThanOrEqualTo(0);
                    assertThat(b.scale()).isEqualTo(2);
                });
        assertThat(n.exclusiefVakantietoeslag().add(n.vakantietoeslag())).isEqualTo(n.inclusiefVakantietoeslag());
        assertThat(r.beslagvrijeVoet().add(r.maatregel().orElseThrow().maximaleAflossingPerMaand()))
                .isEqualTo(n.inclusiefVakantietoeslag());
        assertThat(r.maatregel().orElseThrow().aantalMaanden()).isNotNull().isGreaterThanOrEqualTo(0);
        assertThat(r.signalen().stream().anyMatch(sg -> sg.code().equals(Bestaanszekerheid.ONDER_BESLAGVRIJE_VOET))).isEqualTo(
                BigDecimal.valueOf(aflossingCenten, 2).compareTo(r.maatregel().orElseThrow().maximaleAflossingPerMaand()) > 0);
        assertThat(r.signalen().stream().anyMatch(sg -> sg.code().equals(Bestaanszekerheid.LANGER_DAN_TIEN_JAAR)))
                .isEqualTo(r.maatregel().orElseThrow().aantalMaanden() > 120);
    }

    @Property
    void everyExplanationHasAJuriconnectSource(@ForAll("huishouden") Huishoudsituatie h,
            @ForAll("peildatum") LocalDate peil, @ForAll boolean metTerugvordering) {
        Optional<Maatregel> m = metTerugvordering
                ? Optional.of(new Maatregel.Terugvordering(new BigDecimal("1000.00"), Optional.empty()))
                : Optional.empty();
        var r = Bestaanszekerheid.bereken(h, peil, m);
        assertThat(r.uitleg().stream().flatMap(u -> u.alleKnopen().stream()))
                .isNotEmpty()
                .allSatisfy(u -> {
                    assertThat(u.bron()).matches("jci1\\.3:c:BWBR\\d{7}&artikel=[\\w.:]+(&lid=\\d+)?");
                    assertThat(u.uitkomst()).isNotBlank();
                });
        assertThat(r.afwegingen()).allSatisfy(a -> assertThat(a.bron()).matches("jci1\\.3:c:BWBR\\d{7}&artikel=[\\w.:]+(&lid=\\d+)?"));
    }
    @Provide
    Arbitrary<Huishoudsituatie> jongHuishouden() {
        // On 2025-03-01 these applicants are 18, 19 or 20; partners are young or 21 to 40.
        Arbitrary<LocalDate> jong = Arbitraries.longs()
                .between(LocalDate.of(2004, 3, 2).toEpochDay(), LocalDate.of(2007, 3, 1).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> partner = Arbitraries.longs()
                .between(LocalDate.of(1985, 1, 1).toEpochDay(), LocalDate.of(2007, 3, 1).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<List<LocalDate>> kinderen = Arbitraries.longs()
                .between(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2025, 2, 1).toEpochDay()).map(LocalDate::ofEpochDay)
                .list().ofMaxSize(2);
        return Combinators.combine(jong, partner.optional(0.5), kinderen).as((a, p, k) -> {
            List<Persoon> leden = new ArrayList<>();
            leden.add(new Persoon(Rol.AANVRAGER, a));
            p.ifPresent(d -> leden.add(new Persoon(Rol.PARTNER, d)));
            k.forEach(d -> leden.add(new Persoon(Rol.KIND, d)));
            return new Huishoudsituatie(leden);
        });
    }

    /**
     * Since 2021 the voet of someone on a youth norm is 95% of that own norm (Rv art. 475da: 95% of
     * the income, at most 95% of the norm), so the vakantietoeslag can be repaid. The earlier property
     * asserted the opposite reading (the voet of 21 and older, nothing to repay).
     */
    @Property
    void aYoungPersonsVoetIs95PercentOfTheOwnNormSoTheVakantietoeslagIsTheRoom(@ForAll("jongHuishouden") Huishoudsituatie h) {
        var r = Bestaanszekerheid.bereken(h, LocalDate.of(2025, 3, 1),
                Optional.of(new Maatregel.Terugvordering(new BigDecimal("100.00"), Optional.empty())));
        var n = r.bijstandsnorm();
        assertThat(n.jongerennorm()).isTrue();
        assertThat(n.basisBeslagvrijeVoet()).isEqualTo(n.inclusiefVakantietoeslag());
        assertThat(r.beslagvrijeVoet()).isEqualTo(n.exclusiefVakantietoeslag());
        assertThat(r.maatregel().orElseThrow().maximaleAflossingPerMaand()).isEqualTo(n.vakantietoeslag()).isPositive();
        assertThat(r.afwegingen()).extracting(Bestaanszekerheid.Afweging::code).contains("AANVULLING_JONGERENNORM");
    }

    @Property
    void kwijtscheldingAndWhatIsPaidAddUpToTheAanslagAndAHigherNormNeverWaivesLess(@ForAll("huishouden") Huishoudsituatie h,
            @ForAll("peildatum") LocalDate peil, @ForAll @IntRange(min = 0, max = 500_000) int aanslagCenten,
            @ForAll @IntRange(min = 90, max = 99) int procent) {
        BigDecimal aanslag = BigDecimal.valueOf(aanslagCenten, 2);
        var lager = Bestaanszekerheid.bereken(h, peil, Optional.of(Maatregel.Kwijtschelding.metUitgaven(aanslag,
                Optional.of(BigDecimal.valueOf(procent, 2)), BigDecimal.ZERO, BigDecimal.ZERO))).kwijtschelding().orElseThrow();
        var hoger = Bestaanszekerheid.bereken(h, peil, Optional.of(Maatregel.Kwijtschelding.metUitgaven(aanslag,
                Optional.of(BigDecimal.valueOf(procent + 1, 2)), BigDecimal.ZERO, BigDecimal.ZERO))).kwijtschelding().orElseThrow();
        var zonderUitgaven = Bestaanszekerheid.bereken(h, peil, Optional.of(new Maatregel.Kwijtschelding(aanslag,
                Optional.of(BigDecimal.valueOf(procent, 2))))).kwijtschelding().orElseThrow();
        assertThat(lager.geconcludeerd()).isTrue();
        assertThat(zonderUitgaven.geconcludeerd()).as("no capacity without the allowed expenses").isFalse();
        assertThat(zonderUitgaven.kwijtgescholden()).isNull();
        assertThat(lager.kwijtgescholden().add(lager.teBetalen())).isEqualByComparingTo(aanslag);
        assertThat(List.of(lager.kwijtgescholden(), lager.teBetalen(), lager.teBetalenPerMaand(), lager.betalingscapaciteitPerMaand()))
                .allSatisfy(b -> assertThat(b.signum()).isGreaterThanOrEqualTo(0));
        assertThat(hoger.kwijtgescholden()).isGreaterThanOrEqualTo(lager.kwijtgescholden());
    }

    @Property
    void giftsSplitIntoFreeAndIncomeAndTheRulesOf2026NeverCountMoreThanThoseOfTheirYear(
            @ForAll @IntRange(min = 2015, max = 2030) int vanaf, @ForAll("giften") List<Integer> centenPerJaar) {
        List<Giften.Jaarbedrag> giften = new ArrayList<>();
        for (int i = 0; i < centenPerJaar.size(); i++) {
            giften.add(new Giften.Jaarbedrag(vanaf + i, BigDecimal.valueOf(centenPerJaar.get(i), 2)));
        }
        BigDecimal totaal = giften.stream().map(Giften.Jaarbedrag::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        var eigen = Giften.beoordeel(giften, Optional.empty(), Parameters.standaard());
        var nieuw = Giften.beoordeel(giften, Optional.of(LocalDate.of(2026, 1, 1)), Parameters.standaard());
        assertThat(eigen.vrijgelaten().add(eigen.alsInkomen())).isEqualByComparingTo(totaal);
        assertThat(nieuw.alsInkomen()).isLessThanOrEqualTo(eigen.alsInkomen());
        // The "verantwoord" clause applies to years before 2026 only.
        BigDecimal oudInkomen = eigen.jaren().stream().filter(j -> j.jaar() < 2026).map(Giften.Jaar::alsInkomen)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(eigen.afweging().isPresent()).isEqualTo(oudInkomen.signum() > 0);
        assertThat(nieuw.afweging()).isEmpty();
    }

    @Provide
    Arbitrary<List<Integer>> giften() {
        return Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(5);
    }
}

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
        assertThat(r.signalen().isEmpty()).isEqualTo(
                BigDecimal.valueOf(aflossingCenten, 2).compareTo(r.maatregel().orElseThrow().maximaleAflossingPerMaand()) <= 0);
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
}

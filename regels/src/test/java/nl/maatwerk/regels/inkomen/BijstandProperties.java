package nl.maatwerk.regels.inkomen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Bijstand next to income: never negative, never more for more income, and the fast path equals the explained one. */
class BijstandProperties {

    record Geval(LocalDate peildatum, LocalDate aanvrager, LocalDate partner, List<LocalDate> medebewoners, LocalDate kind, long loonA,
            Inkomsten.Vrijlating vrijA, long loonP, Inkomsten.Vrijlating vrijP, long uitkering, long alimentatie, long giften) {

        Huishoudsituatie huishouden() {
            List<Huishoudsituatie.Persoon> leden = new ArrayList<>();
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, aanvrager));
            if (partner != null) {
                leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.PARTNER, partner));
            }
            medebewoners.forEach(m -> leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.MEDEBEWONER, m)));
            if (kind != null) {
                leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.KIND, kind));
            }
            return new Huishoudsituatie(leden);
        }

        Inkomsten inkomsten() {
            return new Inkomsten(euro(loonA), vrijA, euro(partner == null ? 0 : loonP), partner == null ? Inkomsten.Vrijlating.GEEN : vrijP,
                    euro(uitkering), euro(alimentatie), euro(giften));
        }
    }

    static BigDecimal euro(long centen) {
        return BigDecimal.valueOf(centen, 2);
    }

    @Provide
    Arbitrary<Geval> gevallen() {
        Arbitrary<LocalDate> peil = Arbitraries.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 5));
        Arbitrary<LocalDate> volwassen = Arbitraries.longs().between(LocalDate.of(1960, 1, 1).toEpochDay(), LocalDate.of(2004, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> kind = Arbitraries.longs().between(LocalDate.of(2008, 1, 1).toEpochDay(), LocalDate.of(2024, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Long> loon = Arbitraries.longs().between(0, 400_000);
        Arbitrary<Long> klein = Arbitraries.longs().between(0, 150_000);
        Arbitrary<Inkomsten.Vrijlating> vrij = Arbitraries.of(Inkomsten.Vrijlating.class);
        Arbitrary<Inkomsten.Vrijlating> vrijPartner = Arbitraries.of(Inkomsten.Vrijlating.GEEN, Inkomsten.Vrijlating.ALGEMEEN,
                Inkomsten.Vrijlating.MEDISCH_UREN_BEPERKT);
        return Builders.withBuilder(() -> new Object[12])
                .use(peil).in((a, v) -> { a[0] = v; return a; })
                .use(volwassen).in((a, v) -> { a[1] = v; return a; })
                .use(volwassen.injectNull(0.5)).in((a, v) -> { a[2] = v; return a; })
                .use(volwassen.list().ofMaxSize(3)).in((a, v) -> { a[3] = v; return a; })
                .use(kind.injectNull(0.5)).in((a, v) -> { a[4] = v; return a; })
                .use(loon).in((a, v) -> { a[5] = v; return a; })
                .use(vrij).in((a, v) -> { a[6] = v; return a; })
                .use(loon).in((a, v) -> { a[7] = v; return a; })
                .use(vrijPartner).in((a, v) -> { a[8] = v; return a; })
                .use(klein).in((a, v) -> { a[9] = v; return a; })
                .use(klein).in((a, v) -> { a[10] = v; return a; })
                .use(Arbitraries.longs().between(0, 500_000)).in((a, v) -> { a[11] = v; return a; })
                .build(a -> new Geval((LocalDate) a[0], (LocalDate) a[1], (LocalDate) a[2], castList(a[3]), (LocalDate) a[4], (Long) a[5],
                        (Inkomsten.Vrijlating) a[6], (Long) a[7], (Inkomsten.Vrijlating) a[8], (Long) a[9], (Long) a[10], (Long) a[11]));
    }

    @SuppressWarnings("unchecked")
    private static List<LocalDate> castList(Object o) {
        return (List<LocalDate>) o;
    }

    /** The explained outcome, or empty when the rules refuse this case (a norm or an amount the data lacks). */
    private static Optional<Maandbudget.Uitkomst> uitgelegd(Geval g, Inkomsten inkomsten) {
        try {
            return Optional.of(Maandbudget.bereken(g.huishouden(), g.peildatum(), inkomsten, Parameters.standaard()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Property(tries = 1000)
    void bijstandZorgtoeslagAndTheTotalAreNeverNegative(@ForAll("gevallen") Geval g) {
        uitgelegd(g, g.inkomsten()).ifPresent(u -> {
            assertThat(u.bijstand().bijstand()).isNotNegative();
            assertThat(u.bijstand().vrijgelaten()).isNotNegative().isLessThanOrEqualTo(u.loon());
            assertThat(u.zorgtoeslag()).isNotNegative();
            assertThat(u.totaal()).isGreaterThanOrEqualTo(u.loon().add(u.uitkeringenEnAlimentatie()));
        });
    }

    @Property(tries = 1000)
    void moreIncomeNeverGivesMoreBijstand(@ForAll("gevallen") Geval g, @ForAll("meer") long meer, @ForAll boolean loonOfUitkering) {
        Inkomsten minder = g.inkomsten();
        Inkomsten meerInkomen = loonOfUitkering ? minder.metLoonAanvrager(minder.nettoLoonAanvrager().add(euro(meer)))
                : new Inkomsten(minder.nettoLoonAanvrager(), minder.vrijlatingAanvrager(), minder.nettoLoonPartner(), minder.vrijlatingPartner(),
                        minder.uitkeringen().add(euro(meer)), minder.alimentatie(), minder.giftenPerJaar());
        Optional<Maandbudget.Uitkomst> a = uitgelegd(g, minder);
        Optional<Maandbudget.Uitkomst> b = uitgelegd(g, meerInkomen);
        if (a.isPresent() && b.isPresent()) {
            assertThat(b.get().bijstand().bijstand()).isLessThanOrEqualTo(a.get().bijstand().bijstand());
            assertThat(b.get().bijstand().inkomen()).isGreaterThanOrEqualTo(a.get().bijstand().inkomen());
        }
    }

    @Provide
    Arbitrary<Long> meer() {
        return Arbitraries.longs().between(1, 200_000);
    }

    @Property(tries = 2000)
    @net.jqwik.api.statistics.StatisticsReport(onFailureOnly = true)
    void theFastPathGivesExactlyTheExplainedOutcomeOrDeclines(@ForAll("gevallen") Geval g) {
        long[] mede = g.medebewoners().stream().mapToLong(LocalDate::toEpochDay).toArray();
        if (g.kind() != null) {
            mede = java.util.Arrays.copyOf(mede, mede.length + 1);
            mede[mede.length - 1] = g.kind().toEpochDay();
        }
        boolean kindJong = g.kind() != null && !g.kind().isAfter(g.peildatum()) && g.kind().plusYears(12).isAfter(g.peildatum());
        Inkomsten i = g.inkomsten();
        SnelleBijstand.Uitkomst uit = new SnelleBijstand.Uitkomst();
        boolean snel;
        try {
            snel = SnelleBijstand.bereken(new SnelleBijstand.Peil(g.peildatum(), Parameters.standaard()), g.aanvrager().toEpochDay(),
                    g.partner() == null ? Long.MIN_VALUE : g.partner().toEpochDay(), mede, new boolean[mede.length], mede.length, kindJong,
                    centen(i.nettoLoonAanvrager()), i.vrijlatingAanvrager(), centen(i.nettoLoonPartner()), i.vrijlatingPartner(),
                    centen(i.uitkeringen()), centen(i.alimentatie()), centen(i.giftenPerJaar()), uit);
        } catch (Parameters.GeenParameterException e) {
            return; // the norms for this date are not known: the explained path refuses too
        }
        Optional<Maandbudget.Uitkomst> u = uitgelegd(g, i);
        net.jqwik.api.statistics.Statistics.collect(snel ? "snel" : "afgewezen");
        if (!snel) {
            return;
        }
        assertThat(u).as("the fast path computed what the explained path refuses").isPresent();
        Maandbudget.Uitkomst r = u.get();
        assertThat(uit.norm.normInclusief).isEqualTo(centen(r.bijstand().norm().inclusiefVakantietoeslag()));
        assertThat(uit.vrijgelaten).isEqualTo(centen(r.bijstand().vrijgelaten()));
        assertThat(uit.inkomen).isEqualTo(centen(r.bijstand().inkomen()));
        assertThat(uit.bijstand).isEqualTo(centen(r.bijstand().bijstand()));
        assertThat(uit.zorgtoeslag).isEqualTo(centen(r.zorgtoeslag()));
        assertThat(uit.totaal).isEqualTo(centen(r.totaal()));
        net.jqwik.api.statistics.Statistics.coverage(c -> c.check("snel").percentage(p -> p > 40));
    }

    @Example
    void theFastPathTakesTheCommonCaseAndGivesTheScenariosNumbers() {
        // The first scenario of inkomen.feature: a single person earning 800 with the general allowance in March 2026.
        SnelleBijstand.Uitkomst uit = new SnelleBijstand.Uitkomst();
        boolean snel = SnelleBijstand.bereken(new SnelleBijstand.Peil(LocalDate.of(2026, 3, 1), Parameters.standaard()),
                LocalDate.of(1990, 5, 1).toEpochDay(), Long.MIN_VALUE, new long[0], new boolean[0], 0, false, 80_000,
                Inkomsten.Vrijlating.ALGEMEEN, 0, Inkomsten.Vrijlating.GEEN, 0, 0, 0, uit);
        assertThat(snel).isTrue();
        assertThat(new long[] {uit.vrijgelaten, uit.inkomen, uit.bijstand, uit.zorgtoeslag, uit.totaal})
                .containsExactly(20_000, 60_000, 80_150, 12_900, 173_050);
    }

    @Example
    void theFastPathDeclinesAnAllowanceWhoseMaximumIsUnknownAndTheExplainedPathRefusesIt() {
        SnelleBijstand.Uitkomst uit = new SnelleBijstand.Uitkomst();
        // The maximum is known from 1 July 2025 (Pw art. 31 lid 2 onder n); the half year before has a norm but no maximum.
        LocalDate peil = LocalDate.of(2025, 3, 1);
        assertThat(SnelleBijstand.bereken(new SnelleBijstand.Peil(peil, Parameters.standaard()), LocalDate.of(1990, 5, 1).toEpochDay(),
                Long.MIN_VALUE, new long[0], new boolean[0], 0, false, 80_000, Inkomsten.Vrijlating.ALGEMEEN, 0, Inkomsten.Vrijlating.GEEN, 0, 0,
                0, uit)).isFalse();
        Huishoudsituatie alleen = Huishoudsituatie.van(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, LocalDate.of(1990, 5, 1)));
        assertThatThrownBy(() -> Bijstand.bereken(alleen, peil, Inkomsten.loon(new BigDecimal("800"), Inkomsten.Vrijlating.ALGEMEEN)))
                .isInstanceOf(Parameters.GeenParameterException.class).hasMessageContaining(Parameters.INKOMSTENVRIJLATING_MAXIMUM);
    }

    @Example
    void everyStepOfTheExplanationNamesItsSource() {
        Huishoudsituatie stel = Huishoudsituatie.van(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, LocalDate.of(1985, 5, 1)),
                new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.PARTNER, LocalDate.of(1986, 6, 1)));
        Maandbudget.Uitkomst u = Maandbudget.bereken(stel, LocalDate.of(2026, 3, 1), new Inkomsten(new BigDecimal("400"),
                Inkomsten.Vrijlating.ALGEMEEN, new BigDecimal("600"), Inkomsten.Vrijlating.MEDISCH_UREN_BEPERKT, null, null,
                new BigDecimal("1500")), Parameters.standaard());
        assertThat(u.uitleg().alleKnopen()).allSatisfy(k -> assertThat(k.bron()).matches(Regel.BRON))
                .extracting(Uitleg::regel).contains("maandbudget", "pw-bijstand", "pw-inkomen", "pw-inkomstenvrijlating",
                        "pw-vrijlating-medisch-urenbeperkt", "pw-giften", "zorgtoeslag", "pw-vakantietoeslag");
        assertThat(u.uitleg().uitkomst()).contains("geen huurtoeslag, omdat de huur niet is opgegeven", "Belasting");
    }

    private static long centen(BigDecimal b) {
        return b.movePointRight(2).longValueExact();
    }
}

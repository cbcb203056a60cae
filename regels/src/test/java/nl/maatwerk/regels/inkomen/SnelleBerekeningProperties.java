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

/** The fast path in cents gives exactly what the explained reference gives, or declines. */
class SnelleBerekeningProperties {

    record Geval(LocalDate peildatum, LocalDate aanvrager, LocalDate partner, List<LocalDate> medebewoners, List<Boolean> student,
            Long terugvordering, Long aflossing) {
    }

    @Provide
    Arbitrary<Geval> gevallen() {
        Arbitrary<LocalDate> peil = Arbitraries.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 15), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 5, 5));
        Arbitrary<LocalDate> geboren = Arbitraries.longs().between(LocalDate.of(1945, 1, 1).toEpochDay(), LocalDate.of(2008, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Long> bedrag = Arbitraries.longs().between(0, 2_000_000);
        return Combinators.combine(peil, geboren, geboren.injectNull(0.5), geboren.list().ofMaxSize(5),
                        Arbitraries.of(true, false).list().ofSize(5), bedrag.injectNull(0.4), bedrag.injectNull(0.3))
                .as(Geval::new);
    }

    @Property(tries = 3000)
    void theFastPathGivesExactlyTheReferenceOutcomeOrDeclines(@ForAll("gevallen") Geval g) {
        SnelleBerekening.Uitkomst uit = new SnelleBerekening.Uitkomst();
        long[] mede = g.medebewoners().stream().mapToLong(LocalDate::toEpochDay).toArray();
        boolean[] uitgezonderd = new boolean[mede.length];
        for (int i = 0; i < mede.length; i++) {
            uitgezonderd[i] = g.student().get(i);
        }
        long terug = g.terugvordering() == null ? -1 : g.terugvordering();
        long aflos = g.terugvordering() == null || g.aflossing() == null ? -1 : g.aflossing();
        boolean snel = SnelleBerekening.bereken(new SnelleBerekening.Peil(g.peildatum(), Parameters.standaard()), g.aanvrager().toEpochDay(),
                g.partner() == null ? Long.MIN_VALUE : g.partner().toEpochDay(), mede, uitgezonderd, mede.length, terug, aflos, uit);
        if (!snel) {
            return;
        }
        List<Huishoudsituatie.Persoon> leden = new ArrayList<>();
        leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, g.aanvrager()));
        if (g.partner() != null) {
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.PARTNER, g.partner()));
        }
        for (int i = 0; i < mede.length; i++) {
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.MEDEBEWONER, g.medebewoners().get(i),
                    uitgezonderd[i] ? Optional.of(Huishoudsituatie.Uitzondering.STUDENT) : Optional.empty()));
        }
        Optional<Maatregel> maatregel = terug < 0 ? Optional.empty() : Optional.of(new Maatregel.Terugvordering(BigDecimal.valueOf(terug, 2),
                aflos < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(aflos, 2))));
        Bestaanszekerheid.Resultaat r = Bestaanszekerheid.bereken(new Huishoudsituatie(leden), g.peildatum(), maatregel);
        assertThat(uit.normInclusief).isEqualTo(centen(r.bijstandsnorm().inclusiefVakantietoeslag()));
        assertThat(uit.vakantietoeslag).isEqualTo(centen(r.bijstandsnorm().vakantietoeslag()));
        assertThat(uit.kostendelers).isEqualTo(r.bijstandsnorm().aantalKostendelers());
        assertThat(uit.beslagvrijeVoet).isEqualTo(centen(r.beslagvrijeVoet()));
        assertThat(uit.onderBeslagvrijeVoet).isEqualTo(r.signalen().stream().anyMatch(s -> s.code().equals(Bestaanszekerheid.ONDER_BESLAGVRIJE_VOET)));
        r.maatregel().ifPresent(t -> {
            assertThat(uit.maximaleAflossing).isEqualTo(centen(t.maximaleAflossingPerMaand()));
            assertThat(uit.maanden).isEqualTo(t.aantalMaanden() == null ? -1 : t.aantalMaanden());
        });
    }

    @net.jqwik.api.Example
    void theFastPathTakesTheContractsBulkRowAndGivesItsNumbers() {
        SnelleBerekening.Uitkomst uit = new SnelleBerekening.Uitkomst();
        boolean snel = SnelleBerekening.bereken(new SnelleBerekening.Peil(LocalDate.of(2025, 9, 1), Parameters.standaard()),
                LocalDate.of(1990, 5, 1).toEpochDay(), Long.MIN_VALUE,
                new long[] {LocalDate.of(1960, 1, 1).toEpochDay(), LocalDate.of(1999, 3, 2).toEpochDay()}, new boolean[] {false, true}, 2,
                704_000, 25_000, uit);
        assertThat(snel).isTrue();
        assertThat(new long[] {uit.normInclusief, uit.vakantietoeslag, uit.kostendelers, uit.beslagvrijeVoet, uit.maximaleAflossing})
                .containsExactly(97_790, 4_890, 2, 92_900, 4_890);
        assertThat(uit.onderBeslagvrijeVoet).isTrue();
    }

    private static long centen(BigDecimal b) {
        return b.movePointRight(2).longValueExact();
    }
}

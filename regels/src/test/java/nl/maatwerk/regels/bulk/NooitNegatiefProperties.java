package nl.maatwerk.regels.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Persoon;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Rol;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Uitzondering;
import nl.maatwerk.regels.inkomen.Maatregel;

/**
 * No output of the rules is ever negative: norm parts, voet, room, maximum repayment, months,
 * kwijtschelding amounts and the amounts of a bulk output row. Households of every kind (youth,
 * AOW age, kostendelers, couples) on every date for which the data has norms: the first half of
 * 2019 (old law) and 2025 up to the first half of 2026.
 */
class NooitNegatiefProperties {

    record Geval(LocalDate peildatum, LocalDate aanvrager, Optional<LocalDate> partner, List<Persoon> anderen, long terugCenten,
            Optional<Long> aflossingCenten, boolean wmo, Optional<Integer> kwijtschelding) {
    }

    @Provide
    Arbitrary<LocalDate> peildatum() {
        Arbitrary<LocalDate> oud = Arbitraries.longs().between(0, 180).map(d -> LocalDate.of(2019, 1, 1).plusDays(d));
        Arbitrary<LocalDate> nieuw = Arbitraries.longs()
                .between(0, LocalDate.of(2026, 6, 30).toEpochDay() - LocalDate.of(2025, 1, 1).toEpochDay())
                .map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, oud), net.jqwik.api.Tuple.of(4, nieuw));
    }

    @Provide
    Arbitrary<Geval> gevallen() {
        // Ages from 18 to 95 for the people the norm is for (in days before the peildatum, plus a margin).
        Arbitrary<Long> leeftijdDagen = Arbitraries.longs().between(18L * 366, 95L * 365);
        Arbitrary<Persoon> ander = Combinators.combine(Arbitraries.of(Rol.KIND, Rol.MEDEBEWONER),
                Arbitraries.longs().between(0, 90L * 365), Arbitraries.of(Uitzondering.class).optional(0.2))
                .as((rol, dagen, u) -> new Persoon(rol, LocalDate.of(2019, 1, 1).minusDays(dagen), u));
        return Combinators.combine(peildatum(), leeftijdDagen, leeftijdDagen.optional(0.5), ander.list().ofMaxSize(5),
                        Arbitraries.longs().between(0, 5_000_000), Arbitraries.longs().between(0, 200_000).optional(0.5),
                        Arbitraries.of(true, false), Arbitraries.integers().between(0, 3).optional(0.5))
                .as((peil, a, p, rest, terug, aflossing, wmo, kwijt) -> new Geval(peil, peil.minusDays(a), p.map(peil::minusDays),
                        rest, terug, aflossing, wmo, kwijt));
    }

    @Property(tries = 2000)
    void noOutputOfTheRulesIsEverNegative(@ForAll("gevallen") Geval g) {
        List<Persoon> leden = new ArrayList<>();
        leden.add(new Persoon(Rol.AANVRAGER, g.aanvrager()));
        g.partner().ifPresent(d -> leden.add(new Persoon(Rol.PARTNER, d)));
        // People born after the peildatum do not live there yet.
        g.anderen().stream().filter(p -> !p.geboortedatum().isAfter(g.peildatum())).forEach(leden::add);
        List<Maatregel> maatregelen = new ArrayList<>();
        if (g.wmo()) {
            maatregelen.add(Maatregel.WmoBijdrage.abonnementstarief());
        }
        g.kwijtschelding().ifPresent(k -> maatregelen.add(k == 0
                ? new Maatregel.Kwijtschelding(new BigDecimal("500.00"), Optional.empty())
                : Maatregel.Kwijtschelding.metUitgaven(new BigDecimal(k * 300 + ".00"), Optional.empty(),
                        new BigDecimal(k * 20 + ".00"), new BigDecimal("5.00"))));
        maatregelen.add(new Maatregel.Terugvordering(BigDecimal.valueOf(g.terugCenten(), 2), g.aflossingCenten().map(c -> BigDecimal.valueOf(c, 2))));

        Bestaanszekerheid.Resultaat r;
        try {
            r = Bestaanszekerheid.bereken(new Huishoudsituatie(leden), g.peildatum(), maatregelen);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).containsAnyOf("kunnen we niet rekenen", "artikel 22a lid 3");
            return;
        }
        var n = r.bijstandsnorm();
        List<BigDecimal> bedragen = new ArrayList<>(List.of(n.inclusiefVakantietoeslag(), n.exclusiefVakantietoeslag(), n.vakantietoeslag(),
                n.perPersoon(), n.basisBeslagvrijeVoet(), r.beslagvrijeVoet(), r.ruimteBovenBeslagvrijeVoet(),
                r.maatregel().orElseThrow().maximaleAflossingPerMaand()));
        r.kwijtschelding().ifPresent(k -> {
            bedragen.add(k.kostenVanBestaanAandeel());
            bedragen.add(k.kostenVanBestaan());
            if (k.geconcludeerd()) {
                bedragen.addAll(List.of(k.betalingscapaciteitPerMaand(), k.kwijtgescholden(), k.teBetalen(), k.teBetalenPerMaand()));
            }
        });
        assertThat(bedragen).allSatisfy(b -> assertThat(b.signum()).isGreaterThanOrEqualTo(0));
        assertThat(n.aantalKostendelers()).isPositive();
        Integer maanden = r.maatregel().orElseThrow().aantalMaanden();
        assertThat(maanden == null || maanden >= 0).isTrue();

        // The same household as a bulk row: adults and children alike as medebewoners.
        String mede = leden.stream().filter(p -> p.rol() == Rol.KIND || p.rol() == Rol.MEDEBEWONER)
                .map(p -> p.geboortedatum() + p.uitzondering().map(u -> u == Uitzondering.STUDENT ? ":student" : ":commerciele-huurder").orElse(""))
                .collect(Collectors.joining("|"));
        String rij = "x," + g.peildatum() + "," + g.aanvrager() + "," + g.partner().map(LocalDate::toString).orElse("") + "," + mede
                + "," + BigDecimal.valueOf(g.terugCenten(), 2) + "," + g.aflossingCenten().map(c -> BigDecimal.valueOf(c, 2).toPlainString()).orElse("");
        String uit;
        try {
            uit = Bulk.bereken(rij);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).containsAnyOf("kunnen we niet rekenen", "artikel 22a lid 3");
            return;
        }
        String[] v = uit.split(",", -1);
        assertThat(v).hasSize(7);
        for (int i : new int[] {1, 2, 4, 5}) {
            assertThat(new BigDecimal(v[i]).signum()).as("bulk column " + i + " of " + uit).isGreaterThanOrEqualTo(0);
        }
        assertThat(Integer.parseInt(v[3])).isPositive();
    }
}

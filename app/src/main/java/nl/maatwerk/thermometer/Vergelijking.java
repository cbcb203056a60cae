package nl.maatwerk.thermometer;

import java.util.ArrayList;
import java.util.List;

/**
 * This round against an earlier one: per theme (matched by code) and layer the score now and then.
 * Both sides are already suppressed, so a difference exists only where both groups were big enough.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Vergelijking(String vorigeNaam, List<Regel> regels) {

    public record Regel(String thema, String themaNaam, Laag laag, Waarde nu, Waarde vorige) {

        public Integer verschil() {
            return nu.getoond() && vorige.getoond() ? nu.score() - vorige.score() : null;
        }

        public String verschilTekst() {
            Integer v = verschil();
            if (v == null) {
                return "niet te vergelijken";
            }
            return v == 0 ? "gelijk" : v > 0 ? v + " hoger" : (-v) + " lager";
        }
    }

    static Vergelijking tussen(Uitslag nu, Uitslag vorige, String vorigeNaam) {
        List<Regel> regels = new ArrayList<>();
        for (Thema t : nu.themas()) {
            if (vorige.themas().stream().noneMatch(v -> v.code().equals(t.code()))) {
                continue;
            }
            for (Laag laag : nu.lagen()) {
                regels.add(new Regel(t.code(), t.naam(), laag, nu.thema(laag, t.code()), vorige.thema(laag, t.code())));
            }
        }
        return new Vergelijking(vorigeNaam, regels);
    }
}

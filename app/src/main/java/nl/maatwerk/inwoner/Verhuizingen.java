package nl.maatwerk.inwoner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.maatwerk.inwoner.opslag.HuishoudenOpslag.Periode;

/**
 * Which moves a change of a household's composition records, as {@link LidVerhuisd} events. A move
 * is two consecutive memberships of one resident in different households; a change records one when
 * <ul>
 * <li>a membership here gets an end date, or an earlier one: the resident left this household, to
 * the household of their next membership elsewhere if there is one;</li>
 * <li>a membership here is new and the resident's latest membership elsewhere ended before it
 * starts: the resident came from there.</li>
 * </ul>
 * A membership that disappears is a correction (registered by mistake), not a move. A pure function:
 * the resident's periods elsewhere are looked up only for the memberships that may be a move.
 */
final class Verhuizingen {

    private Verhuizingen() {
    }

    /**
     * @param huishoudenId the household that changes
     * @param voor its members before the change (none for a new household)
     * @param na its members after the change
     * @param elders the periods of these residents in other households
     */
    static List<LidVerhuisd> bij(UUID huishoudenId, List<HuishoudenGegevens.Lid> voor, List<HuishoudenGegevens.Lid> na,
            Function<List<UUID>, List<Periode>> elders) {
        List<HuishoudenGegevens.Lid> nieuw = new ArrayList<>();
        List<HuishoudenGegevens.Lid> beeindigd = new ArrayList<>();
        for (HuishoudenGegevens.Lid lid : na) {
            HuishoudenGegevens.Lid eerder = voor.stream()
                    .filter(v -> v.inwonerId().equals(lid.inwonerId()) && v.vanaf().equals(lid.vanaf())).findFirst().orElse(null);
            if (eerder == null) {
                nieuw.add(lid);
            } else if (lid.totEnMet() != null && (eerder.totEnMet() == null || lid.totEnMet().isBefore(eerder.totEnMet()))) {
                beeindigd.add(lid);
            }
        }
        if (nieuw.isEmpty() && beeindigd.isEmpty()) {
            return List.of();
        }
        List<UUID> wie = Stream.concat(nieuw.stream(), beeindigd.stream()).map(HuishoudenGegevens.Lid::inwonerId).distinct().toList();
        List<Periode> perioden = elders.apply(wie).stream().filter(p -> !p.huishoudenId().equals(huishoudenId)).toList();
        Set<LidVerhuisd> verhuizingen = new LinkedHashSet<>();
        for (HuishoudenGegevens.Lid lid : beeindigd) {
            UUID naar = perioden.stream()
                    .filter(p -> p.inwonerId().equals(lid.inwonerId()) && p.vanaf().isAfter(lid.totEnMet()))
                    .min(Comparator.comparing(Periode::vanaf)).map(Periode::huishoudenId).orElse(null);
            verhuizingen.add(new LidVerhuisd(lid.inwonerId(), huishoudenId, naar, lid.totEnMet().plusDays(1)));
        }
        for (HuishoudenGegevens.Lid lid : nieuw) {
            perioden.stream()
                    .filter(p -> p.inwonerId().equals(lid.inwonerId()) && p.totEnMet() != null && p.totEnMet().isBefore(lid.vanaf()))
                    .max(Comparator.comparing(Periode::totEnMet))
                    .ifPresent(van -> verhuizingen.add(new LidVerhuisd(lid.inwonerId(), van.huishoudenId(), huishoudenId,
                            van.totEnMet().plusDays(1))));
        }
        return List.copyOf(verhuizingen);
    }
}

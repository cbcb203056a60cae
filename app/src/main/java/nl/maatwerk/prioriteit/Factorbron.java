package nl.maatwerk.prioriteit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.prioriteit.score.Factoren;
import nl.maatwerk.toegang.Termijn;
import nl.maatwerk.toegang.Urgentie;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import nl.maatwerk.toegang.ZrmTellingen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers the allowed factors of work items, three queries for any number of items. It reads the ZRM
 * counts (through {@code toegang}'s {@link ZrmTellingen}), open early debt signals (amount, months,
 * date received), the safety flag and the request's own deadline (with its term's length), intake urgency and date: never the resident table,
 * so never a birth date, gender, nationality, address, wijk or language.
 * {@code PrioriteitArchitectuurTest} checks these queries and those of {@link ZrmTellingen}.
 */
@Component
class Factorbron {

    static final String SIGNALEN = """
            select huishouden_id, floor(sum(bedrag))::bigint as bedrag, max(maanden) as maanden, min(ontvangen_op) as sinds
            from prioriteit.vroegsignaal where huishouden_id = any(?::uuid[]) and status <> 'afgesloten' group by huishouden_id
            """;

    static final String VEILIGHEID = """
            select huishouden_id from prioriteit.veiligheidsmarkering where huishouden_id = any(?::uuid[]) and opgeheven_op is null
            """;

    /** Households with an open signal or an active safety flag. */
    static final String MET_SIGNAAL = """
            select huishouden_id from prioriteit.vroegsignaal where huishouden_id is not null and status <> 'afgesloten'
            union
            select huishouden_id from prioriteit.veiligheidsmarkering where opgeheven_op is null
            """;

    private record Signalen(long bedrag, int maanden, LocalDate sinds) {
    }

    private final JdbcClient jdbc;
    private final ZrmTellingen zrmTellingen;

    Factorbron(JdbcClient jdbc, ZrmTellingen zrmTellingen) {
        this.jdbc = jdbc;
        this.zrmTellingen = zrmTellingen;
    }

    /**
     * The item of each household that carries the household's own points (ZRM, debt signals, safety
     * flag): the one with the earliest deadline, then the longest waiting, then the lowest key. The
     * household's other items get only their own deadline and waiting time, so a household with three
     * requests does not take three top places: the number of requests is not need (ADR 0010).
     */
    static Map<UUID, String> dragers(List<Werkitem> items) {
        Comparator<Werkitem> eerst = Comparator
                .comparing((Werkitem w) -> w.termijn().map(Termijn::uitersteDatum).orElse(LocalDate.MAX))
                .thenComparing(w -> w.hulpvraag() == null ? LocalDate.MAX : w.hulpvraag().ontvangenOp())
                .thenComparing(Werkitem::sleutel);
        Map<UUID, Werkitem> drager = new HashMap<>();
        for (Werkitem w : items) {
            drager.merge(w.huishoudenId(), w, (a, b) -> eerst.compare(a, b) <= 0 ? a : b);
        }
        Map<UUID, String> uit = new HashMap<>();
        drager.forEach((h, w) -> uit.put(h, w.sleutel()));
        return uit;
    }

    /** Whether the factors hold any of the household's own points (as opposed to the request's deadline and waiting time). */
    static boolean heeftHuishoudpunten(Factoren f) {
        return f.acuteDomeinen() > 0 || f.zwakkeDomeinen() > 0 || f.schuldEuro() > 0 || f.maandenAchterstand() > 0 || f.acuutOnveilig();
    }

    /** The factors of each item by its key, on the given day; the household's points on one item of it (see {@link #dragers}). */
    Map<String, Factoren> factoren(List<Werkitem> items, LocalDate vandaag) {
        Set<UUID> ids = new HashSet<>();
        items.forEach(w -> ids.add(w.huishoudenId()));
        Map<UUID, ZrmTellingen.Telling> zrm = new HashMap<>();
        Map<UUID, Signalen> signalen = new HashMap<>();
        Set<UUID> onveilig = new HashSet<>();
        if (!ids.isEmpty()) {
            Object lijst = SqlLijsten.uuids(ids);
            zrm.putAll(zrmTellingen.perHuishouden(ids));
            jdbc.sql(SIGNALEN).param(lijst).query((rs, i) -> signalen.put(rs.getObject(1, UUID.class),
                    new Signalen(rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class)))).list();
            jdbc.sql(VEILIGHEID).param(lijst).query((rs, i) -> onveilig.add(rs.getObject(1, UUID.class))).list();
        }
        Map<UUID, String> dragers = dragers(items);
        Map<String, Factoren> uit = new HashMap<>();
        for (Werkitem w : items) {
            Signalen s = signalen.get(w.huishoudenId());
            Integer dagen = w.termijn().map(Termijn::uitersteDatum).map(d -> (int) ChronoUnit.DAYS.between(vandaag, d)).orElse(null);
            LocalDate sinds = w.hulpvraag() != null ? w.hulpvraag().ontvangenOp() : s == null ? null : s.sinds();
            int wacht = sinds == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(sinds, vandaag));
            // The term's own length and the intake's urgency belong to the request: every item of a household keeps them.
            Integer duur = w.termijn().map(t -> (int) Math.max(0, ChronoUnit.DAYS.between(t.start(), t.uitersteDatum()))).orElse(null);
            int urgentie = w.hulpvraag() == null ? 0 : urgentie(w.hulpvraag().urgentie());
            if (!w.sleutel().equals(dragers.get(w.huishoudenId()))) {
                uit.put(w.sleutel(), new Factoren(0, 0, 0, 0, false, dagen, wacht, duur, urgentie));
                continue;
            }
            ZrmTellingen.Telling z = zrm.getOrDefault(w.huishoudenId(), ZrmTellingen.Telling.GEEN);
            uit.put(w.sleutel(), new Factoren(z.acuut(), z.zwak(), s == null ? 0 : s.bedrag(), s == null ? 0 : s.maanden(),
                    onveilig.contains(w.huishoudenId()), dagen, wacht, duur, urgentie));
        }
        return uit;
    }

    /** The intake urgency as steps above "laag", the unit of the urgency weight. */
    static int urgentie(Urgentie u) {
        return switch (u) {
            case LAAG -> 0;
            case GEMIDDELD -> 1;
            case HOOG -> 2;
            case ACUUT -> Factoren.ACUUT;
        };
    }

    /**
     * Every household with an open signal or an active safety flag, whatever its team: the queue asks
     * {@code inwoner} which of them are the team's. Both conditions have a partial index (V7).
     */
    Set<UUID> huishoudensMetSignaal() {
        return new HashSet<>(jdbc.sql(MET_SIGNAAL).query(UUID.class).list());
    }
}

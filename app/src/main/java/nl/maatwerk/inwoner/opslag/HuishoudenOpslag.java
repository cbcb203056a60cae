package nl.maatwerk.inwoner.opslag;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenGegevens;
import nl.maatwerk.inwoner.Inwoner;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Relatiesoort;
import nl.maatwerk.inwoner.Uitzondering;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HuishoudenOpslag {

    private final JdbcClient jdbc;

    HuishoudenOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Kop(UUID id, String naam, String teamId, int versie) {
    }

    public Optional<Huishouden> vind(UUID id) {
        return laad(List.of(id)).stream().findFirst();
    }

    /** Loads households with members and network in three queries, in the order of the ids given. */
    public List<Huishouden> laad(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, Kop> koppen = new HashMap<>();
        jdbc.sql("select id, naam, team_id, versie from inwoner.huishouden where id = any(?)").param(array)
                .query((rs, n) -> new Kop(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list().forEach(k -> koppen.put(k.id(), k));
        Map<UUID, List<Huishouden.Lidmaatschap>> leden = new HashMap<>();
        jdbc.sql("select l.huishouden_id, l.id as lid_id, l.rol, l.uitzondering, l.vanaf, l.tot_en_met, " + InwonerOpslag.KOLOMMEN
                        + " from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id where l.huishouden_id = any(?) "
                        + "order by l.vanaf, i.geboortedatum")
                .param(array)
                .query((rs, n) -> {
                    Inwoner inwoner = InwonerOpslag.lees(rs);
                    String uitzondering = rs.getString("uitzondering");
                    leden.computeIfAbsent(rs.getObject("huishouden_id", UUID.class), k -> new ArrayList<>())
                            .add(new Huishouden.Lidmaatschap(rs.getObject("lid_id", UUID.class), inwoner,
                                    LidRol.vanCode(rs.getString("rol")),
                                    uitzondering == null ? null : Uitzondering.vanCode(uitzondering),
                                    rs.getObject("vanaf", LocalDate.class), rs.getObject("tot_en_met", LocalDate.class)));
                    return 1;
                }).list();
        Map<UUID, List<Huishouden.Netwerkrelatie>> netwerk = new HashMap<>();
        jdbc.sql("select huishouden_id, id, naam, relatie, bijdrage, telefoonnummer from inwoner.netwerkrelatie "
                        + "where huishouden_id = any(?) order by aangemaakt_op, naam")
                .param(array)
                .query((rs, n) -> {
                    netwerk.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Huishouden.Netwerkrelatie(rs.getObject(2, UUID.class), rs.getString(3),
                                    Relatiesoort.vanCode(rs.getString(4)), rs.getString(5), rs.getString(6)));
                    return 1;
                }).list();
        List<Huishouden> resultaat = new ArrayList<>();
        for (UUID id : ids) {
            Kop kop = koppen.get(id);
            if (kop != null) {
                resultaat.add(new Huishouden(kop.id(), kop.naam(), kop.teamId(), leden.getOrDefault(id, List.of()),
                        netwerk.getOrDefault(id, List.of()), kop.versie()));
            }
        }
        return resultaat;
    }

    /**
     * Members that could not be written because they live in another household in that period: the
     * exclusion constraint of V24 found them, also when that other household was written a moment ago
     * in a transaction that was still running. By their place in {@link HuishoudenGegevens#leden()}.
     */
    public static class WonenElders extends RuntimeException {

        private final List<Integer> leden;

        WonenElders(List<Integer> leden) {
            super("Leden " + leden + " wonen in die periode al in een ander huishouden");
            this.leden = List.copyOf(leden);
        }

        public List<Integer> leden() {
            return leden;
        }
    }

    /** @throws WonenElders when a member lives elsewhere in that period; the caller's transaction must roll back */
    public void voegToe(UUID id, String teamId, HuishoudenGegevens g) {
        jdbc.sql("insert into inwoner.huishouden (id, naam, team_id) values (?, ?, ?)").params(id, g.naam().trim(), teamId).update();
        schrijfLedenEnNetwerk(id, g);
    }

    /**
     * Replaces name, members and network when the version still matches; {@code door} is the account that saves.
     *
     * @throws WonenElders when a member lives elsewhere in that period; the caller's transaction must roll back
     */
    public boolean vervang(UUID id, HuishoudenGegevens g, int versie, Instant op, String door) {
        int rijen = jdbc.sql("update inwoner.huishouden set naam = ?, gewijzigd_op = ?, gewijzigd_door = ?, versie = versie + 1 "
                        + "where id = ? and versie = ?")
                .params(g.naam().trim(), Timestamp.from(op), door, id, versie).update();
        if (rijen == 0) {
            return false;
        }
        jdbc.sql("delete from inwoner.huishouden_lid where huishouden_id = ?").param(id).update();
        jdbc.sql("delete from inwoner.netwerkrelatie where huishouden_id = ?").param(id).update();
        schrijfLedenEnNetwerk(id, g);
        return true;
    }

    /** The version stored now, and who saved it when (the account; null when unknown): for a stale save's message. */
    public record Stand(int versie, String door, Instant op) {
    }

    public Stand stand(UUID id) {
        return jdbc.sql("select versie, gewijzigd_door, gewijzigd_op from inwoner.huishouden where id = ?").param(id)
                .query((rs, n) -> new Stand(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant())).single();
    }

    private void schrijfLedenEnNetwerk(UUID id, HuishoudenGegevens g) {
        List<Integer> elders = new ArrayList<>();
        for (int i = 0; i < g.leden().size(); i++) {
            HuishoudenGegevens.Lid lid = g.leden().get(i);
            // "Do nothing" on the exclusion constraint instead of an error: the transaction stays usable, and says which member.
            int rijen = jdbc.sql("""
                    insert into inwoner.huishouden_lid (id, huishouden_id, inwoner_id, rol, uitzondering, vanaf, tot_en_met) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict do nothing
                    """)
                    .params(UUID.randomUUID(), id, lid.inwonerId(), lid.rol().code(),
                            lid.uitzondering() == null ? null : lid.uitzondering().code(), lid.vanaf(), lid.totEnMet())
                    .update();
            if (rijen == 0) {
                elders.add(i);
            }
        }
        if (!elders.isEmpty()) {
            throw new WonenElders(elders);
        }
        for (HuishoudenGegevens.Netwerkpersoon p : g.netwerk()) {
            jdbc.sql("insert into inwoner.netwerkrelatie (id, huishouden_id, naam, relatie, bijdrage, telefoonnummer) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, p.naam().trim(), p.relatie().code(),
                            InwonerOpslag.leegAlsNull(p.bijdrage()), InwonerOpslag.leegAlsNull(p.telefoonnummer()))
                    .update();
        }
    }

    /** Periods in other households of these residents, to refuse living in two places at once. */
    public record Periode(UUID inwonerId, UUID huishoudenId, LocalDate vanaf, LocalDate totEnMet) {
    }

    public List<Periode> periodenElders(UUID huishoudenId, List<UUID> inwonerIds) {
        if (inwonerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select inwoner_id, huishouden_id, vanaf, tot_en_met from inwoner.huishouden_lid where inwoner_id = any(?) "
                        + "and (cast(? as uuid) is null or huishouden_id <> ?)")
                .params(inwonerIds.toArray(UUID[]::new), huishoudenId, huishoudenId)
                .query((rs, n) -> new Periode(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }
}

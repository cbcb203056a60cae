package nl.maatwerk.taak;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.Systeemactie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks the system makes for a team lead in reaction to an event (issue 17: an unhappy resident asked to be
 * contacted), and whether such tasks were done in time. Only inside a system action; the task is owned and, as the
 * table needs a colleague, made in the name of the team lead, with the system and its reason in its history.
 */
@Service
public class Opvolgtaken {

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final java.time.Clock klok;

    Opvolgtaken(JdbcClient jdbc, Huishoudens huishoudens, GebruikerRegister gebruikers, Logboek logboek, java.time.Clock klok) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    /**
     * A task for the team lead of {@code teamId} about the household, due on {@code vervaldatum}; empty when the team
     * has no team lead. Refused outside a system action. Logged for the household's members.
     */
    @Transactional
    public Optional<UUID> maakVoorTeamleiderAlsSysteem(UUID huishoudenId, String teamId, String omschrijving, LocalDate vervaldatum) {
        String reden = Systeemactie.door();
        Optional<String> leider = gebruikers.professionals().stream().filter(p -> teamId.equals(p.teamId()))
                .map(GebruikerRegister.Professional::gebruikersnaam)
                .filter(n -> gebruikers.zoek(n).map(g -> g.rol() == Rol.TEAMLEIDER).orElse(false)).sorted().findFirst();
        if (leider.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        Timestamp nu = Timestamp.from(Instant.now(klok));
        return logboek.verwerk("taak.aanmaken", Verwerkingsactiviteit.TAAK_VASTLEGGEN, huishoudens.betrokkenenVoorLogboekAlsSysteem(huishoudenId),
                () -> {
                    jdbc.sql("""
                            insert into taak.taak (id, team_id, huishouden_id, omschrijving, vervaldatum, eigenaar, status, aangemaakt_door, aangemaakt_op)
                            values (?, ?, ?, ?, ?, ?, 'open', ?, ?)""").params(id, teamId, huishoudenId, omschrijving, vervaldatum, leider.get(),
                            leider.get(), nu).update();
                    jdbc.sql("insert into taak.toewijzing (id, taak_id, van, naar, reden, door, op) values (?, ?, null, ?, ?, ?, ?)")
                            .params(UUID.randomUUID(), id, leider.get(), "Aangemaakt door " + reden, leider.get(), nu).update();
                    return Optional.of(id);
                });
    }

    /** The day each of these tasks was done; a task still open (or gone) is left out. Ids only, no personal data. */
    public Map<UUID, LocalDate> gedaanOp(Collection<UUID> taken) {
        Map<UUID, LocalDate> uit = new HashMap<>();
        if (taken.isEmpty()) {
            return uit;
        }
        jdbc.sql("select id, gedaan_op from taak.taak where id = any(?) and status = 'gedaan'").param(taken.toArray(UUID[]::new))
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list()
                .forEach(e -> uit.put(e.getKey(), e.getValue()));
        return uit;
    }
}

package nl.maatwerk.inwoner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The logged-in resident as the resident area needs them (issue 16): who they are in the log and the
 * household they live in today. Only ever about the logged-in resident: there is no id to pass, so no
 * other person can be asked for. Reads nothing it shows, so it logs nothing; what is shown is logged
 * by the use case that shows it.
 */
@Component
public class IngelogdeInwoner {

    private final GebruikerRegister gebruikers;
    private final JdbcClient jdbc;
    private final Clock klok;

    IngelogdeInwoner(GebruikerRegister gebruikers, JdbcClient jdbc, Clock klok) {
        this.gebruikers = gebruikers;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** The logged-in resident's own id; 404 for anyone who is not a resident known to the register. */
    public UUID id() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.INWONER || g.inwonerId() == null) {
            throw new NietGevondenException("Inwoner");
        }
        return g.inwonerId();
    }

    /** The resident as the log knows them (by BSN). */
    public Betrokkene betrokkene() {
        UUID id = id();
        return jdbc.sql("select bsn from inwoner.inwoner where id = ?").param(id).query(String.class).optional()
                .map(Betrokkene::bsn).orElseThrow(() -> new NietGevondenException("Inwoner"));
    }

    /** The household the resident lives in today; empty when none (someone who moved away has no current household here). */
    public Optional<UUID> huishouden() {
        UUID id = id();
        LocalDate vandaag = LocalDate.now(klok);
        return jdbc.sql("""
                select huishouden_id from inwoner.huishouden_lid where inwoner_id = ? and vanaf <= ? and (tot_en_met is null or tot_en_met >= ?)
                order by vanaf desc limit 1
                """).params(id, vandaag, vandaag).query(UUID.class).optional();
    }

    /** The current household, or 404: a page about "my household" for someone without one shows nothing of anyone. */
    public UUID vereisHuishouden() {
        return huishouden().orElseThrow(() -> new NietGevondenException("Huishouden"));
    }

    /** A doorbraak on a household the resident lives or lived in: who, when, until when, and the reason they wrote. */
    public record Doorbraak(String gebruikersnaam, java.time.Instant tijdstip, java.time.Instant geldigTot, String reden) {
    }

    /**
     * The doorbraken on the resident's households (issue 16: the resident sees that an access was a doorbraak and
     * why). Only those opened while they lived there: an earlier or later one was not about them. The caller logs
     * the read of the reasons for the resident.
     */
    public java.util.List<Doorbraak> doorbraken() {
        UUID id = id();
        return jdbc.sql("""
                select d.gebruikersnaam, d.tijdstip, d.geldig_tot, d.reden from inwoner.doorbraak d
                join inwoner.huishouden_lid l on l.huishouden_id = d.huishouden_id and l.inwoner_id = ?
                where l.vanaf <= cast(d.tijdstip at time zone ? as date) and (l.tot_en_met is null or l.tot_en_met >= cast(d.tijdstip at time zone ? as date))
                order by d.tijdstip desc
                """).params(id, nl.maatwerk.platform.Klok.ZONE.getId(), nl.maatwerk.platform.Klok.ZONE.getId())
                .query((rs, i) -> new Doorbraak(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }
}

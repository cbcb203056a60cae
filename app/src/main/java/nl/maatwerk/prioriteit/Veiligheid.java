package nl.maatwerk.prioriteit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.BotsingException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acute-safety flag: a professional's judgement, with a reason, that a household is unsafe now
 * (violence, a child at risk). It puts the household at the top of the queue until it is lifted,
 * again with a reason. Never set by the system itself.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Veiligheid {

    static final String AL_GEMARKEERD = "Dit huishouden is al als acuut onveilig gemarkeerd.";

    public record Markering(UUID id, String reden, String door, Instant op, Instant opgehevenOp, String opgehevenDoor,
            String opgehevenReden) {
    }

    private final JdbcClient jdbc;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Huishoudens huishoudens;
    private final Logboek logboek;
    private final Clock klok;

    Veiligheid(JdbcClient jdbc, Inzage inzage, GebruikerRegister gebruikers, Huishoudens huishoudens, Logboek logboek, Clock klok) {
        this.jdbc = jdbc;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.huishoudens = huishoudens;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** All flags of a household, newest first; without log (for the household page, which logs itself). */
    List<Markering> vanHuishoudenZonderLog(UUID huishoudenId) {
        return jdbc.sql("select * from prioriteit.veiligheidsmarkering where huishouden_id = ? order by op desc").param(huishoudenId)
                .query((rs, i) -> new Markering(rs.getObject("id", UUID.class), rs.getString("reden"), rs.getString("door"),
                        rs.getTimestamp("op").toInstant(), rs.getTimestamp("opgeheven_op") == null ? null
                                : rs.getTimestamp("opgeheven_op").toInstant(), rs.getString("opgeheven_door"),
                        rs.getString("opgeheven_reden")))
                .list();
    }

    Optional<Markering> actief(UUID huishoudenId) {
        return vanHuishoudenZonderLog(huishoudenId).stream().filter(m -> m.opgehevenOp() == null).findFirst();
    }

    @Transactional
    public void markeer(UUID huishoudenId, String reden) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        vereisReden(reden, "Schrijf op wat er onveilig is (minstens 10 tekens).");
        if (actief(huishoudenId).isPresent()) {
            throw new OngeldigeInvoerException("reden", "exists", AL_GEMARKEERD);
        }
        // The check above cannot see a marking that another request writes at the same moment; the unique index
        // veiligheidsmarkering_actief (V7) can. Whoever loses hears the same message as the check gives.
        int nieuw = logboek.verwerk("veiligheid.markeren", Verwerkingsactiviteit.VEILIGHEID_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> jdbc.sql("""
                        insert into prioriteit.veiligheidsmarkering (id, huishouden_id, reden, door, op) values (?, ?, ?, ?, ?)
                        on conflict (huishouden_id) where opgeheven_op is null do nothing
                        """).params(UUID.randomUUID(), huishoudenId, reden.strip(), g.naam(), Timestamp.from(Instant.now(klok))).update());
        if (nieuw == 0) {
            throw new BotsingException("reden", AL_GEMARKEERD);
        }
    }

    @Transactional
    public void hefOp(UUID huishoudenId, String reden) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        vereisReden(reden, "Schrijf op waarom het nu veilig genoeg is (minstens 10 tekens).");
        Markering m = actief(huishoudenId).orElseThrow(
                () -> new OngeldigeInvoerException("reden", "absent", "Dit huishouden is niet als acuut onveilig gemarkeerd."));
        logboek.verwerk("veiligheid.opheffen", Verwerkingsactiviteit.VEILIGHEID_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> jdbc.sql("update prioriteit.veiligheidsmarkering set opgeheven_op = ?, opgeheven_door = ?, opgeheven_reden = ? where id = ?")
                        .params(Timestamp.from(Instant.now(klok)), g.naam(), reden.strip(), m.id()).update());
    }

    private static void vereisReden(String reden, String melding) {
        if (reden == null || reden.strip().length() < 10) {
            throw new OngeldigeInvoerException("reden", "required", melding);
        }
        if (reden.strip().length() > 1000) {
            throw new OngeldigeInvoerException("reden", "size", "De reden is hoogstens 1000 tekens.");
        }
    }
}

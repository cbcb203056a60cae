package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.VersieConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's own consents (issue 16, Mijn Maatwerk): read, give and withdraw them themself. Like the household
 * page (issue 13), a resident sees the consents they gave, not those of another member. A withdrawal takes effect the
 * same day ({@link Toestemmingen.Toestemming#geldigOp}): nothing is shared under it from then, and the professionals
 * see it on the household page and its timeline. The caller passes the logged-in resident and their household of
 * today; need-to-know is checked here again.
 */
@Service
public class ToestemmingenVanInwoner {

    /**
     * One consent as the resident sees it; {@code versie} is its ETag for withdrawing. {@code doel} only when the resident
     * gave it here: a purpose a professional wrote down is the professional's text (issue 13), so then it is null.
     */
    public record Toestemming(UUID id, String partij, List<Onderdeel> onderdelen, String doel, LocalDate gegevenOp, LocalDate geldigTot,
            LocalDate ingetrokkenOp, String vervallenReden, boolean geldig, int versie) {
    }

    private final Toestemmingen toestemmingen;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final JdbcClient jdbc;
    private final Clock klok;

    ToestemmingenVanInwoner(Toestemmingen toestemmingen, Huishoudens huishoudens, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek,
            JdbcClient jdbc, Clock klok) {
        this.toestemmingen = toestemmingen;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** The consents this resident gave for this household, newest first; logged for the household's members. */
    public List<Toestemming> van(UUID huishoudenId, UUID inwonerId) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        LocalDate vandaag = LocalDate.now(klok);
        return logboek.verwerk("mijn.toestemmingen", Verwerkingsactiviteit.TOESTEMMING_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> lees(huishoudenId, inwonerId, null, vandaag));
    }

    /** One consent of this resident, or 404 (another household's or another member's consent does not exist for them). */
    public Toestemming een(UUID huishoudenId, UUID inwonerId, UUID id) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        LocalDate vandaag = LocalDate.now(klok);
        return logboek.verwerk("mijn.toestemming", Verwerkingsactiviteit.TOESTEMMING_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> lees(huishoudenId, inwonerId, id, vandaag).stream().findFirst().orElseThrow(() -> new NietGevondenException("Toestemming")));
    }

    /** The resident gives a consent today, with the same checks as when a professional records one. */
    @Transactional
    public Toestemming geef(UUID huishoudenId, UUID inwonerId, String partij, List<Onderdeel> onderdelen, String doel, LocalDate geldigTot) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        UUID id = toestemmingen.vastleggen(g, huishoudenId, inwonerId, partij, onderdelen, doel, LocalDate.now(klok), geldigTot, true);
        return lees(huishoudenId, inwonerId, id, LocalDate.now(klok)).getFirst();
    }

    /**
     * The resident withdraws their consent, on the version they saw (428 without, 409 when it changed since). Withdrawn
     * already: 409, it cannot be withdrawn twice.
     */
    @Transactional
    public Toestemming trekIn(UUID huishoudenId, UUID inwonerId, UUID id, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        LocalDate vandaag = LocalDate.now(klok);
        Toestemming nu = lees(huishoudenId, inwonerId, id, vandaag).stream().findFirst().orElseThrow(() -> new NietGevondenException("Toestemming"));
        VersieConflictException.vereisActueel(versie, "deze toestemming", nu.versie(),
                () -> new VersieConflictException("Deze toestemming is veranderd nadat u haar opende. Bekijk haar opnieuw.", nu.versie()));
        if (nu.ingetrokkenOp() != null) {
            throw new nl.maatwerk.platform.ConflictException("Deze toestemming is al gestopt.");
        }
        logboek.verwerk("toestemming.intrekken", Verwerkingsactiviteit.TOESTEMMING_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> {
                    int n = jdbc.sql("""
                            update toegang.toestemming set ingetrokken_op = ?, versie = versie + 1
                            where id = ? and huishouden_id = ? and inwoner_id = ? and versie = ? and ingetrokken_op is null
                            """).params(vandaag, id, huishoudenId, inwonerId, nu.versie()).update();
                    if (n == 0) {
                        throw new VersieConflictException("Deze toestemming is net veranderd. Bekijk haar opnieuw.", null);
                    }
                    return n;
                });
        return lees(huishoudenId, inwonerId, id, vandaag).getFirst();
    }

    private List<Toestemming> lees(UUID huishoudenId, UUID inwonerId, UUID id, LocalDate vandaag) {
        return jdbc.sql("""
                select * from toegang.toestemming where huishouden_id = ? and inwoner_id = ? and (cast(? as uuid) is null or id = ?)
                order by gegeven_op desc, partij
                """).params(huishoudenId, inwonerId, id, id).query((rs, i) -> {
            Toestemmingen.Toestemming t = new Toestemmingen.Toestemming(rs.getObject("id", UUID.class), inwonerId, null, rs.getString("partij"),
                    nl.maatwerk.platform.SqlLijsten.lees(rs.getArray("onderdelen")).stream().map(Onderdeel::vanCode).toList(), rs.getString("doel"),
                    rs.getObject("gegeven_op", LocalDate.class), rs.getObject("geldig_tot", LocalDate.class),
                    rs.getObject("ingetrokken_op", LocalDate.class), rs.getString("vastgelegd_door"), rs.getString("vervallen_reden"));
            return new Toestemming(t.id(), t.partij(), t.onderdelen(), rs.getBoolean("door_inwoner") ? t.doel() : null, t.gegevenOp(), t.geldigTot(), t.ingetrokkenOp(), t.vervallenReden(),
                    t.geldigOp(vandaag), rs.getInt("versie"));
        }).list();
    }
}

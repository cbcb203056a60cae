package nl.maatwerk.socialekaart;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a household to a service, and the organisation's answer: helped, not helped, or on the waiting list.
 * The professional records the referral and may record the answer; the organisation may answer through a one-time
 * link, valid for 30 days, whose page shows only the referral number and the service. Only the hash of the link's
 * token is stored; answering uses it up. Every read and write about a household is logged.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Verwijzingen {

    static final Duration GELDIG = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Aanbod aanbod;
    private final Inzage inzage;
    private final Huishoudens huishoudens;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;

    Verwijzingen(JdbcClient jdbc, Aanbod aanbod, Inzage inzage, Huishoudens huishoudens, GebruikerRegister gebruikers, Logboek logboek,
            Clock klok) {
        this.jdbc = jdbc;
        this.aanbod = aanbod;
        this.inzage = inzage;
        this.huishoudens = huishoudens;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** A referral as the household page shows it. */
    public record Verwijzing(UUID id, long nummer, UUID dienstId, String dienst, String organisatie, UUID huishoudenId, String toelichting,
            String door, Instant op, Verwijzingstatus status, Instant antwoordOp, Instant linkGeldigTot, int versie) {
    }

    /** A new referral with the link for the organisation; the token is only in this answer, never stored. */
    public record Nieuw(Verwijzing verwijzing, String token) {
    }

    @Transactional
    public Nieuw verwijs(UUID huishoudenId, UUID dienstId, String toelichting) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        Dienst d = aanbod.lees(dienstId).orElseThrow(() -> new OngeldigeInvoerException("dienstId", "invalid",
                "Deze dienst staat niet (meer) op de sociale kaart."));
        String tekst = toelichting == null ? "" : toelichting.strip();
        if (tekst.length() > 1000) {
            throw new OngeldigeInvoerException("toelichting", "size", "De toelichting is hoogstens 1000 tekens.");
        }
        String token = nl.maatwerk.platform.Linktoken.nieuw();
        Instant nu = Instant.now(klok);
        UUID id = UUID.randomUUID();
        return logboek.verwerk("verwijzing.vastleggen", Verwerkingsactiviteit.VERWIJZING_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> {
                    jdbc.sql("insert into socialekaart.verwijzing (id, dienst_id, huishouden_id, toelichting, door, op, token_hash, token_geldig_tot) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)").params(id, d.id(), huishoudenId, tekst, g.gebruikersnaam(), Timestamp.from(nu),
                            hash(token), Timestamp.from(nu.plus(GELDIG))).update();
                    return new Nieuw(lees(id).orElseThrow(), token);
                });
    }

    /** The referrals of a household, newest first. Without check or log: for a part of the household page only. */
    public List<Verwijzing> voorHuishoudpagina(UUID huishoudenId) {
        return jdbc.sql(SELECT + " where v.huishouden_id = ? order by v.op desc").param(huishoudenId).query(Verwijzingen::rij).list();
    }

    /** The professional records the organisation's answer. */
    @Transactional
    public Verwijzing antwoord(UUID huishoudenId, UUID verwijzingId, Verwijzingstatus status, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        Verwijzing v = lees(verwijzingId).filter(x -> x.huishoudenId().equals(huishoudenId))
                .orElseThrow(() -> new NietGevondenException("Deze verwijzing bestaat niet."));
        if (versie == null) {
            throw new nl.maatwerk.platform.VersieOntbreektException("Geef de versie van de verwijzing mee, bijvoorbeeld \"" + v.versie() + "\".");
        }
        if (status == null || status == Verwijzingstatus.VERSTUURD) {
            throw new OngeldigeInvoerException("status", "required", "Kies het antwoord: geholpen, niet geholpen of wachtlijst.");
        }
        return logboek.verwerk("verwijzing.antwoord", Verwerkingsactiviteit.VERWIJZING_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> {
                    int n = jdbc.sql("update socialekaart.verwijzing set status = ?, antwoord_op = ?, antwoord_door = ?, versie = versie + 1 "
                            + "where id = ? and versie = ?").params(status.code(), Timestamp.from(Instant.now(klok)), g.gebruikersnaam(),
                            verwijzingId, versie).update();
                    if (n == 0) {
                        throw new nl.maatwerk.platform.ConflictException("Iemand anders heeft het antwoord op deze verwijzing intussen vastgelegd.");
                    }
                    return lees(verwijzingId).orElseThrow();
                });
    }

    /** What the organisation's link shows: the referral number and the service, nothing about the household. */
    public record VoorOrganisatie(long nummer, String dienst, String organisatie, Verwijzingstatus status) {
    }

    /** The referral behind a link, when the link is valid and not used; empty for an unknown, used or expired link. */
    public Optional<VoorOrganisatie> viaLink(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where v.token_hash = ? and v.token_geldig_tot > ?").params(hash(token), Timestamp.from(Instant.now(klok)))
                .query(Verwijzingen::rij).optional()
                .map(v -> new VoorOrganisatie(v.nummer(), v.dienst(), v.organisatie(), v.status()));
    }

    /**
     * The organisation answers through its link; the link is used up. The organisation has no account and its page
     * shows no personal data (only the referral number and the service), so there is no read to log and no user to
     * log it for; the row records "organisatie (link)" as who answered. The professional reads the answer on the
     * household page, whose read is logged.
     */
    @Transactional
    public boolean antwoordViaLink(String token, Verwijzingstatus status) {
        if (status == null || status == Verwijzingstatus.VERSTUURD) {
            throw new OngeldigeInvoerException("status", "required", "Kies het antwoord: geholpen, niet geholpen of wachtlijst.");
        }
        if (token == null || token.length() > 100) {
            return false;
        }
        Timestamp nu = Timestamp.from(Instant.now(klok));
        return jdbc.sql("update socialekaart.verwijzing set status = ?, antwoord_op = ?, antwoord_door = 'organisatie (link)', "
                + "token_hash = null, token_geldig_tot = null, versie = versie + 1 where token_hash = ? and token_geldig_tot > ?")
                .params(status.code(), nu, hash(token), nu).update() == 1;
    }

    private Optional<Verwijzing> lees(UUID id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query(Verwijzingen::rij).optional();
    }

    private static final String SELECT = "select v.id, v.nummer, v.dienst_id, d.naam as dienst, o.naam as organisatie, v.huishouden_id, "
            + "v.toelichting, v.door, v.op, v.status, v.antwoord_op, v.token_geldig_tot, v.versie from socialekaart.verwijzing v "
            + "join socialekaart.dienst d on d.id = v.dienst_id join socialekaart.organisatie o on o.id = d.organisatie_id";

    private static Verwijzing rij(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp antwoord = rs.getTimestamp("antwoord_op");
        Timestamp geldig = rs.getTimestamp("token_geldig_tot");
        return new Verwijzing(rs.getObject("id", UUID.class), rs.getLong("nummer"), rs.getObject("dienst_id", UUID.class), rs.getString("dienst"),
                rs.getString("organisatie"), rs.getObject("huishouden_id", UUID.class), rs.getString("toelichting"), rs.getString("door"),
                rs.getTimestamp("op").toInstant(), Verwijzingstatus.vanCode(rs.getString("status")), antwoord == null ? null : antwoord.toInstant(),
                geldig == null ? null : geldig.toInstant(), rs.getInt("versie"));
    }

    /** The token's hash as the column holds it (hex text). */
    static String hash(String token) {
        return HexFormat.of().formatHex(nl.maatwerk.platform.Linktoken.hash(token));
    }
}

package nl.maatwerk.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.BotsingException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contactjournaal of a household: add a note, list the notes (newest first), read one. Append-only:
 * a note is never changed; a correction is a new note that names the one it corrects (migration V30).
 * Every read and every write is logged for the household's members, a failed one as failed.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Notities {

    public static final int MAX_TEKST = 5000;

    /** A new note; {@code hulpvraagId} and {@code corrigeert} may be empty. */
    public record Nieuw(Kanaal kanaal, String tekst, boolean gedeeld, UUID hulpvraagId, UUID corrigeert) {
    }

    public record Pagina(List<Notitie> notities, int nummer, int grootte, long totaal) {
    }

    private static final String KOLOMMEN = "n.id, n.huishouden_id, n.hulpvraag_id, n.kanaal, n.tekst, n.gedeeld, n.corrigeert, n.door, n.op, "
            + "(select c.id from dossier.notitie c where c.corrigeert = n.id) as gecorrigeerd_door";

    private final JdbcClient jdbc;
    private final Dossiertoegang toegang;
    private final Logboek logboek;
    private final Clock klok;

    Notities(JdbcClient jdbc, Dossiertoegang toegang, Logboek logboek, Clock klok) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.logboek = logboek;
        this.klok = klok;
    }

    @Transactional
    public Notitie legVast(UUID huishoudenId, Nieuw nieuw) {
        Gebruiker g = toegang.schrijver(huishoudenId);
        List<Fout> fouten = new ArrayList<>();
        if (nieuw.kanaal() == null) {
            fouten.add(new Fout("kanaal", "required", "Kies hoe het contact was."));
        }
        String tekst = nieuw.tekst() == null ? "" : nieuw.tekst().strip();
        if (tekst.isEmpty()) {
            fouten.add(new Fout("tekst", "required", "Schrijf op wat er besproken of gedaan is."));
        } else if (tekst.length() > MAX_TEKST) {
            fouten.add(new Fout("tekst", "size", "Een notitie is hoogstens " + MAX_TEKST + " tekens; u schreef er " + tekst.length() + "."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        toegang.vereisVanHuishouden(huishoudenId, nieuw.hulpvraagId(), null);
        UUID hulpvraag = nieuw.hulpvraagId();
        if (nieuw.corrigeert() != null) {
            Notitie oud = zonderLog(huishoudenId, nieuw.corrigeert(), false);
            if (oud == null) {
                throw new OngeldigeInvoerException("corrigeert", "unknown", "De notitie die u wilt corrigeren, hoort niet bij dit huishouden.");
            }
            if (oud.gecorrigeerdDoor() != null) {
                throw new BotsingException("corrigeert", "Deze notitie is al gecorrigeerd. Corrigeer zo nodig de correctie.");
            }
            hulpvraag = hulpvraag != null ? hulpvraag : oud.hulpvraagId();
        }
        UUID id = UUID.randomUUID();
        UUID bijHulpvraag = hulpvraag;
        int rijen = logboek.verwerk("notitie.vastleggen", Verwerkingsactiviteit.NOTITIE_VASTLEGGEN, toegang.betrokkenen(huishoudenId),
                () -> jdbc.sql("""
                        insert into dossier.notitie (id, huishouden_id, hulpvraag_id, kanaal, tekst, gedeeld, corrigeert, door, op)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                        """).params(id, huishoudenId, bijHulpvraag, nieuw.kanaal().code(), tekst, nieuw.gedeeld(), nieuw.corrigeert(),
                        g.gebruikersnaam(), Timestamp.from(klok.instant())).update());
        if (rijen == 0) {
            // A colleague corrected the same note at the same moment (notitie_een_correctie).
            throw new BotsingException("corrigeert", "Deze notitie is zojuist door een collega gecorrigeerd.");
        }
        return zonderLog(huishoudenId, id, false);
    }

    /** The notes of a household, or of one of its requests, newest first; logged, also when it fails. */
    public Pagina lijst(UUID huishoudenId, UUID hulpvraagId, int pagina, int grootte) {
        Dossiertoegang.Lezer lezer = toegang.lezer(huishoudenId);
        return logboek.verwerk("notities.raadplegen", Verwerkingsactiviteit.NOTITIE_RAADPLEGEN, toegang.betrokkenen(huishoudenId), () -> {
            toegang.vereisVanHuishouden(huishoudenId, hulpvraagId, null);
            return pagina(huishoudenId, hulpvraagId, lezer.alleenGedeeld(), pagina, grootte);
        });
    }

    /**
     * Only the notes shared with the household's residents, whoever asks (the resident portal; a
     * professional checking what the resident sees); logged like {@link #lijst}.
     */
    public Pagina gedeeld(UUID huishoudenId, int pagina, int grootte) {
        toegang.lezer(huishoudenId);
        return logboek.verwerk("notities.gedeeld.raadplegen", Verwerkingsactiviteit.NOTITIE_RAADPLEGEN, toegang.betrokkenen(huishoudenId),
                () -> pagina(huishoudenId, null, true, pagina, grootte));
    }

    /** One note; 404 when it is not there, or not shared with a resident who asks. Logged, also then. */
    public Notitie lees(UUID huishoudenId, UUID id) {
        Dossiertoegang.Lezer lezer = toegang.lezer(huishoudenId);
        return logboek.verwerk("notitie.raadplegen", Verwerkingsactiviteit.NOTITIE_RAADPLEGEN, toegang.betrokkenen(huishoudenId), () -> {
            Notitie n = zonderLog(huishoudenId, id, lezer.alleenGedeeld());
            if (n == null) {
                throw new NietGevondenException("Notitie");
            }
            return n;
        });
    }

    /**
     * The newest notes of a household without logging, for its page (which logs the read itself, see
     * {@code inwoner.HuishoudenOnderdeel}); only shared ones when {@code alleenGedeeld}. Need-to-know
     * was checked by the page.
     */
    Pagina nieuwsteZonderLog(UUID huishoudenId, boolean alleenGedeeld, int aantal) {
        return pagina(huishoudenId, null, alleenGedeeld, 1, aantal);
    }

    private Pagina pagina(UUID huishoudenId, UUID hulpvraagId, boolean alleenGedeeld, int pagina, int grootte) {
        String waar = " where n.huishouden_id = ?" + (hulpvraagId == null ? "" : " and n.hulpvraag_id = ?") + (alleenGedeeld ? " and n.gedeeld" : "");
        List<Object> params = new ArrayList<>();
        params.add(huishoudenId);
        if (hulpvraagId != null) {
            params.add(hulpvraagId);
        }
        long totaal = jdbc.sql("select count(*) from dossier.notitie n" + waar).params(params).query(Long.class).single();
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(grootte);
        metPagina.add((long) (pagina - 1) * grootte);
        List<Rij> rijen = jdbc.sql("select " + KOLOMMEN + " from dossier.notitie n" + waar + " order by n.op desc, n.id limit ? offset ?")
                .params(metPagina).query(Notities::rij).list();
        return new Pagina(metNamen(rijen, alleenGedeeld), pagina, grootte, totaal);
    }

    private Notitie zonderLog(UUID huishoudenId, UUID id, boolean alleenGedeeld) {
        List<Rij> rijen = jdbc.sql("select " + KOLOMMEN + " from dossier.notitie n where n.id = ? and n.huishouden_id = ?"
                + (alleenGedeeld ? " and n.gedeeld" : "")).params(id, huishoudenId).query(Notities::rij).list();
        List<Notitie> notities = metNamen(rijen, alleenGedeeld);
        return notities.isEmpty() ? null : notities.getFirst();
    }

    private record Rij(UUID id, UUID huishoudenId, UUID hulpvraagId, String kanaal, String tekst, boolean gedeeld, UUID corrigeert,
            UUID gecorrigeerdDoor, String door, java.time.Instant op) {
    }

    private static Rij rij(ResultSet rs, int i) throws SQLException {
        return new Rij(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class), rs.getObject("hulpvraag_id", UUID.class),
                rs.getString("kanaal"), rs.getString("tekst"), rs.getBoolean("gedeeld"), rs.getObject("corrigeert", UUID.class),
                rs.getObject("gecorrigeerd_door", UUID.class), rs.getString("door"), rs.getTimestamp("op").toInstant());
    }

    private List<Notitie> metNamen(List<Rij> rijen, boolean alleenGedeeld) {
        Set<String> wie = new HashSet<>();
        rijen.forEach(r -> wie.add(r.door()));
        Map<String, String> namen = toegang.namen(wie);
        return rijen.stream().map(r -> new Notitie(r.id(), r.huishoudenId(), r.hulpvraagId(), Kanaal.vanCode(r.kanaal()), r.tekst(), r.gedeeld(),
                        // A resident sees links between shared notes only: an unshared correction is not theirs to know of.
                        alleenGedeeld ? null : r.corrigeert(), alleenGedeeld ? null : r.gecorrigeerdDoor(),
                        r.door(), namen.getOrDefault(r.door(), r.door()), r.op()))
                .toList();
    }
}

package nl.maatwerk.dossier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.dossier.scan.Virusscanner;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Rol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Documents of a household, a request or a decision: store (checked by {@link DocumentControle}), list,
 * read, download and withdraw. The bytes are in {@code dossier.document_inhoud} (bytea, migration V31).
 * Need-to-know as for notes ({@link Dossiertoegang}); every read and write is logged, a failed one as
 * failed. Withdrawing removes the bytes and keeps who withdrew it, when and why.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Documenten {

    /** An upload as a page or the API received it; the name is the client's, not yet made safe. */
    public record Upload(Documenttype documenttype, String bestandsnaam, byte[] inhoud, boolean gedeeld, UUID hulpvraagId, UUID besluitId) {
    }

    public record Pagina(List<Document> documenten, int nummer, int grootte, long totaal) {
    }

    /** A document with its bytes, for a download. */
    public record Bestand(Document document, byte[] inhoud) {
    }

    private static final String KOLOMMEN = "d.id, d.huishouden_id, d.hulpvraag_id, d.besluit_id, d.documenttype, d.bestandsnaam, d.mediatype, "
            + "d.grootte, d.sha256, d.gedeeld, d.geupload_door, d.geupload_op, d.bewaren_tot, d.ingetrokken_door, d.ingetrokken_op, d.ingetrokken_reden";

    private final JdbcClient jdbc;
    private final Dossiertoegang toegang;
    private final Logboek logboek;
    private final Clock klok;
    private final List<Virusscanner> scanners;
    private final long maxBytes;

    Documenten(JdbcClient jdbc, Dossiertoegang toegang, Logboek logboek, Clock klok, List<Virusscanner> scanners,
            @Value("${maatwerk.documenten.max-grootte:10MB}") DataSize max) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.logboek = logboek;
        this.klok = klok;
        this.scanners = List.copyOf(scanners);
        this.maxBytes = max.toBytes();
    }

    /** The largest file we store, for the form and the API description ("10 MB"). */
    public String maximum() {
        return DocumentControle.megabytes(maxBytes);
    }

    public long maximumBytes() {
        return maxBytes;
    }

    public static String toegestaan() {
        return DocumentControle.TOEGESTAAN;
    }

    public static String accept() {
        return DocumentControle.ACCEPT;
    }

    @Transactional
    public Document opslaan(UUID huishoudenId, Upload upload) {
        return opslaan(toegang.schrijver(huishoudenId), huishoudenId, upload);
    }

    /**
     * An attachment to a message of Mijn Maatwerk (issue 16): stored as correspondence, shared with the household, with
     * the same checks as every upload. Unlike other documents, a resident of the household may add it too.
     */
    @Transactional
    public Document opslaanBijBericht(UUID huishoudenId, String bestandsnaam, byte[] inhoud) {
        return opslaan(toegang.bijdrager(huishoudenId), huishoudenId,
                new Upload(Documenttype.CORRESPONDENTIE, bestandsnaam, inhoud, true, null, null));
    }

    /** Descriptions of some of a household's documents for a page that logs its own read (need-to-know checked here). */
    public List<Document> beschrijvingenZonderLog(UUID huishoudenId, java.util.Collection<UUID> ids) {
        Dossiertoegang.Lezer lezer = toegang.lezer(huishoudenId);
        List<Document> uit = new ArrayList<>();
        for (UUID id : ids) {
            Document d = zonderLog(huishoudenId, id, lezer.alleenGedeeld(), lezer.gebruiker());
            if (d != null) {
                uit.add(d);
            }
        }
        return uit;
    }

    private Document opslaan(Gebruiker g, UUID huishoudenId, Upload upload) {
        List<Fout> fouten = new ArrayList<>();
        if (upload.documenttype() == null) {
            fouten.add(new Fout("documenttype", "required", "Kies wat voor document dit is."));
        }
        DocumentControle.Gecontroleerd gecontroleerd = null;
        try {
            gecontroleerd = DocumentControle.controleer(upload.bestandsnaam(), upload.inhoud(), maxBytes, scanners);
        } catch (OngeldigeInvoerException e) {
            fouten.addAll(e.fouten());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        toegang.vereisVanHuishouden(huishoudenId, upload.hulpvraagId(), upload.besluitId());
        UUID id = UUID.randomUUID();
        Instant nu = klok.instant();
        LocalDate bewarenTot = upload.documenttype().bewarenTot(LocalDate.ofInstant(nu, klok.getZone()));
        DocumentControle.Gecontroleerd ok = gecontroleerd;
        logboek.verwerk("document.opslaan", Verwerkingsactiviteit.DOCUMENT_VASTLEGGEN, toegang.betrokkenen(huishoudenId), () -> {
            jdbc.sql("""
                    insert into dossier.document (id, huishouden_id, hulpvraag_id, besluit_id, documenttype, bestandsnaam, mediatype, grootte,
                        sha256, gedeeld, geupload_door, geupload_op, bewaren_tot) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, huishoudenId, upload.hulpvraagId(), upload.besluitId(), upload.documenttype().code(), ok.bestandsnaam(),
                    ok.soort().mediatype, upload.inhoud().length, sha256(upload.inhoud()), upload.gedeeld(), g.gebruikersnaam(),
                    Timestamp.from(nu), bewarenTot).update();
            return jdbc.sql("insert into dossier.document_inhoud (document_id, inhoud) values (?, ?)").params(id, upload.inhoud()).update();
        });
        return zonderLog(huishoudenId, id, false, g);
    }

    /** The documents of a household, or of one of its requests or decisions, newest first; logged, also when it fails. */
    public Pagina lijst(UUID huishoudenId, UUID hulpvraagId, UUID besluitId, int pagina, int grootte) {
        Dossiertoegang.Lezer lezer = toegang.lezer(huishoudenId);
        return logboek.verwerk("documenten.raadplegen", Verwerkingsactiviteit.DOCUMENT_RAADPLEGEN, toegang.betrokkenen(huishoudenId), () -> {
            toegang.vereisVanHuishouden(huishoudenId, hulpvraagId, besluitId);
            return pagina(huishoudenId, hulpvraagId, besluitId, lezer, pagina, grootte);
        });
    }

    /** One document's description; 404 when it is not there or not shared with a resident who asks. Logged, also then. */
    public Document lees(UUID huishoudenId, UUID id) {
        Dossiertoegang.Lezer lezer = toegang.lezer(huishoudenId);
        return logboek.verwerk("document.raadplegen", Verwerkingsactiviteit.DOCUMENT_RAADPLEGEN, toegang.betrokkenen(huishoudenId),
                () -> vereis(zonderLog(huishoudenId, id, lezer.alleenGedeeld(), lezer.gebruiker())));
    }

    /** A document with its bytes, for a download; 404 as {@link #lees}, and for a withdrawn one. Logged, also then. */
    public Bestand download(UUID huishoudenId, UUID id) {
        Dossiertoegang.Lezer lezer = toegang.lezer(huishoudenId);
        return logboek.verwerk("document.downloaden", Verwerkingsactiviteit.DOCUMENT_RAADPLEGEN, toegang.betrokkenen(huishoudenId), () -> {
            Document d = vereis(zonderLog(huishoudenId, id, lezer.alleenGedeeld(), lezer.gebruiker()));
            byte[] inhoud = jdbc.sql("select inhoud from dossier.document_inhoud where document_id = ?").param(id).query(byte[].class).optional()
                    .orElseThrow(() -> new NietGevondenException("Document"));
            return new Bestand(d, inhoud);
        });
    }

    /**
     * Withdraws a document: only the uploader or a team lead, with a reason. The bytes go; who withdrew
     * it, when and why stay. A second time is 409: it happened already.
     */
    @Transactional
    public Document intrekken(UUID huishoudenId, UUID id, String reden) {
        Gebruiker g = toegang.schrijver(huishoudenId);
        Document d = vereis(zonderLog(huishoudenId, id, false, g));
        if (!g.gebruikersnaam().equals(d.door()) && g.rol() != Rol.TEAMLEIDER) {
            throw new NietToegestaanException("Alleen wie het document opsloeg, of de teamleider, kan het intrekken.");
        }
        if (d.ingetrokken()) {
            throw new ConflictException("Dit document is al ingetrokken.");
        }
        String r = reden == null ? "" : reden.strip();
        if (r.length() < 5) {
            throw new OngeldigeInvoerException("reden", "required", "Schrijf op waarom u het document intrekt (minstens 5 tekens).");
        }
        if (r.length() > 500) {
            throw new OngeldigeInvoerException("reden", "size", "De reden is hoogstens 500 tekens.");
        }
        int rijen = logboek.verwerk("document.intrekken", Verwerkingsactiviteit.DOCUMENT_VASTLEGGEN, toegang.betrokkenen(huishoudenId), () -> {
            int n = jdbc.sql("""
                    update dossier.document set ingetrokken_door = ?, ingetrokken_op = ?, ingetrokken_reden = ?
                    where id = ? and ingetrokken_op is null
                    """).params(g.gebruikersnaam(), Timestamp.from(klok.instant()), r, id).update();
            jdbc.sql("delete from dossier.document_inhoud where document_id = ?").param(id).update();
            return n;
        });
        if (rijen == 0) {
            throw new ConflictException("Dit document is zojuist door een collega ingetrokken.");
        }
        return zonderLog(huishoudenId, id, false, g);
    }

    /** The newest documents of a household without logging, for its page (which logs the read itself). */
    Pagina nieuwsteZonderLog(UUID huishoudenId, Dossiertoegang.Lezer lezer, int aantal) {
        return pagina(huishoudenId, null, null, lezer, 1, aantal);
    }

    private static Document vereis(Document d) {
        if (d == null) {
            throw new NietGevondenException("Document");
        }
        return d;
    }

    private Pagina pagina(UUID huishoudenId, UUID hulpvraagId, UUID besluitId, Dossiertoegang.Lezer lezer, int pagina, int grootte) {
        StringBuilder waar = new StringBuilder(" where d.huishouden_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(huishoudenId);
        if (hulpvraagId != null) {
            waar.append(" and d.hulpvraag_id = ?");
            params.add(hulpvraagId);
        }
        if (besluitId != null) {
            waar.append(" and d.besluit_id = ?");
            params.add(besluitId);
        }
        if (lezer.alleenGedeeld()) {
            // A resident sees what is shared with them and still there; a withdrawn document is not theirs to read about.
            waar.append(" and d.gedeeld and d.ingetrokken_op is null");
        }
        long totaal = jdbc.sql("select count(*) from dossier.document d" + waar).params(params).query(Long.class).single();
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(grootte);
        metPagina.add((long) (pagina - 1) * grootte);
        List<Rij> rijen = jdbc.sql("select " + KOLOMMEN + " from dossier.document d" + waar + " order by d.geupload_op desc, d.id limit ? offset ?")
                .params(metPagina).query(Documenten::rij).list();
        return new Pagina(metNamen(rijen, lezer.gebruiker()), pagina, grootte, totaal);
    }

    private Document zonderLog(UUID huishoudenId, UUID id, boolean alleenGedeeld, Gebruiker g) {
        List<Rij> rijen = jdbc.sql("select " + KOLOMMEN + " from dossier.document d where d.id = ? and d.huishouden_id = ?"
                        + (alleenGedeeld ? " and d.gedeeld and d.ingetrokken_op is null" : ""))
                .params(id, huishoudenId).query(Documenten::rij).list();
        List<Document> documenten = metNamen(rijen, g);
        return documenten.isEmpty() ? null : documenten.getFirst();
    }

    private record Rij(UUID id, UUID huishoudenId, UUID hulpvraagId, UUID besluitId, String documenttype, String bestandsnaam, String mediatype,
            long grootte, String sha256, boolean gedeeld, String door, Instant op, LocalDate bewarenTot, String ingetrokkenDoor,
            Instant ingetrokkenOp, String ingetrokkenReden) {
    }

    private static Rij rij(ResultSet rs, int i) throws SQLException {
        Timestamp ingetrokken = rs.getTimestamp("ingetrokken_op");
        return new Rij(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class), rs.getObject("hulpvraag_id", UUID.class),
                rs.getObject("besluit_id", UUID.class), rs.getString("documenttype"), rs.getString("bestandsnaam"), rs.getString("mediatype"),
                rs.getLong("grootte"), rs.getString("sha256"), rs.getBoolean("gedeeld"), rs.getString("geupload_door"),
                rs.getTimestamp("geupload_op").toInstant(), rs.getObject("bewaren_tot", LocalDate.class), rs.getString("ingetrokken_door"),
                ingetrokken == null ? null : ingetrokken.toInstant(), rs.getString("ingetrokken_reden"));
    }

    private List<Document> metNamen(List<Rij> rijen, Gebruiker g) {
        Set<String> wie = new HashSet<>();
        rijen.forEach(r -> {
            wie.add(r.door());
            if (r.ingetrokkenDoor() != null) {
                wie.add(r.ingetrokkenDoor());
            }
        });
        Map<String, String> namen = toegang.namen(wie);
        return rijen.stream().map(r -> new Document(r.id(), r.huishoudenId(), r.hulpvraagId(), r.besluitId(), Documenttype.vanCode(r.documenttype()),
                r.bestandsnaam(), r.mediatype(), r.grootte(), r.sha256(), r.gedeeld(), r.door(), namen.getOrDefault(r.door(), r.door()), r.op(),
                r.bewarenTot(), r.ingetrokkenDoor() == null ? null : namen.getOrDefault(r.ingetrokkenDoor(), r.ingetrokkenDoor()), r.ingetrokkenOp(),
                r.ingetrokkenReden(), r.ingetrokkenOp() == null && g.isProfessional()
                        && (g.gebruikersnaam().equals(r.door()) || g.rol() == Rol.TEAMLEIDER))).toList();
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.maatwerk.dossier.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import nl.maatwerk.dossier.Documenttype;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo mode only: a PDF as a shared correspondence document of a household, written once (the same id again does nothing). */
@Component
public class DossierDemo {

    private final JdbcClient jdbc;

    DossierDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void correspondentie(UUID id, UUID huishoudenId, String bestandsnaam, byte[] pdf, String door, Instant op) {
        int nieuw = jdbc.sql("""
                insert into dossier.document (id, huishouden_id, documenttype, bestandsnaam, mediatype, grootte, sha256, gedeeld,
                    geupload_door, geupload_op, bewaren_tot) values (?, ?, ?, ?, 'application/pdf', ?, ?, true, ?, ?, ?) on conflict do nothing
                """).params(id, huishoudenId, Documenttype.CORRESPONDENTIE.code(), bestandsnaam, pdf.length, sha256(pdf), door, Timestamp.from(op),
                Documenttype.CORRESPONDENTIE.bewarenTot(LocalDate.ofInstant(op, nl.maatwerk.platform.Klok.ZONE))).update();
        if (nieuw == 1) {
            jdbc.sql("insert into dossier.document_inhoud (document_id, inhoud) values (?, ?)").params(id, pdf).update();
        }
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

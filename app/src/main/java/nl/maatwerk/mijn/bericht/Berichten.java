package nl.maatwerk.mijn.bericht;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inwoner;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.dossier.portaal.BerichtBijlagen;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * Messages between a resident and the professionals of their household (issue 16). One conversation per resident
 * and household. The resident writes from Mijn Maatwerk; the regisseur (or another professional who may see the
 * household) answers from the household's page. Each read and write is logged for the resident of the conversation.
 * A new message from a professional is announced to the resident by an e-mail without any content
 * ({@link Berichtmelder}).
 */
@Service
class Berichten {

    static final int MAX_TEKST = 5000;

    record Bericht(UUID id, boolean vanInwoner, String afzender, String tekst, Instant verzondenOp, Instant gelezenOp,
            BerichtBijlagen.Bijlage bijlage) {
    }

    /** A file sent with a message, as the page or the API received it (name and bytes are the client's, checked by dossier). */
    record Bestand(String naam, byte[] inhoud) {

        static Bestand van(org.springframework.web.multipart.MultipartFile f) throws java.io.IOException {
            // A form without a chosen file still sends an empty part without a name: that is no attachment.
            return f == null || (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) ? null
                    : new Bestand(f.getOriginalFilename(), f.getBytes());
        }
    }

    /** One resident's conversation, for the professional's page. */
    record Gesprek(UUID inwonerId, String inwonerNaam, List<Bericht> berichten) {
    }

    private final JdbcClient jdbc;
    private final MijnInwoner mijn;
    private final Inzage inzage;
    private final Huishoudens huishoudens;
    private final Inwoners inwoners;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Berichtmelder melder;
    private final BerichtBijlagen bijlagen;
    private final Clock klok;

    Berichten(JdbcClient jdbc, MijnInwoner mijn, Inzage inzage, Huishoudens huishoudens, Inwoners inwoners, GebruikerRegister gebruikers,
            Logboek logboek, Berichtmelder melder, BerichtBijlagen bijlagen, Clock klok) {
        this.bijlagen = bijlagen;
        this.jdbc = jdbc;
        this.mijn = mijn;
        this.inzage = inzage;
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.melder = melder;
        this.klok = klok;
    }

    /** The logged-in resident's conversation, oldest first; what the professionals wrote is marked read now. */
    List<Bericht> vanMij() {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        return logboek.verwerk("mijn.berichten", Verwerkingsactiviteit.BERICHT_RAADPLEGEN, List.of(Betrokkene.bsn(s.bsn())), () -> {
            jdbc.sql("update mijn.bericht set gelezen_op = ? where huishouden_id = ? and inwoner_id = ? and not van_inwoner and gelezen_op is null")
                    .params(Timestamp.from(Instant.now(klok)), huishouden, s.inwonerId()).update();
            return lees(huishouden, List.of(s.inwonerId())).getOrDefault(s.inwonerId(), List.of());
        });
    }

    /** The resident writes to their professionals, with at most one file (checked and stored as a document by dossier). */
    @Transactional
    Bericht stuurAlsInwoner(String tekst, Bestand bestand) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        String schoon = controleer(tekst);
        Gebruiker g = gebruikers.huidige();
        BerichtBijlagen.Bijlage bijlage = bestand == null ? null : bijlagen.bewaar(huishouden, bestand.naam(), bestand.inhoud());
        return logboek.verwerk("mijn.bericht.versturen", Verwerkingsactiviteit.BERICHT_VASTLEGGEN, List.of(Betrokkene.bsn(s.bsn())),
                () -> schrijf(huishouden, s.inwonerId(), true, g.gebruikersnaam(), schoon, bijlage));
    }

    /**
     * An attachment of the resident's own conversation as a download. The id of an attachment that is not in their
     * conversation (another household's, another member's) answers 404; the attempt is logged for the resident.
     */
    ResponseEntity<byte[]> bijlageVanMij(UUID bijlageId) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        return logboek.verwerk("mijn.bericht.bijlage", Verwerkingsactiviteit.BERICHT_RAADPLEGEN, List.of(Betrokkene.bsn(s.bsn())), () -> {
            boolean vanMij = jdbc.sql("select exists (select 1 from mijn.bericht where bijlage_id = ? and huishouden_id = ? and inwoner_id = ?)")
                    .params(bijlageId, huishouden, s.inwonerId()).query(Boolean.class).single();
            if (!vanMij) {
                throw new NietGevondenException("Bijlage");
            }
            return bijlagen.download(huishouden, bijlageId);
        });
    }

    /** An attachment of a message of this household, for a professional who may see it (need-to-know and log by dossier). */
    ResponseEntity<byte[]> bijlageVanHuishouden(UUID huishouden, UUID bijlageId) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishouden);
        inzage.vereisProfessional(g);
        boolean bestaat = jdbc.sql("select exists (select 1 from mijn.bericht where bijlage_id = ? and huishouden_id = ?)")
                .params(bijlageId, huishouden).query(Boolean.class).single();
        if (!bestaat) {
            throw new NietGevondenException("Bijlage");
        }
        return bijlagen.download(huishouden, bijlageId);
    }

    /** Every conversation of this household, for a professional who may see it; marks the residents' messages read. */
    List<Gesprek> vanHuishouden(UUID huishouden) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishouden);
        inzage.vereisProfessional(g);
        return logboek.verwerk("huishouden.berichten", Verwerkingsactiviteit.BERICHT_RAADPLEGEN, huishoudens.betrokkenenVoorLogboek(huishouden), () -> {
            List<UUID> wie = jdbc.sql("select distinct inwoner_id from mijn.bericht where huishouden_id = ?").param(huishouden).query(UUID.class).list();
            jdbc.sql("update mijn.bericht set gelezen_op = ? where huishouden_id = ? and van_inwoner and gelezen_op is null")
                    .params(Timestamp.from(Instant.now(klok)), huishouden).update();
            Map<UUID, List<Bericht>> perInwoner = lees(huishouden, wie);
            Map<UUID, String> namen = inwoners.namen(wie);
            List<Gesprek> gesprekken = new ArrayList<>();
            perInwoner.forEach((id, berichten) -> gesprekken.add(new Gesprek(id, namen.getOrDefault(id, "Inwoner"), berichten)));
            return gesprekken;
        });
    }

    /** Whom a professional can write to: the members of the household today, by name (the read is logged by Huishoudens). */
    Map<UUID, String> ontvangers(UUID huishouden) {
        Map<UUID, String> uit = new LinkedHashMap<>();
        huishoudens.samenstellingOp(huishouden, java.time.LocalDate.now(klok))
                .forEach(l -> uit.put(l.inwoner().id(), l.inwoner().volledigeNaam()));
        return uit;
    }

    /** A professional writes to a resident who lives in the household today; the resident gets an e-mail without content. */
    @Transactional
    Bericht stuurAlsProfessional(UUID huishouden, UUID inwonerId, String tekst, Bestand bestand) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishouden);
        inzage.vereisProfessional(g);
        List<OngeldigeInvoerException.Fout> fouten = new ArrayList<>();
        if (inwonerId == null || !huishoudens.isHuidigLid(huishouden, inwonerId)) {
            fouten.add(new OngeldigeInvoerException.Fout("inwonerId", "required", "Kies aan wie u schrijft: iemand die nu in dit huishouden woont."));
        }
        String schoon = null;
        try {
            schoon = controleer(tekst);
        } catch (OngeldigeInvoerException e) {
            fouten.addAll(e.fouten());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String definitief = schoon;
        BerichtBijlagen.Bijlage bijlage = bestand == null ? null : bijlagen.bewaar(huishouden, bestand.naam(), bestand.inhoud());
        // Reading the resident's e-mail address to tell them is itself logged, by Inwoners.lees.
        Inwoner ontvanger = inwoners.lees(inwonerId);
        Bericht b = logboek.verwerk("huishouden.bericht.versturen", Verwerkingsactiviteit.BERICHT_VASTLEGGEN, List.of(Betrokkene.bsn(ontvanger.bsn())),
                () -> schrijf(huishouden, inwonerId, false, g.gebruikersnaam(), definitief, bijlage));
        var contact = ontvanger.gegevens().contact();
        melder.meld(contact == null ? null : contact.emailadres());
        return b;
    }

    /**
     * The municipality writes, as a system action (see {@link nl.maatwerk.mijn.Systeembericht}); the sender shows as
     * "Uw gemeente". Nothing when the resident no longer lives in the household.
     */
    @Transactional
    void stuurAlsSysteem(UUID huishouden, UUID inwonerId, String tekst) {
        nl.maatwerk.platform.Systeemactie.vereis();
        if (!huishoudens.isHuidigLid(huishouden, inwonerId)) {
            return;
        }
        String schoon = controleer(tekst);
        List<Betrokkene> betrokkenen = inwoners.betrokkeneAlsSysteem(inwonerId).map(List::of).orElse(List.of());
        logboek.verwerk("mijn.bericht.systeem", Verwerkingsactiviteit.BERICHT_VASTLEGGEN, betrokkenen,
                () -> schrijf(huishouden, inwonerId, false, nl.maatwerk.platform.Systeemactie.ACTOR, schoon, null));
        melder.meld(inwoners.emailadresAlsSysteem(inwonerId).orElse(null));
    }

    private static String controleer(String tekst) {
        String schoon = tekst == null ? "" : tekst.strip();
        if (schoon.isEmpty()) {
            throw new OngeldigeInvoerException("tekst", "required", "Schrijf uw bericht.");
        }
        if (schoon.length() > MAX_TEKST) {
            throw new OngeldigeInvoerException("tekst", "size", "Uw bericht is te lang. Het mag hoogstens " + MAX_TEKST + " tekens hebben.");
        }
        return schoon;
    }

    private Bericht schrijf(UUID huishouden, UUID inwonerId, boolean vanInwoner, String afzender, String tekst, BerichtBijlagen.Bijlage bijlage) {
        UUID id = UUID.randomUUID();
        Instant nu = Instant.now(klok);
        jdbc.sql("""
                insert into mijn.bericht (id, huishouden_id, inwoner_id, van_inwoner, afzender, tekst, verzonden_op, bijlage_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, huishouden, inwonerId, vanInwoner, afzender, tekst, Timestamp.from(nu), bijlage == null ? null : bijlage.id()).update();
        return new Bericht(id, vanInwoner, naam(afzender, vanInwoner), tekst, nu, null, bijlage);
    }

    private Map<UUID, List<Bericht>> lees(UUID huishouden, List<UUID> inwoners) {
        record Rij(UUID id, UUID inwonerId, boolean vanInwoner, String afzender, String tekst, Instant op, Instant gelezen, UUID bijlage) {
        }
        Map<UUID, List<Bericht>> uit = new LinkedHashMap<>();
        if (inwoners.isEmpty()) {
            return uit;
        }
        List<Rij> rijen = jdbc.sql("""
                select id, inwoner_id, van_inwoner, afzender, tekst, verzonden_op, gelezen_op, bijlage_id from mijn.bericht
                where huishouden_id = ? and inwoner_id = any(?::uuid[]) order by verzonden_op, id
                """).params(huishouden, inwoners.toArray(UUID[]::new))
                .query((rs, i) -> new Rij(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, UUID.class)))
                .list();
        Map<String, String> namen = gebruikers.namen(rijen.stream().filter(r -> !r.vanInwoner()).map(Rij::afzender).distinct().toList());
        // The names of the attachments, through dossier (need-to-know again; a withdrawn one no longer shows to a resident).
        Map<UUID, BerichtBijlagen.Bijlage> bijlagenVanRijen = bijlagen.beschrijvingen(huishouden,
                rijen.stream().map(Rij::bijlage).filter(java.util.Objects::nonNull).toList());
        for (Rij r : rijen) {
            String wie = r.vanInwoner() ? "U" : namen.getOrDefault(r.afzender(), "Uw gemeente");
            uit.computeIfAbsent(r.inwonerId(), k -> new ArrayList<>()).add(new Bericht(r.id(), r.vanInwoner(), wie, r.tekst(), r.op(), r.gelezen(),
                    r.bijlage() == null ? null : bijlagenVanRijen.get(r.bijlage())));
        }
        return uit;
    }

    private String naam(String gebruikersnaam, boolean vanInwoner) {
        return vanInwoner ? "U" : gebruikers.namen(List.of(gebruikersnaam)).getOrDefault(gebruikersnaam, "Uw gemeente");
    }
}

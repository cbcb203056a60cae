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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    record Bericht(UUID id, boolean vanInwoner, String afzender, String tekst, Instant verzondenOp, Instant gelezenOp) {
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
    private final Clock klok;

    Berichten(JdbcClient jdbc, MijnInwoner mijn, Inzage inzage, Huishoudens huishoudens, Inwoners inwoners, GebruikerRegister gebruikers,
            Logboek logboek, Berichtmelder melder, Clock klok) {
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

    /** The resident writes to their professionals. */
    Bericht stuurAlsInwoner(String tekst) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        String schoon = controleer(tekst);
        Gebruiker g = gebruikers.huidige();
        return logboek.verwerk("mijn.bericht.versturen", Verwerkingsactiviteit.BERICHT_VASTLEGGEN, List.of(Betrokkene.bsn(s.bsn())),
                () -> schrijf(huishouden, s.inwonerId(), true, g.gebruikersnaam(), schoon));
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
    Bericht stuurAlsProfessional(UUID huishouden, UUID inwonerId, String tekst) {
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
        // Reading the resident's e-mail address to tell them is itself logged, by Inwoners.lees.
        Inwoner ontvanger = inwoners.lees(inwonerId);
        Bericht b = logboek.verwerk("huishouden.bericht.versturen", Verwerkingsactiviteit.BERICHT_VASTLEGGEN, List.of(Betrokkene.bsn(ontvanger.bsn())),
                () -> schrijf(huishouden, inwonerId, false, g.gebruikersnaam(), definitief));
        var contact = ontvanger.gegevens().contact();
        melder.meld(contact == null ? null : contact.emailadres());
        return b;
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

    private Bericht schrijf(UUID huishouden, UUID inwonerId, boolean vanInwoner, String afzender, String tekst) {
        UUID id = UUID.randomUUID();
        Instant nu = Instant.now(klok);
        jdbc.sql("insert into mijn.bericht (id, huishouden_id, inwoner_id, van_inwoner, afzender, tekst, verzonden_op) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, huishouden, inwonerId, vanInwoner, afzender, tekst, Timestamp.from(nu)).update();
        return new Bericht(id, vanInwoner, naam(afzender, vanInwoner), tekst, nu, null);
    }

    private Map<UUID, List<Bericht>> lees(UUID huishouden, List<UUID> inwoners) {
        record Rij(UUID id, UUID inwonerId, boolean vanInwoner, String afzender, String tekst, Instant op, Instant gelezen) {
        }
        Map<UUID, List<Bericht>> uit = new LinkedHashMap<>();
        if (inwoners.isEmpty()) {
            return uit;
        }
        List<Rij> rijen = jdbc.sql("""
                select id, inwoner_id, van_inwoner, afzender, tekst, verzonden_op, gelezen_op from mijn.bericht
                where huishouden_id = ? and inwoner_id = any(?::uuid[]) order by verzonden_op, id
                """).params(huishouden, inwoners.toArray(UUID[]::new))
                .query((rs, i) -> new Rij(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
        Map<String, String> namen = gebruikers.namen(rijen.stream().filter(r -> !r.vanInwoner()).map(Rij::afzender).distinct().toList());
        for (Rij r : rijen) {
            String wie = r.vanInwoner() ? "U" : namen.getOrDefault(r.afzender(), "Uw gemeente");
            uit.computeIfAbsent(r.inwonerId(), k -> new ArrayList<>()).add(new Bericht(r.id(), r.vanInwoner(), wie, r.tekst(), r.op(), r.gelezen()));
        }
        return uit;
    }

    private String naam(String gebruikersnaam, boolean vanInwoner) {
        return vanInwoner ? "U" : gebruikers.namen(List.of(gebruikersnaam)).getOrDefault(gebruikersnaam, "Uw gemeente");
    }
}

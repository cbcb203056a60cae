package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's consent to share: which party may see which parts of the file, from when, until
 * when or until revoked. Sharing with an outside party is refused unless a consent covers that
 * party and every part on the day of sharing; each sharing is recorded.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Toestemmingen {

    /** @param vervallenReden why the consent no longer holds when the system ended it (its giver moved out), else null */
    public record Toestemming(UUID id, UUID inwonerId, String inwonerNaam, String partij, List<Onderdeel> onderdelen, String doel,
            LocalDate gegevenOp, LocalDate geldigTot, LocalDate ingetrokkenOp, String vastgelegdDoor, String vervallenReden) {

        public boolean geldigOp(LocalDate dag) {
            return !gegevenOp.isAfter(dag) && (geldigTot == null || !geldigTot.isBefore(dag))
                    && (ingetrokkenOp == null || ingetrokkenOp.isAfter(dag));
        }
    }

    /** One sharing with an outside party, under the consent that allowed it. */
    public record Verstrekking(UUID id, UUID toestemmingId, String partij, List<Onderdeel> onderdelen, String door, java.time.Instant op) {
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Inwoners inwoners;
    private final Clock klok;

    Toestemmingen(JdbcClient jdbc, Huishoudens huishoudens, Inwoners inwoners, Inzage inzage, GebruikerRegister gebruikers,
            Logboek logboek, Clock klok) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.klok = klok;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
    }

    public List<Toestemming> vanHuishouden(UUID huishoudenId) {
        zichtbaar(huishoudenId);
        List<Toestemming> rijen = jdbc.sql("""
                select * from toegang.toestemming where huishouden_id = ? order by gegeven_op desc, partij
                """).param(huishoudenId).query((rs, i) -> new Toestemming(rs.getObject("id", UUID.class),
                rs.getObject("inwoner_id", UUID.class), null, rs.getString("partij"),
                SqlLijsten.lees(rs.getArray("onderdelen")).stream().map(Onderdeel::vanCode).toList(), rs.getString("doel"),
                rs.getObject("gegeven_op", LocalDate.class), rs.getObject("geldig_tot", LocalDate.class),
                rs.getObject("ingetrokken_op", LocalDate.class), rs.getString("vastgelegd_door"), rs.getString("vervallen_reden"))).list();
        Map<UUID, String> namen = inwoners.namen(rijen.stream().map(Toestemming::inwonerId).toList());
        // A consent's resident always exists (foreign key); like the join this replaces, one without is left out.
        return rijen.stream().filter(t -> namen.containsKey(t.inwonerId()))
                .map(t -> new Toestemming(t.id(), t.inwonerId(), namen.get(t.inwonerId()), t.partij(), t.onderdelen(), t.doel(),
                        t.gegevenOp(), t.geldigTot(), t.ingetrokkenOp(), t.vastgelegdDoor(), t.vervallenReden())).toList();
    }

    public List<Verstrekking> verstrekkingen(UUID huishoudenId) {
        zichtbaar(huishoudenId);
        return jdbc.sql("select * from toegang.verstrekking where huishouden_id = ? order by op desc").param(huishoudenId)
                .query((rs, i) -> new Verstrekking(rs.getObject("id", UUID.class), rs.getObject("toestemming_id", UUID.class), rs.getString("partij"),
                        SqlLijsten.lees(rs.getArray("onderdelen")).stream().map(Onderdeel::vanCode).toList(), rs.getString("door"),
                        rs.getTimestamp("op").toInstant())).list();
    }

    /** Records a consent the resident gave; every problem is listed at once. */
    @Transactional
    public UUID leg(UUID huishoudenId, UUID inwonerId, String partij, List<Onderdeel> onderdelen, String doel, LocalDate gegevenOp,
            LocalDate geldigTot) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(huishoudenId);
        inzage.vereisProfessional(g);
        return vastleggen(g, huishoudenId, inwonerId, partij, onderdelen, doel, gegevenOp, geldigTot, false);
    }

    /**
     * The checks and the write of a new consent, for the professional ({@link #leg}) and the resident giving it
     * themself ({@link ToestemmingenVanInwoner}); need-to-know is checked by the caller.
     */
    UUID vastleggen(Gebruiker g, UUID huishoudenId, UUID inwonerId, String partij, List<Onderdeel> onderdelen, String doel,
            LocalDate gegevenOp, LocalDate geldigTot, boolean doorInwoner) {
        List<Fout> fouten = new ArrayList<>();
        LocalDate vandaag = LocalDate.now(klok);
        var gever = inwonerId == null ? java.util.Optional.<nl.maatwerk.inwoner.Huishouden.Lidmaatschap>empty()
                : huishoudens.samenstellingOp(huishoudenId, vandaag).stream().filter(l -> l.inwoner().id().equals(inwonerId)).findFirst();
        if (gever.isEmpty()) {
            fouten.add(new Fout("inwonerId", "required", "Kies wie de toestemming geeft: iemand die nu in dit huishouden woont."));
        } else if (!Leeftijdsgrenzen.magToestemmingGeven(gever.get().inwoner().geboortedatum(), vandaag)) {
            // Under 16 a parent or guardian consents for the child (UAVG art. 5): the parent is then the giver.
            fouten.add(new Fout("inwonerId", "range", gever.get().inwoner().volledigeNaam() + " is jonger dan " + Leeftijdsgrenzen.TOESTEMMING
                    + " en geeft zelf geen toestemming. Een ouder of voogd geeft toestemming voor een kind onder de "
                    + Leeftijdsgrenzen.TOESTEMMING + "."));
        }
        Regie.verplicht(fouten, "partij", partij, "Vul in met welke partij gedeeld mag worden.", 200);
        if (onderdelen == null || onderdelen.isEmpty()) {
            fouten.add(new Fout("onderdelen", "required", "Kies minstens één onderdeel dat gedeeld mag worden."));
        }
        Regie.verplicht(fouten, "doel", doel, "Schrijf op waarvoor de partij de gegevens nodig heeft.", 1000);
        if (gegevenOp == null) {
            fouten.add(new Fout("gegevenOp", "required", "Vul in wanneer de toestemming is gegeven."));
        } else if (gegevenOp.isAfter(LocalDate.now(klok))) {
            fouten.add(new Fout("gegevenOp", "range", "Toestemming kan niet in de toekomst gegeven zijn."));
        }
        if (geldigTot != null && gegevenOp != null && geldigTot.isBefore(gegevenOp)) {
            fouten.add(new Fout("geldigTot", "range", "De einddatum ligt voor de datum van de toestemming."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        logboek.verwerk("toestemming.vastleggen", Verwerkingsactiviteit.TOESTEMMING_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> jdbc.sql("""
                        insert into toegang.toestemming (id, huishouden_id, inwoner_id, partij, onderdelen, doel, gegeven_op, geldig_tot, vastgelegd_door,
                            door_inwoner)
                        values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)
                        """).params(id, huishoudenId, inwonerId, partij.strip(),
                        SqlLijsten.tekst(onderdelen.stream().distinct().map(Onderdeel::code).toList()), doel.strip(), gegevenOp,
                        geldigTot, g.naam(), doorInwoner).update());
        return id;
    }

    /** The resident takes consent back; from today nothing more is shared under it. */
    @Transactional
    public void trekIn(UUID huishoudenId, UUID toestemmingId) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(huishoudenId);
        inzage.vereisProfessional(g);
        logboek.verwerk("toestemming.intrekken", Verwerkingsactiviteit.TOESTEMMING_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> {
                    int n = jdbc.sql("update toegang.toestemming set ingetrokken_op = ?, versie = versie + 1 where id = ? and huishouden_id = ? and ingetrokken_op is null")
                            .params(LocalDate.now(klok), toestemmingId, huishoudenId).update();
                    if (n == 0) {
                        throw new NietGevondenException("Toestemming");
                    }
                    return n;
                });
    }

    /**
     * A resident who gave consent moved out of the household: their consents for it end on their last
     * day there ({@code verhuisdOp} minus one). A consent is one resident's, given as a member of this
     * household for its file; once they live elsewhere it no longer covers what the file holds about
     * the others, and it does not move with them: for their new household they give it again, with
     * its members. A consent given on or after the day they left (the move was recorded late) never
     * covered the household, so it ends on the day it was given. The reason stays with the consent.
     *
     * <p>The system does this in reaction to {@link nl.maatwerk.inwoner.LidVerhuisd} ({@link LidVerhuisdListener}),
     * after the move has committed and with no one logged in: only inside that system action, logged
     * for the resident who moved and the household's members today. Delivered at least once: a second
     * delivery finds nothing left to end and changes nothing. A consent that already ends earlier, or
     * was revoked, stays as it is.
     */
    @Transactional
    void giverVerhuisd(UUID inwonerId, UUID huishoudenId, LocalDate verhuisdOp) {
        nl.maatwerk.platform.Systeemactie.vereis();
        LocalDate laatsteDag = verhuisdOp.minusDays(1);
        List<UUID> lopend = jdbc.sql("""
                select id from toegang.toestemming where huishouden_id = ? and inwoner_id = ? and ingetrokken_op is null
                  and (geldig_tot is null or geldig_tot > ?)
                """).params(huishoudenId, inwonerId, laatsteDag).query(UUID.class).list();
        if (lopend.isEmpty()) {
            return;
        }
        List<nl.maatwerk.logboek.Betrokkene> betrokkenen = new ArrayList<>(huishoudens.betrokkenenVoorLogboekAlsSysteem(huishoudenId));
        inwoners.betrokkeneAlsSysteem(inwonerId).filter(b -> !betrokkenen.contains(b)).ifPresent(betrokkenen::add);
        String reden = "Vervallen door verhuizing: wie deze toestemming gaf, woont vanaf " + DATUM.format(verhuisdOp)
                + " niet meer in dit huishouden.";
        logboek.verwerk("toestemming.vervallen", Verwerkingsactiviteit.TOESTEMMING_VASTLEGGEN, betrokkenen, () -> {
            String ids = SqlLijsten.uuids(lopend);
            jdbc.sql("""
                    update toegang.toestemming set geldig_tot = ?, vervallen_reden = ?, versie = versie + 1
                    where id = any(?::uuid[]) and gegeven_op <= ? and ingetrokken_op is null and (geldig_tot is null or geldig_tot > ?)
                    """).params(laatsteDag, reden, ids, laatsteDag, laatsteDag).update();
            return jdbc.sql("""
                    update toegang.toestemming set ingetrokken_op = gegeven_op, vervallen_reden = ?, versie = versie + 1
                    where id = any(?::uuid[]) and gegeven_op > ? and ingetrokken_op is null
                    """).params(reden, ids, laatsteDag).update();
        });
    }

    private static final java.time.format.DateTimeFormatter DATUM = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.forLanguageTag("nl-NL"));

    /**
     * Shares parts of the file with an outside party. Allowed only while a consent for that party
     * covers all parts; otherwise nothing is shared and the message says what is missing.
     */
    @Transactional
    public Verstrekking deel(UUID huishoudenId, String partij, List<Onderdeel> onderdelen) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(huishoudenId);
        inzage.vereisProfessional(g);
        List<Fout> fouten = new ArrayList<>();
        Regie.verplicht(fouten, "partij", partij, "Kies de partij.", 200);
        if (onderdelen == null || onderdelen.isEmpty()) {
            fouten.add(new Fout("onderdelen", "required", "Kies wat u wilt delen."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Set<Onderdeel> gevraagd = EnumSet.copyOf(onderdelen);
        LocalDate vandaag = LocalDate.now(klok);
        Toestemming dekkend = vanHuishouden(huishoudenId).stream()
                .filter(t -> t.geldigOp(vandaag) && t.partij().equalsIgnoreCase(partij.strip()) && t.onderdelen().containsAll(gevraagd))
                .findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("onderdelen", "consent",
                        "Er is geen geldige toestemming van de inwoner om " + namen(gevraagd) + " met " + partij.strip()
                                + " te delen. Vraag eerst toestemming en leg die vast."));
        UUID id = UUID.randomUUID();
        logboek.verwerk("gegevens.verstrekken", Verwerkingsactiviteit.GEGEVENS_VERSTREKKEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> jdbc.sql("insert into toegang.verstrekking (id, huishouden_id, toestemming_id, partij, onderdelen, door) values (?, ?, ?, ?, ?::text[], ?)")
                        .params(id, huishoudenId, dekkend.id(), dekkend.partij(),
                                SqlLijsten.tekst(gevraagd.stream().map(Onderdeel::code).toList()), g.naam()).update());
        return verstrekkingen(huishoudenId).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static String namen(Set<Onderdeel> onderdelen) {
        return String.join(" en ", onderdelen.stream().map(o -> o.omschrijving().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    private void zichtbaar(UUID huishoudenId) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
    }
}

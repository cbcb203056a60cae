package nl.maatwerk.toegang;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.BotsingException;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.VersieOntbreektException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking for the regie of another team's household (issue 13). Someone who sees a household through
 * an assignment or a doorbraak cannot make themselves regisseur; they ask, with a reason, and a
 * professional of the household's own team (or its team lead) agrees or declines. Agreeing makes the
 * asker regisseur, with access for as long as that regie lasts. A request is decided once.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Regieverzoeken {

    static final String AL_AANGEVRAAGD = "U heeft de regie van dit huishouden al aangevraagd. Het team beslist.";

    static final int MINIMALE_REDEN = 20;

    /** @param aanvragerTeam the team name of whoever asked, so the deciding team knows who is asking */
    public record Regieverzoek(UUID id, UUID huishoudenId, String aanvrager, String aanvragerNaam, String aanvragerTeam, String reden,
            Instant aangevraagdOp, RegieverzoekStatus status, String beslistDoor, Instant beslistOp, String toelichting, int versie) {

        public boolean isOpen() {
            return status == RegieverzoekStatus.AANGEVRAAGD;
        }
    }

    private final JdbcClient jdbc;
    private final Regie regie;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;

    Regieverzoeken(JdbcClient jdbc, Regie regie, Huishoudens huishoudens, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek,
            Clock klok) {
        this.jdbc = jdbc;
        this.regie = regie;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** Whether the user decides on the regie of this household themselves, or asks for it. */
    public boolean beslistZelf(UUID huishoudenId) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        return regie.isVanHetTeam(g, huishoudenId);
    }

    /** Asks for the regie of a household of another team, for oneself. */
    @Transactional
    public Regieverzoek vraagAan(UUID huishoudenId, String reden) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        if (regie.isVanHetTeam(g, huishoudenId)) {
            throw new OngeldigeInvoerException("reden", "invalid", "U hoort bij het team van dit huishouden. Leg de regie zelf vast.");
        }
        String schoon = reden == null ? "" : reden.strip();
        if (schoon.length() < MINIMALE_REDEN || schoon.length() > 1000) {
            throw new OngeldigeInvoerException("reden", "range",
                    "Schrijf op waarom u de regie wilt (" + MINIMALE_REDEN + " tot 1000 tekens). Het team van het huishouden leest dit.");
        }
        if (schoon.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' || c == '<' || c == '>')) {
            throw new OngeldigeInvoerException("reden", "pattern", "De reden bevat tekens die niet zijn toegestaan.");
        }
        if (regie.huidige(huishoudenId).map(r -> r.regisseur().equals(g.gebruikersnaam())).orElse(false)) {
            throw new OngeldigeInvoerException("reden", "invalid", "U bent al de regisseur van dit huishouden.");
        }
        if (!open(huishoudenId).stream().filter(v -> v.aanvrager().equals(g.gebruikersnaam())).toList().isEmpty()) {
            throw new OngeldigeInvoerException("reden", "invalid", AL_AANGEVRAAGD);
        }
        UUID id = UUID.randomUUID();
        // A request sent at the same moment (a double click) passes the check above; the unique index
        // regieverzoek_een_open (V16_2) stops it, and its sender hears the same message.
        int nieuw = logboek.verwerk("regie.aanvragen", Verwerkingsactiviteit.REGIE_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId), () ->
                jdbc.sql("""
                        insert into toegang.regieverzoek (id, huishouden_id, aanvrager, reden, aangevraagd_op, status) values (?, ?, ?, ?, ?, ?)
                        on conflict (huishouden_id, aanvrager) where status = 'aangevraagd' do nothing
                        """).params(id, huishoudenId, g.gebruikersnaam(), schoon, Timestamp.from(Instant.now(klok)), RegieverzoekStatus.AANGEVRAAGD.code())
                        .update());
        if (nieuw == 0) {
            throw new BotsingException("reden", AL_AANGEVRAAGD);
        }
        return lees(huishoudenId, id);
    }

    /** The requests of a household that still wait for its team, oldest first. */
    public List<Regieverzoek> open(UUID huishoudenId) {
        return vanHuishouden(huishoudenId).stream().filter(Regieverzoek::isOpen)
                .sorted(java.util.Comparator.comparing(Regieverzoek::aangevraagdOp)).toList();
    }

    /** Every request about a household, newest first. Checks need-to-know; logs nothing (page reads are logged). */
    public List<Regieverzoek> vanHuishouden(UUID huishoudenId) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        record Rij(UUID id, String aanvrager, String reden, Instant op, String status, String door, Instant beslistOp, String toelichting,
                int versie) {
        }
        List<Rij> rijen = jdbc.sql("""
                select id, aanvrager, reden, aangevraagd_op, status, beslist_door, beslist_op, toelichting, versie
                from toegang.regieverzoek where huishouden_id = ? order by aangevraagd_op desc
                """).param(huishoudenId).query((rs, i) -> new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                rs.getString(8), rs.getInt(9))).list();
        java.util.Set<String> wie = new java.util.HashSet<>();
        rijen.forEach(r -> {
            wie.add(r.aanvrager());
            if (r.door() != null) {
                wie.add(r.door());
            }
        });
        if (rijen.isEmpty()) {
            return List.of();
        }
        Map<String, String> namen = gebruikers.namen(wie);
        Map<String, String> teams = gebruikers.professionals().stream().filter(p -> wie.contains(p.gebruikersnaam()))
                .collect(Collectors.toMap(GebruikerRegister.Professional::gebruikersnaam, GebruikerRegister.Professional::teamNaam, (a, b) -> a));
        List<Regieverzoek> verzoeken = new ArrayList<>();
        for (Rij r : rijen) {
            verzoeken.add(new Regieverzoek(r.id(), huishoudenId, r.aanvrager(), namen.getOrDefault(r.aanvrager(), r.aanvrager()),
                    teams.getOrDefault(r.aanvrager(), ""), r.reden(), r.op(), RegieverzoekStatus.vanCode(r.status()),
                    r.door() == null ? null : namen.getOrDefault(r.door(), r.door()), r.beslistOp(), r.toelichting(), r.versie()));
        }
        return verzoeken;
    }

    /**
     * The household's team decides: agreeing makes the asker regisseur (ending the current regie and
     * the access that came with it), declining leaves all as it was. Needs the version the decider saw.
     */
    @Transactional
    public void beslis(UUID huishoudenId, UUID verzoekId, boolean akkoord, String toelichting, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        if (!regie.isVanHetTeam(g, huishoudenId)) {
            throw new NietToegestaanException("Alleen het team van dit huishouden of de teamleider beslist over een verzoek om de regie.");
        }
        Regieverzoek verzoek = lees(huishoudenId, verzoekId);
        int gelezen = VersieOntbreektException.vereis(versie, "het verzoek", verzoek.versie());
        RegieverzoekStatus naar = akkoord ? RegieverzoekStatus.AKKOORD : RegieverzoekStatus.AFGEWEZEN;
        if (!verzoek.status().kanNaar(naar)) {
            throw new ConflictException("Over dit verzoek is al beslist: " + verzoek.status().omschrijving().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        String schoon = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (schoon != null && schoon.length() > 1000) {
            throw new OngeldigeInvoerException("toelichting", "size", "De toelichting is te lang (hoogstens 1000 tekens).");
        }
        int rijen = jdbc.sql("""
                update toegang.regieverzoek set status = ?, beslist_door = ?, beslist_op = ?, toelichting = ?, versie = versie + 1
                where id = ? and huishouden_id = ? and versie = ? and status = ?
                """).params(naar.code(), g.gebruikersnaam(), Timestamp.from(Instant.now(klok)), schoon, verzoekId, huishoudenId, gelezen,
                RegieverzoekStatus.AANGEVRAAGD.code()).update();
        if (rijen == 0) {
            throw new VersieConflictException("Iemand anders heeft dit verzoek net behandeld. Laad de pagina opnieuw.");
        }
        if (akkoord) {
            String reden = "Akkoord op het verzoek van " + verzoek.aanvragerNaam() + ": " + verzoek.reden();
            // The regie's reason holds 1000 characters; the request itself keeps the whole text.
            regie.legVast(g, huishoudenId, verzoek.aanvrager(), reden.length() > 1000 ? reden.substring(0, 997) + "..." : reden);
        } else {
            logboek.registreer("regie.verzoek-afwijzen", Verwerkingsactiviteit.REGIE_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                    Instant.now(klok), true);
        }
    }

    private Regieverzoek lees(UUID huishoudenId, UUID verzoekId) {
        return vanHuishouden(huishoudenId).stream().filter(v -> v.id().equals(verzoekId)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Verzoek"));
    }
}

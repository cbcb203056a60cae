package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.BotsingException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One household, one regisseur: exactly one at any time, assigned and transferred with a reason,
 * with the history kept. Also the team of professionals around the household.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Regie {

    public record Regisseurschap(String regisseur, String naam, Instant vanaf, Instant tot, String reden, String door) {
    }

    public record Betrokkene(UUID id, String naam, String organisatie, String rol, boolean extern, LocalDate vanaf, LocalDate tot) {
        /** Still involved on this day: no end, or the end is this day or later. */
        public boolean actiefOp(LocalDate dag) {
            return tot == null || !tot.isBefore(dag);
        }
    }

    /** A professional who can become regisseur, for the choice on the page. */
    public record Kandidaat(String gebruikersnaam, String naam, String team) {
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;

    Regie(JdbcClient jdbc, Huishoudens huishoudens, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek, Clock klok) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** All regisseurs of a household, the current one first. Checks need-to-know; logs nothing (page reads are logged). */
    public List<Regisseurschap> geschiedenis(UUID huishoudenId) {
        zichtbaar(huishoudenId);
        List<Regisseurschap> rijen = jdbc.sql("""
                select regisseur, vanaf, tot, reden, door from toegang.regie
                where huishouden_id = ? order by tot is null desc, vanaf desc
                """).param(huishoudenId).query((rs, i) -> new Regisseurschap(rs.getString(1), null,
                rs.getTimestamp(2).toInstant(), rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4),
                rs.getString(5))).list();
        Map<String, String> namen = gebruikers.namen(rijen.stream().map(Regisseurschap::regisseur).collect(Collectors.toSet()));
        // A regisseur is always a known user (foreign key); the user name stands in should that ever change.
        return rijen.stream().map(r -> new Regisseurschap(r.regisseur(), namen.getOrDefault(r.regisseur(), r.regisseur()), r.vanaf(),
                r.tot(), r.reden(), r.door())).toList();
    }

    Optional<Regisseurschap> huidige(UUID huishoudenId) {
        return geschiedenis(huishoudenId).stream().filter(r -> r.tot() == null).findFirst();
    }

    /** Professionals who could take regie: the household's team first, then everyone else, each group by name. */
    public List<Kandidaat> kandidaten(UUID huishoudenId) {
        String team = teamVan(huishoudenId);
        List<GebruikerRegister.Professional> professionals = new ArrayList<>(gebruikers.professionals());
        // A stable sort keeps the register's order by name within each group.
        professionals.sort(Comparator.comparing((GebruikerRegister.Professional p) -> !Objects.equals(p.teamId(), team)));
        return professionals.stream().map(p -> new Kandidaat(p.gebruikersnaam(), p.naam(), p.teamNaam())).toList();
    }

    /** Why someone outside the household's team cannot set the regie themselves (issue 13). */
    static final String ALLEEN_EIGEN_TEAM = "Alleen het team van dit huishouden legt de regie vast. U kunt de regie aanvragen; "
            + "het team van het huishouden of de teamleider beslist.";

    /**
     * Makes someone the regisseur, ending the current one's term. Only a professional of the
     * household's own team does this: someone who sees the household through an assignment or a
     * doorbraak asks for the regie instead ({@link Regieverzoeken}), so taking another team's household
     * needs that team's agreement and a doorbraak never turns into lasting access (issue 13). A
     * regisseur from another team gets access through an assignment, because coordinating needs the
     * whole picture; it ends when the regie passes on, as does the previous regisseur's.
     */
    @Transactional
    public void wijsToe(UUID huishoudenId, String regisseur, String reden) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(huishoudenId);
        inzage.vereisProfessional(g);
        if (!isVanHetTeam(g, huishoudenId)) {
            throw new NietToegestaanException(ALLEEN_EIGEN_TEAM);
        }
        legVast(g, huishoudenId, regisseur, reden);
    }

    /** Whether the user belongs to the team that owns the household: who decides on its regie. */
    boolean isVanHetTeam(Gebruiker g, UUID huishoudenId) {
        return g.isProfessional() && g.teamId() != null && g.teamId().equals(teamVan(huishoudenId));
    }

    /** Records the new regisseur after the caller checked who may; the checks on the choice are here. */
    void legVast(Gebruiker g, UUID huishoudenId, String regisseur, String reden) {
        List<Fout> fouten = new ArrayList<>();
        Optional<Gebruiker> nieuw = regisseur == null || regisseur.isBlank() ? Optional.empty() : gebruikers.zoek(regisseur);
        if (nieuw.isEmpty() || !nieuw.get().rol().isProfessional()) {
            fouten.add(new Fout("regisseur", "unknown", "Kies een professional als regisseur."));
        }
        if (reden == null || reden.isBlank()) {
            fouten.add(new Fout("reden", "required", "Schrijf op waarom deze persoon de regie krijgt."));
        } else if (reden.length() > 1000) {
            fouten.add(new Fout("reden", "size", "De reden is te lang (hoogstens 1000 tekens)."));
        }
        Optional<Regisseurschap> huidig = huidige(huishoudenId);
        if (huidig.isPresent() && nieuw.isPresent() && huidig.get().regisseur().equals(regisseur)) {
            fouten.add(new Fout("regisseur", "invalid", nieuw.get().naam() + " is al de regisseur van dit huishouden."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        logboek.verwerk("regie.toewijzen", Verwerkingsactiviteit.REGIE_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId), () -> {
            Instant nu = Instant.now(klok);
            jdbc.sql("update toegang.regie set tot = ? where huishouden_id = ? and tot is null").params(java.sql.Timestamp.from(nu), huishoudenId)
                    .update();
            // One current regisseur is the database's rule (regie_een_tegelijk); who loses a race to it hears who won (issue 14).
            int rijen = jdbc.sql("""
                    insert into toegang.regie (id, huishouden_id, regisseur, vanaf, reden, door) values (?, ?, ?, ?, ?, ?)
                    on conflict (huishouden_id) where tot is null do nothing
                    """).params(UUID.randomUUID(), huishoudenId, regisseur, java.sql.Timestamp.from(nu), reden.strip(), g.naam()).update();
            if (rijen == 0) {
                String winnaar = huidige(huishoudenId).map(Regisseurschap::naam).orElse("Iemand anders");
                throw new BotsingException("regisseur", winnaar + " is net regisseur geworden van dit huishouden: een collega legde dat "
                        + "tegelijk met u vast. Uw keuze is niet opgeslagen. Wilt u toch een andere regisseur? Kies dan opnieuw.");
            }
            // The access that came with the previous regie ends with it.
            huidig.ifPresent(vorige -> inzage.beeindigToewijzing(huishoudenId, vorige.regisseur()));
            if (!Objects.equals(teamVan(huishoudenId), nieuw.get().teamId())) {
                inzage.wijsToe(g, huishoudenId, regisseur);
            }
            return null;
        });
    }

    public List<Betrokkene> team(UUID huishoudenId) {
        zichtbaar(huishoudenId);
        return jdbc.sql("select * from toegang.huishouden_betrokkene where huishouden_id = ? order by tot is not null, extern, naam")
                .param(huishoudenId).query((rs, i) -> new Betrokkene(rs.getObject("id", UUID.class), rs.getString("naam"),
                        rs.getString("organisatie"), rs.getString("rol"), rs.getBoolean("extern"),
                        rs.getObject("vanaf", LocalDate.class), rs.getObject("tot", LocalDate.class))).list();
    }

    /** Adds a professional to the team around the household; everything is checked at once. */
    @Transactional
    public void voegToe(UUID huishoudenId, String naam, String organisatie, String rol, boolean extern) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(huishoudenId);
        inzage.vereisProfessional(g);
        List<Fout> fouten = new ArrayList<>();
        verplicht(fouten, "naam", naam, "Vul de naam in.", 200);
        verplicht(fouten, "organisatie", organisatie, "Vul de organisatie in.", 200);
        verplicht(fouten, "rol", rol, "Vul de rol in, bijvoorbeeld schuldhulpverlener of jeugdhulpverlener.", 200);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        logboek.verwerk("regie.team-toevoegen", Verwerkingsactiviteit.REGIE_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId), () ->
                jdbc.sql("insert into toegang.huishouden_betrokkene (id, huishouden_id, naam, organisatie, rol, extern, vanaf) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), huishoudenId, naam.strip(), organisatie.strip(), rol.strip(), extern, LocalDate.now(klok))
                        .update());
    }

    @Transactional
    public void beeindig(UUID huishoudenId, UUID betrokkeneId) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(huishoudenId);
        inzage.vereisProfessional(g);
        logboek.verwerk("regie.team-beeindigen", Verwerkingsactiviteit.REGIE_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId), () -> {
            int n = jdbc.sql("update toegang.huishouden_betrokkene set tot = ? where id = ? and huishouden_id = ? and tot is null")
                    .params(LocalDate.now(klok), betrokkeneId, huishoudenId).update();
            if (n == 0) {
                throw new NietGevondenException("Teamlid");
            }
            return n;
        });
    }

    static void verplicht(List<Fout> fouten, String veld, String waarde, String melding, int max) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new Fout(veld, "required", melding));
        } else if (waarde.length() > max) {
            fouten.add(new Fout(veld, "size", "Dit is te lang (hoogstens " + max + " tekens)."));
        } else if (waarde.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
            fouten.add(new Fout(veld, "pattern", "Dit bevat tekens die niet zijn toegestaan."));
        }
    }

    private String teamVan(UUID huishoudenId) {
        Huishoudens.Kop kop = huishoudens.koppen(List.of(huishoudenId)).get(huishoudenId);
        if (kop == null) {
            throw new NietGevondenException("Huishouden");
        }
        return kop.teamId();
    }

    private void zichtbaar(UUID huishoudenId) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
    }
}

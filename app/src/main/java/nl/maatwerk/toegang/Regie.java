package nl.maatwerk.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One household, one regisseur: exactly one at any time, assigned and transferred with a reason,
 * with the history kept. Also the team of professionals around the household.
 */
@Service
public class Regie {

    public record Regisseurschap(String regisseur, String naam, Instant vanaf, Instant tot, String reden, String door) {
    }

    public record Betrokkene(UUID id, String naam, String organisatie, String rol, boolean extern, LocalDate vanaf, LocalDate tot) {
        public boolean actief() {
            return tot == null || !tot.isBefore(LocalDate.now());
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

    Regie(JdbcClient jdbc, Huishoudens huishoudens, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
    }

    /** All regisseurs of a household, the current one first. Checks need-to-know; logs nothing (page reads are logged). */
    public List<Regisseurschap> geschiedenis(UUID huishoudenId) {
        zichtbaar(huishoudenId);
        return jdbc.sql("""
                select r.regisseur, g.naam, r.vanaf, r.tot, r.reden, r.door from toegang.regie r join platform.gebruiker g on g.gebruikersnaam = r.regisseur
                where r.huishouden_id = ? order by r.tot is null desc, r.vanaf desc
                """).param(huishoudenId).query((rs, i) -> new Regisseurschap(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
                rs.getString(6))).list();
    }

    public Optional<Regisseurschap> huidige(UUID huishoudenId) {
        return geschiedenis(huishoudenId).stream().filter(r -> r.tot() == null).findFirst();
    }

    /** Professionals who could take regie: the household's team first, then everyone else. */
    public List<Kandidaat> kandidaten(UUID huishoudenId) {
        String team = jdbc.sql("select team_id from inwoner.huishouden where id = ?").param(huishoudenId).query(String.class).single();
        return jdbc.sql("""
                select g.gebruikersnaam, g.naam, coalesce(t.naam, '') from platform.gebruiker g left join platform.team t on t.id = g.team_id
                where g.rol in ('CONSULENT', 'REGISSEUR', 'TEAMLEIDER') order by g.team_id = ? desc, g.naam
                """).param(team).query((rs, i) -> new Kandidaat(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * Makes someone the regisseur, ending the current one's term. A regisseur from another team gets
     * access to this household through an assignment, because coordinating needs the whole picture.
     */
    @Transactional
    public void wijsToe(UUID huishoudenId, String regisseur, String reden) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(huishoudenId);
        inzage.vereisProfessional(g);
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
        logboek.verwerk("regie.toewijzen", Verwerkingsactiviteit.REGIE_VASTLEGGEN, huishoudens.huidigeBetrokkenen(huishoudenId), () -> {
            Instant nu = Instant.now();
            jdbc.sql("update toegang.regie set tot = ? where huishouden_id = ? and tot is null").params(java.sql.Timestamp.from(nu), huishoudenId)
                    .update();
            jdbc.sql("insert into toegang.regie (id, huishouden_id, regisseur, vanaf, reden, door) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), huishoudenId, regisseur, java.sql.Timestamp.from(nu), reden.strip(), g.naam()).update();
            String team = jdbc.sql("select team_id from inwoner.huishouden where id = ?").param(huishoudenId).query(String.class).single();
            if (!team.equals(nieuw.get().teamId())) {
                inzage.wijsToe(huishoudenId, regisseur);
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
        logboek.verwerk("regie.team-toevoegen", Verwerkingsactiviteit.REGIE_VASTLEGGEN, huishoudens.huidigeBetrokkenen(huishoudenId), () ->
                jdbc.sql("insert into toegang.huishouden_betrokkene (id, huishouden_id, naam, organisatie, rol, extern, vanaf) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), huishoudenId, naam.strip(), organisatie.strip(), rol.strip(), extern, LocalDate.now())
                        .update());
    }

    @Transactional
    public void beeindig(UUID huishoudenId, UUID betrokkeneId) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(huishoudenId);
        inzage.vereisProfessional(g);
        logboek.verwerk("regie.team-beeindigen", Verwerkingsactiviteit.REGIE_VASTLEGGEN, huishoudens.huidigeBetrokkenen(huishoudenId), () -> {
            int n = jdbc.sql("update toegang.huishouden_betrokkene set tot = ? where id = ? and huishouden_id = ? and tot is null")
                    .params(LocalDate.now(), betrokkeneId, huishoudenId).update();
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

    private void zichtbaar(UUID huishoudenId) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
    }
}

package nl.maatwerk.knelpunt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.besluit.Afwijkingscijfers;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting a knelpunt, and what a professional sees of their own: any professional, from wherever they are. The text
 * is checked for personal data before anything is stored ({@link Persoonsgegevens}); the household it was reported
 * from is read only for that check (through {@code inwoner}, with need-to-know and its log) and not kept.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Knelpunten {

    public static final int MAX_ONDERWERP = 200;
    public static final int MAX_TEKST = 4000;

    /** What a professional reports. {@code huishoudenId} is where it came from, for the check only; may be null. */
    public record Melding(String onderwerp, String regel, Procedure procedure, String wat, String watZouHelpen, HoeVaak hoeVaak, Vanuit vanuit,
            UUID huishoudenId) {
    }

    /** A knelpunt as its reporter sees it, with the dossier it went to and policy's latest answer there. */
    public record Gemeld(UUID id, String dossier, String dossierNaam, String regel, String onderwerp, String wat, String watZouHelpen,
            HoeVaak hoeVaak, Vanuit vanuit, Instant gemeldOp, Reactie reactie) {
    }

    /** Policy's answer on a dossier. */
    public record Reactie(UUID id, String dossier, Reactiesoort soort, String toelichting, LocalDate gewijzigdOp, String door, Instant op) {
    }

    /** Personal data found in the text: refused, with each hit so a page or client can mark the words. */
    public static class PersoonsgegevensGevonden extends OngeldigeInvoerException {

        private final List<Persoonsgegevens.Vondst> vondsten;

        PersoonsgegevensGevonden(List<Fout> fouten, List<Persoonsgegevens.Vondst> vondsten) {
            super(fouten);
            this.vondsten = List.copyOf(vondsten);
        }

        public List<Persoonsgegevens.Vondst> vondsten() {
            return vondsten;
        }
    }

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;
    private final Huishoudens huishoudens;
    private final Afwijkingscijfers afwijkingen;
    private final Clock klok;

    Knelpunten(JdbcClient jdbc, GebruikerRegister gebruikers, Huishoudens huishoudens, Afwijkingscijfers afwijkingen, Clock klok) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.huishoudens = huishoudens;
        this.afwijkingen = afwijkingen;
        this.klok = klok;
    }

    /** The dossiers a knelpunt can go to: every rule of the register, then the procedures and systems. */
    public List<Dossiers.Onderwerp> onderwerpen() {
        return Dossiers.alle(afwijkingen);
    }

    @Transactional
    public Gemeld meld(Melding m) {
        Gebruiker g = gebruikers.huidige();
        if (!g.isProfessional()) {
            throw new NietToegestaanException("Alleen professionals melden een knelpunt.");
        }
        List<Fout> fouten = new ArrayList<>();
        String onderwerp = tekst(m.onderwerp());
        String wat = tekst(m.wat());
        String helpen = tekst(m.watZouHelpen());
        verplicht(fouten, "onderwerp", onderwerp, MAX_ONDERWERP, "Schrijf in een paar woorden waar het over gaat.");
        verplicht(fouten, "wat", wat, MAX_TEKST, "Schrijf op wat er gebeurde.");
        verplicht(fouten, "watZouHelpen", helpen, MAX_TEKST, "Schrijf op wat had geholpen.");
        if (m.hoeVaak() == null) {
            fouten.add(new Fout("hoeVaak", "required", "Kies hoe vaak u dit tegenkomt."));
        }
        String regel = tekst(m.regel());
        Optional<Afwijkingscijfers.Regel> r = Optional.empty();
        if (!regel.isEmpty()) {
            r = afwijkingen.regel(regel);
            if (r.isEmpty()) {
                fouten.add(new Fout("regel", "unknown", "Deze regel kennen we niet. Kies een regel uit de lijst, of laat de regel leeg."));
            }
        }
        // Every problem at once: a text with personal data is named together with an empty field, not in a second round.
        try {
            controleerPersoonsgegevens(onderwerp, wat, helpen, m.huishoudenId());
        } catch (PersoonsgegevensGevonden e) {
            List<Fout> alle = new ArrayList<>(fouten);
            alle.addAll(e.fouten());
            throw new PersoonsgegevensGevonden(alle, e.vondsten());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String dossier = r.map(Afwijkingscijfers.Regel::code).orElse((m.procedure() == null ? Procedure.ANDERS : m.procedure()).code());
        UUID id = UUID.randomUUID();
        Instant nu = Instant.now(klok);
        LocalDate maand = LocalDate.now(klok).withDayOfMonth(1);
        jdbc.sql("""
                insert into knelpunt.knelpunt (id, dossier, regel, onderwerp, wat, wat_zou_helpen, hoe_vaak, vanuit, team_id, gemeld_door, gemeld_op, maand)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, dossier, r.map(Afwijkingscijfers.Regel::id).orElse(null), onderwerp, wat, helpen, m.hoeVaak().code(),
                (m.vanuit() == null ? Vanuit.ELDERS : m.vanuit()).code(), g.teamId(), g.gebruikersnaam(), java.sql.Timestamp.from(nu), maand).update();
        return gemeld("k.id = ?", id).getFirst();
    }

    /**
     * Refuses a BSN, a name of the household the report came from, or a birth date in any of the three texts. The
     * household is read through {@code inwoner} (need-to-know: one the user may not see is 404, and the read is logged).
     */
    void controleerPersoonsgegevens(String onderwerp, String wat, String helpen, UUID huishoudenId) {
        List<String> namen = huishoudenId == null ? List.of() : namen(huishoudens.lees(huishoudenId));
        LocalDate vandaag = LocalDate.now(klok);
        List<Persoonsgegevens.Vondst> vondsten = new ArrayList<>();
        vondsten.addAll(Persoonsgegevens.controleer("onderwerp", onderwerp, namen, vandaag));
        vondsten.addAll(Persoonsgegevens.controleer("wat", wat, namen, vandaag));
        vondsten.addAll(Persoonsgegevens.controleer("watZouHelpen", helpen, namen, vandaag));
        if (vondsten.isEmpty()) {
            return;
        }
        List<Fout> fouten = new ArrayList<>();
        for (String veld : List.of("onderwerp", "wat", "watZouHelpen")) {
            List<Persoonsgegevens.Vondst> hier = vondsten.stream().filter(v -> v.veld().equals(veld)).toList();
            if (!hier.isEmpty()) {
                fouten.add(new Fout(veld, "persoonsgegevens", "Haal de persoonsgegevens weg: " + String.join(", ",
                        hier.stream().map(v -> "\u201c" + v.woorden() + "\u201d (" + v.soort().omschrijving() + ")").toList())
                        + ". Beleid ziet geen personen; beschrijf de situatie zonder naam, BSN of geboortedatum."));
            }
        }
        throw new PersoonsgegevensGevonden(fouten, vondsten);
    }

    /** The names in a household as it is shown to the user: members' first names and surname, the household's name, its network. */
    static List<String> namen(Huishouden h) {
        List<String> namen = new ArrayList<>();
        namen.add(h.naam());
        for (Huishouden.Lidmaatschap l : h.leden()) {
            var naam = l.inwoner().gegevens().naam();
            if (naam != null) {
                namen.add(naam.voornamen());
                namen.add(naam.geslachtsnaam());
            }
        }
        for (Huishouden.Netwerkrelatie n : h.netwerk()) {
            namen.add(n.naam());
        }
        return namen;
    }

    /** One page of the user's own knelpunten and how many there are in all. */
    public record Pagina(List<Gemeld> knelpunten, long totaal) {
    }

    /**
     * The user's own knelpunten, newest first, a page at a time (pages from 1), each with policy's latest answer on its
     * dossier. Before, the list stopped at 50 without saying so.
     */
    public Pagina mijn(int pagina, int grootte) {
        Gebruiker g = gebruikers.huidige();
        if (!g.isProfessional()) {
            throw new NietToegestaanException("Alleen professionals melden knelpunten.");
        }
        long totaal = jdbc.sql("select count(*) from knelpunt.knelpunt where gemeld_door = ?").param(g.gebruikersnaam()).query(Long.class).single();
        return new Pagina(gemeld("k.gemeld_door = ? order by k.gemeld_op desc, k.id limit ? offset ?",
                g.gebruikersnaam(), grootte, (long) (pagina - 1) * grootte), totaal);
    }

    private List<Gemeld> gemeld(String waar, Object... params) {
        List<Dossiers.Onderwerp> onderwerpen = onderwerpen();
        return jdbc.sql("""
                select k.id, k.dossier, k.regel, k.onderwerp, k.wat, k.wat_zou_helpen, k.hoe_vaak, k.vanuit, k.gemeld_op,
                       r.id, r.soort, r.toelichting, r.gewijzigd_op, r.door, r.op
                from knelpunt.knelpunt k
                left join lateral (select * from knelpunt.reactie r where r.dossier = k.dossier order by r.op desc, r.id limit 1) r on true
                where """ + " " + waar).params(params).query((rs, n) -> {
            String dossier = rs.getString(2);
            UUID reactie = rs.getObject(10, UUID.class);
            return new Gemeld(rs.getObject(1, UUID.class), dossier, Dossiers.naam(onderwerpen, dossier), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), HoeVaak.vanCode(rs.getString(7)), Vanuit.vanCode(rs.getString(8)),
                    rs.getTimestamp(9).toInstant(), reactie == null ? null : new Reactie(reactie, dossier, Reactiesoort.vanCode(rs.getString(11)),
                            rs.getString(12), rs.getObject(13, LocalDate.class), rs.getString(14), rs.getTimestamp(15).toInstant()));
        }).list();
    }

    /** Policy's answers of the last {@code dagen} days on dossiers the user's team (or the user) reported to, newest first. */
    public List<Reactie> antwoordenVoorTeam(Gebruiker g, int dagen) {
        Instant sinds = Instant.now(klok).minus(java.time.Duration.ofDays(dagen));
        return jdbc.sql("""
                select r.id, r.dossier, r.soort, r.toelichting, r.gewijzigd_op, r.door, r.op from knelpunt.reactie r
                where r.op >= ? and exists (select 1 from knelpunt.knelpunt k where k.dossier = r.dossier
                                            and (k.gemeld_door = ? or (k.team_id is not null and k.team_id = ?)))
                order by r.op desc, r.id limit 10
                """).params(java.sql.Timestamp.from(sinds), g.gebruikersnaam(), g.teamId()).query((rs, n) -> new Reactie(rs.getObject(1, UUID.class),
                rs.getString(2), Reactiesoort.vanCode(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                rs.getTimestamp(7).toInstant())).list();
    }

    private static String tekst(String s) {
        return s == null ? "" : s.strip();
    }

    private static void verplicht(List<Fout> fouten, String veld, String waarde, int max, String leeg) {
        if (waarde.isEmpty()) {
            fouten.add(new Fout(veld, "required", leeg));
        } else if (waarde.length() > max) {
            fouten.add(new Fout(veld, "size", "Dit is te lang: hoogstens " + max + " tekens."));
        }
    }
}

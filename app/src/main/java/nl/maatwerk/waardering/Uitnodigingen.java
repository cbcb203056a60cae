package nl.maatwerk.waardering;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Groepskenmerken;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.Woonsituaties;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Linktoken;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.Systeemactie;
import nl.maatwerk.toegang.Wet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and answers. The system invites (in reaction to an event); the resident answers through the link,
 * without logging in, once. The answer is stored apart from the invitation, with only team, law, occasion and
 * month; the invitation only learns that it was answered.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Uitnodigingen {

    /** How long a link works, counted in days from the invitation (the day itself included). */
    public static final int GELDIG_DAGEN = 14;
    public static final int MAX_OPEN = 2000;
    /** Working days the team lead has to contact an unhappy resident who asked for it. */
    public static final int OPVOLGEN_WERKDAGEN = 5;
    /** The consent as the resident saw it next to the box; stored with the follow-up. */
    public static final String TOESTEMMING = "Ja, neem contact met mij op. Ik vind het goed dat de teamleider ziet dat ik dit vroeg, "
            + "en mijn naam en telefoonnummer gebruikt om mij te bellen. Mijn antwoorden op de vragen blijven anoniem.";

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Inwoners inwoners;
    private final GebruikerRegister gebruikers;
    private final Woonsituaties woonsituaties;
    private final Groepskenmerken groepskenmerken;
    private final nl.maatwerk.mijn.Systeembericht systeembericht;
    private final Logboek logboek;
    private final ApplicationEventPublisher gebeurtenissen;
    private final java.time.Clock klok;

    Uitnodigingen(JdbcClient jdbc, Huishoudens huishoudens, Inwoners inwoners, GebruikerRegister gebruikers, Woonsituaties woonsituaties,
            Groepskenmerken groepskenmerken, nl.maatwerk.mijn.Systeembericht systeembericht, Logboek logboek,
            ApplicationEventPublisher gebeurtenissen, java.time.Clock klok) {
        this.systeembericht = systeembericht;
        this.groepskenmerken = groepskenmerken;
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.gebruikers = gebruikers;
        this.woonsituaties = woonsituaties;
        this.logboek = logboek;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** A new invitation with its link secret; the secret exists only here and in the link. */
    public record Nieuw(UUID id, String token) {
    }

    /** An open invitation as the questionnaire and the portal show it. */
    public record Uitnodiging(UUID id, Aanleiding aanleiding, Wet wet, LocalDate uitgenodigdOp, LocalDate geldigTot) {
    }

    /** What a resident filled in. A null score is "weet niet / niet van toepassing" or left open. */
    public record Invulling(Map<Vraag, Integer> scores, Integer cijfer, String open, boolean contact) {
    }

    /** Why a link does not (or no longer) work. */
    public enum Reden {
        ONBEKEND, GEBRUIKT, VERLOPEN
    }

    public static final class LinkOngeldigException extends RuntimeException {
        private final Reden reden;

        public LinkOngeldigException(Reden reden) {
            super(reden.name());
            this.reden = reden;
        }

        public Reden reden() {
            return reden;
        }
    }

    /**
     * Invites a resident for an occasion, as the system reacting to an event; nothing when this resident was
     * already invited for it (a second delivery). Logged for the resident.
     */
    @Transactional
    public Optional<Nieuw> nodigUitAlsSysteem(UUID inwonerId, UUID huishoudenId, Wet wet, Aanleiding aanleiding, UUID aanleidingId, LocalDate op) {
        Systeemactie.vereis();
        Huishoudens.Kop kop = huishoudens.koppen(List.of(huishoudenId)).get(huishoudenId);
        if (kop == null || kop.teamId() == null || inwonerId == null) {
            return Optional.empty();
        }
        List<Betrokkene> betrokkenen = new ArrayList<>(inwoners.betrokkeneAlsSysteem(inwonerId).map(List::of).orElse(List.of()));
        if (betrokkenen.isEmpty()) {
            return Optional.empty();
        }
        // The age group and wijk of the applicant, for the response by group; read as part of the same logged action.
        Optional<Groepskenmerken.Kenmerken> kenmerken = groepskenmerken.vanHuishoudenAlsSysteem(huishoudenId, op);
        kenmerken.map(Groepskenmerken.Kenmerken::betrokkene).filter(b -> !betrokkenen.contains(b)).ifPresent(betrokkenen::add);
        Groep groep = new Groep(Groepskenmerken.leeftijdsgroep(kenmerken.map(Groepskenmerken.Kenmerken::geboortedatum).orElse(null), op),
                kenmerken.map(Groepskenmerken.Kenmerken::wijk).filter(w -> !w.isBlank()).orElse(null));
        Optional<Nieuw> nieuw = logboek.verwerk("waardering.uitnodigen", Verwerkingsactiviteit.WAARDERING_UITNODIGEN, betrokkenen,
                () -> schrijf(inwonerId, huishoudenId, kop.teamId(), wet, aanleiding, aanleidingId, op, groep));
        // The invitation also arrives as a message (with the usual e-mail without content); a second delivery sends nothing.
        nieuw.ifPresent(n -> systeembericht.stuurAlsSysteem(huishoudenId, inwonerId, BERICHT.formatted(aanleiding.inZin(),
                op.plusDays(GELDIG_DAGEN - 1L).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl", "NL"))))));
        return nieuw;
    }

    /**
     * Gives the invitation after a decision the keyed hash of the code printed in its letter, so the code works from now
     * on ({@link Codetoegang}). Only once: a second delivery of the event changes nothing.
     */
    void zetCodeAlsSysteem(UUID besluitId, byte[] codeHash) {
        Systeemactie.vereis();
        jdbc.sql("update waardering.uitnodiging set code_hash = ? where aanleiding = ? and aanleiding_id = ? and code_hash is null")
                .params(codeHash, Aanleiding.BESLUIT.code(), besluitId).update();
    }

    /** The message with the invitation; the link goes to the portal page, which makes a fresh one-time link. */
    static final String BERICHT = """
            Wij horen graag wat u vindt van onze hulp (%s). Wilt u een korte vragenlijst invullen? Het duurt een paar minuten \
            en uw antwoorden zijn anoniem: niemand bij de gemeente kan zien wat u antwoordde. U kunt de vragenlijst invullen tot \
            en met %s. U vindt hem onder Vragenlijst in Mijn Maatwerk.""";

    /** Whom an invitation went to, as a group only: for the response by group. */
    record Groep(String leeftijdsgroep, String wijk) {
        static final Groep ONBEKEND = new Groep("onbekend", null);
    }

    Optional<Nieuw> schrijf(UUID inwonerId, UUID huishoudenId, String teamId, Wet wet, Aanleiding aanleiding, UUID aanleidingId, LocalDate op) {
        return schrijf(inwonerId, huishoudenId, teamId, wet, aanleiding, aanleidingId, op, Groep.ONBEKEND);
    }

    /** Writes an invitation; also for the demo step. Empty when there was one for this resident and occasion. */
    Optional<Nieuw> schrijf(UUID inwonerId, UUID huishoudenId, String teamId, Wet wet, Aanleiding aanleiding, UUID aanleidingId, LocalDate op,
            Groep groep) {
        UUID id = UUID.randomUUID();
        String token = Linktoken.nieuw();
        int n = jdbc.sql("""
                insert into waardering.uitnodiging (id, inwoner_id, huishouden_id, team_id, wet, aanleiding, aanleiding_id, token_hash,
                    uitgenodigd_op, geldig_tot, leeftijdsgroep, wijk)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (inwoner_id, aanleiding, aanleiding_id) do nothing
                """).params(id, inwonerId, huishoudenId, teamId, wet.code(), aanleiding.code(), aanleidingId, Linktoken.hash(token), op,
                op.plusDays(GELDIG_DAGEN - 1L), groep.leeftijdsgroep(), groep.wijk()).update();
        return n == 0 ? Optional.empty() : Optional.of(new Nieuw(id, token));
    }

    /** The invitation of a link that still works; otherwise why not. Reads no personal data. */
    public Uitnodiging open(String token) {
        if (!Linktoken.heeftGeldigeVorm(token)) {
            throw new LinkOngeldigException(Reden.ONBEKEND);
        }
        Rij r = jdbc.sql("select id, aanleiding, wet, uitgenodigd_op, geldig_tot, beantwoord from waardering.uitnodiging where token_hash = ?")
                .param(Linktoken.hash(token)).query((rs, i) -> new Rij(new Uitnodiging(rs.getObject(1, UUID.class),
                        Aanleiding.vanCode(rs.getString(2)), Wet.vanCode(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)), rs.getBoolean(6))).optional()
                .orElseThrow(() -> new LinkOngeldigException(Reden.ONBEKEND));
        if (r.beantwoord()) {
            throw new LinkOngeldigException(Reden.GEBRUIKT);
        }
        if (LocalDate.now(klok).isAfter(r.uitnodiging().geldigTot())) {
            throw new LinkOngeldigException(Reden.VERLOPEN);
        }
        return r.uitnodiging();
    }

    private record Rij(Uitnodiging uitnodiging, boolean beantwoord) {
    }

    /** Checks what was filled in; every problem at once, by field. */
    static void controleer(Invulling in) {
        List<Fout> fouten = new ArrayList<>();
        in.scores().forEach((v, s) -> {
            if (s != null && (s < 1 || s > 5)) {
                fouten.add(new Fout(v.code(), "range", "Kies een van de antwoorden bij: " + v.tekst()));
            }
        });
        if (in.cijfer() != null && (in.cijfer() < 1 || in.cijfer() > 10)) {
            fouten.add(new Fout("cijfer", "range", "Kies een cijfer van 1 tot en met 10."));
        }
        if (in.open() != null && in.open().length() > MAX_OPEN) {
            fouten.add(new Fout("open", "size", "Uw antwoord is te lang. Gebruik hoogstens " + MAX_OPEN + " tekens."));
        }
        boolean iets = in.cijfer() != null || in.scores().values().stream().anyMatch(s -> s != null)
                || (in.open() != null && !in.open().isBlank());
        if (!iets && !in.contact()) {
            fouten.add(new Fout("cijfer", "required", "U heeft nog niets ingevuld. Geef ten minste een cijfer of beantwoord een vraag."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    /** Unhappy: a mark of 5 or lower, or disagreeing with any statement about the help itself or what it brings. */
    static boolean ontevreden(Invulling in) {
        return (in.cijfer() != null && in.cijfer() <= 5)
                || in.scores().entrySet().stream().anyMatch(e -> e.getKey().overDeHulp() && e.getValue() != null && e.getValue() <= 2);
    }

    /**
     * Stores the answer once: the invitation is marked answered only if it was still open, so two sends of the same
     * link store one answer. An unhappy resident who asked for contact gets a follow-up (published as an event).
     * Nothing about the person is read or stored with the answer, so nothing is logged for the answer itself.
     */
    @Transactional
    public void beantwoord(String token, Invulling in) {
        Uitnodiging u = open(token);
        controleer(in);
        LocalDate vandaag = LocalDate.now(klok);
        Kop kop = jdbc.sql("""
                update waardering.uitnodiging set beantwoord = true where id = ? and not beantwoord and geldig_tot >= ?
                returning team_id, huishouden_id""").params(u.id(), vandaag)
                .query((rs, i) -> new Kop(rs.getString(1), rs.getObject(2, UUID.class))).optional()
                .orElseThrow(() -> new LinkOngeldigException(Reden.GEBRUIKT));
        Map<Vraag, Integer> s = new EnumMap<>(Vraag.class);
        for (Vraag v : Vraag.values()) {
            s.put(v, in.scores().get(v));
        }
        String open = in.open() == null || in.open().isBlank() ? null : in.open().strip();
        jdbc.sql("""
                insert into waardering.antwoord (id, team_id, wet, aanleiding, maand, toegang_wist_waar, toegang_snel, toegang_serieus,
                    toegang_samen, toegang_ondersteuner, kwaliteit_goed, kwaliteit_passend, effect_zelf, effect_redden, effect_leven, cijfer,
                    open_antwoord)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), kop.teamId(), u.wet().code(), u.aanleiding().code(), YearMonth.from(vandaag).atDay(1),
                s.get(Vraag.TOEGANG_WIST_WAAR), s.get(Vraag.TOEGANG_SNEL), s.get(Vraag.TOEGANG_SERIEUS), s.get(Vraag.TOEGANG_SAMEN),
                s.get(Vraag.TOEGANG_ONDERSTEUNER), s.get(Vraag.KWALITEIT_GOED), s.get(Vraag.KWALITEIT_PASSEND), s.get(Vraag.EFFECT_ZELF),
                s.get(Vraag.EFFECT_REDDEN), s.get(Vraag.EFFECT_LEVEN), in.cijfer(), open).update();
        if (in.contact() && ontevreden(in)) {
            UUID opvolging = UUID.randomUUID();
            LocalDate vervaldatum = werkdagenNa(vandaag, OPVOLGEN_WERKDAGEN);
            jdbc.sql("""
                    insert into waardering.opvolging (id, team_id, huishouden_id, maand, toestemming, toestemming_op, vervaldatum)
                    values (?, ?, ?, ?, ?, ?, ?)""").params(opvolging, kop.teamId(), kop.huishoudenId(), YearMonth.from(vandaag).atDay(1),
                    TOESTEMMING, vandaag, vervaldatum).update();
            gebeurtenissen.publishEvent(new ContactGevraagd(opvolging, kop.huishoudenId(), kop.teamId(), vervaldatum));
        }
    }

    private record Kop(String teamId, UUID huishoudenId) {
    }

    /** The day {@code n} working days (Monday to Friday) after {@code dag}. Public holidays are not counted out. */
    static LocalDate werkdagenNa(LocalDate dag, int n) {
        LocalDate d = dag;
        int over = n;
        while (over > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                over--;
            }
        }
        return d;
    }

    // --- the portal ------------------------------------------------------------------------------

    /** The logged-in resident's open invitations (for themselves, not for a child), newest first. Logged. */
    public List<Uitnodiging> mijnOpen() {
        Ingelogd s = ingelogd();
        LocalDate vandaag = LocalDate.now(klok);
        List<Uitnodiging> lijst = jdbc.sql("""
                select id, aanleiding, wet, uitgenodigd_op, geldig_tot from waardering.uitnodiging
                where inwoner_id = ? and not beantwoord and geldig_tot >= ? order by uitgenodigd_op desc""").params(s.inwonerId(), vandaag)
                .query((rs, i) -> new Uitnodiging(rs.getObject(1, UUID.class), Aanleiding.vanCode(rs.getString(2)), Wet.vanCode(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))).list();
        logboek.registreer("waardering.mijn", Verwerkingsactiviteit.WAARDERING_UITNODIGEN, List.of(Betrokkene.bsn(s.bsn())), Instant.now(klok), true);
        return lijst;
    }

    /**
     * Opens one of the resident's own invitations from the portal: a fresh link secret replaces the old one (only its
     * hash is kept, so the old link cannot be shown again), and the resident goes on through the same questionnaire.
     * An id of someone else's invitation is 404.
     */
    @Transactional
    public String openVanuitPortaal(UUID id) {
        Ingelogd s = ingelogd();
        String token = Linktoken.nieuw();
        int n = jdbc.sql("update waardering.uitnodiging set token_hash = ? where id = ? and inwoner_id = ? and not beantwoord and geldig_tot >= ?")
                .params(Linktoken.hash(token), id, s.inwonerId(), LocalDate.now(klok)).update();
        logboek.registreer("waardering.mijn", Verwerkingsactiviteit.WAARDERING_UITNODIGEN, List.of(Betrokkene.bsn(s.bsn())), Instant.now(klok),
                n == 1);
        if (n == 0) {
            throw new NietGevondenException("Vragenlijst");
        }
        return token;
    }

    private record Ingelogd(UUID inwonerId, String bsn) {
    }

    /** The logged-in resident; a professional or an unknown resident has no questionnaires here. */
    private Ingelogd ingelogd() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.INWONER || g.inwonerId() == null) {
            throw new NietGevondenException("Vragenlijst");
        }
        String bsn = woonsituaties.van(g.inwonerId()).map(Woonsituaties.Woonsituatie::bsn).orElseThrow(() -> new NietGevondenException("Vragenlijst"));
        return new Ingelogd(g.inwonerId(), bsn);
    }
}

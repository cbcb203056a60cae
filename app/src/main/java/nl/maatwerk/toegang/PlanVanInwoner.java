package nl.maatwerk.toegang;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.VersieConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household plan as its resident works on it (issue 16, Mijn plan): read it, agree or disagree with a comment,
 * mark their own action done, add an action of their own to a goal. Every change names the plan version the resident
 * read; when the regisseur saved a newer one meanwhile, nothing is saved and the resident hears so in plain words
 * (409), so a resident never silently overwrites a professional's edit (ADR 0006). An action is the resident's when
 * its owner is "inwoner" and its name is theirs (or that of the child they act for); a professional's action cannot
 * be marked done here (403). The caller passes the logged-in resident and their household of today; need-to-know is
 * checked here again and every read and write is logged for the household's members.
 */
@Service
public class PlanVanInwoner {

    public static final int MAX_OPMERKING = 2000;

    /** The resident's answer to a plan version: agreed, or not with a comment. */
    public record Instemming(UUID inwonerId, String doorNaam, int planVersie, boolean akkoord, String opmerking, Instant op) {
    }

    /** An action a resident added ({@code toegevoegd}) or marked done ({@code gedaan}) in Mijn Maatwerk. */
    public record Inwoneractie(UUID actieId, String soort, String doorNaam, Instant op) {
    }

    /**
     * The plan for the resident: its version (0: no plan yet) and content, which actions they may mark done, their own
     * newest answer, and what residents added or marked done.
     */
    public record MijnPlan(int versie, PlanInhoud inhoud, List<UUID> mijnActies, Instemming instemming,
            Map<UUID, List<Inwoneractie>> inwoneracties) {

        public boolean bestaat() {
            return versie > 0;
        }

        public boolean isVanMij(UUID actieId) {
            return mijnActies.contains(actieId);
        }
    }

    /** Who acts: the resident (or the parent acting for a child) with the names an action of theirs may carry. */
    public record Wie(UUID inwonerId, String naam, List<String> eigenNamen) {
    }

    private final Gezinsplannen plannen;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final JdbcClient jdbc;
    private final Clock klok;

    PlanVanInwoner(Gezinsplannen plannen, Huishoudens huishoudens, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek, JdbcClient jdbc,
            Clock klok) {
        this.plannen = plannen;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** The household's current plan for this resident; logged as a read of the plan. */
    public MijnPlan lees(UUID huishoudenId, Wie wie) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("mijn.plan", Verwerkingsactiviteit.PLAN_RAADPLEGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> mijnPlan(huishoudenId, wie));
    }

    /**
     * The resident agrees with the plan version they read, or does not and says why. A newer version meanwhile: 409,
     * nothing saved (the comment stays with the caller).
     */
    @Transactional
    public MijnPlan stemIn(UUID huishoudenId, Wie wie, boolean akkoord, String opmerking, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        Gezinsplan huidig = bestaand(huishoudenId);
        String schoon = opmerking == null || opmerking.isBlank() ? null : opmerking.strip();
        VersieConflictException.vereisActueel(versie, "het plan", huidig.versie(), () -> verouderd(huidig));
        List<Fout> fouten = new ArrayList<>();
        if (!akkoord && schoon == null) {
            fouten.add(new Fout("opmerking", "required", "Schrijf op waar u het niet mee eens bent. Dan weet uw regisseur wat er anders moet."));
        }
        tekstFouten(fouten, "opmerking", schoon, MAX_OPMERKING, "Uw opmerking");
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        logboek.verwerk("mijn.plan.instemmen", Verwerkingsactiviteit.PLAN_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId),
                () -> jdbc.sql("""
                        insert into toegang.plan_instemming (id, huishouden_id, inwoner_id, plan_versie, akkoord, opmerking, door_naam, op)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """).params(UUID.randomUUID(), huishoudenId, wie.inwonerId(), huidig.versie(), akkoord, schoon, wie.naam(),
                        Timestamp.from(Instant.now(klok))).update());
        return mijnPlan(huishoudenId, wie);
    }

    /** The resident marks their own action done. Not theirs: 403; unknown: 404; the plan changed since: 409. */
    @Transactional
    public MijnPlan markeerGedaan(UUID huishoudenId, Wie wie, UUID actieId, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        Gezinsplan huidig = bestaand(huishoudenId);
        PlanActie actie = huidig.inhoud().doelen().stream().flatMap(d -> d.acties().stream()).filter(a -> a.id().equals(actieId)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Actie"));
        if (!isVan(actie, wie.eigenNamen())) {
            throw new NietToegestaanException("Deze actie doet " + actie.eigenaar() + ". U kunt alleen uw eigen acties afvinken. "
                    + "Is deze actie klaar? Stuur dan een bericht aan uw regisseur.");
        }
        VersieConflictException.vereisActueel(versie, "het plan", huidig.versie(), () -> verouderd(huidig));
        if (actie.status() == PlanStatus.GEDAAN) {
            return mijnPlan(huishoudenId, wie);
        }
        List<PlanDoel> doelen = huidig.inhoud().doelen().stream().map(d -> new PlanDoel(d.id(), d.levensdomein(), d.doel(), d.acties().stream()
                .map(a -> a.id().equals(actieId)
                        ? new PlanActie(a.id(), a.omschrijving(), a.eigenaarType(), a.eigenaar(), a.uiterlijk(), PlanStatus.GEDAAN) : a)
                .toList())).toList();
        schrijf(g, huidig, new PlanInhoud(huidig.inhoud().evaluatiedatum(), doelen), actieId, "gedaan", wie);
        return mijnPlan(huishoudenId, wie);
    }

    /**
     * The resident adds an action of their own to a goal: owner "inwoner", their name, status open. The same rules as
     * a professional's action (text, length, at most {@value PlanRegels#MAX_ACTIES} per goal); a date may not lie in the past.
     */
    @Transactional
    public MijnPlan voegActieToe(UUID huishoudenId, Wie wie, UUID doelId, String omschrijving, LocalDate uiterlijk, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisZichtbaar(g, huishoudenId);
        Gezinsplan huidig = bestaand(huishoudenId);
        VersieConflictException.vereisActueel(versie, "het plan", huidig.versie(), () -> verouderd(huidig));
        LocalDate vandaag = LocalDate.now(klok);
        List<Fout> fouten = new ArrayList<>();
        PlanDoel doel = doelId == null ? null : huidig.inhoud().doelen().stream().filter(d -> d.id().equals(doelId)).findFirst().orElse(null);
        if (doel == null) {
            fouten.add(new Fout("doelId", "required", "Kies bij welk doel uw actie hoort."));
        }
        String schoon = omschrijving == null || omschrijving.isBlank() ? null : omschrijving.strip();
        if (schoon == null) {
            fouten.add(new Fout("omschrijving", "required", "Schrijf op wat u gaat doen."));
        }
        tekstFouten(fouten, "omschrijving", schoon, PlanRegels.MAX_OMSCHRIJVING, "Wat u gaat doen");
        if (uiterlijk != null && uiterlijk.isBefore(vandaag)) {
            fouten.add(new Fout("uiterlijk", "range", "Die datum is al voorbij. Kies vandaag of een dag later."));
        }
        if (doel != null && doel.acties().size() >= PlanRegels.MAX_ACTIES) {
            fouten.add(new Fout("doelId", "range", "Bij dit doel staan al " + PlanRegels.MAX_ACTIES + " acties. Vraag uw regisseur om hulp."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        PlanActie nieuw = new PlanActie(id, schoon, PlanEigenaar.INWONER, wie.naam(), uiterlijk, PlanStatus.OPEN);
        List<PlanDoel> doelen = huidig.inhoud().doelen().stream().map(d -> {
            if (!d.id().equals(doelId)) {
                return d;
            }
            List<PlanActie> acties = new ArrayList<>(d.acties());
            acties.add(nieuw);
            return new PlanDoel(d.id(), d.levensdomein(), d.doel(), acties);
        }).toList();
        schrijf(g, huidig, new PlanInhoud(huidig.inhoud().evaluatiedatum(), doelen), id, "toegevoegd", wie);
        return mijnPlan(huishoudenId, wie);
    }

    /**
     * What residents did with this household's plan, for the professionals' plan view: every resident's newest answer
     * and the actions residents added or marked done. Call after need-to-know; the page logs its own read.
     */
    public record VoorProfessional(List<Instemming> instemmingen, Map<UUID, List<Inwoneractie>> inwoneracties) {
    }

    public VoorProfessional voorProfessional(UUID huishoudenId) {
        return new VoorProfessional(instemmingen(huishoudenId), inwoneracties(huishoudenId));
    }

    /** True when this action is the resident's: owner "inwoner" and one of their names (full or first name). */
    static boolean isVan(PlanActie a, List<String> eigenNamen) {
        if (a.eigenaarType() != PlanEigenaar.INWONER || a.eigenaar() == null) {
            return false;
        }
        String eigenaar = normaal(a.eigenaar());
        return eigenNamen.stream().filter(n -> n != null && !n.isBlank()).map(PlanVanInwoner::normaal)
                .anyMatch(n -> n.equals(eigenaar) || n.split(" ")[0].equals(eigenaar));
    }

    private static String normaal(String naam) {
        return naam.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void schrijf(Gebruiker g, Gezinsplan huidig, PlanInhoud inhoud, UUID actieId, String soort, Wie wie) {
        List<Fout> fouten = PlanRegels.controleer(inhoud, huidig.inhoud(), LocalDate.now(klok));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID huishoudenId = huidig.huishoudenId();
        logboek.verwerk("mijn.plan.wijzigen", Verwerkingsactiviteit.PLAN_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(huishoudenId), () -> {
            try {
                plannen.schrijfVoorInwoner(g, huidig, inhoud);
            } catch (PlanConflictException e) {
                // Saved by someone else between our read and our write: the resident reads the new plan first.
                throw verouderd(e.huidig());
            }
            return jdbc.sql("""
                    insert into toegang.plan_inwoneractie (huishouden_id, actie_id, soort, inwoner_id, door_naam, plan_versie, op)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                    """).params(huishoudenId, actieId, soort, wie.inwonerId(), wie.naam(), huidig.versie() + 1,
                    Timestamp.from(Instant.now(klok))).update();
        });
    }

    private static VersieConflictException verouderd(Gezinsplan huidig) {
        return new VersieConflictException("Uw regisseur heeft het plan veranderd nadat u het opende. Er is nog niets opgeslagen. "
                + "Lees het nieuwe plan en probeer het dan opnieuw. Wat u typte, staat er nog.", huidig.versie());
    }

    private Gezinsplan bestaand(UUID huishoudenId) {
        Gezinsplan plan = plannen.huidig(huishoudenId);
        if (!plan.bestaat()) {
            throw new NietGevondenException("Plan");
        }
        return plan;
    }

    private MijnPlan mijnPlan(UUID huishoudenId, Wie wie) {
        Gezinsplan plan = plannen.huidig(huishoudenId);
        List<UUID> mijn = plan.inhoud().doelen().stream().flatMap(d -> d.acties().stream()).filter(a -> isVan(a, wie.eigenNamen()))
                .map(PlanActie::id).toList();
        Instemming instemming = instemmingen(huishoudenId).stream().filter(i -> i.inwonerId().equals(wie.inwonerId())).findFirst().orElse(null);
        return new MijnPlan(plan.versie(), plan.inhoud(), mijn, instemming, inwoneracties(huishoudenId));
    }

    /** The newest answer of each resident, newest first. */
    private List<Instemming> instemmingen(UUID huishoudenId) {
        return jdbc.sql("""
                select distinct on (inwoner_id) inwoner_id, door_naam, plan_versie, akkoord, opmerking, op from toegang.plan_instemming
                where huishouden_id = ? order by inwoner_id, op desc
                """).param(huishoudenId)
                .query((rs, i) -> new Instemming(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list().stream().sorted((a, b) -> b.op().compareTo(a.op())).toList();
    }

    private Map<UUID, List<Inwoneractie>> inwoneracties(UUID huishoudenId) {
        Map<UUID, List<Inwoneractie>> uit = new HashMap<>();
        jdbc.sql("select actie_id, soort, door_naam, op from toegang.plan_inwoneractie where huishouden_id = ? order by op").param(huishoudenId)
                .query((rs, i) -> new Inwoneractie(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list().forEach(a -> uit.computeIfAbsent(a.actieId(), k -> new ArrayList<>()).add(a));
        return uit;
    }

    /** The answers for the household's timeline (shown after need-to-know, not logged again). */
    List<Instemming> voorTijdlijn(UUID huishoudenId) {
        return jdbc.sql("select inwoner_id, door_naam, plan_versie, akkoord, opmerking, op from toegang.plan_instemming where huishouden_id = ?")
                .param(huishoudenId)
                .query((rs, i) -> new Instemming(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private static void tekstFouten(List<Fout> fouten, String veld, String waarde, int max, String naam) {
        if (waarde == null) {
            return;
        }
        if (waarde.length() > max) {
            fouten.add(new Fout(veld, "range", naam + " is te lang: hoogstens " + max + " tekens."));
        } else if (waarde.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            fouten.add(new Fout(veld, "format", naam + " bevat tekens die niet zijn toegestaan."));
        }
    }
}

package nl.maatwerk.toegang.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.SqlKopie;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.toegang.Dreiging;
import nl.maatwerk.toegang.HulpvraagStatus;
import nl.maatwerk.toegang.Kanaal;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.Onderdeel;
import nl.maatwerk.toegang.PlanInhoud;
import nl.maatwerk.toegang.PlanJson;
import nl.maatwerk.toegang.Urgentie;
import nl.maatwerk.toegang.Vorm;
import nl.maatwerk.toegang.Wet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the toegang part of demo households into this module's schema, one {@code COPY} per table
 * and batch, on the caller's transaction. The households themselves must exist already (inwoner
 * seeds first: the rows here refer to them). Synthetic data, so no logboek records.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class ToegangDemoOpslag {

    /** Everything toegang holds about one demo household; {@code regie} and {@code toestemming} may be null. */
    public record Huishouden(UUID id, List<Hulpvraag> hulpvragen, Regie regie, List<Betrokkene> betrokkenen, Toestemming toestemming,
            List<Planversie> plan, List<ZrmMeting> zrm) {
    }

    public record Hulpvraag(UUID id, UUID inwonerId, Kanaal kanaal, Vorm vorm, String vraag, String watTelt, List<Levensdomein> levensdomeinen,
            Urgentie urgentie, List<Wet> wetten, Dreiging dreiging, HulpvraagStatus status, LocalDate ontvangenOp, String behandelaar,
            String geregistreerdDoor, List<Statuswijziging> geschiedenis, List<Klok> termijnen) {
    }

    /** A step in a request's history; {@code van} is null for the intake. */
    public record Statuswijziging(UUID id, HulpvraagStatus van, HulpvraagStatus naar, String reden, String door, Instant op) {
    }

    /** A legal clock of a request. */
    public record Klok(UUID id, String code, String omschrijving, LocalDate start, LocalDate uiterste, String bron, LocalDate afgerondOp,
            String gestoptReden) {
    }

    public record Regie(UUID id, String regisseur, Instant vanaf, String reden, String door) {
    }

    public record Betrokkene(UUID id, String naam, String organisatie, String rol, boolean extern, LocalDate vanaf) {
    }

    public record Toestemming(UUID id, UUID inwonerId, String partij, List<Onderdeel> onderdelen, String doel, LocalDate gegevenOp,
            String vastgelegdDoor) {
    }

    /** A saved version of the household's plan; the last one is the current plan. */
    public record Planversie(int versie, PlanInhoud inhoud, Instant gewijzigdOp, String door, String doorNaam, List<String> wijzigingen) {
    }

    /** A ZRM assessment; {@code scores} and {@code toelichtingen} follow {@link Levensdomein#values()}, a null score is 'niet beoordeeld'. */
    public record ZrmMeting(UUID id, UUID inwonerId, LocalDate datum, String doorNaam, Instant vastgelegdOp, List<Integer> scores,
            List<String> toelichtingen) {
    }

    private final JdbcTemplate jdbc;

    ToegangDemoOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether toegang holds any request, regie or plan of this household (the demo resident's story is added only once). */
    public boolean heeftGegevens(UUID huishoudenId) {
        Boolean ja = jdbc.queryForObject("""
                select exists (select 1 from toegang.hulpvraag where huishouden_id = ?) or exists (select 1 from toegang.regie where huishouden_id = ?)
                    or exists (select 1 from toegang.gezinsplan where huishouden_id = ?)
                """, Boolean.class, huishoudenId, huishoudenId, huishoudenId);
        return Boolean.TRUE.equals(ja);
    }

    /**
     * Brings the planner's statistics of this module's tables up to date after a large bulk write: without them the demo's next
     * steps plan {@code = any(array)} over a hundred thousand households as if the tables were empty, and take minutes.
     */
    public void analyseer() {
        jdbc.execute("""
                analyze toegang.hulpvraag, toegang.hulpvraag_status, toegang.termijn, toegang.regie, toegang.huishouden_betrokkene,
                    toegang.toestemming, toegang.gezinsplan, toegang.gezinsplan_versie, toegang.zrm_meting, toegang.zrm_score""");
    }

    /** Adds the toegang rows of these households; none of them may exist yet. */
    @Transactional
    public void voegToe(List<Huishouden> huishoudens) {
        List<Object[]> vragen = new ArrayList<>();
        List<Object[]> statussen = new ArrayList<>();
        List<Object[]> klokken = new ArrayList<>();
        List<Object[]> regie = new ArrayList<>();
        List<Object[]> team = new ArrayList<>();
        List<Object[]> toestemmingen = new ArrayList<>();
        List<Object[]> plannen = new ArrayList<>();
        List<Object[]> planversies = new ArrayList<>();
        List<Object[]> zrmMetingen = new ArrayList<>();
        List<Object[]> zrmScores = new ArrayList<>();
        Levensdomein[] domeinen = Levensdomein.values();
        for (Huishouden h : huishoudens) {
            for (Hulpvraag v : h.hulpvragen()) {
                vragen.add(new Object[] {v.id(), h.id(), v.inwonerId(), v.kanaal().code(), v.vorm().code(), v.vraag(), v.watTelt(),
                    SqlLijsten.tekst(v.levensdomeinen().stream().map(Levensdomein::code).toList()), v.urgentie().code(),
                    SqlLijsten.tekst(v.wetten().stream().map(Wet::code).toList()), v.dreiging() == null ? null : v.dreiging().code(),
                    v.status().code(), v.ontvangenOp(), v.behandelaar(), v.geregistreerdDoor()});
                for (Statuswijziging s : v.geschiedenis()) {
                    statussen.add(new Object[] {s.id(), v.id(), s.van() == null ? null : s.van().code(), s.naar().code(), s.reden(), s.door(),
                        s.op()});
                }
                for (Klok k : v.termijnen()) {
                    klokken.add(new Object[] {k.id(), v.id(), k.code(), k.omschrijving(), k.start(), k.uiterste(), k.bron(), k.afgerondOp(),
                        k.gestoptReden()});
                }
            }
            if (h.regie() != null) {
                Regie r = h.regie();
                regie.add(new Object[] {r.id(), h.id(), r.regisseur(), r.vanaf(), r.reden(), r.door()});
            }
            for (Betrokkene b : h.betrokkenen()) {
                team.add(new Object[] {b.id(), h.id(), b.naam(), b.organisatie(), b.rol(), b.extern(), b.vanaf()});
            }
            if (h.toestemming() != null) {
                Toestemming t = h.toestemming();
                toestemmingen.add(new Object[] {t.id(), h.id(), t.inwonerId(), t.partij(),
                    SqlLijsten.tekst(t.onderdelen().stream().map(Onderdeel::code).toList()), t.doel(), t.gegevenOp(), t.vastgelegdDoor()});
            }
            if (!h.plan().isEmpty()) {
                Planversie laatste = h.plan().getLast();
                plannen.add(new Object[] {h.id(), laatste.versie(), PlanJson.schrijf(laatste.inhoud()), laatste.inhoud().evaluatiedatum(),
                    laatste.gewijzigdOp(), laatste.door()});
                for (Planversie v : h.plan()) {
                    planversies.add(new Object[] {h.id(), v.versie(), PlanJson.schrijf(v.inhoud()), v.gewijzigdOp(), v.door(), v.doorNaam(),
                        PlanJson.schrijfTeksten(v.wijzigingen())});
                }
            }
            for (ZrmMeting m : h.zrm()) {
                zrmMetingen.add(new Object[] {m.id(), h.id(), m.inwonerId(), m.datum(), m.doorNaam(), m.vastgelegdOp()});
                for (int d = 0; d < domeinen.length; d++) {
                    zrmScores.add(new Object[] {m.id(), domeinen[d].code(), m.scores().get(d), m.toelichtingen().get(d)});
                }
            }
        }
        SqlKopie.kopieer(jdbc, "toegang.gezinsplan (huishouden_id, versie, inhoud, evaluatiedatum, gewijzigd_op, gewijzigd_door)", plannen);
        SqlKopie.kopieer(jdbc, "toegang.gezinsplan_versie (huishouden_id, versie, inhoud, gewijzigd_op, gewijzigd_door, door_naam, wijzigingen)",
                planversies);
        SqlKopie.kopieer(jdbc, "toegang.zrm_meting (id, huishouden_id, inwoner_id, datum, door_naam, vastgelegd_op)", zrmMetingen);
        SqlKopie.kopieer(jdbc, "toegang.zrm_score (meting_id, domein, score, toelichting)", zrmScores);
        SqlKopie.kopieer(jdbc, """
                toegang.hulpvraag (id, huishouden_id, inwoner_id, kanaal, vorm, vraag, wat_telt, levensdomeinen, urgentie, wetten, dreiging,
                           status, ontvangen_op, behandelaar, geregistreerd_door)""", vragen);
        SqlKopie.kopieer(jdbc, "toegang.hulpvraag_status (id, hulpvraag_id, van, naar, reden, door, op)", statussen);
        SqlKopie.kopieer(jdbc, "toegang.termijn (id, hulpvraag_id, code, omschrijving, start, uiterste_datum, bron, afgerond_op, gestopt_reden)",
                klokken);
        SqlKopie.kopieer(jdbc, "toegang.regie (id, huishouden_id, regisseur, vanaf, reden, door)", regie);
        SqlKopie.kopieer(jdbc, "toegang.huishouden_betrokkene (id, huishouden_id, naam, organisatie, rol, extern, vanaf)", team);
        SqlKopie.kopieer(jdbc, "toegang.toestemming (id, huishouden_id, inwoner_id, partij, onderdelen, doel, gegeven_op, vastgelegd_door)",
                toestemmingen);
    }
}

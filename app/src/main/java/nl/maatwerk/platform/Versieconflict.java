package nl.maatwerk.platform;

import java.util.List;
import org.springframework.ui.Model;

/**
 * What a page shows after a stale submit (docs/conventies.md, "Optimistische vergrendeling"): who
 * changed it, what changed meanwhile, and what the user can do now. The page shows it above its form
 * with the fragment {@code fragmenten/versie :: conflict} and keeps what the user typed; the form then
 * carries the current version and {@link Momentopname}, so saving again is a choice made with the
 * current state in view. Serializable, because a page that redirects after a step (PRG) hands it on as a
 * flash attribute, which lives in the session for one request.
 */
public record Versieconflict(String bericht, boolean basisBekend, List<Momentopname.Verschil> verschillen, String vervolg)
        implements java.io.Serializable {

    /** For a form with input: what the user typed stays, they check it and save again. */
    public static final String FORMULIER_BEWAARD = "Er is niets opgeslagen. Wat u invulde staat nog in het formulier. "
            + "Kijk of het nog klopt met wat er nu is en sla opnieuw op.";

    /** For a step without input (a button): it was not taken; the user looks and takes it again if it is still right. */
    public static final String STAP_NIET_GEZET = "Er is niets opgeslagen. Kijk hieronder hoe het nu is en doe de stap opnieuw als die nog nodig is.";

    private static final java.time.format.DateTimeFormatter MOMENT =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", java.util.Locale.forLanguageTag("nl-NL"));

    /**
     * The first sentence, for the API's 409 and the page alike: "Sanne de Wit heeft dit huishouden op 7 december
     * 2026 om 14:02 gewijzigd, nadat u het opende." {@code door} (a name) and {@code op} may be unknown (null).
     */
    public static String bericht(String wat, String door, java.time.Instant op) {
        return (door == null || door.isBlank() ? "Iemand anders" : door) + " heeft " + wat
                + (op == null ? "" : " op " + MOMENT.format(op.atZone(Klok.ZONE))) + " gewijzigd, nadat u het opende.";
    }

    /**
     * A form opened on {@code versie} of a resource that looks like {@code nu}: the hidden fields {@code versie}
     * and {@code basis} (fragment {@code fragmenten/versie :: velden}) carry both.
     */
    public static void geopend(Model model, int versie, Momentopname nu) {
        model.addAttribute("versie", versie);
        model.addAttribute("basis", nu.alsVeld());
    }

    /**
     * The form comes back for another reason (a field to fix): it keeps the version and snapshot it was
     * opened on, so a change saved meanwhile is still noticed when the user saves, not silently taken over.
     */
    public static void behouden(Model model, Integer versie, String basis) {
        model.addAttribute("versie", versie);
        model.addAttribute("basis", basis);
    }

    /**
     * After a stale submit: the conflict as {@code versieconflict}, with the differences between the snapshot
     * the form was opened on ({@code basis}, the hidden field) and {@code nu}; the form now carries
     * {@code versieNu} and {@code nu}, so saving again is a choice made with the current state in view. The
     * answer is 409, as on the API; the page still shows the form.
     */
    public static void toon(Model model, VersieConflictException e, String basis, int versieNu, Momentopname nu, String vervolg) {
        model.addAttribute("versieconflict", van(e, basis, nu, vervolg));
        geopend(model, versieNu, nu);
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes verzoek && verzoek.getResponse() != null) {
            verzoek.getResponse().setStatus(409);
        }
    }

    /** {@code basisBekend} false when the form sent no readable snapshot: then nothing is listed rather than everything. */
    public static Versieconflict van(VersieConflictException e, String basis, Momentopname nu, String vervolg) {
        Momentopname toen = Momentopname.uitVeld(basis);
        return new Versieconflict(e.fouten().getFirst().reden(), !toen.isLeeg(), toen.isLeeg() ? List.of() : toen.verschillenMet(nu), vervolg);
    }
}

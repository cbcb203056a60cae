package nl.maatwerk.prioriteit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early debt signals (vroegsignalering, Wgs), this module's API for them: importing a batch
 * ({@link SignalenInlezen}; the matching to a household, by BSN, else by address, is {@code inwoner}'s),
 * reading within need-to-know ({@link SignalenLezen}), the outreach that follows ({@link SignaalOpvolging})
 * and the dashboard ({@link SignaalDashboard}). A signal of a household belongs to the household's
 * team; an unmatched one stays with the importing team as an outreach record. Professionals import;
 * need-to-know decides which signals they see.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Vroegsignalen {

    /** What happened to one line of an import. */
    public record Regeluitkomst(int regel, String uitkomst, String reden) {
    }

    public record Verslag(UUID importId, int regels, int nieuw, int dubbel, int fout, List<Regeluitkomst> uitkomsten, String bestandsfout) {

        public List<Regeluitkomst> fouten() {
            return uitkomsten.stream().filter(u -> !"ingelezen".equals(u.uitkomst())).toList();
        }
    }

    public record Filter(UUID huishoudenId, Boolean open) {
    }

    public record Pagina(List<Vroegsignaal> signalen, int nummer, int grootte, long totaal) {
    }

    /** One line of the dashboard; null numbers are suppressed (fewer than {@link nl.maatwerk.platform.KleineGroep#MINIMUM}). */
    public record Dashboardregel(String schuldeiserType, Long aantal, Long open, Integer binnen14, Integer binnen28) {
    }

    /**
     * Reach in one month of receipt: of the signals received that month and at least 14 (28) days ago, how many
     * ({@code basis14}) and the share with a first contact within 14 (28) days. Null is hidden: a base under
     * {@link nl.maatwerk.platform.KleineGroep#MINIMUM}, or no signals at all (no share of nothing).
     */
    public record Bereikmaand(java.time.YearMonth maand, Long basis14, Integer binnen14, Long basis28, Integer binnen28) {
    }

    private final SignalenInlezen inlezen;
    private final SignalenLezen lezen;
    private final SignaalOpvolging opvolging;
    private final SignaalDashboard dashboard;

    Vroegsignalen(SignalenInlezen inlezen, SignalenLezen lezen, SignaalOpvolging opvolging, SignaalDashboard dashboard) {
        this.inlezen = inlezen;
        this.lezen = lezen;
        this.opvolging = opvolging;
        this.dashboard = dashboard;
    }

    /**
     * Imports a batch. Bad and duplicate lines are reported with their reason; the rest is imported.
     * A line that was imported before (same creditor, person, amount, months and date) is skipped, so
     * importing the same file twice adds nothing.
     */
    @Transactional
    public Verslag importeer(String bestandsnaam, String formaat, String inhoud) {
        return inlezen.importeer(bestandsnaam, formaat, inhoud);
    }

    public Pagina lijst(Filter filter, int pagina, int grootte) {
        return lezen.lijst(filter, pagina, grootte);
    }

    public Vroegsignaal lees(UUID id) {
        return lezen.lees(id);
    }

    /**
     * Records one outreach step. A contact attempt says whether contact was made; an answer needs an
     * offer first; the feedback to the creditor says by itself whether contact was made; a closed
     * signal takes no more steps. Every problem is reported at once. The step names the version of the
     * signal it was based on (docs/conventies.md): 428 without, 409 when someone recorded a step meanwhile.
     */
    @Transactional
    public Vroegsignaal legVast(UUID id, String soortCode, Boolean contact, String notitie, LocalDate datum, Integer versie) {
        return opvolging.legVast(id, soortCode, contact, notitie, datum, versie);
    }

    /**
     * Per creditor type: how many signals, how many still open, and of the signals received at least
     * 14 (28) days ago the share with a first contact within 14 (28) days. Numbers only, no one's
     * data; groups under {@link nl.maatwerk.platform.KleineGroep#MINIMUM} are suppressed.
     */
    public List<Dashboardregel> dashboard() {
        return dashboard.dashboard();
    }

    /** The reach within 14 and 28 days per month of receipt, the last twelve months, every month; as {@link #dashboard} for who may see it. */
    public List<Bereikmaand> bereik() {
        return dashboard.bereik();
    }
}

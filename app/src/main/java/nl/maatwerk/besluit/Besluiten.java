package nl.maatwerk.besluit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions from concept to sent: the one entry for pages, the API and other modules, and the
 * boundary of each step's transaction. Every step checks need-to-know for the household, validates
 * what it stores and is logged; a departure from the rule needs the approval of a team lead who is
 * not its author; a final decision never changes (the database refuses it too) and a correction is a
 * new decision that refers to it. The steps are use cases of their own ({@link Voorstellen},
 * {@link Beoordelen}, {@link DefinitiefMaken}, {@link Verzenden}, {@link BesluitLezen}).
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Besluiten {

    static final int MAX_TEKST = BesluitValidatie.MAX_TEKST;

    /**
     * The existence-minimum check beside a decision: under the standard rule and as proposed, or why it
     * could not run. Screen, API and letter take every amount from here, so they cannot disagree.
     *
     * @param wmoBijdrage the Wmo contribution per month as the rules applied it
     * @param overPerMaand what the household keeps per month after this decision (norm minus repayment and contribution)
     */
    public record Controle(Optional<Bestaanszekerheid.Resultaat> standaard, Optional<Bestaanszekerheid.Resultaat> voorstel,
            Optional<Integer> maandenBijAflossing, Optional<BigDecimal> wmoBijdrage, Optional<BigDecimal> overPerMaand,
            Optional<String> melding) {

        static Controle niet(String melding) {
            return new Controle(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(melding));
        }

        public boolean onderBeslagvrijeVoet() {
            return voorstel.map(r -> r.signalen().stream().anyMatch(s -> s.code().equals(Bestaanszekerheid.ONDER_BESLAGVRIJE_VOET)))
                    .orElse(false);
        }
    }

    private final Voorstellen voorstellen;
    private final Beoordelen beoordelen;
    private final DefinitiefMaken definitiefMaken;
    private final Verzenden verzenden;
    private final BesluitLezen lezen;
    private final Bestaanscontrole bestaanscontrole;
    private final Voorliggend voorliggend;

    Besluiten(Voorstellen voorstellen, Beoordelen beoordelen, DefinitiefMaken definitiefMaken, Verzenden verzenden, BesluitLezen lezen,
            Bestaanscontrole bestaanscontrole, Voorliggend voorliggend) {
        this.voorliggend = voorliggend;
        this.voorstellen = voorstellen;
        this.beoordelen = beoordelen;
        this.definitiefMaken = definitiefMaken;
        this.verzenden = verzenden;
        this.lezen = lezen;
        this.bestaanscontrole = bestaanscontrole;
    }

    /** A new concept for a request for help, for the person who asked (or the applicant). */
    @Transactional
    public Besluit maak(UUID hulpvraagId, BesluitSoort soort, LocalDate peildatum) {
        return voorstellen.maak(hulpvraagId, soort, peildatum);
    }

    /**
     * A recovery the municipality starts itself (ambtshalve): it answers no request, so no legal clock
     * for a request runs. It is addressed to the applicant on the peildatum.
     */
    @Transactional
    public Besluit maakTerugvordering(UUID huishoudenId, LocalDate peildatum) {
        return voorstellen.maakTerugvordering(huishoudenId, peildatum);
    }

    /** A correction: a new concept with the content of a final decision, which stays as it was. */
    @Transactional
    public Besluit corrigeer(UUID origineel) {
        return voorstellen.corrigeer(origineel);
    }

    /** Saves a concept. Every filled field must be valid; the version must be the one that was read. */
    @Transactional
    public Besluit wijzig(UUID id, BesluitGegevens g, Integer versie) {
        return voorstellen.wijzig(id, g, versie);
    }

    /** Records the household's own income on a concept decision; an empty one removes it (issue 19). */
    @Transactional
    public Besluit legInkomenVast(UUID id, BesluitInkomen inkomen, Integer versie) {
        return voorstellen.legInkomenVast(id, inkomen, versie);
    }

    /** The income recorded on the decision, if any; the existence-minimum check computes with it. */
    public Optional<BesluitInkomen> inkomen(Besluit b) {
        return bestaanscontrole.inkomen(b.id());
    }

    /** A departure goes to a team lead; everything must be complete first. */
    @Transactional
    public Besluit dienIn(UUID id, Integer versie) {
        return beoordelen.dienIn(id, versie);
    }

    /** The second pair of eyes: a team lead who neither wrote nor submitted the decision. */
    @Transactional
    public Besluit beoordeel(UUID id, boolean akkoord, String toelichting, Integer versie) {
        return beoordelen.beoordeel(id, akkoord, toelichting, versie);
    }

    /**
     * Final: complete, approved if it departs, justified if it leaves the household below the
     * beslagvrije voet. The letter is fixed, a departure is counted in the register, and
     * {@link BesluitDefinitief} is published.
     */
    @Transactional
    public Besluit maakDefinitief(UUID id, Integer versie) {
        return definitiefMaken.maakDefinitief(id, versie);
    }

    /** Sends the letter and publishes {@link BesluitVerzonden}; the request it answers moves on after this commits. */
    @Transactional
    public Besluit verzend(UUID id, Integer versie) {
        return verzenden.verzend(id, versie);
    }

    public Besluit lees(UUID id) {
        return lezen.lees(id);
    }

    /** The decisions of a household, newest first, without logging: for the household page, which logs itself. */
    List<Besluit> vanHuishoudenZonderLog(UUID huishoudenId) {
        return lezen.vanHuishoudenZonderLog(huishoudenId);
    }

    /** For a team lead: departures waiting for approval in the households they may see, not their own. */
    public List<Besluit> terGoedkeuring() {
        return lezen.terGoedkeuring();
    }

    /** What a team lead must weigh first: below the voet, missing agreement, unlawful collection. */
    public List<String> aandachtspunten(Besluit b) {
        return Waarborg.aandachtspunten(b, controle(b));
    }

    /**
     * The existence-minimum check on the household as it was on the decision's peildatum: for a
     * recovery once with the full claim (the standard outcome of the rule) and once as proposed.
     */
    public Controle controle(Besluit b) {
        return bestaanscontrole.voor(b);
    }

    /**
     * Voorliggend in the toets of a Wmo decision that was read through {@link #lees}: what was recorded, then, while it
     * is a concept, the other general and informal offers that fit the household. Empty for other kinds.
     */
    public List<Voorliggend.Keuze> voorliggend(Besluit b) {
        return voorliggend.keuzes(b);
    }

    /** Records which general offers were considered and why they do not help (enough); only on a Wmo concept. */
    @Transactional
    public Besluit legVoorliggendVast(UUID id, List<Voorliggend.Regel> regels, Integer versie) {
        return voorliggend.legVast(id, regels, versie);
    }
}

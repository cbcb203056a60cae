package nl.maatwerk.thermometer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A theme's scores over the rounds of the Thermometer, for another module (issue 18: the beleidsdossier of
 * {@code knelpunt}, where a rule's knelpunten meet the gaps in intent on its theme). Only rounds whose results were
 * already looked at: reading results closes a round for good ({@link Resultaten#uitslag(Meting)}), and a dossier must
 * not do that. The scores come from {@link Uitslag}, so every small group is already hidden (null).
 */
@Service
public class Themascores {

    /** A theme: its code and name. */
    public record Themanaam(String code, String naam) {
    }

    /**
     * One round: its name and end date, the theme's score (0-100) for bestuur, uitvoering and partners, and the
     * doorfluisterverlies from bestuur to uitvoering and to partners; a null is hidden or not measured.
     */
    public record Themascore(String meting, LocalDate einddatum, Integer bestuur, Integer uitvoering, Integer partners, Integer verliesNaarUitvoering,
            Integer verliesNaarPartners) {
    }

    /**
     * A round on the theme whose results nobody has looked at yet, so no scores: {@code open} while it still takes
     * answers (up to its end date), else past its end date and waiting for someone to look. How many were invited and
     * how many sent their questionnaire are counts of the round, not answers, so they point to no one.
     */
    public record Onbekeken(String meting, LocalDate einddatum, boolean open, int uitnodigingen, int ingediend) {
    }

    private final Metingen metingen;
    private final Resultaten resultaten;

    Themascores(Metingen metingen, Resultaten resultaten) {
        this.metingen = metingen;
        this.resultaten = resultaten;
    }

    /** The standard themes of every round. */
    public List<Themanaam> themas() {
        return StandaardVragenlijst.themaCodes().stream().map(c -> new Themanaam(c, StandaardVragenlijst.naam(c))).toList();
    }

    /** The rounds that measured this theme and whose results were seen, oldest first. */
    public List<Themascore> perMeting(String thema) {
        List<Themascore> uit = new ArrayList<>();
        for (Metingen.Overzicht o : metingen.lijst()) {
            Meting m = metingen.lees(o.id());
            if (!m.resultatenGezien() || m.themas().stream().noneMatch(t -> t.code().equals(thema))) {
                continue;
            }
            Uitslag u = resultaten.uitslag(m);
            u.verliezen().stream().filter(v -> v.thema().equals(thema)).findFirst().ifPresent(v -> uit.add(new Themascore(m.naam(), m.einddatum(),
                    score(v.bestuur()), score(v.uitvoering()), score(v.partners()), v.naarUitvoering(), v.naarPartners())));
        }
        uit.sort(Comparator.comparing(Themascore::einddatum));
        return uit;
    }

    /**
     * The rounds on this theme whose results were not seen yet, oldest first. Reads only the list of rounds, never
     * their results, so it closes nothing: a dossier can say a round is still running without ending it.
     */
    public List<Onbekeken> onbekeken(String thema) {
        List<Onbekeken> uit = new ArrayList<>();
        for (Metingen.Overzicht o : metingen.lijst()) {
            Meting m = metingen.lees(o.id());
            if (m.resultatenGezien() || m.themas().stream().noneMatch(t -> t.code().equals(thema))) {
                continue;
            }
            uit.add(new Onbekeken(m.naam(), m.einddatum(), o.open(), o.uitnodigingen(), o.ingediend()));
        }
        uit.sort(Comparator.comparing(Onbekeken::einddatum));
        return uit;
    }

    private static Integer score(Waarde w) {
        return w.getoond() ? w.score() : null;
    }
}

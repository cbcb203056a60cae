package nl.maatwerk.regelbeheer;

import java.time.Instant;
import java.util.List;

/**
 * Questions from elsewhere for a change to the parameter set, shown to the beheerder beside the
 * proposals (issue 18: a beleidsdossier "asks for a change to the parameter set"). Implemented by the
 * module that records them ({@code knelpunt}), so regelbeheer depends on nothing above it; without an
 * implementation the beheerder simply sees no questions.
 */
public interface Wijzigingsvragen {

    /** One question: about what (the dossier's subject), what is asked, by whom (user name) and when. */
    record Vraag(String onderwerp, String toelichting, String door, Instant op) {
    }

    /** The most recent questions, newest first, at most {@code maximaal}. */
    List<Vraag> recent(int maximaal);
}

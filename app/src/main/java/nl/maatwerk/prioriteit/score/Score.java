package nl.maatwerk.prioriteit.score;

import java.util.List;

/**
 * The need score of one item with each factor's contribution, so that "why here" can be shown.
 * Only factors that add points are listed.
 */
public record Score(long punten, List<Bijdrage> bijdragen) {

    /** One factor's share: the points and how they were computed, in plain Dutch. */
    public record Bijdrage(Factor factor, long punten, String uitleg) {
    }

    public Score {
        bijdragen = List.copyOf(bijdragen);
    }
}

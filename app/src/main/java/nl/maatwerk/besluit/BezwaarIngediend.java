package nl.maatwerk.besluit;

import java.util.UUID;

/**
 * A resident objected to a decision in Mijn Maatwerk (issue 16); {@code eerstBellen} when they asked to be called first
 * (the informal route before the objection procedure). Ids only: what the resident wrote stays with the objection.
 */
public record BezwaarIngediend(UUID bezwaarId, UUID besluitId, UUID huishoudenId, String teamId, boolean eerstBellen) {
}

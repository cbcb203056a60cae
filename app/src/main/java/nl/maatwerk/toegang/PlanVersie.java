package nl.maatwerk.toegang;

import java.time.Instant;
import java.util.List;

/** One saved version of a household plan: who saved it, when, and what changed, in plain Dutch. */
@org.springframework.modulith.NamedInterface("intern")
public record PlanVersie(int versie, Instant moment, String door, List<String> wijzigingen) {
}

package nl.maatwerk.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The one plan of a household ("1 gezin, 1 plan"). Version 0 means there is no plan yet; each save
 * adds one. {@code gewijzigdDoor} is the name of the person who saved the current version.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Gezinsplan(UUID huishoudenId, String huishoudenNaam, PlanInhoud inhoud, int versie, Instant gewijzigdOp,
        String gewijzigdDoor) {

    public boolean bestaat() {
        return versie > 0;
    }

    long lopendeActies() {
        return inhoud.doelen().stream().flatMap(d -> d.acties().stream()).filter(a -> a.status() != null && a.status().lopend()).count();
    }

    long verlopenActies(LocalDate vandaag) {
        return inhoud.doelen().stream().flatMap(d -> d.acties().stream()).filter(a -> a.verlopenOp(vandaag)).count();
    }
}

package nl.maatwerk.thermometer;

import java.util.UUID;

/** A statement on the 5-point scale, about one aspect of one dimension of a theme. */
@org.springframework.modulith.NamedInterface("intern")
public record Stelling(UUID id, String thema, Dimensie dimensie, Aspect aspect, String tekst, int volgorde) {
}

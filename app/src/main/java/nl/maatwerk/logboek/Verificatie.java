package nl.maatwerk.logboek;

/** The outcome of checking the hash chain from the first record to the last. */
@org.springframework.modulith.NamedInterface("intern")
public record Verificatie(boolean intact, long gecontroleerd, Long eersteAfwijking, String toelichting) {
}

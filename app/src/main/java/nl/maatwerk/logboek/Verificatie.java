package nl.maatwerk.logboek;

/** The outcome of checking the hash chain from the first record to the last. */
public record Verificatie(boolean intact, long gecontroleerd, Long eersteAfwijking, String toelichting) {
}

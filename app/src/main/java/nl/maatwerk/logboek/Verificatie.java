package nl.maatwerk.logboek;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of checking the log: the hash chain from the first record to the last, and the chain
 * against the anchor points kept outside the database.
 *
 * @param intact whether nothing was found
 * @param gecontroleerd the number of records checked
 * @param eersteAfwijking the first record that does not fit, or the first one missing at the end
 * @param toelichting what was found, in one text for a person
 * @param bevindingen each finding on its own (a changed record, a missing tail, a changed transition point, a bad anchor line)
 * @param ankerpunten the number of valid anchor points the log was compared with
 * @param laatsteAnkerpunt when the last of them was taken, or null when there is none
 */
@org.springframework.modulith.NamedInterface("intern")
public record Verificatie(boolean intact, long gecontroleerd, Long eersteAfwijking, String toelichting, List<String> bevindingen,
        int ankerpunten, Instant laatsteAnkerpunt) {
}

package nl.maatwerk.logboek;

import java.time.Instant;

/** One stored record, with the fields of the Logboek Dataverwerkingen standard. */
@org.springframework.modulith.NamedInterface("intern")
public record LogboekRecord(
        long volgnummer,
        String traceId,
        String spanId,
        String parentSpanId,
        String naam,
        Instant starttijd,
        Instant eindtijd,
        String status,
        String verwerkingsactiviteit,
        String betrokkeneId,
        String betrokkeneType,
        String actor,
        String vorigeHash,
        String hash) {
}

package nl.maatwerk.logboek;

import java.time.Instant;
import java.util.List;

/** What an auditor can ask of the log. */
@org.springframework.modulith.NamedInterface("intern")
public interface LogboekInzage {

    record Filter(String bsn, String actor, Instant van, Instant tot) {
    }

    record Pagina(List<LogboekRecord> records, int nummer, int grootte, long totaal) {
        public long aantalPaginas() {
            return Math.max(1, (totaal + grootte - 1) / grootte);
        }
    }

    Pagina zoek(Filter filter, int pagina, int grootte);

    /**
     * Recomputes the chain from the first record and compares it with the anchor points outside the
     * database; reports the first record that does not fit and every other finding.
     */
    Verificatie verifieer();
}

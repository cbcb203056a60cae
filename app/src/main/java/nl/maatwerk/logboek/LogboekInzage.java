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
     * Unusual access by one professional on one day (docs/begrippen.md, "Ongewone toegang"): the number of
     * different data subjects whose data they used, when above {@code drempel}, and how many of those they used
     * at night (22:00 to 06:00, Dutch time). About professionals' access, never a score of residents.
     */
    record OngewoneToegang(String actor, java.time.LocalDate dag, long betrokkenen, long sNachts) {
    }

    /** Unusual access since {@code vanaf}, newest day first, at most {@code max} rows; system actions are left out. */
    List<OngewoneToegang> ongewoneToegang(Instant vanaf, int drempel, int max);

    /**
     * Recomputes the chain from the first record and compares it with the anchor points outside the
     * database; reports the first record that does not fit and every other finding.
     */
    Verificatie verifieer();
}

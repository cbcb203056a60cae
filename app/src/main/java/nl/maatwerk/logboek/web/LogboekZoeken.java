package nl.maatwerk.logboek.web;

import java.util.List;
import java.util.function.Supplier;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;

/**
 * Searching the log for a person is itself processing that person's BSN: the auditor's look-up is
 * logged like any other, so the supervisor is supervised too. A search without a BSN names no one.
 */
final class LogboekZoeken {

    private LogboekZoeken() {
    }

    static <T> T zoek(Logboek logboek, String bsn, Supplier<T> zoeken) {
        if (bsn == null || bsn.isBlank()) {
            return zoeken.get();
        }
        return logboek.verwerk("logboek.zoeken", Verwerkingsactiviteit.LOGBOEK_INZIEN, List.of(Betrokkene.bsn(bsn.trim())), zoeken);
    }
}

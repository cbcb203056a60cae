package nl.maatwerk.logboek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * "Wie keek in mijn gegevens" (issue 16): the log read back for one data subject, for the resident
 * themself. One access is one traced request (all records of one trace about this person), with the
 * activities it logged. Accesses held back by law ({@link Uitstel}) are not listed but counted, with
 * their reason and the day they will be shown; never silently left out.
 */
public interface Inzagen {

    /**
     * One access: when, by whom (a user name, or {@code systeem}), which processing activities (their
     * ids, in the order of {@link Verwerkingsactiviteit}), the names of the operations, and whether each
     * ended well.
     */
    record Inzage(String traceId, Instant op, String actor, List<Verwerkingsactiviteit> activiteiten, List<String> namen, boolean gelukt) {
    }

    /** Accesses held back under one uitstel: how many, why, and from which day they will be shown. */
    record Achtergehouden(long aantal, String reden, LocalDate zichtbaarVanaf) {
    }

    record Pagina(List<Inzage> inzagen, List<Achtergehouden> achtergehouden, int nummer, int grootte, long totaal) {
        public long aantalPaginas() {
            return Math.max(1, (totaal + grootte - 1) / grootte);
        }
    }

    /**
     * The accesses to this person's data, newest first, leaving out those by {@code behalveActoren} (the
     * resident's own reads). {@code vandaag} decides which uitstel still holds.
     */
    Pagina van(Betrokkene betrokkene, Set<String> behalveActoren, LocalDate vandaag, int pagina, int grootte);

    /** Every access (for an export), at most {@code max}; the same rules as {@link #van}. */
    List<Inzage> alle(Betrokkene betrokkene, Set<String> behalveActoren, LocalDate vandaag, int max);

    /**
     * An access held back by law: the accesses to this person from {@code van} (by {@code actor}, or by
     * anyone when null) are shown to them only after {@code tot}, for example while an investigation
     * into fraud runs (AVG art. 23, Uitvoeringswet AVG art. 41). Until then the person sees their count
     * and the reason.
     */
    record Uitstel(Betrokkene betrokkene, String actor, Instant van, LocalDate tot, String reden) {
    }

    /** Records an uitstel; the caller checks who may do so and logs it. */
    void stelUit(Uitstel uitstel, String vastgelegdDoor);

    /** An uitstel that still holds, with who recorded it: for the team lead who may record one, not for the resident. */
    record LopendUitstel(String actor, Instant van, LocalDate tot, String reden, String vastgelegdDoor, Instant vastgelegdOp) {
    }

    /** The uitstel of this person that still hold on {@code vandaag}, the one that ends first first. */
    List<LopendUitstel> lopend(Betrokkene betrokkene, LocalDate vandaag);

    /**
     * Every uitstel that still holds, newest recording first, at most {@code max}: for the privacy auditor, who checks that
     * holding back is used as the law allows. No person in it (the pseudonym stays in the table).
     */
    List<LopendUitstel> allesLopend(LocalDate vandaag, int max);
}

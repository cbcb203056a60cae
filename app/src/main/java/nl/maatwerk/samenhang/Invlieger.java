package nl.maatwerk.samenhang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A change coming at the teams: what it is, where it comes from, its dates, what it changes in plain words, what it
 * hits (laws, rules by id, parameters of the norm tables, teams, processes), who owns the implementation and how the
 * preparation stands. {@code voorstelId} is the proposed parameter set in regelbeheer when it moves an amount.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Invlieger(UUID id, String titel, Soort soort, String bwbId, Herkomst herkomst, Fase fase, LocalDate aangekondigdOp,
        LocalDate vastgesteldOp, LocalDate inWerkingOp, LocalDate overgangTot, String watVerandert, List<Wet> wetten, List<String> regels,
        List<String> parameters, List<String> teams, List<Proces> processen, String eigenaar, Voorbereiding voorbereiding, UUID voorstelId,
        String bron, int versie, String aangemaaktDoor, Instant aangemaaktOp, String gewijzigdDoor, Instant gewijzigdOp) {

    /** One dated moment of a change, as the calendar export and the table show it. */
    public record Datum(String code, String omschrijving, LocalDate dag) {
    }

    /** The known dates in the order they happen: announced, adopted, in force, end of the transition. */
    public List<Datum> datums() {
        List<Datum> uit = new ArrayList<>();
        if (aangekondigdOp != null) {
            uit.add(new Datum("aangekondigd", "Aangekondigd", aangekondigdOp));
        }
        if (vastgesteldOp != null) {
            uit.add(new Datum("vastgesteld", "Vastgesteld", vastgesteldOp));
        }
        if (inWerkingOp != null) {
            uit.add(new Datum("in-werking", "In werking", inWerkingOp));
        }
        if (overgangTot != null) {
            uit.add(new Datum("overgang-tot", "Einde overgangsperiode", overgangTot));
        }
        return uit;
    }

    /** Who last saved it: the one who made it when nobody changed it since. */
    public String laatstDoor() {
        return gewijzigdDoor != null ? gewijzigdDoor : aangemaaktDoor;
    }

    public Instant laatstOp() {
        return gewijzigdOp != null ? gewijzigdOp : aangemaaktOp;
    }

    /** What a form or the API sends to make or change one; lists may be null (then empty). */
    public record Gegevens(String titel, Soort soort, String bwbId, Herkomst herkomst, Fase fase, LocalDate aangekondigdOp,
            LocalDate vastgesteldOp, LocalDate inWerkingOp, LocalDate overgangTot, String watVerandert, List<Wet> wetten, List<String> regels,
            List<String> parameters, List<String> teams, List<Proces> processen, String eigenaar, Voorbereiding voorbereiding, UUID voorstelId,
            String bron) {

        public Gegevens {
            wetten = wetten == null ? List.of() : wetten.stream().filter(java.util.Objects::nonNull).distinct().toList();
            processen = processen == null ? List.of() : processen.stream().filter(java.util.Objects::nonNull).distinct().toList();
            regels = opgeschoond(regels);
            parameters = opgeschoond(parameters);
            teams = opgeschoond(teams);
            titel = leegIsNull(titel);
            bwbId = leegIsNull(bwbId);
            watVerandert = leegIsNull(watVerandert);
            eigenaar = leegIsNull(eigenaar);
            bron = leegIsNull(bron);
        }

        private static List<String> opgeschoond(List<String> lijst) {
            return lijst == null ? List.of() : lijst.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        }

        private static String leegIsNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        /** The fields of a stored invlieger, to change from. */
        public static Gegevens van(Invlieger i) {
            return new Gegevens(i.titel(), i.soort(), i.bwbId(), i.herkomst(), i.fase(), i.aangekondigdOp(), i.vastgesteldOp(),
                    i.inWerkingOp(), i.overgangTot(), i.watVerandert(), i.wetten(), i.regels(), i.parameters(), i.teams(), i.processen(),
                    i.eigenaar(), i.voorbereiding(), i.voorstelId(), i.bron());
        }
    }
}

package nl.maatwerk.samenhang.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.samenhang.Fase;
import nl.maatwerk.samenhang.Herkomst;
import nl.maatwerk.samenhang.Invlieger;
import nl.maatwerk.samenhang.Proces;
import nl.maatwerk.samenhang.Soort;
import nl.maatwerk.samenhang.Voorbereiding;
import nl.maatwerk.samenhang.Wet;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to make or change an invlieger; the version it was opened on travels in the hidden fields versie and basis. */
record InvliegerFormulier(String titel, Soort soort, String bwbId, Herkomst herkomst, Fase fase,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate aangekondigdOp, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vastgesteldOp,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inWerkingOp, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate overgangTot,
        String watVerandert, List<Wet> wetten, List<String> regels, List<String> parameters, List<String> teams, List<Proces> processen,
        String eigenaar, Voorbereiding voorbereiding, UUID voorstelId, String bron) {

    static InvliegerFormulier leeg() {
        return new InvliegerFormulier(null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, Voorbereiding.TE_BEKIJKEN, null, null);
    }

    static InvliegerFormulier van(Invlieger v) {
        return new InvliegerFormulier(v.titel(), v.soort(), v.bwbId(), v.herkomst(), v.fase(), v.aangekondigdOp(), v.vastgesteldOp(),
                v.inWerkingOp(), v.overgangTot(), v.watVerandert(), v.wetten(), v.regels(), v.parameters(), v.teams(), v.processen(),
                v.eigenaar(), v.voorbereiding(), v.voorstelId(), v.bron());
    }

    Invlieger.Gegevens gegevens() {
        return new Invlieger.Gegevens(titel, soort, bwbId, herkomst, fase, aangekondigdOp, vastgesteldOp, inWerkingOp, overgangTot, watVerandert,
                wetten, regels, parameters, teams, processen, eigenaar, voorbereiding, voorstelId, bron);
    }
}

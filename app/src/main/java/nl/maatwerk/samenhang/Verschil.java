package nl.maatwerk.samenhang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What changed between two versions of an invlieger, one line per field in words ("In werking: was 1 januari 2027, nu 1 juli 2027"). */
final class Verschil {

    private Verschil() {
    }

    static List<String> tussen(Invlieger oud, Invlieger nieuw) {
        Map<String, String> voor = velden(oud);
        Map<String, String> na = velden(nieuw);
        List<String> uit = new ArrayList<>();
        for (Map.Entry<String, String> veld : voor.entrySet()) {
            String was = veld.getValue();
            String nu = na.get(veld.getKey());
            if (Objects.equals(was, nu)) {
                continue;
            }
            if (veld.getKey().equals("Wat er verandert")) {
                uit.add("Wat er verandert: de tekst is aangepast");
            } else {
                uit.add(veld.getKey() + ": was " + (was == null ? "leeg" : was) + ", nu " + (nu == null ? "leeg" : nu));
            }
        }
        return uit;
    }

    private static Map<String, String> velden(Invlieger v) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Titel", v.titel());
        m.put("Soort", v.soort().omschrijving());
        m.put("BWB-id", v.bwbId());
        m.put("Herkomst", v.herkomst().omschrijving());
        m.put("Fase", v.fase().omschrijving());
        m.put("Aangekondigd", dag(v.aangekondigdOp()));
        m.put("Vastgesteld", dag(v.vastgesteldOp()));
        m.put("In werking", dag(v.inWerkingOp()));
        m.put("Overgang tot", dag(v.overgangTot()));
        m.put("Wat er verandert", v.watVerandert());
        m.put("Wetten", lijst(v.wetten().stream().map(Wet::omschrijving).toList()));
        m.put("Regels", lijst(v.regels()));
        m.put("Parameters", lijst(v.parameters()));
        m.put("Teams", lijst(v.teams()));
        m.put("Processen", lijst(v.processen().stream().map(Proces::omschrijving).toList()));
        m.put("Eigenaar", v.eigenaar());
        m.put("Voorbereiding", v.voorbereiding().omschrijving());
        m.put("Voorstel regelparameters", v.voorstelId() == null ? null : v.voorstelId().toString());
        m.put("Bron", v.bron());
        return m;
    }

    private static String dag(LocalDate d) {
        return d == null ? null : Invliegercontrole.tekst(d);
    }

    private static String lijst(List<String> l) {
        return l.isEmpty() ? null : l.stream().sorted().collect(Collectors.joining(", "));
    }
}

package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;

/**
 * A new ZRM assessment as entered. Every domain must be there once, with a score of 1 to 5 or
 * explicitly 'niet beoordeeld'. {@link #fouten} lists every problem at once, with the field path
 * ({@code scores[3].score}) so an API client and the web form can point at each one.
 */
@org.springframework.modulith.NamedInterface("intern")
public record ZrmInvoer(LocalDate datum, UUID inwonerId, List<Score> scores) {

    public static final int MAX_TOELICHTING = 500;

    public record Score(Levensdomein domein, Integer score, Boolean nietBeoordeeld, String toelichting) {

        boolean isNietBeoordeeld() {
            return Boolean.TRUE.equals(nietBeoordeeld);
        }
    }

    /** The rules that need nothing but the input itself and today's date. */
    public List<Fout> fouten(LocalDate vandaag) {
        List<Fout> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add(new Fout("datum", "required", "Vul de datum van de meting in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Fout("datum", "range", "De datum ligt in de toekomst. Vul de dag in waarop de meting was."));
        }
        if (scores == null || scores.isEmpty()) {
            fouten.add(new Fout("scores", "required",
                    "Vul alle " + Levensdomein.values().length + " levensdomeinen in: een score of 'niet beoordeeld'."));
            return fouten;
        }
        Set<Levensdomein> gezien = EnumSet.noneOf(Levensdomein.class);
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            String pad = "scores[" + i + "]";
            if (s == null || s.domein() == null) {
                fouten.add(new Fout(pad + ".domein", "required", "Kies het levensdomein."));
                continue;
            }
            String naam = s.domein().omschrijving();
            if (!gezien.add(s.domein())) {
                fouten.add(new Fout(pad + ".domein", "duplicate", naam + " staat er twee keer in."));
            }
            if (s.score() == null && !s.isNietBeoordeeld()) {
                fouten.add(new Fout(pad + ".score", "required",
                        "Geef " + naam + " een score van 1 tot en met 5, of kies 'niet beoordeeld'."));
            } else if (s.score() != null && s.isNietBeoordeeld()) {
                fouten.add(new Fout(pad + ".score", "invalid",
                        "Kies bij " + naam + " een score of 'niet beoordeeld', niet allebei."));
            } else if (s.score() != null && (s.score() < 1 || s.score() > 5)) {
                fouten.add(new Fout(pad + ".score", "range", "De score bij " + naam + " is 1, 2, 3, 4 of 5."));
            }
            if (s.toelichting() != null && s.toelichting().length() > MAX_TOELICHTING) {
                fouten.add(new Fout(pad + ".toelichting", "range",
                        "De toelichting bij " + naam + " is te lang: hoogstens " + MAX_TOELICHTING + " tekens."));
            }
        }
        Set<Levensdomein> ontbrekend = EnumSet.allOf(Levensdomein.class);
        ontbrekend.removeAll(gezien);
        if (!ontbrekend.isEmpty()) {
            fouten.add(new Fout("scores", "required", (ontbrekend.size() == 1 ? "Dit levensdomein ontbreekt: " : "Deze levensdomeinen ontbreken: ")
                    + ontbrekend.stream().map(Levensdomein::omschrijving).collect(Collectors.joining(", "))
                    + ". Geef elk een score of kies 'niet beoordeeld'."));
        }
        return fouten;
    }
}

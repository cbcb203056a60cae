package nl.maatwerk.regels.hervorming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * {@code samenvatting.json}: the totals per variant, with what was changed (old and new value and the
 * source of the old one) and how each number is defined, so that every number can be traced back to
 * the rules and the parameters. Amounts in euros with two decimals.
 */
public final class Samenvatting {

    private Samenvatting() {
    }

    public static String json(Aggregaat a, List<Hervorming> varianten, Parameters basis, LocalDate peildatum, String populatie,
            int minimaleGroep, double seconden) {
        StringBuilder s = new StringBuilder(4096);
        s.append("{\n");
        veld(s, 1, "peildatum", tekst(peildatum.toString())).append(",\n");
        veld(s, 1, "populatie", tekst(populatie)).append(",\n");
        veld(s, 1, "huishoudens", Long.toString(a.totaal(0).huishoudens())).append(",\n");
        veld(s, 1, "nietBerekend", Long.toString(a.aantalNietBerekend())).append(",\n");
        veld(s, 1, "seconden", String.format(java.util.Locale.ROOT, "%.1f", seconden)).append(",\n");
        veld(s, 1, "minimaleGroep", Integer.toString(minimaleGroep)).append(",\n");
        s.append("  \"definities\": {\n");
        String[][] definities = {
            {"norm", "bijstandsnorm inclusief vakantietoeslag van het huishouden op de peildatum (Participatiewet art. 20-22a, regels.inkomen.Bijstandsnorm; "
                    + "snelle route regels.inkomen.SnelleBerekening, gelijk aan de uitgelegde berekening)"},
            {"bijstand", "norm min het inkomen dat meetelt, nooit onder nul (Participatiewet art. 19, 31, 32; regels.inkomen.Bijstand, snelle route "
                    + "regels.inkomen.SnelleBijstand, gelijk aan de uitgelegde berekening). Meetellend inkomen: netto loon van aanvrager en partner min "
                    + "de inkomstenvrijlating die voor ieder geldt (algemeen, alleenstaande ouder, medisch urenbeperkt), plus uitkeringen en alimentatie "
                    + "(kolom inkomen) volledig, plus giften boven de giftenvrijlating per jaar, gedeeld door 12. Geen bijstand als het vermogen (kolom "
                    + "vermogen: bezit min schulden, zonder de eigen woning) boven de vermogensgrens van het huishoudtype ligt (art. 34, "
                    + "regels.inkomen.Vermogen); het vermogen in de woning telt niet"},
            {"kostenPerJaar", "12 maal de som van de bijstand per maand over alle huishoudens"},
            {"besteedbaar", "netto loon plus uitkeringen en alimentatie plus bijstand, min de voorgestelde aflossing (zonder zorgtoeslag en giften)"},
            {"onderMinimum", "huishoudens waarvan het besteedbare bedrag onder de beslagvrije voet ligt; de voet is 95% van de norm, of van het eigen "
                    + "inkomen als dat lager is (Rv art. 475da, regels.inkomen.Bestaanszekerheid)"},
            {"winnaars", "huishoudens met ten minste 10 euro per maand meer besteedbaar dan in de basis; verliezers: ten minste 10 euro minder"},
            {"gemiddeldeWinstPerMaand", "gemiddeld verschil per maand bij de winnaars (verlies: bij de verliezers)"},
            {"inkomensdeciel", "tiendeel van het netto huishoudinkomen zonder bijstand (loon plus uitkeringen en alimentatie) in stappen van 10 euro "
                    + "(niet gestandaardiseerd naar huishoudgrootte)"},
            {"armoedeval", "armoedeval.csv: voor typische huishoudens loon van 0 tot 3.000 euro per maand; besteedbaar is daar loon plus bijstand plus "
                    + "zorgtoeslag plus huurtoeslag (regels.inkomen.Maandbudget met regels.inkomen.Huurtoeslag, Wet op de huurtoeslag art. 21) bij een "
                    + "aangenomen kale huur van 600 euro per maand; de kolom huurtoeslag is leeg als de variant op de peildatum geen huurtoeslagbedragen "
                    + "kent (voor 2026)"},
            {"nietBerekend", "huishoudens die de regels weigeren (een geval dat ze nog niet dekken, zoals in basis.fouten.csv): in geen enkele groep meegeteld"},
            {"verborgen", "een aantal kleiner dan minimaleGroep staat als null; ook de kleinste andere groep als er anders precies een verborgen is"}};
        for (int i = 0; i < definities.length; i++) {
            veld(s, 2, definities[i][0], tekst(definities[i][1])).append(i + 1 < definities.length ? ",\n" : "\n");
        }
        s.append("  },\n  \"varianten\": [\n");
        List<String> namen = a.varianten();
        for (int v = 0; v < namen.size(); v++) {
            Aggregaat.Regel r = a.totaal(v);
            s.append("    {\n");
            veld(s, 3, "variant", tekst(namen.get(v))).append(",\n");
            s.append("      \"wijzigingen\": [");
            if (v > 0) {
                Map<String, BigDecimal> w = varianten.get(v - 1).wijzigingen();
                int i = 0;
                for (Map.Entry<String, BigDecimal> e : w.entrySet()) {
                    var oud = basis.geldig(e.getKey(), peildatum);
                    s.append(i++ == 0 ? "\n" : ",\n").append("        {\"parameter\": ").append(tekst(e.getKey()))
                            .append(", \"was\": ").append(oud.map(p -> p.waarde().toPlainString()).orElse("null"))
                            .append(", \"wordt\": ").append(e.getValue().toPlainString())
                            .append(", \"bron\": ").append(tekst(oud.map(Parameters.Parameter::bron).orElse("")))
                            .append(", \"geldigVanaf\": ").append(tekst(peildatum.toString())).append('}');
                }
                if (!w.isEmpty()) {
                    s.append("\n      ");
                }
            }
            s.append("],\n");
            veld(s, 3, "kostenPerJaar", Aggregaat.euro(r.kostenPerJaar())).append(",\n");
            veld(s, 3, "verschilPerJaar", Aggregaat.euro(r.kostenPerJaar() - r.kostenPerJaarBasis())).append(",\n");
            veld(s, 3, "inBijstand", Aggregaat.getal(r.inBijstand())).append(",\n");
            veld(s, 3, "onderMinimumVoor", Aggregaat.getal(r.onderMinimumBasis())).append(",\n");
            veld(s, 3, "onderMinimumNa", Aggregaat.getal(r.onderMinimum())).append(",\n");
            veld(s, 3, "winnaars", Aggregaat.getal(r.winnaars())).append(",\n");
            veld(s, 3, "verliezers", Aggregaat.getal(r.verliezers())).append(",\n");
            veld(s, 3, "gemiddeldeWinstPerMaand", nul(Aggregaat.euro(r.gemiddeldeWinstPerMaand()))).append(",\n");
            veld(s, 3, "gemiddeldVerliesPerMaand", nul(Aggregaat.euro(r.gemiddeldVerliesPerMaand()))).append('\n');
            s.append(v + 1 < namen.size() ? "    },\n" : "    }\n");
        }
        s.append("  ]\n}\n");
        return s.toString();
    }

    private static String nul(String s) {
        return s.isEmpty() ? "null" : s;
    }

    private static StringBuilder veld(StringBuilder s, int niveau, String naam, String waarde) {
        return s.append("  ".repeat(niveau)).append(tekst(naam)).append(": ").append(waarde);
    }

    static String tekst(String t) {
        StringBuilder s = new StringBuilder(t.length() + 2).append('"');
        for (char c : t.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}

package nl.maatwerk.regels.inkomen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.maatwerk.regels.inkomen.Huishoudsituatie.Persoon;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Rol;

/**
 * Rule (a): who counts as kostendeler on a peildatum (Participatiewet art. 19a and 22a).
 *
 * <p>The applicant and the partner always count: the formula's A is the number of kostendelende
 * medebewoners plus the belanghebbende and the partner. A housemate (including a child of the
 * applicant: the law, not the label, decides) counts from the day he or she turns 27, unless a
 * student with study finance or a commercial tenant or lodger.
 */
public final class Kostendelers {

    private Kostendelers() {
    }

    /** The number of kostendelers (A) and why. */
    public record Telling(int aantal, Uitleg uitleg) {
    }

    public static Telling tel(Huishoudsituatie huishouden, LocalDate peildatum, Parameters parameters) {
        Parameters.Parameter grens = parameters.op(Parameters.KOSTENDELER_LEEFTIJD, peildatum);
        int minimumLeeftijd = grens.waarde().intValueExact();
        int aantal = 0;
        List<Uitleg> perPersoon = new ArrayList<>();
        int volgnummer = 0;
        for (Persoon p : huishouden.leden()) {
            volgnummer++;
            if (p.geboortedatum().isAfter(peildatum)) {
                throw new IllegalArgumentException("Persoon " + volgnummer + " is op " + peildatum + " nog niet geboren");
            }
            int leeftijd = p.leeftijdOp(peildatum);
            boolean telt;
            String reden;
            if (p.rol() == Rol.AANVRAGER || p.rol() == Rol.PARTNER) {
                telt = true;
                reden = (p.rol() == Rol.AANVRAGER ? "De aanvrager" : "De partner") + " telt altijd mee.";
            } else if (leeftijd < minimumLeeftijd) {
                telt = false;
                reden = "Deze persoon is " + leeftijd + " jaar. Wie jonger is dan " + minimumLeeftijd
                        + " telt niet mee.";
            } else if (p.uitzondering().isPresent()) {
                telt = false;
                reden = switch (p.uitzondering().get()) {
                    case STUDENT -> "Deze persoon is " + leeftijd + " jaar, maar krijgt studiefinanciering. "
                            + "Een student telt niet mee.";
                    case COMMERCIELE_HUURDER -> "Deze persoon is " + leeftijd + " jaar, maar huurt op "
                            + "commerciële basis. Een commerciële huurder of kostganger telt niet mee.";
                };
            } else {
                telt = true;
                reden = "Deze persoon is " + leeftijd + " jaar en woont in dezelfde woning. Hij of zij telt mee.";
            }
            if (telt) {
                aantal++;
            }
            Map<String, String> invoer = new LinkedHashMap<>();
            invoer.put("persoon", String.valueOf(volgnummer));
            invoer.put("rol", p.rol().name().toLowerCase(java.util.Locale.ROOT));
            invoer.put("leeftijd", String.valueOf(leeftijd));
            p.uitzondering().ifPresent(u -> invoer.put("uitzondering", u.name().toLowerCase(java.util.Locale.ROOT)));
            perPersoon.add(Uitleg.van(Regel.KOSTENDELERS, invoer, reden));
        }
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("peildatum", peildatum.toString());
        invoer.put("minimumleeftijd", String.valueOf(minimumLeeftijd));
        invoer.put("aantal personen in de woning", String.valueOf(huishouden.leden().size()));
        String uitkomst = aantal == 1
                ? "Er is 1 kostendeler: de aanvrager zelf. Niemand anders in de woning telt mee."
                : "Er zijn " + aantal + " kostendelers in de woning, de aanvrager meegeteld.";
        return new Telling(aantal, Uitleg.van(Regel.KOSTENDELERS, invoer, uitkomst, perPersoon));
    }
}

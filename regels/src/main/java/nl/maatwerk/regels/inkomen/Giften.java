package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gifts as income (Participatiewet art. 31 lid 2): per calendar year the amount the law leaves free
 * does not count; the rest counts as income and lowers the bijstand euro for euro, so it is what a
 * municipality can recover. Gifts in kind such as groceries count with the money gifts and share the
 * same free amount; food-bank help is left out entirely where the data says so (from 2026). Under
 * the old text the college could still find the rest "verantwoord" (onder m); while that clause
 * applies the outcome carries it as a point to weigh, never a decision. From 2026 it is gone.
 *
 * <p>Each year is judged with the free amount in force on 1 January of that year, unless the caller
 * asks for the rules of another date ({@code regelsVan}): that is how one compares the Wijdemeren
 * case under the rules of its time with the gift allowance of 2026.
 */
public final class Giften {

    private Giften() {
    }

    /**
     * The gifts received in one calendar year: money ({@code bedrag}), the value of help in kind such
     * as groceries ({@code inNatura}) and the value of food-bank help ({@code voedselbank}).
     */
    public record Jaarbedrag(int jaar, BigDecimal bedrag, BigDecimal inNatura, BigDecimal voedselbank) {
        public Jaarbedrag {
            Objects.requireNonNull(bedrag, "bedrag");
            Objects.requireNonNull(inNatura, "inNatura");
            Objects.requireNonNull(voedselbank, "voedselbank");
            if (bedrag.signum() < 0 || inNatura.signum() < 0 || voedselbank.signum() < 0) {
                throw new IllegalArgumentException("Giften kunnen niet negatief zijn (" + jaar + ")");
            }
        }

        /** Money gifts only. */
        public Jaarbedrag(int jaar, BigDecimal bedrag) {
            this(jaar, bedrag, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    /**
     * One year judged: what was free, what counts as income, and the free amount that applied.
     * {@code giften} is money and in kind together; {@code voedselbankVrij} is food-bank help left
     * out entirely (counted in {@code giften} and judged like any gift when the law does not leave it out).
     */
    public record Jaar(int jaar, BigDecimal giften, BigDecimal vrijgelaten, BigDecimal alsInkomen, BigDecimal vrijlating,
            LocalDate vrijlatingGeldigVanaf, BigDecimal voedselbankVrij) {
    }

    public record Beoordeling(List<Jaar> jaren, BigDecimal vrijgelaten, BigDecimal alsInkomen,
            Optional<Bestaanszekerheid.Afweging> afweging, Uitleg uitleg) {
        public Beoordeling {
            jaren = List.copyOf(jaren);
        }
    }

    public static Beoordeling beoordeel(List<Jaarbedrag> giften, Optional<LocalDate> regelsVan, Parameters parameters) {
        Objects.requireNonNull(giften, "giften");
        Objects.requireNonNull(regelsVan, "regelsVan");
        if (giften.isEmpty()) {
            throw new IllegalArgumentException("Geef de giften per kalenderjaar");
        }
        if (giften.stream().map(Jaarbedrag::jaar).distinct().count() != giften.size()) {
            throw new IllegalArgumentException("Elk kalenderjaar komt één keer voor");
        }
        List<Jaar> jaren = new ArrayList<>();
        List<Uitleg> perJaar = new ArrayList<>();
        BigDecimal vrij = BigDecimal.ZERO;
        BigDecimal inkomen = BigDecimal.ZERO;
        // Income in a year judged under the old "verantwoord" clause; only that can be weighed.
        BigDecimal teWegen = BigDecimal.ZERO;
        for (Jaarbedrag g : giften.stream().sorted(java.util.Comparator.comparingInt(Jaarbedrag::jaar)).toList()) {
            LocalDate peil = regelsVan.orElse(LocalDate.of(g.jaar(), 1, 1));
            Parameters.Parameter vrijlating = parameters.op(Parameters.GIFTEN_VRIJLATING, peil);
            boolean voedselbankVrij = parameters.aan(Parameters.GIFTEN_VOEDSELBANK_VRIJ, peil);
            boolean verantwoordToets = parameters.aan(Parameters.GIFTEN_VERANTWOORD_TOETS, peil);
            BigDecimal geld = Bedrag.centen(g.bedrag());
            BigDecimal natura = Bedrag.centen(g.inNatura());
            BigDecimal voedselbank = Bedrag.centen(g.voedselbank());
            BigDecimal bedrag = geld.add(natura).add(voedselbank);
            BigDecimal buiten = voedselbankVrij ? voedselbank : BigDecimal.ZERO;
            BigDecimal telt = bedrag.subtract(buiten);
            BigDecimal binnenVrijlating = telt.min(vrijlating.waarde());
            BigDecimal vrijgelaten = binnenVrijlating.add(buiten);
            BigDecimal alsInkomen = telt.subtract(binnenVrijlating);
            jaren.add(new Jaar(g.jaar(), bedrag, vrijgelaten, alsInkomen, vrijlating.waarde(), vrijlating.geldigVanaf(), buiten));
            vrij = vrij.add(vrijgelaten);
            inkomen = inkomen.add(alsInkomen);
            if (verantwoordToets) {
                teWegen = teWegen.add(alsInkomen);
            }
            Map<String, String> invoer = new LinkedHashMap<>();
            invoer.put("jaar", String.valueOf(g.jaar()));
            invoer.put("giften in geld", Bedrag.tekst(geld));
            if (natura.signum() > 0) {
                invoer.put("giften in natura (zoals boodschappen)", Bedrag.tekst(natura));
            }
            if (voedselbank.signum() > 0) {
                invoer.put("hulp van de voedselbank", Bedrag.tekst(voedselbank));
            }
            invoer.put("vrij bedrag per jaar", Bedrag.tekst(vrijlating.waarde()));
            invoer.put("regels van", peil.toString());
            String samen = natura.signum() > 0 || voedselbank.signum() > 0
                    ? " (" + Bedrag.tekst(geld) + " in geld" + (natura.signum() > 0 ? ", " + Bedrag.tekst(natura) + " in natura" : "")
                            + (voedselbank.signum() > 0 ? ", " + Bedrag.tekst(voedselbank) + " van de voedselbank" : "") + ")"
                    : "";
            perJaar.add(Uitleg.van(Regel.GIFTEN, invoer, "In " + g.jaar() + " kwam " + Bedrag.tekst(bedrag) + " aan giften binnen"
                    + samen + ". "
                    + (buiten.signum() > 0 ? "Hulp van de voedselbank telt niet mee. " : "")
                    + (natura.signum() > 0 && vrijlating.waarde().signum() > 0 ? "Giften in natura delen het vrije bedrag met giften in geld. " : "")
                    + (vrijlating.waarde().signum() == 0
                            ? "Met de regels van " + peil.getYear() + " is geen vast bedrag vrij, dus telt " + Bedrag.tekst(alsInkomen)
                                    + " als inkomen."
                            : "Daarvan is " + Bedrag.tekst(vrijgelaten) + " vrij. " + Bedrag.tekst(alsInkomen) + " telt als inkomen.")));
        }
        Optional<Bestaanszekerheid.Afweging> afweging = Optional.empty();
        List<Uitleg> onderdelen = new ArrayList<>(perJaar);
        if (teWegen.signum() > 0) {
            Map<String, String> feiten = new LinkedHashMap<>();
            jaren.forEach(j -> feiten.put("giften " + j.jaar(), Bedrag.tekst(j.giften()) + ", waarvan " + Bedrag.tekst(j.alsInkomen())
                    + " als inkomen"));
            feiten.put("totaal als inkomen", Bedrag.tekst(inkomen));
            feiten.put("waarvan te wegen als verantwoord", Bedrag.tekst(teWegen));
            afweging = Optional.of(new Bestaanszekerheid.Afweging("GIFTEN_VERANTWOORD", "Zijn deze giften naar aard en omvang"
                    + " verantwoord, zodat ze toch niet als inkomen tellen? Denk aan boodschappen van familie. Dat beslist een mens,"
                    + " niet deze berekening.", Regel.GIFTEN_VERANTWOORD.bron(), feiten));
            onderdelen.add(Uitleg.van(Regel.GIFTEN_VERANTWOORD, feiten, "Menselijke afweging nodig. De gemeente mag giften"
                    + " vrijlaten die zij verantwoord vindt. Dan telt een deel of alles toch niet als inkomen."));
        }
        Map<String, String> totaal = new LinkedHashMap<>();
        totaal.put("giften", Bedrag.tekst(vrij.add(inkomen)));
        totaal.put("vrij", Bedrag.tekst(vrij));
        Uitleg uitleg = Uitleg.van(Regel.GIFTEN, totaal, "Van " + Bedrag.tekst(vrij.add(inkomen)) + " aan giften telt "
                + Bedrag.tekst(inkomen) + " als inkomen. Met dat bedrag was de bijstand te hoog; zoveel kan de gemeente"
                + " terugvorderen" + (teWegen.signum() > 0 ? ", tenzij zij de giften verantwoord vindt." : "."), onderdelen);
        return new Beoordeling(jaren, vrij, inkomen, afweging, uitleg);
    }
}

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
 * municipality can recover. Whether the rest is "verantwoord" and may be left free after all is for
 * the college to judge (onder m); the outcome carries that as a point to weigh, never a decision.
 *
 * <p>Each year is judged with the free amount in force on 1 January of that year, unless the caller
 * asks for the rules of another date ({@code regelsVan}): that is how one compares the Wijdemeren
 * case under the rules of its time with the gift allowance of 2026.
 */
public final class Giften {

    private Giften() {
    }

    /** The gifts received in one calendar year. */
    public record Jaarbedrag(int jaar, BigDecimal bedrag) {
        public Jaarbedrag {
            Objects.requireNonNull(bedrag, "bedrag");
            if (bedrag.signum() < 0) {
                throw new IllegalArgumentException("Giften kunnen niet negatief zijn (" + jaar + ")");
            }
        }
    }

    /** One year judged: what was free, what counts as income, and the free amount that applied. */
    public record Jaar(int jaar, BigDecimal giften, BigDecimal vrijgelaten, BigDecimal alsInkomen, BigDecimal vrijlating,
            LocalDate vrijlatingGeldigVanaf) {
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
        for (Jaarbedrag g : giften.stream().sorted(java.util.Comparator.comparingInt(Jaarbedrag::jaar)).toList()) {
            LocalDate peil = regelsVan.orElse(LocalDate.of(g.jaar(), 1, 1));
            Parameters.Parameter vrijlating = parameters.op(Parameters.GIFTEN_VRIJLATING, peil);
            BigDecimal bedrag = Bedrag.centen(g.bedrag());
            BigDecimal vrijgelaten = bedrag.min(vrijlating.waarde());
            BigDecimal alsInkomen = bedrag.subtract(vrijgelaten);
            jaren.add(new Jaar(g.jaar(), bedrag, vrijgelaten, alsInkomen, vrijlating.waarde(), vrijlating.geldigVanaf()));
            vrij = vrij.add(vrijgelaten);
            inkomen = inkomen.add(alsInkomen);
            Map<String, String> invoer = new LinkedHashMap<>();
            invoer.put("jaar", String.valueOf(g.jaar()));
            invoer.put("giften", Bedrag.tekst(bedrag));
            invoer.put("vrij bedrag per jaar", Bedrag.tekst(vrijlating.waarde()));
            invoer.put("regels van", peil.toString());
            perJaar.add(Uitleg.van(Regel.GIFTEN, invoer, "In " + g.jaar() + " kwam " + Bedrag.tekst(bedrag) + " aan giften binnen. "
                    + (vrijlating.waarde().signum() == 0
                            ? "Met de regels van " + peil.getYear() + " is geen vast bedrag vrij, dus telt alles als inkomen."
                            : "Daarvan is " + Bedrag.tekst(vrijgelaten) + " vrij. " + Bedrag.tekst(alsInkomen) + " telt als inkomen.")));
        }
        Optional<Bestaanszekerheid.Afweging> afweging = Optional.empty();
        List<Uitleg> onderdelen = new ArrayList<>(perJaar);
        if (inkomen.signum() > 0) {
            Map<String, String> feiten = new LinkedHashMap<>();
            jaren.forEach(j -> feiten.put("giften " + j.jaar(), Bedrag.tekst(j.giften()) + ", waarvan " + Bedrag.tekst(j.alsInkomen())
                    + " als inkomen"));
            feiten.put("totaal als inkomen", Bedrag.tekst(inkomen));
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
                + " terugvorderen, tenzij zij de giften verantwoord vindt.", onderdelen);
        return new Beoordeling(jaren, vrij, inkomen, afweging, uitleg);
    }
}

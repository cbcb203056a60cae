package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Huurtoeslag per month as the Wet op de huurtoeslag reads from 1 January 2026: the rent up to the
 * kwaliteitskortingsgrens above the basishuur in full, the part up to the aftoppingsgrens and the
 * part up to the maximale huurgrens for a share, nothing above that (art. 21 lid 1); then, for the
 * yearly income above the minimum-inkomensijkpunt, a share of that income divided by 12 off (art. 21
 * lid 2). The basishuur is the normhuur (art. 16, 17) less the yearly amount of the Wet verlaging
 * eigen bijdrage huurtoeslag. Every amount is dated data in {@code parameters.csv}; before 2026 the
 * law used another formula (normhuur from income squared), which is not encoded, so a date before
 * 2026 is refused rather than computed with the wrong formula. {@link #NIET_GEMODELLEERD} lists what
 * is left out.
 */
public final class Huurtoeslag {

    private Huurtoeslag() {
    }

    /** What this calculation leaves out, in plain Dutch; every explanation repeats it. */
    public static final List<String> NIET_GEMODELLEERD = List.of(
            "We rekenen met de kale huur. Servicekosten tellen sinds 2026 ook in de wet niet meer mee.",
            "Het inkomen en vermogen van medebewoners (niet de partner) rekenen we niet mee; de wet telt die wel.",
            "Onderhuurders, een woonwagen of standplaats en een onzelfstandige woning (kamer) rekenen we niet.",
            "Een huur die de huurcommissie lager vaststelt (art. 5) en een handicap die een jongere de hogere huurgrens geeft, rekenen we niet.",
            "De Awir-regel dat een toeslag onder € 24 per jaar niet wordt uitbetaald, en terugbetalen achteraf rekenen we niet.",
            "Huurtoeslag vóór 2026 rekenen we niet: toen gold een andere formule, waarvan we de factoren niet met een bron hebben gevonden.");

    /** The household as the law sees it (art. 2, 13): how many live in the dwelling, and whether all of them are young. */
    public record Huishouden(int personen, boolean toeslagpartner, boolean iedereenJongerDanGrens) {

        public Huishouden {
            if (personen < 1) {
                throw new IllegalArgumentException("Het huishouden heeft ten minste één persoon");
            }
            if (toeslagpartner && personen < 2) {
                throw new IllegalArgumentException("Met een toeslagpartner bestaat het huishouden uit ten minste twee personen");
            }
        }

        public boolean meerpersoons() {
            return personen > 1;
        }
    }

    /** Per month, two decimals. {@code basishuur} and the other steps are in the explanation. */
    public record Uitkomst(BigDecimal perMaand, BigDecimal basishuur, BigDecimal voorAfbouw, BigDecimal afbouw, boolean vermogenTeHoog,
            Uitleg uitleg) {
    }

    /** Whether the data has every amount the huurtoeslag needs on a date. */
    public static boolean bekend(LocalDate peildatum, Parameters parameters) {
        return parameters.bekend(Parameters.HUURTOESLAG, peildatum);
    }

    /**
     * The amounts of one date (or one reform's parameter set), looked up once: a caller that computes
     * many households on one date (the poverty-trap curve) keeps one and calls {@link #perMaand}.
     * Refuses a date without all amounts, saying which are missing.
     */
    public record Tabel(Parameters.Parameter normhuur, Parameters.Parameter verlagingEen, Parameters.Parameter verlagingMeer,
            Parameters.Parameter verhoging, Parameters.Parameter verlagingBasis, Parameters.Parameter kkg, Parameters.Parameter aftopKlein,
            Parameters.Parameter aftopGroot, Parameters.Parameter maxHuur, Parameters.Parameter maxHuurJong, Parameters.Parameter pAftop,
            Parameters.Parameter pBoven, Parameters.Parameter ijkpuntEen, Parameters.Parameter ijkpuntMeer, Parameters.Parameter afbouwEen,
            Parameters.Parameter afbouwMeer, Parameters.Parameter vermogensgrens, Parameters.Parameter vermogensgrensPartner) {
    }

    public static Tabel tabel(LocalDate peildatum, Parameters parameters) {
        if (!bekend(peildatum, parameters)) {
            List<String> ontbreekt = Parameters.HUURTOESLAG.stream().filter(n -> parameters.geldig(n, peildatum).isEmpty()).toList();
            throw new Parameters.GeenParameterException("Voor huurtoeslag op " + peildatum + " kennen we niet alle bedragen (ontbreekt: "
                    + String.join(", ", ontbreekt) + "). We rekenen huurtoeslag vanaf 1 januari 2026; daarvoor gold een andere formule."
                    + " Een functioneel beheerder kan de bedragen toevoegen.");
        }
        java.util.function.Function<String, Parameters.Parameter> op = n -> parameters.op(n, peildatum);
        return new Tabel(op.apply(Parameters.HUURTOESLAG_NORMHUUR), op.apply(Parameters.HUURTOESLAG_NORMHUUR_VERLAGING_EEN),
                op.apply(Parameters.HUURTOESLAG_NORMHUUR_VERLAGING_MEER), op.apply(Parameters.HUURTOESLAG_VERHOGING_NORMHUUR),
                op.apply(Parameters.HUURTOESLAG_VERLAGING_BASISHUUR), op.apply(Parameters.HUURTOESLAG_KWALITEITSKORTINGSGRENS),
                op.apply(Parameters.HUURTOESLAG_AFTOPPINGSGRENS_KLEIN), op.apply(Parameters.HUURTOESLAG_AFTOPPINGSGRENS_GROOT),
                op.apply(Parameters.HUURTOESLAG_MAXIMALE_HUURGRENS), op.apply(Parameters.HUURTOESLAG_MAXIMALE_HUURGRENS_JONG),
                op.apply(Parameters.HUURTOESLAG_PERCENTAGE_AFTOPPING), op.apply(Parameters.HUURTOESLAG_PERCENTAGE_BOVEN_AFTOPPING),
                op.apply(Parameters.HUURTOESLAG_IJKPUNT_EEN), op.apply(Parameters.HUURTOESLAG_IJKPUNT_MEER), op.apply(Parameters.HUURTOESLAG_AFBOUW_EEN),
                op.apply(Parameters.HUURTOESLAG_AFBOUW_MEER), op.apply(Parameters.HUURTOESLAG_VERMOGENSGRENS),
                op.apply(Parameters.HUURTOESLAG_VERMOGENSGRENS_PARTNER));
    }

    /** The amount per month only, without the explanation: the same calculation as {@link #bereken}. */
    public static BigDecimal perMaand(Tabel tabel, Huishouden huishouden, BigDecimal kaleHuur, BigDecimal rekeninkomen, BigDecimal vermogen) {
        return reken(tabel, huishouden, kaleHuur, rekeninkomen, vermogen).toeslag();
    }

    /** Every step of one calculation, with the amounts it chose for the household. */
    private record Berekening(Parameters.Parameter verlagingNorm, Parameters.Parameter aftop, Parameters.Parameter maxHuur,
            Parameters.Parameter ijkpunt, Parameters.Parameter afbouwPct, Parameters.Parameter vermogensgrens, BigDecimal huur, BigDecimal basishuur,
            BigDecimal deelA, BigDecimal deelB, BigDecimal deelC, BigDecimal voorAfbouw, BigDecimal boven, BigDecimal afbouw, boolean teVeelVermogen,
            BigDecimal toeslag) {
    }

    private static Berekening reken(Tabel t, Huishouden huishouden, BigDecimal kaleHuur, BigDecimal rekeninkomen, BigDecimal vermogen) {
        if (kaleHuur.signum() < 0 || rekeninkomen.signum() < 0 || vermogen.signum() < 0) {
            throw new IllegalArgumentException("Huur, inkomen en vermogen zijn niet negatief");
        }
        boolean meer = huishouden.meerpersoons();
        Parameters.Parameter verlagingNorm = meer ? t.verlagingMeer() : t.verlagingEen();
        Parameters.Parameter aftop = huishouden.personen() >= 3 ? t.aftopGroot() : t.aftopKlein();
        Parameters.Parameter maxHuur = huishouden.iedereenJongerDanGrens() ? t.maxHuurJong() : t.maxHuur();
        Parameters.Parameter ijkpunt = meer ? t.ijkpuntMeer() : t.ijkpuntEen();
        Parameters.Parameter afbouwPct = meer ? t.afbouwMeer() : t.afbouwEen();
        Parameters.Parameter vermogensgrens = huishouden.toeslagpartner() ? t.vermogensgrensPartner() : t.vermogensgrens();
        BigDecimal kkg = t.kkg().waarde();

        BigDecimal huur = Bedrag.centen(kaleHuur);
        BigDecimal basishuur = Bedrag.centen(t.normhuur().waarde().subtract(verlagingNorm.waarde()).add(t.verhoging().waarde())
                .subtract(t.verlagingBasis().waarde()).max(BigDecimal.ZERO));
        // Everything above the maximale huurgrens is left out (art. 21 lid 1 onder d), so each band is capped there.
        BigDecimal r = huur.min(maxHuur.waarde());
        BigDecimal deelA = Bedrag.centen(r.min(kkg).subtract(basishuur).max(BigDecimal.ZERO));
        BigDecimal deelB = Bedrag.centen(t.pAftop().waarde().multiply(r.min(aftop.waarde()).subtract(kkg.max(basishuur)).max(BigDecimal.ZERO)));
        BigDecimal deelC = Bedrag.centen(t.pBoven().waarde().multiply(r.subtract(aftop.waarde().max(basishuur)).max(BigDecimal.ZERO)));
        BigDecimal voorAfbouw = Bedrag.centen(deelA.add(deelB).add(deelC));
        BigDecimal boven = rekeninkomen.subtract(ijkpunt.waarde()).max(BigDecimal.ZERO);
        BigDecimal afbouw = boven.multiply(afbouwPct.waarde()).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        boolean teVeelVermogen = vermogen.compareTo(vermogensgrens.waarde()) > 0;
        BigDecimal toeslag = teVeelVermogen ? BigDecimal.ZERO.setScale(2) : Bedrag.centen(voorAfbouw.subtract(afbouw).max(BigDecimal.ZERO));
        return new Berekening(verlagingNorm, aftop, maxHuur, ijkpunt, afbouwPct, vermogensgrens, huur, basishuur, deelA, deelB, deelC, voorAfbouw,
                boven, afbouw, teVeelVermogen, toeslag);
    }

    /**
     * @param kaleHuur the rent per month without service costs (since 2026 service costs do not count)
     * @param rekeninkomen the joint toetsingsinkomen per year of tenant and partner (the caller says how it approximated it)
     * @param vermogen the assets on 1 January of tenant and partner together
     */
    public static Uitkomst bereken(Huishouden huishouden, BigDecimal kaleHuur, BigDecimal rekeninkomen, BigDecimal vermogen, LocalDate peildatum,
            Parameters parameters) {
        Tabel t = tabel(peildatum, parameters);
        Berekening b = reken(t, huishouden, kaleHuur, rekeninkomen, vermogen);
        boolean meer = huishouden.meerpersoons();
        Parameters.Parameter normhuur = t.normhuur();
        Parameters.Parameter verlagingNorm = b.verlagingNorm();
        Parameters.Parameter verhoging = t.verhoging();
        Parameters.Parameter verlagingBasis = t.verlagingBasis();
        Parameters.Parameter kkg = t.kkg();
        Parameters.Parameter aftop = b.aftop();
        Parameters.Parameter maxHuur = b.maxHuur();
        Parameters.Parameter pAftop = t.pAftop();
        Parameters.Parameter pBoven = t.pBoven();
        Parameters.Parameter ijkpunt = b.ijkpunt();
        Parameters.Parameter afbouwPct = b.afbouwPct();
        Parameters.Parameter vermogensgrens = b.vermogensgrens();
        BigDecimal huur = b.huur();
        BigDecimal basishuur = b.basishuur();
        BigDecimal deelA = b.deelA();
        BigDecimal deelB = b.deelB();
        BigDecimal deelC = b.deelC();
        BigDecimal voorAfbouw = b.voorAfbouw();
        BigDecimal boven = b.boven();
        BigDecimal afbouw = b.afbouw();
        boolean teVeelVermogen = b.teVeelVermogen();
        BigDecimal toeslag = b.toeslag();

        List<Uitleg> stappen = new ArrayList<>();
        stappen.add(stap("huurtoeslag-rekenhuur", "jci1.3:c:BWBR0008659&artikel=13&z=2026-01-01", kaart(
                "kale huur per maand", Bedrag.tekst(huur),
                "maximale huurgrens", Bedrag.tekst(maxHuur.waarde()) + status(maxHuur)),
                huur.compareTo(maxHuur.waarde()) > 0
                        ? "De huur ligt boven de maximale huurgrens van " + Bedrag.tekst(maxHuur.waarde()) + ". Over het deel daarboven is er geen toeslag."
                        : "De huur ligt niet boven de maximale huurgrens van " + Bedrag.tekst(maxHuur.waarde()) + "."
                                + (huishouden.iedereenJongerDanGrens() ? " Iedereen in de woning is jonger dan 21: daarom de lagere grens." : "")));
        Map<String, String> basis = new LinkedHashMap<>();
        basis.put("normhuur bij het minimum-inkomensijkpunt", Bedrag.tekst(normhuur.waarde()));
        basis.put(meer ? "verlaging meerpersoonshuishouden" : "verlaging eenpersoonshuishouden", Bedrag.tekst(verlagingNorm.waarde()));
        basis.put("verhoging (art. 16)", Bedrag.tekst(verhoging.waarde()) + status(verhoging));
        basis.put("verlaging eigen bijdrage dit jaar", Bedrag.tekst(verlagingBasis.waarde()));
        stappen.add(stap("huurtoeslag-basishuur", "jci1.3:c:BWBR0008659&artikel=16&z=2026-01-01", basis,
                "De basishuur is " + Bedrag.tekst(basishuur) + " per maand. Dat deel van de huur betaalt u altijd zelf."));
        Map<String, String> banden = new LinkedHashMap<>();
        banden.put("kwaliteitskortingsgrens", Bedrag.tekst(kkg.waarde()));
        banden.put("aftoppingsgrens", Bedrag.tekst(aftop.waarde()) + (huishouden.personen() >= 3 ? " (drie of meer personen)" : " (een of twee personen)"));
        banden.put("tot de kwaliteitskortingsgrens", "100% = " + Bedrag.tekst(deelA));
        banden.put("tot de aftoppingsgrens", Bedrag.procent(pAftop.waarde()) + status(pAftop) + " = " + Bedrag.tekst(deelB));
        banden.put("tot de maximale huurgrens", Bedrag.procent(pBoven.waarde()) + status(pBoven) + " = " + Bedrag.tekst(deelC));
        stappen.add(stap("huurtoeslag-huurdelen", "jci1.3:c:BWBR0008659&artikel=21&z=2026-01-01", banden,
                "Zonder de afbouw door het inkomen zou de huurtoeslag " + Bedrag.tekst(voorAfbouw) + " per maand zijn."));
        Map<String, String> ink = new LinkedHashMap<>();
        ink.put("rekeninkomen per jaar", Bedrag.tekst(rekeninkomen));
        ink.put("minimum-inkomensijkpunt", Bedrag.tekst(ijkpunt.waarde()) + status(ijkpunt));
        ink.put("afbouw", Bedrag.procent(afbouwPct.waarde()) + " per jaar");
        stappen.add(stap("huurtoeslag-afbouw", "jci1.3:c:BWBR0008659&artikel=21&z=2026-01-01", ink,
                afbouw.signum() > 0
                        ? "Het inkomen ligt " + Bedrag.tekst(boven) + " boven het ijkpunt. Daarom gaat er " + Bedrag.tekst(afbouw) + " per maand af."
                        : "Het inkomen ligt niet boven het ijkpunt: er gaat niets af."));
        stappen.add(stap("huurtoeslag-vermogen", "jci1.3:c:BWBR0018472&artikel=7", kaart(
                "vermogen", Bedrag.tekst(vermogen),
                "vermogensgrens", Bedrag.tekst(vermogensgrens.waarde()) + status(vermogensgrens)),
                teVeelVermogen ? "Het vermogen is hoger dan de grens: geen huurtoeslag." : "Het vermogen is niet hoger dan de grens."));

        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("huishouden", meer ? "meerpersoonshuishouden (" + huishouden.personen() + " personen)" : "eenpersoonshuishouden");
        invoer.put("toeslagpartner", huishouden.toeslagpartner() ? "ja" : "nee");
        invoer.put("huurtoeslag per maand", Bedrag.tekst(toeslag));
        String tekst = (teVeelVermogen ? "Geen huurtoeslag: het vermogen is te hoog."
                : toeslag.signum() == 0 ? "Geen huurtoeslag: de afbouw door het inkomen is groter dan de toeslag."
                        : "De huurtoeslag is " + Bedrag.tekst(toeslag) + " per maand.")
                + " Niet meegerekend: " + String.join(" ", NIET_GEMODELLEERD);
        return new Uitkomst(toeslag, basishuur, voorAfbouw, afbouw, teVeelVermogen, Uitleg.van(Regel.HUURTOESLAG, invoer, tekst, stappen));
    }

    private static Uitleg stap(String id, String bron, Map<String, String> invoer, String uitkomst) {
        return new Uitleg(id, bron, new LinkedHashMap<>(invoer), uitkomst, List.of());
    }

    private static Map<String, String> kaart(String... sleutelsEnWaarden) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < sleutelsEnWaarden.length; i += 2) {
            m.put(sleutelsEnWaarden[i], sleutelsEnWaarden[i + 1]);
        }
        return m;
    }

    private static String status(Parameters.Parameter p) {
        return p.bevestigd() ? "" : " (te verifiëren)";
    }
}

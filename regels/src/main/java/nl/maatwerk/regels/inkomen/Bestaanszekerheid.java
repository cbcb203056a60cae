package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point: the household's norm, the beslagvrije voet and, for a recovery, what can be
 * repaid per month and for how long. Signals mark what needs attention; where the law leaves room
 * for judgement (dringende redenen, art. 58) the result carries a point for a person to weigh, with
 * the facts that matter, instead of a decision.
 */
public final class Bestaanszekerheid {

    private Bestaanszekerheid() {
    }

    public static final String ONDER_BESLAGVRIJE_VOET = "ONDER_BESLAGVRIJE_VOET";

    public record Signaal(String code, String uitleg) {
    }

    /** A point a person must weigh: the question, the rule it comes from and the facts that matter. */
    public record Afweging(String code, String vraag, String bron, Map<String, String> feiten) {
        public Afweging {
            feiten = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(feiten));
        }
    }

    /** Outcome of a recovery: the most that can be repaid per month and the months that takes. */
    public record Terugbetaling(BigDecimal maximaleAflossingPerMaand, Integer aantalMaanden) {
    }

    public record Resultaat(Bijstandsnorm.Norm bijstandsnorm, BigDecimal beslagvrijeVoet,
            Optional<Terugbetaling> maatregel, List<Signaal> signalen, List<Afweging> afwegingen, List<Uitleg> uitleg) {
        public Resultaat {
            signalen = List.copyOf(signalen);
            afwegingen = List.copyOf(afwegingen);
            uitleg = List.copyOf(uitleg);
        }
    }

    public static Resultaat bereken(Huishoudsituatie huishouden, LocalDate peildatum, Optional<Maatregel> maatregel) {
        return bereken(huishouden, peildatum, maatregel, Parameters.standaard());
    }

    public static Resultaat bereken(Huishoudsituatie huishouden, LocalDate peildatum, Optional<Maatregel> maatregel,
            Parameters parameters) {
        Objects.requireNonNull(maatregel, "maatregel");
        return bereken(huishouden, peildatum, maatregel.stream().toList(), parameters);
    }

    /** Several measures at once stack: a Wmo contribution first takes its part of what lies above the voet. */
    public static Resultaat bereken(Huishoudsituatie huishouden, LocalDate peildatum, List<Maatregel> maatregelen) {
        return bereken(huishouden, peildatum, maatregelen, Parameters.standaard());
    }

    public static Resultaat bereken(Huishoudsituatie huishouden, LocalDate peildatum, List<Maatregel> maatregelen,
            Parameters parameters) {
        Objects.requireNonNull(huishouden, "huishouden");
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(maatregelen, "maatregelen");
        Bijstandsnorm.Norm norm = Bijstandsnorm.bereken(huishouden, peildatum, parameters);
        List<Uitleg> uitleg = new ArrayList<>();
        uitleg.add(norm.uitleg());

        // (d) beslagvrije voet: 95% of the norm incl. vakantietoeslag. The 5% above it is rounded
        // HALF_UP to cents first, like the vakantietoeslag, so the voet equals the norm excl.
        // vakantietoeslag to the cent (see the contract's examples).
        Parameters.Parameter aandeel = parameters.op(Parameters.BESLAGVRIJE_VOET, peildatum);
        BigDecimal bovenVoet = Bedrag.centen(norm.inclusiefVakantietoeslag().multiply(BigDecimal.ONE.subtract(aandeel.waarde())));
        BigDecimal voet = norm.inclusiefVakantietoeslag().subtract(bovenVoet);
        Map<String, String> voetInvoer = new LinkedHashMap<>();
        voetInvoer.put("norm inclusief vakantietoeslag", Bedrag.tekst(norm.inclusiefVakantietoeslag()));
        voetInvoer.put("aandeel beslagvrije voet", Bedrag.procent(aandeel.waarde()));
        Uitleg voetUitleg = Uitleg.van(Regel.BESLAGVRIJE_VOET, voetInvoer,
                "De beslagvrije voet is " + Bedrag.procent(aandeel.waarde()) + " van de norm: " + Bedrag.tekst(voet)
                        + " per maand. Dat bedrag moet de inwoner altijd overhouden.");
        uitleg.add(voetUitleg);

        List<Signaal> signalen = new ArrayList<>();
        List<Afweging> afwegingen = new ArrayList<>();
        Optional<Terugbetaling> terugbetaling = Optional.empty();
        // A Wmo contribution is paid from the same money: it takes its part of the room above the voet first.
        BigDecimal wmo = BigDecimal.ZERO;
        for (Maatregel m : maatregelen) {
            if (m instanceof Maatregel.WmoBijdrage w) {
                Parameters.Parameter tarief = parameters.op(Parameters.WMO_ABONNEMENTSTARIEF, peildatum);
                BigDecimal bedrag = Bedrag.centen(w.perMaand().orElse(tarief.waarde()));
                wmo = wmo.add(bedrag);
                BigDecimal ruimte = norm.inclusiefVakantietoeslag().subtract(voet);
                Map<String, String> invoer = new LinkedHashMap<>();
                invoer.put("Wmo-bijdrage per maand", Bedrag.tekst(bedrag));
                invoer.put("abonnementstarief op de peildatum", Bedrag.tekst(tarief.waarde()));
                invoer.put("ruimte boven de beslagvrije voet", Bedrag.tekst(ruimte));
                String tekst = "De Wmo-bijdrage van " + Bedrag.tekst(bedrag) + " per maand gaat van dezelfde ruimte af.";
                if (wmo.compareTo(ruimte) > 0) {
                    String sig = "De Wmo-bijdrage van " + Bedrag.tekst(wmo) + " per maand is meer dan de " + Bedrag.tekst(ruimte)
                            + " boven de beslagvrije voet. Dan houdt de inwoner minder over dan de beslagvrije voet.";
                    signalen.add(new Signaal(ONDER_BESLAGVRIJE_VOET, sig));
                    tekst += " " + sig;
                }
                uitleg.add(Uitleg.van(Regel.WMO_BIJDRAGE, invoer, tekst, List.of(voetUitleg)));
            }
        }
        Optional<Maatregel.Terugvordering> recovery = maatregelen.stream().filter(Maatregel.Terugvordering.class::isInstance)
                .map(Maatregel.Terugvordering.class::cast).findFirst();
        if (recovery.isPresent()) {
            Maatregel.Terugvordering t = recovery.get();
            // (e) what lies above the beslagvrije voet, after a Wmo contribution, can be repaid per month.
            BigDecimal maximaal = norm.inclusiefVakantietoeslag().subtract(voet).subtract(wmo).max(BigDecimal.ZERO);
            Integer maanden = maximaal.signum() > 0
                    ? t.bedrag().divide(maximaal, 0, RoundingMode.CEILING).intValueExact()
                    : null;
            terugbetaling = Optional.of(new Terugbetaling(maximaal, maanden));
            Map<String, String> invoer = new LinkedHashMap<>();
            invoer.put("terug te vorderen", Bedrag.tekst(t.bedrag()));
            invoer.put("norm inclusief vakantietoeslag", Bedrag.tekst(norm.inclusiefVakantietoeslag()));
            invoer.put("beslagvrije voet", Bedrag.tekst(voet));
            if (wmo.signum() > 0) {
                invoer.put("Wmo-bijdrage per maand", Bedrag.tekst(wmo));
            }
            t.aflossingPerMaand().ifPresent(a -> invoer.put("voorgestelde aflossing per maand", Bedrag.tekst(a)));
            String tekst = "Boven de beslagvrije voet blijft " + Bedrag.tekst(maximaal) + " per maand over. Meer kan de"
                    + " inwoner niet terugbetalen."
                    + (maanden == null ? " Er kan dus niets worden terugbetaald."
                            : " Om " + Bedrag.tekst(t.bedrag()) + " terug te betalen zijn dan " + maanden
                                    + " maanden nodig.");
            boolean teHoog = t.aflossingPerMaand().isPresent() && t.aflossingPerMaand().get().compareTo(maximaal) > 0;
            if (teHoog) {
                String s = "De voorgestelde aflossing van " + Bedrag.tekst(t.aflossingPerMaand().get())
                        + " per maand is meer dan de " + Bedrag.tekst(maximaal)
                        + " boven de beslagvrije voet. Dan houdt de inwoner minder over dan de beslagvrije voet.";
                signalen.add(new Signaal(ONDER_BESLAGVRIJE_VOET, s));
                tekst += " " + s;
            }
            uitleg.add(Uitleg.van(Regel.MAXIMALE_AFLOSSING, invoer, tekst, List.of(voetUitleg)));

            // (f) dringende redenen: the law leaves this to judgement; give the facts, not a decision.
            Map<String, String> feiten = new LinkedHashMap<>();
            feiten.put("terug te vorderen", Bedrag.tekst(t.bedrag()));
            feiten.put("maximale aflossing per maand", Bedrag.tekst(maximaal));
            feiten.put("looptijd in maanden", maanden == null ? "niet te bepalen" : String.valueOf(maanden));
            if (maanden != null) {
                feiten.put("looptijd in jaren", BigDecimal.valueOf(maanden).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP)
                        .toPlainString().replace('.', ','));
            }
            t.aflossingPerMaand().ifPresent(a -> feiten.put("voorgestelde aflossing per maand", Bedrag.tekst(a)));
            feiten.put("voorgestelde aflossing boven maximum", String.valueOf(teHoog));
            feiten.put("aantal personen in het huishouden", String.valueOf(huishouden.leden().size()));
            feiten.put("kinderen in het huishouden", String.valueOf(huishouden.leden().stream()
                    .filter(p -> p.rol() == Huishoudsituatie.Rol.KIND).count()));
            String vraag = "Zijn er dringende redenen om helemaal of voor een deel af te zien van terugvordering?"
                    + " Dat beslist een mens, niet deze berekening.";
            afwegingen.add(new Afweging("DRINGENDE_REDENEN", vraag, Regel.DRINGENDE_REDENEN.bron(), feiten));
            uitleg.add(Uitleg.van(Regel.DRINGENDE_REDENEN, feiten,
                    "Menselijke afweging nodig. De wet laat ruimte om af te zien van terugvordering als daar dringende"
                            + " redenen voor zijn. Een medewerker weegt dat af met de feiten hierboven."));
        }
        return new Resultaat(norm, voet, terugbetaling, signalen, afwegingen, uitleg);
    }
}

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
    /** The recovery would take longer than the ten years after which the college may stop recovering (art. 58). */
    public static final String LANGER_DAN_TIEN_JAAR = "LANGER_DAN_TIEN_JAAR";
    /** A kwijtschelding cannot be concluded: facts the law counts are missing. */
    public static final String KAN_NIET_CONCLUDEREN = "KAN_NIET_CONCLUDEREN";

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

    /**
     * Outcome of a kwijtschelding check: per month except the waived and payable amounts, which are per
     * year. When {@code geconcludeerd} is false the facts in {@code ontbrekend} are missing and the
     * capacity, waived and payable amounts are null: the calculation states no amount the law would not.
     */
    public record KwijtscheldingUitkomst(BigDecimal kostenVanBestaanAandeel, BigDecimal kostenVanBestaan,
            BigDecimal betalingscapaciteitPerMaand, BigDecimal kwijtgescholden, BigDecimal teBetalen, BigDecimal teBetalenPerMaand,
            Map<String, String> invoer, String tekst, boolean geconcludeerd, List<String> ontbrekend) {
        public KwijtscheldingUitkomst {
            ontbrekend = List.copyOf(ontbrekend);
        }
    }

    /**
     * {@code inkomen}: when the household's own income was given, the bijstand next to it and what the
     * household has per month; without it the calculation assumes the household lives on the norm.
     */
    public record Resultaat(Bijstandsnorm.Norm bijstandsnorm, BigDecimal beslagvrijeVoet,
            Optional<Terugbetaling> maatregel, Optional<KwijtscheldingUitkomst> kwijtschelding, List<Signaal> signalen, List<Afweging> afwegingen,
            List<Uitleg> uitleg, Optional<Bijstand.Uitkomst> inkomen) {
        public Resultaat {
            signalen = List.copyOf(signalen);
            afwegingen = List.copyOf(afwegingen);
            uitleg = List.copyOf(uitleg);
            inkomen = Objects.requireNonNullElse(inkomen, Optional.empty());
        }

        /** Without the household's own income: it lives on the norm. */
        public Resultaat(Bijstandsnorm.Norm bijstandsnorm, BigDecimal beslagvrijeVoet, Optional<Terugbetaling> maatregel,
                Optional<KwijtscheldingUitkomst> kwijtschelding, List<Signaal> signalen, List<Afweging> afwegingen, List<Uitleg> uitleg) {
            this(bijstandsnorm, beslagvrijeVoet, maatregel, kwijtschelding, signalen, afwegingen, uitleg, Optional.empty());
        }

        /** What the household has per month: its own income plus bijstand when given, else the norm including vakantietoeslag. */
        public BigDecimal inkomenPerMaand() {
            return inkomen.map(Bestaanszekerheid::nettoInkomen).orElse(bijstandsnorm.inclusiefVakantietoeslag());
        }

        /** What lies above the beslagvrije voet per month, before other charges; never negative. */
        public BigDecimal ruimteBovenBeslagvrijeVoet() {
            return inkomenPerMaand().subtract(beslagvrijeVoet).max(BigDecimal.ZERO);
        }

        /**
         * For someone who lives on the norm the only room above the voet is the vakantietoeslag: this
         * sentence says so with the amounts per month and per year, the same in the explanation, on
         * the screen and in the letter. Empty when the room is not exactly the vakantietoeslag.
         */
        public Optional<String> vakantiegeldZin() {
            return Bestaanszekerheid.vakantiegeldZin(ruimteBovenBeslagvrijeVoet(), bijstandsnorm.vakantietoeslag());
        }
    }

    static Optional<String> vakantiegeldZin(BigDecimal ruimte, BigDecimal vakantietoeslag) {
        if (ruimte.signum() <= 0 || ruimte.compareTo(vakantietoeslag) != 0) {
            return Optional.empty();
        }
        BigDecimal perJaar = ruimte.multiply(BigDecimal.valueOf(12));
        return Optional.of("Boven de beslagvrije voet ligt alleen het vakantiegeld: " + Bedrag.euro(ruimte) + " per maand."
                + " Gaat dat naar aflossen, dan houdt u geen vakantiegeld over: 12 × " + Bedrag.euro(ruimte) + " = "
                + Bedrag.euro(perJaar) + " per jaar.");
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
        return bereken(huishouden, peildatum, maatregelen, parameters, Optional.empty());
    }

    /** Net wages, benefits and alimony plus the bijstand next to them, per month. */
    static BigDecimal nettoInkomen(Bijstand.Uitkomst b) {
        return b.loon().add(b.uitkeringenEnAlimentatie()).add(b.bijstand());
    }

    /**
     * With the household's own income: the bijstand is the norm minus what counts of it, and since 2021
     * the beslagvrije voet is 95% of the household's income when that is below the norm (Rv art. 475da);
     * the room above the voet is what the household really has above it. Without income, as above.
     */
    public static Resultaat bereken(Huishoudsituatie huishouden, LocalDate peildatum, List<Maatregel> maatregelen,
            Parameters parameters, Optional<Inkomsten> inkomsten) {
        Objects.requireNonNull(huishouden, "huishouden");
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(maatregelen, "maatregelen");
        Objects.requireNonNull(inkomsten, "inkomsten");
        Bijstandsnorm.Norm norm = Bijstandsnorm.bereken(huishouden, peildatum, parameters);
        List<Uitleg> uitleg = new ArrayList<>();
        Optional<Bijstand.Uitkomst> metInkomen = inkomsten.map(i -> Bijstand.bereken(huishouden, peildatum, i, parameters));
        uitleg.add(metInkomen.map(Bijstand.Uitkomst::uitleg).orElse(norm.uitleg()));
        BigDecimal inkomen = metInkomen.map(Bestaanszekerheid::nettoInkomen).orElse(norm.inclusiefVakantietoeslag());

        // (d) beslagvrije voet: since 2021 95% of the own norm incl. vakantietoeslag (for 18 to 20 the
        // youth norm: it is their income, below the cap of art. 475da lid 1). The 5% above it is
        // rounded HALF_UP to cents first, like the vakantietoeslag, so the voet equals the norm excl.
        // vakantietoeslag to the cent (see the contract's examples). Before 2021: 90% of the single or
        // couple norm without kostendelers, which can lie above a kostendelersnorm: then no room.
        Parameters.Parameter aandeel = parameters.op(Parameters.BESLAGVRIJE_VOET, peildatum);
        Regel voetRegel = parameters.aan(Parameters.BESLAGVRIJE_VOET_KOSTENDELERSNORM, peildatum)
                ? Regel.BESLAGVRIJE_VOET : Regel.BESLAGVRIJE_VOET_OUD;
        BigDecimal basis = norm.basisBeslagvrijeVoet();
        // Since 2021 the voet is 95% of the own income when that is lower; the old law is left as it was.
        boolean inkomenLager = metInkomen.isPresent() && voetRegel == Regel.BESLAGVRIJE_VOET && inkomen.compareTo(basis) < 0;
        if (inkomenLager) {
            basis = inkomen;
        }
        BigDecimal bovenVoet = Bedrag.centen(basis.multiply(BigDecimal.ONE.subtract(aandeel.waarde())));
        BigDecimal voet = basis.subtract(bovenVoet);
        BigDecimal ruimte = inkomen.subtract(voet).max(BigDecimal.ZERO);
        Optional<String> vakantiegeld = metInkomen.isPresent() ? Optional.empty() : vakantiegeldZin(ruimte, norm.vakantietoeslag());
        Map<String, String> voetInvoer = new LinkedHashMap<>();
        voetInvoer.put("norm inclusief vakantietoeslag", Bedrag.tekst(norm.inclusiefVakantietoeslag()));
        if (metInkomen.isPresent()) {
            voetInvoer.put("inkomen van het huishouden per maand (met bijstand)", Bedrag.tekst(inkomen));
        }
        if (basis.compareTo(norm.inclusiefVakantietoeslag()) != 0) {
            voetInvoer.put("norm voor de beslagvrije voet", Bedrag.tekst(basis));
        }
        if (inkomenLager) {
            voetInvoer.put("voet gaat uit van", "het inkomen, omdat dat lager is dan de norm");
        }
        voetInvoer.put("aandeel beslagvrije voet", Bedrag.procent(aandeel.waarde()));
        voetInvoer.put("ruimte boven de voet per maand", Bedrag.tekst(ruimte));
        Uitleg voetUitleg = Uitleg.van(voetRegel, voetInvoer,
                "De beslagvrije voet is " + Bedrag.procent(aandeel.waarde()) + " van " + Bedrag.tekst(basis) + ": " + Bedrag.tekst(voet)
                        + " per maand. Dat bedrag moet de inwoner altijd overhouden."
                        + (norm.jongerennorm() && basis.compareTo(norm.inclusiefVakantietoeslag()) == 0
                                ? " Voor wie 18, 19 of 20 is, gaat de voet uit van de eigen jongerennorm." : "")
                        + (metInkomen.isPresent() ? " Het huishouden heeft " + Bedrag.tekst(inkomen) + " per maand, met bijstand. Daarvan ligt "
                                + Bedrag.tekst(ruimte) + " boven de voet." : "")
                        + (ruimte.signum() == 0 ? " De norm komt niet boven de voet uit; er is geen ruimte om iets te betalen." : "")
                        + vakantiegeld.map(z -> " " + z).orElse(""),
                norm.basisUitleg().stream().toList());
        uitleg.add(voetUitleg);

        List<Signaal> signalen = new ArrayList<>();
        List<Afweging> afwegingen = new ArrayList<>();
        if (norm.jongerennorm()) {
            Map<String, String> feiten = new LinkedHashMap<>();
            feiten.put("jongerennorm", Bedrag.tekst(norm.inclusiefVakantietoeslag()));
            // From 2026 art. 20 lid 3 obliges the college to raise the norm; before, art. 12 let it.
            if (parameters.aan(Parameters.JONGERENNORM_VERHOGING_VERPLICHT, peildatum)) {
                afwegingen.add(new Afweging("AANVULLING_JONGERENNORM", "Kunnen de ouders niet bijdragen in de kosten van bestaan?"
                        + " Dan moet de gemeente de jongerennorm verhogen. Of de ouders kunnen bijdragen, beoordeelt een mens,"
                        + " niet deze berekening.", Regel.VERHOGING_JONGERENNORM.bron(), feiten));
                uitleg.add(Uitleg.van(Regel.VERHOGING_JONGERENNORM, feiten, "Menselijke afweging nodig. Als ouders niet kunnen"
                        + " bijdragen, moet de gemeente de jongerennorm verhogen (sinds 2026)."));
            } else {
                afwegingen.add(new Afweging("AANVULLING_JONGERENNORM", "Kunnen de ouders niet bijdragen in de kosten van bestaan?"
                        + " Dan kan bijzondere bijstand de jongerennorm aanvullen. Dat beslist een mens, niet deze berekening.",
                        Regel.AANVULLING_JONGERENNORM.bron(), feiten));
                uitleg.add(Uitleg.van(Regel.AANVULLING_JONGERENNORM, feiten, "Menselijke afweging nodig. Als ouders niet kunnen"
                        + " bijdragen, kan de gemeente de jongerennorm aanvullen met bijzondere bijstand."));
            }
        }
        Optional<Terugbetaling> terugbetaling = Optional.empty();
        Optional<KwijtscheldingUitkomst> kwijtschelding = Optional.empty();
        // A Wmo contribution and municipal taxes are paid from the same money: they take their part of
        // the room above the voet before a recovery.
        BigDecimal lasten = BigDecimal.ZERO;
        for (Maatregel m : maatregelen) {
            if (m instanceof Maatregel.WmoBijdrage w) {
                Parameters.Parameter tarief = parameters.op(Parameters.WMO_ABONNEMENTSTARIEF, peildatum);
                // Couples of whom at least one is below the AOW age pay no abonnementstarief (nultarief,
                // Uitvoeringsbesluit Wmo 2015); an amount the caller gives explicitly is taken as given.
                LocalDate aowGrens = Bijstandsnorm.aowGrens(peildatum, parameters);
                boolean nultarief = huishouden.heeftPartner()
                        && huishouden.belanghebbenden().stream().anyMatch(p -> p.geboortedatum().isAfter(aowGrens));
                BigDecimal bedrag = Bedrag.centen(w.perMaand().orElse(nultarief ? BigDecimal.ZERO : tarief.waarde()));
                lasten = lasten.add(bedrag);
                Map<String, String> invoer = new LinkedHashMap<>();
                invoer.put("Wmo-bijdrage per maand", Bedrag.tekst(bedrag));
                invoer.put("abonnementstarief op de peildatum", Bedrag.tekst(tarief.waarde()));
                invoer.put("stel met iemand onder de AOW-leeftijd", nultarief ? "ja" : "nee");
                invoer.put("ruimte boven de beslagvrije voet", Bedrag.tekst(ruimte));
                String nul = nultarief ? (w.perMaand().isEmpty()
                        ? "Een stel van wie minstens één de AOW-leeftijd nog niet heeft, betaalt geen abonnementstarief. "
                        : "Let op: een stel van wie minstens één de AOW-leeftijd nog niet heeft, betaalt normaal geen abonnementstarief. ")
                        : "";
                String tekst = nul + "De Wmo-bijdrage van " + Bedrag.tekst(bedrag) + " per maand gaat van dezelfde ruimte af."
                        + teVeel("De Wmo-bijdrage", lasten, ruimte, signalen);
                uitleg.add(Uitleg.van(Regel.WMO_BIJDRAGE, invoer, tekst, List.of(voetUitleg)));
            }
        }
        boolean belastingOnbekend = false;
        for (Maatregel m : maatregelen) {
            if (m instanceof Maatregel.Kwijtschelding k) {
                KwijtscheldingUitkomst uitkomst = kwijtschelding(k, norm, peildatum, parameters);
                kwijtschelding = Optional.of(uitkomst);
                String tekst = uitkomst.tekst();
                if (uitkomst.geconcludeerd()) {
                    lasten = lasten.add(uitkomst.teBetalenPerMaand());
                    tekst += teVeel("Wat er aan belasting overblijft", lasten, ruimte, signalen);
                } else {
                    belastingOnbekend = true;
                    signalen.add(new Signaal(KAN_NIET_CONCLUDEREN, uitkomst.tekst()));
                }
                uitleg.add(Uitleg.van(Regel.KWIJTSCHELDING, uitkomst.invoer(), tekst, List.of(voetUitleg)));
            }
        }
        Optional<Maatregel.Terugvordering> recovery = maatregelen.stream().filter(Maatregel.Terugvordering.class::isInstance)
                .map(Maatregel.Terugvordering.class::cast).findFirst();
        if (recovery.isPresent()) {
            Maatregel.Terugvordering t = recovery.get();
            // (e) what lies above the beslagvrije voet, after a Wmo contribution and taxes, can be repaid per month.
            BigDecimal maximaal = ruimte.subtract(lasten).max(BigDecimal.ZERO);
            Integer maanden = maximaal.signum() > 0
                    ? t.bedrag().divide(maximaal, 0, RoundingMode.CEILING).intValueExact()
                    : null;
            terugbetaling = Optional.of(new Terugbetaling(maximaal, maanden));
            Map<String, String> invoer = new LinkedHashMap<>();
            invoer.put("terug te vorderen", Bedrag.tekst(t.bedrag()));
            invoer.put("norm inclusief vakantietoeslag", Bedrag.tekst(norm.inclusiefVakantietoeslag()));
            invoer.put("beslagvrije voet", Bedrag.tekst(voet));
            if (lasten.signum() > 0) {
                invoer.put("Wmo-bijdrage en belasting per maand", Bedrag.tekst(lasten));
            }
            t.aflossingPerMaand().ifPresent(a -> invoer.put("voorgestelde aflossing per maand", Bedrag.tekst(a)));
            String tekst = "Boven de beslagvrije voet blijft " + Bedrag.tekst(maximaal) + " per maand over. Meer kan de"
                    + " inwoner niet terugbetalen."
                    + (maanden == null ? " Er kan dus niets worden terugbetaald."
                            : " Om " + Bedrag.tekst(t.bedrag()) + " terug te betalen zijn dan " + maanden
                                    + " maanden nodig.")
                    + (lasten.signum() == 0 ? vakantiegeld.map(z -> " " + z).orElse("") : "")
                    + (belastingOnbekend ? " Let op: de gemeentelijke belasting is hier nog niet afgetrokken, omdat de kwijtschelding"
                            + " niet kon worden berekend. De aflossing kan dus lager uitvallen." : "");
            boolean teHoog = t.aflossingPerMaand().isPresent() && t.aflossingPerMaand().get().compareTo(maximaal) > 0;
            if (teHoog) {
                String s = "De voorgestelde aflossing van " + Bedrag.tekst(t.aflossingPerMaand().get())
                        + " per maand is meer dan de " + Bedrag.tekst(maximaal)
                        + " boven de beslagvrije voet. Dan houdt de inwoner minder over dan de beslagvrije voet.";
                signalen.add(new Signaal(ONDER_BESLAGVRIJE_VOET, s));
                tekst += " " + s;
            }
            uitleg.add(Uitleg.van(Regel.MAXIMALE_AFLOSSING, invoer, tekst, List.of(voetUitleg)));

            // Art. 58: after ten years of repayment the college may stop recovering; a term beyond that says so.
            Parameters.Parameter tienJaar = parameters.op(Parameters.TERUGVORDERING_MAXIMALE_LOOPTIJD, peildatum);
            int grens = tienJaar.waarde().intValueExact();
            boolean nooitAf = maanden == null && t.bedrag().signum() > 0;
            if (nooitAf || (maanden != null && maanden > grens)) {
                String s = (nooitAf ? "Er is geen ruimte om af te lossen, dus de vordering van " + Bedrag.tekst(t.bedrag())
                        + " wordt nooit afbetaald." : "Terugbetalen duurt " + maanden + " maanden: langer dan tien jaar ("
                        + grens + " maanden).")
                        + " Na tien jaar aflossen kan de gemeente afzien van de rest van de vordering (artikel 58 Participatiewet)."
                        + " Bekijk of een kortere looptijd of afzien van (een deel van) de vordering beter past.";
                signalen.add(new Signaal(LANGER_DAN_TIEN_JAAR, s));
                Map<String, String> f = new LinkedHashMap<>();
                f.put("looptijd in maanden", nooitAf ? "niet te bepalen" : String.valueOf(maanden));
                f.put("grens in maanden", String.valueOf(grens));
                f.put("status grens", tienJaar.status());
                uitleg.add(Uitleg.van(Regel.TIEN_JAAR, f, s));
            }

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
        return new Resultaat(norm, voet, terugbetaling, kwijtschelding, signalen, afwegingen, uitleg, metInkomen);
    }

    /** The sentence and signal when the stacked monthly charges exceed the room above the voet; else "". */
    private static String teVeel(String wat, BigDecimal lasten, BigDecimal ruimte, List<Signaal> signalen) {
        if (lasten.compareTo(ruimte) <= 0) {
            return "";
        }
        String sig = wat + " brengt wat er per maand af moet op " + Bedrag.tekst(lasten) + ". Dat is meer dan de "
                + Bedrag.tekst(ruimte) + " boven de beslagvrije voet. Dan houdt de inwoner minder over dan de beslagvrije voet.";
        signalen.add(new Signaal(ONDER_BESLAGVRIJE_VOET, sig));
        return " " + sig;
    }

    /**
     * Kwijtschelding for a household that lives on its bijstandsnorm: the income is the monthly norm
     * without vakantietoeslag; the betalingscapaciteit is what it leaves above the cost-of-living
     * norm and the allowed expenses (housing costs above the threshold, health premium above the
     * standard); a share of twelve months of it goes to the taxes and the rest is waived. Without the
     * allowed expenses it does not conclude and names what is missing.
     */
    private static KwijtscheldingUitkomst kwijtschelding(Maatregel.Kwijtschelding k, Bijstandsnorm.Norm norm, LocalDate peildatum,
            Parameters parameters) {
        Parameters.Parameter standaard = parameters.op(Parameters.KWIJTSCHELDING, peildatum);
        Parameters.Parameter maximum = parameters.op(Parameters.KWIJTSCHELDING_MAXIMUM, peildatum);
        Parameters.Parameter aanwending = parameters.op(Parameters.KWIJTSCHELDING_AANWENDING, peildatum);
        BigDecimal aandeel = k.kostenVanBestaanAandeel().orElse(standaard.waarde());
        if (aandeel.compareTo(standaard.waarde()) < 0 || aandeel.compareTo(maximum.waarde()) > 0) {
            throw new IllegalArgumentException("De kosten van bestaan bij kwijtschelding liggen tussen "
                    + Bedrag.procent(standaard.waarde()) + " en " + Bedrag.procent(maximum.waarde()) + " van de bijstandsnorm, niet "
                    + Bedrag.procent(aandeel));
        }
        BigDecimal inkomen = norm.exclusiefVakantietoeslag();
        BigDecimal kosten = Bedrag.centen(inkomen.multiply(aandeel));
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("aanslag per jaar", Bedrag.tekst(k.aanslagPerJaar()));
        invoer.put("inkomen per maand (de norm zonder vakantietoeslag)", Bedrag.tekst(inkomen));
        invoer.put("kosten van bestaan", Bedrag.procent(aandeel) + " van de norm");
        invoer.put("woonlasten boven de drempel per maand", k.woonlastenBovenDrempelPerMaand().map(Bedrag::tekst).orElse("onbekend"));
        invoer.put("zorgpremie boven de standaardpremie per maand",
                k.zorgpremieBovenStandaardPerMaand().map(Bedrag::tekst).orElse("onbekend"));
        invoer.put("deel van de betalingscapaciteit voor de belasting", Bedrag.procent(aanwending.waarde())
                + (aanwending.bevestigd() ? "" : " (te verifiëren)"));
        List<String> ontbrekend = new ArrayList<>();
        if (k.woonlastenBovenDrempelPerMaand().isEmpty()) {
            ontbrekend.add("de netto woonlasten boven de drempel");
        }
        if (k.zorgpremieBovenStandaardPerMaand().isEmpty()) {
            ontbrekend.add("de premie van de zorgverzekering boven de standaardpremie");
        }
        if (!ontbrekend.isEmpty()) {
            String tekst = "Kan niet concluderen. Voor de kosten van bestaan telt " + Bedrag.procent(aandeel) + " van de norm: "
                    + Bedrag.tekst(kosten) + " per maand. Maar de wet trekt ook " + String.join(" en ", ontbrekend)
                    + " af van wat er overblijft. Die zijn niet opgegeven. Zonder die gegevens zeggen we niet hoeveel"
                    + " er van de aanslag van " + Bedrag.tekst(k.aanslagPerJaar()) + " wordt kwijtgescholden. Ontbreekt: "
                    + String.join("; ", ontbrekend) + ". Vul 0 in als er niets boven de drempel is.";
            return new KwijtscheldingUitkomst(aandeel, kosten, null, null, null, null, invoer, tekst, false, ontbrekend);
        }
        BigDecimal uitgaven = Bedrag.centen(k.woonlastenBovenDrempelPerMaand().get().add(k.zorgpremieBovenStandaardPerMaand().get()));
        BigDecimal capaciteit = inkomen.subtract(kosten).subtract(uitgaven).max(BigDecimal.ZERO);
        BigDecimal beschikbaar = Bedrag.centen(capaciteit.multiply(BigDecimal.valueOf(12)).multiply(aanwending.waarde()));
        BigDecimal teBetalen = beschikbaar.min(Bedrag.centen(k.aanslagPerJaar()));
        BigDecimal kwijt = Bedrag.centen(k.aanslagPerJaar()).subtract(teBetalen);
        BigDecimal perMaand = teBetalen.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        String tekst = "Voor de kosten van bestaan telt " + Bedrag.procent(aandeel) + " van de norm: " + Bedrag.tekst(kosten)
                + " per maand." + (uitgaven.signum() > 0 ? " Daarnaast gaan woonlasten en zorgpremie boven de drempel eraf: "
                        + Bedrag.tekst(uitgaven) + " per maand." : "")
                + " Er blijft " + Bedrag.tekst(capaciteit) + " per maand over als betalingscapaciteit."
                + (teBetalen.signum() == 0
                        ? " De hele aanslag van " + Bedrag.tekst(k.aanslagPerJaar()) + " wordt kwijtgescholden."
                        : " Daarvan gaat " + Bedrag.procent(aanwending.waarde()) + " over twaalf maanden naar de belasting: "
                                + Bedrag.tekst(teBetalen) + " te betalen, " + Bedrag.tekst(perMaand) + " per maand. Kwijtgescholden: "
                                + Bedrag.tekst(kwijt) + ".");
        return new KwijtscheldingUitkomst(aandeel, kosten, capaciteit, kwijt, teBetalen, perMaand, invoer, tekst, true, List.of());
    }
}

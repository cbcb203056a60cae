package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A measure the calculation looks at next to the norm: a recovery, a Wmo contribution, or both (they stack). */
public sealed interface Maatregel {

    /**
     * Recovery of bijstand paid too much (Participatiewet art. 58): the amount to recover and,
     * optionally, the monthly repayment that is proposed.
     */
    record Terugvordering(BigDecimal bedrag, Optional<BigDecimal> aflossingPerMaand) implements Maatregel {

        public Terugvordering {
            Objects.requireNonNull(bedrag, "bedrag");
            Objects.requireNonNull(aflossingPerMaand, "aflossingPerMaand");
            if (bedrag.signum() < 0) {
                throw new IllegalArgumentException("Het terug te vorderen bedrag kan niet negatief zijn");
            }
            if (aflossingPerMaand.isPresent() && aflossingPerMaand.get().signum() < 0) {
                throw new IllegalArgumentException("De aflossing per maand kan niet negatief zijn");
            }
        }
    }

    /**
     * The Wmo own contribution per household per month (Wmo 2015 art. 2.1.4). Without an amount the
     * abonnementstarief in force on the peildatum applies; a municipality may ask less.
     */
    record WmoBijdrage(Optional<BigDecimal> perMaand) implements Maatregel {

        public WmoBijdrage {
            Objects.requireNonNull(perMaand, "perMaand");
            if (perMaand.isPresent() && perMaand.get().signum() < 0) {
                throw new IllegalArgumentException("De Wmo-bijdrage kan niet negatief zijn");
            }
        }

        public static WmoBijdrage abonnementstarief() {
            return new WmoBijdrage(Optional.empty());
        }
    }

    /**
     * Municipal taxes for the year (gemeentelijke belastingen, Gemeentewet art. 255) and whether
     * they can be waived. The cost-of-living norm is a share of the bijstandsnorm: 90% unless the
     * municipality chose more, up to 100%. The law also deducts allowed expenses from the payment
     * capacity (Uitvoeringsregeling Invorderingswet 1990): net housing costs above the threshold and
     * the health-insurance premium above the standard premium, both per month as the caller worked
     * them out. Without them the calculation does not conclude: it names what is missing instead of
     * stating a capacity the law would not. Zero means: the household has none above the threshold.
     */
    record Kwijtschelding(BigDecimal aanslagPerJaar, Optional<BigDecimal> kostenVanBestaanAandeel,
            Optional<BigDecimal> woonlastenBovenDrempelPerMaand, Optional<BigDecimal> zorgpremieBovenStandaardPerMaand)
            implements Maatregel {

        public Kwijtschelding {
            Objects.requireNonNull(aanslagPerJaar, "aanslagPerJaar");
            Objects.requireNonNull(kostenVanBestaanAandeel, "kostenVanBestaanAandeel");
            Objects.requireNonNull(woonlastenBovenDrempelPerMaand, "woonlastenBovenDrempelPerMaand");
            Objects.requireNonNull(zorgpremieBovenStandaardPerMaand, "zorgpremieBovenStandaardPerMaand");
            if (aanslagPerJaar.signum() < 0) {
                throw new IllegalArgumentException("De aanslag kan niet negatief zijn");
            }
            if (woonlastenBovenDrempelPerMaand.isPresent() && woonlastenBovenDrempelPerMaand.get().signum() < 0) {
                throw new IllegalArgumentException("De woonlasten boven de drempel kunnen niet negatief zijn");
            }
            if (zorgpremieBovenStandaardPerMaand.isPresent() && zorgpremieBovenStandaardPerMaand.get().signum() < 0) {
                throw new IllegalArgumentException("De zorgpremie boven de standaardpremie kan niet negatief zijn");
            }
        }

        /** Without the allowed expenses: the outcome then says which facts are missing. */
        public Kwijtschelding(BigDecimal aanslagPerJaar, Optional<BigDecimal> kostenVanBestaanAandeel) {
            this(aanslagPerJaar, kostenVanBestaanAandeel, Optional.empty(), Optional.empty());
        }

        /** With the allowed expenses per month, so the payment capacity can be concluded. */
        public static Kwijtschelding metUitgaven(BigDecimal aanslagPerJaar, Optional<BigDecimal> kostenVanBestaanAandeel,
                BigDecimal woonlastenBovenDrempelPerMaand, BigDecimal zorgpremieBovenStandaardPerMaand) {
            return new Kwijtschelding(aanslagPerJaar, kostenVanBestaanAandeel, Optional.of(woonlastenBovenDrempelPerMaand),
                    Optional.of(zorgpremieBovenStandaardPerMaand));
        }
    }
}

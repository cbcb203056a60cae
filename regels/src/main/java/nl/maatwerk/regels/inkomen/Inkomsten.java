package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A household's own means (middelen, art. 31 lid 1: income and assets), net, as far as the bijstand
 * counts them: the wages of the applicant and the partner per month, benefits (WW, WIA and the like,
 * for both together), partner alimony, gifts per calendar year, and what the household owns
 * ({@code vermogen}, for the asset test of {@link Vermogen}; {@code null} when it is not known, and
 * then the bijstand is worked out without that test, as before). Child alimony is not asked: it does
 * not count as income since 2015. Per earner one earnings allowance that applies now
 * ({@link Vrijlating}); the rules do not count months, so whoever picks an allowance says its period
 * is still running.
 */
public record Inkomsten(BigDecimal nettoLoonAanvrager, Vrijlating vrijlatingAanvrager, BigDecimal nettoLoonPartner,
        Vrijlating vrijlatingPartner, BigDecimal uitkeringen, BigDecimal alimentatie, BigDecimal giftenPerJaar,
        Vermogen.Bezittingen vermogen) {

    /** Which earnings allowance of art. 31 lid 2 applies to someone's wages. */
    public enum Vrijlating {
        GEEN("geen"),
        /** Onder n: 25%, at most six months. */
        ALGEMEEN("algemeen"),
        /** Onder r: 12,5%, a single parent with a child under 12, at most 30 months after the general one. */
        ALLEENSTAANDE_OUDER("alleenstaande-ouder"),
        /** Onder y: 15%, medically unable to work more than 30 hours a week. */
        MEDISCH_UREN_BEPERKT("medisch-urenbeperkt");

        private final String code;

        Vrijlating(String code) {
            this.code = code;
        }

        /** The code used in files, forms and the API. */
        public String code() {
            return code;
        }

        public static Vrijlating vanCode(String code) {
            for (Vrijlating v : values()) {
                if (v.code.equals(code == null ? "geen" : code.strip())) {
                    return v;
                }
            }
            throw new IllegalArgumentException("Onbekende vrijlating '" + code
                    + "'; kies geen, algemeen, alleenstaande-ouder of medisch-urenbeperkt");
        }
    }

    public Inkomsten {
        nettoLoonAanvrager = nulOfMeer(nettoLoonAanvrager, "het netto loon van de aanvrager");
        nettoLoonPartner = nulOfMeer(nettoLoonPartner, "het netto loon van de partner");
        uitkeringen = nulOfMeer(uitkeringen, "de uitkeringen");
        alimentatie = nulOfMeer(alimentatie, "de alimentatie");
        giftenPerJaar = nulOfMeer(giftenPerJaar, "de giften");
        vrijlatingAanvrager = Objects.requireNonNullElse(vrijlatingAanvrager, Vrijlating.GEEN);
        vrijlatingPartner = Objects.requireNonNullElse(vrijlatingPartner, Vrijlating.GEEN);
        if (vrijlatingPartner == Vrijlating.ALLEENSTAANDE_OUDER) {
            throw new IllegalArgumentException("Een partner is geen alleenstaande ouder: kies een andere vrijlating voor de partner");
        }
    }

    /** Without what the household owns: no asset test. */
    public Inkomsten(BigDecimal nettoLoonAanvrager, Vrijlating vrijlatingAanvrager, BigDecimal nettoLoonPartner, Vrijlating vrijlatingPartner,
            BigDecimal uitkeringen, BigDecimal alimentatie, BigDecimal giftenPerJaar) {
        this(nettoLoonAanvrager, vrijlatingAanvrager, nettoLoonPartner, vrijlatingPartner, uitkeringen, alimentatie, giftenPerJaar, null);
    }

    /** No income at all: the bijstand is the whole norm. */
    public static Inkomsten geen() {
        return new Inkomsten(null, Vrijlating.GEEN, null, Vrijlating.GEEN, null, null, null);
    }

    /** Only the applicant's wages, with one allowance. */
    public static Inkomsten loon(BigDecimal nettoLoon, Vrijlating vrijlating) {
        return new Inkomsten(nettoLoon, vrijlating, null, Vrijlating.GEEN, null, null, null);
    }

    /** The same means with the applicant's wages replaced: for the poverty-trap curve. */
    public Inkomsten metLoonAanvrager(BigDecimal loon) {
        return new Inkomsten(loon, vrijlatingAanvrager, nettoLoonPartner, vrijlatingPartner, uitkeringen, alimentatie, giftenPerJaar, vermogen);
    }

    /** The same means with what the household owns, for the asset test. */
    public Inkomsten metVermogen(Vermogen.Bezittingen bezit) {
        return new Inkomsten(nettoLoonAanvrager, vrijlatingAanvrager, nettoLoonPartner, vrijlatingPartner, uitkeringen, alimentatie, giftenPerJaar,
                bezit);
    }

    /** Wages of both earners per month. */
    public BigDecimal loon() {
        return nettoLoonAanvrager.add(nettoLoonPartner);
    }

    private static BigDecimal nulOfMeer(BigDecimal b, String wat) {
        if (b == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (b.signum() < 0) {
            throw new IllegalArgumentException("Een bedrag is 0 of meer; " + wat + " is negatief");
        }
        return Bedrag.centen(b);
    }
}

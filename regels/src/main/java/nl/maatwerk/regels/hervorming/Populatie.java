package nl.maatwerk.regels.hervorming;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * A synthetic population with the shape of the Netherlands or of one municipality. Household
 * {@code nummer} is drawn from its own random stream, seeded by the seed and the number alone, so the
 * population is the same for a seed however it is split over threads or machines. The shares and
 * their sources are in {@code docs/simulatie.md}; what is an assumption of the model says so there.
 */
public final class Populatie implements Serializable {

    /** The area whose shape the population follows; in a national run a "wijk" is a province. */
    public enum Gebied { NEDERLAND, GEMEENTE }

    // CBS 37975, 1 January 2024: 8,374,404 households; 3,340,560 one-person; 2,647,934 with children,
    // of which about 23% single parents (CBS 71487ned, 2023). A few percent live with an adult housemate.
    private static final double ALLEENSTAANDE = 0.399;
    private static final double PAAR = 0.283;
    private static final double PAAR_KINDEREN = 0.243;
    private static final double EENOUDER = 0.073;
    // the rest (0.002) plus the adult children and housemates drawn below: "met medebewoners"

    /** Provinces and their share of households (CBS regional figures, rounded; see docs/simulatie.md). */
    private static final List<String> PROVINCIES = List.of("Zuid-Holland", "Noord-Holland", "Noord-Brabant", "Gelderland", "Utrecht",
            "Limburg", "Overijssel", "Friesland", "Groningen", "Drenthe", "Flevoland", "Zeeland");
    private static final double[] PROVINCIE_AANDEEL = {0.215, 0.174, 0.146, 0.117, 0.077, 0.066, 0.065, 0.038, 0.037, 0.028, 0.023, 0.014};
    private static final List<String> WIJKEN = List.of("Centrum", "Noord", "Oost", "Zuid", "West", "Haven", "Dorp", "Nieuwbouw");
    /** Income level of each wijk relative to the municipality (assumption: a town with richer and poorer parts). */
    private static final double[] WIJK_NIVEAU = {0.95, 0.8, 1.0, 1.15, 0.85, 0.7, 1.1, 1.25};

    // Disposable income per year, lognormal: fitted so that 10% is below €21,000 and 4.3% above
    // €70,000 (CPB, middeninkomens 2023: 840,000 and 360,000 of 8.3 million households).
    private static final double MU = 10.466;
    private static final double SIGMA = 0.4015;
    /** Share of households with income at or below the bijstand level (about 400,000 households in bijstand, CBS). */
    private static final double LAAG_INKOMEN = 0.05;
    /** Euros a month that a household outside the low-income group has at least (assumption: about the single AOW norm). */
    private static final long MINIMUM_PER_MAAND = 1_550;

    // Work next to bijstand: each month 8% of the people in the bijstand have income from part-time or flexible work
    // (Divosa, factsheet "Parttime werk in de bijstand"; the Divosa Benchmark 2017 also says 8%), with typical
    // earnings of 489 euros a month (same factsheet: "doorsnee inkomsten uit parttime werk"; 2017: on average 530).
    private static final double WERKT_NAAST_BIJSTAND = 0.08;
    private static final double LOON_MEDIAAN = 489;
    /** Spread of those earnings (assumption: most between about 200 and 1,200 euros). */
    private static final double LOON_SIGMA = 0.55;
    // Which allowance applies (assumptions; Divosa: most municipalities apply the allowance, but to relatively few
    // people, and the general one runs at most six months): a single parent with a child under 12 has the single
    // parents' allowance in half the cases; of the others 20% the general one and 10% the medical one.
    private static final double ALLEENSTAANDE_OUDER_VRIJLATING = 0.5;
    private static final double ALGEMENE_VRIJLATING = 0.2;
    private static final double MEDISCHE_VRIJLATING = 0.1;
    /** Gifts (assumption, no published figure found): 10% of the low-income households, 100 to 3,000 euros a year. */
    private static final double GIFTEN = 0.10;

    // Assets that count for the asset test: bank and savings balances minus debts, without the home.
    // Households around the bijstand level, by CBS wealth decile (CBS, "Wie zit waar in de vermogensverdeling?",
    // 1 January 2020: of about 299,000 households living mainly on bijstand, 45,200 in the lowest tenth, 149,100 in
    // the second, 92,000 in the third, 8,800 in the fourth and 3,900 higher). The euro range of each group is an
    // assumption (the decile limits were not found): net debts, then up to 1,000, 7,000, 25,000 and 100,000.
    private static final double[] LAAG_VERMOGEN_AANDEEL = {0.151, 0.499, 0.308, 0.029, 0.013};
    private static final long[] LAAG_VERMOGEN_VAN = {-10_000, 0, 1_000, 7_000, 25_000};
    private static final long[] LAAG_VERMOGEN_TOT = {0, 1_000, 7_000, 25_000, 100_000};
    // Other households: bank and savings balances of all private households (CBS StatLine 80056ned, 2014: 96.7% have
    // them; 25th percentile 2,000, median 11,000, 75th percentile 39,000 euros), linear between those points; the top
    // quarter (90th percentile 90,000, at most 400,000) is an assumption.
    private static final double ZONDER_SPAARGELD = 0.033;
    private static final double[] VERMOGEN_KWANTIEL = {0, 0.25, 0.5, 0.75, 0.9, 1.0};
    private static final long[] VERMOGEN_BEDRAG = {0, 2_000, 11_000, 39_000, 90_000, 400_000};

    private final long seed;
    private final LocalDate peildatum;
    private final Gebied gebied;
    /** The general allowance has no maximum in the managed set before 2026: then the population does not use it. */
    private final boolean algemeneVrijlating;

    public Populatie(long seed, LocalDate peildatum, Gebied gebied) {
        this.seed = seed;
        this.peildatum = peildatum;
        this.gebied = gebied;
        Parameters p = Parameters.standaard();
        this.algemeneVrijlating = p.geldig(Parameters.INKOMSTENVRIJLATING, peildatum).isPresent()
                && p.geldig(Parameters.INKOMSTENVRIJLATING_MAXIMUM, peildatum).isPresent();
    }

    /** Household {@code nummer} (from 0); its id is {@code nummer + 1}. */
    public Huishouden huishouden(long nummer) {
        SplittableRandom r = new SplittableRandom(meng(seed * 0x9E3779B97F4A7C15L + nummer));
        double t = r.nextDouble();
        boolean partner;
        int kinderen = 0;
        if (t < ALLEENSTAANDE) {
            partner = false;
        } else if (t < ALLEENSTAANDE + PAAR) {
            partner = true;
        } else if (t < ALLEENSTAANDE + PAAR + PAAR_KINDEREN) {
            partner = true;
            kinderen = 1 + r.nextInt(3);
        } else if (t < ALLEENSTAANDE + PAAR + PAAR_KINDEREN + EENOUDER) {
            partner = false;
            kinderen = 1 + r.nextInt(2);
        } else {
            partner = r.nextDouble() < 0.3;
        }
        int leeftijd = leeftijd(r, kinderen > 0);
        long peil = peildatum.toEpochDay();
        long aanvrager = geboren(r, leeftijd);
        long partnerGeboren = partner ? geboren(r, Math.max(18, Math.min(90, leeftijd + r.nextInt(9) - 4))) : Long.MIN_VALUE;
        // Housemates: the rest group always, adult children (27+) living at home now and then (assumption, see docs).
        int mede = 0;
        if (t >= ALLEENSTAANDE + PAAR + PAAR_KINDEREN + EENOUDER) {
            mede = 1 + (r.nextDouble() < 0.25 ? 1 : 0);
        } else if (kinderen > 0 && leeftijd >= 50 && r.nextDouble() < 0.12) {
            mede = 1;
        } else if (!partner && kinderen == 0 && r.nextDouble() < 0.02) {
            mede = 1;
        }
        long[] medebewoners = new long[mede];
        byte[] uitzondering = new byte[mede];
        for (int i = 0; i < mede; i++) {
            int l = 18 + r.nextInt(45);
            medebewoners[i] = geboren(r, l);
            double u = r.nextDouble();
            uitzondering[i] = l < 30 && u < 0.3 ? (byte) 1 : u > 0.95 ? (byte) 2 : 0;
        }
        String wijk = gebied == Gebied.NEDERLAND ? kies(r, PROVINCIES, PROVINCIE_AANDEEL) : WIJKEN.get(r.nextInt(WIJKEN.size()));
        double niveau = gebied == Gebied.GEMEENTE ? WIJK_NIVEAU[WIJKEN.indexOf(wijk)] : 1.0;
        // Children under 12 (assumption): in more than half of the families with a parent under 40, a fifth above.
        int onder12 = kinderen == 0 ? 0 : r.nextDouble() < (leeftijd < 40 ? 0.6 : 0.2) ? 1 + r.nextInt(kinderen) : 0;
        long inkomen;
        long loon = 0;
        Inkomsten.Vrijlating vrijlating = Inkomsten.Vrijlating.GEEN;
        long giften = 0;
        boolean laag = r.nextDouble() < LAAG_INKOMEN / niveau;
        if (laag) {
            if (leeftijd < 67 && r.nextDouble() < WERKT_NAAST_BIJSTAND) {
                // Part-time work next to bijstand: wages around the published median, and the allowance that fits.
                inkomen = 0;
                loon = 100 * Math.min(1_500, Math.max(20, Math.round(LOON_MEDIAAN * Math.exp(LOON_SIGMA * gauss(r)))));
                double v = r.nextDouble();
                if (!partner && onder12 > 0 && v < ALLEENSTAANDE_OUDER_VRIJLATING) {
                    vrijlating = Inkomsten.Vrijlating.ALLEENSTAANDE_OUDER;
                } else if (v < ALGEMENE_VRIJLATING) {
                    vrijlating = algemeneVrijlating ? Inkomsten.Vrijlating.ALGEMEEN : Inkomsten.Vrijlating.GEEN;
                } else if (v < ALGEMENE_VRIJLATING + MEDISCHE_VRIJLATING) {
                    vrijlating = Inkomsten.Vrijlating.MEDISCH_UREN_BEPERKT;
                }
            } else {
                // Around the bijstand level: nothing, or a benefit or alimony below the norm, counted in full.
                inkomen = r.nextDouble() < 0.6 ? 0 : 100 * (long) (r.nextDouble() * 1200);
            }
            if (r.nextDouble() < GIFTEN) {
                giften = 100L * (100 + r.nextInt(2_901));
            }
        } else {
            // Outside that group the income is at least the social minimum (work, benefits, AOW): draw again below it.
            double perJaar = 0;
            for (int poging = 0; poging < 8 && perJaar / 12 < MINIMUM_PER_MAAND; poging++) {
                perJaar = Math.exp(MU + SIGMA * gauss(r)) * niveau * typeFactor(partner, kinderen, mede);
            }
            inkomen = Math.max(MINIMUM_PER_MAAND, Math.round(perJaar / 12)) * 100;
        }
        long vermogen = vermogen(r, laag);
        long terugvordering = -1;
        long aflossing = -1;
        if (inkomen + loon < 150_000 && r.nextDouble() < 0.15) {
            terugvordering = 100L * (200 + r.nextInt(9_800));
            aflossing = r.nextDouble() < 0.8 ? 100L * (10 + r.nextInt(290)) : -1;
        }
        return new Huishouden(nummer, Long.toString(nummer + 1), peil, aanvrager, partnerGeboren, medebewoners, uitzondering,
                terugvordering, aflossing, inkomen, vermogen, wijk, kinderen, onder12, loon, vrijlating, 0, Inkomsten.Vrijlating.GEEN, giften);
    }

    /** Euros as cents; {@code laag}: a household around the bijstand level. See the sources above. */
    private static long vermogen(SplittableRandom r, boolean laag) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        if (laag) {
            double som = 0;
            for (int i = 0; i < LAAG_VERMOGEN_AANDEEL.length; i++) {
                som += LAAG_VERMOGEN_AANDEEL[i];
                if (u < som || i == LAAG_VERMOGEN_AANDEEL.length - 1) {
                    return 100 * (LAAG_VERMOGEN_VAN[i] + Math.round(v * (LAAG_VERMOGEN_TOT[i] - LAAG_VERMOGEN_VAN[i])));
                }
            }
        }
        if (u < ZONDER_SPAARGELD) {
            return 0;
        }
        for (int i = 1; i < VERMOGEN_KWANTIEL.length; i++) {
            if (v <= VERMOGEN_KWANTIEL[i]) {
                double deel = (v - VERMOGEN_KWANTIEL[i - 1]) / (VERMOGEN_KWANTIEL[i] - VERMOGEN_KWANTIEL[i - 1]);
                return 100 * Math.round(VERMOGEN_BEDRAG[i - 1] + deel * (VERMOGEN_BEDRAG[i] - VERMOGEN_BEDRAG[i - 1]));
            }
        }
        return 100 * VERMOGEN_BEDRAG[VERMOGEN_BEDRAG.length - 1];
    }

    /** Household types differ in income; a plain assumption (couples earn more than one person), see docs. */
    private static double typeFactor(boolean partner, int kinderen, int mede) {
        double f = partner ? 1.25 : 0.7;
        if (kinderen > 0) {
            f *= partner ? 1.1 : 1.1;
        }
        return f + 0.15 * mede;
    }

    private static int leeftijd(SplittableRandom r, boolean kinderen) {
        double a = r.nextDouble();
        if (kinderen) {
            return 24 + r.nextInt(35);
        }
        // Age of the reference person (assumption close to CBS 37975 by age): 2% 18-20, 7% 21-26, 29% 27-44, 38% 45-66, 24% 67+.
        if (a < 0.02) {
            return 18 + r.nextInt(3);
        } else if (a < 0.09) {
            return 21 + r.nextInt(6);
        } else if (a < 0.38) {
            return 27 + r.nextInt(18);
        } else if (a < 0.76) {
            return 45 + r.nextInt(22);
        }
        return 67 + r.nextInt(25);
    }

    private long geboren(SplittableRandom r, int leeftijd) {
        // Born between (leeftijd + 1) years and leeftijd years before the peildatum, exclusive.
        long tot = peildatum.minusYears(leeftijd).toEpochDay();
        long van = peildatum.minusYears(leeftijd + 1L).toEpochDay() + 1;
        return van + r.nextLong(tot - van + 1);
    }

    private static String kies(SplittableRandom r, List<String> namen, double[] aandeel) {
        double t = r.nextDouble();
        double som = 0;
        for (int i = 0; i < aandeel.length; i++) {
            som += aandeel[i];
            if (t < som) {
                return namen.get(i);
            }
        }
        return namen.get(namen.size() - 1);
    }

    private static double gauss(SplittableRandom r) {
        // Box-Muller from the household's own stream.
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** SplitMix64's finaliser: neighbouring numbers give unrelated streams. */
    private static long meng(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

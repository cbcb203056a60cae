package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The existence-minimum check for the common case in whole cents, without explanation and without
 * allocating: for the bulk run over a whole population. It gives exactly what {@link Bestaanszekerheid}
 * gives (a property test compares them) and declines, by returning {@code false}, what it does not
 * cover: AOW age, youth norms, impossible households, and kostendelers under the old law (before 2021
 * the voet did not follow the kostendelersnorm). The caller then uses {@link Bestaanszekerheid}.
 */
public final class SnelleBerekening {

    /** Everything that depends only on the peildatum, worked out once. */
    public static final class Peil {
        final long peil;
        final long grensKostendeler;
        final long grensJeugd;
        final long grensAow;
        final long gehuwden;
        final long alleenstaande;
        final long vakantietoeslagBp;
        final long bovenVoetBp;
        final boolean voetVolgtKostendelersnorm;

        public Peil(LocalDate peildatum, Parameters parameters) {
            int kostendelerLeeftijd = parameters.op(Parameters.KOSTENDELER_LEEFTIJD, peildatum).waarde().intValueExact();
            // Born on or before this day means: that age reached on the peildatum.
            peil = peildatum.toEpochDay();
            grensKostendeler = peildatum.minusYears(kostendelerLeeftijd).toEpochDay();
            grensJeugd = peildatum.minusYears(21).toEpochDay();
            grensAow = Bijstandsnorm.aowGrens(peildatum, parameters).toEpochDay();
            gehuwden = centen(Bijstandsnorm.normOp(parameters, Parameters.NORM_GEHUWDEN, peildatum).waarde());
            alleenstaande = centen(Bijstandsnorm.normOp(parameters, Parameters.NORM_ALLEENSTAANDE, peildatum).waarde());
            vakantietoeslagBp = basispunten(parameters.op(Parameters.VAKANTIETOESLAG, peildatum).waarde());
            bovenVoetBp = 10_000 - basispunten(parameters.op(Parameters.BESLAGVRIJE_VOET, peildatum).waarde());
            voetVolgtKostendelersnorm = parameters.aan(Parameters.BESLAGVRIJE_VOET_KOSTENDELERSNORM, peildatum);
        }

        private static long centen(BigDecimal b) {
            return b.movePointRight(2).longValueExact();
        }

        private static long basispunten(BigDecimal aandeel) {
            return aandeel.movePointRight(4).longValueExact();
        }
    }

    /** The outcome in cents; {@code maanden} is -1 without a recovery or when nothing can be repaid. */
    public static final class Uitkomst {
        public long normInclusief;
        public long vakantietoeslag;
        public int kostendelers;
        public long beslagvrijeVoet;
        public long maximaleAflossing;
        public long maanden;
        public boolean onderBeslagvrijeVoet;
    }

    private SnelleBerekening() {
    }

    /**
     * Birth dates as epoch days; {@code partner} is {@link Long#MIN_VALUE} when there is none;
     * {@code terugvordering} and {@code aflossing} in cents, -1 when absent. Fills {@code uit}.
     */
    public static boolean bereken(Peil p, long aanvrager, long partner, long[] medebewoners, boolean[] uitgezonderd, int aantalMedebewoners,
            long terugvordering, long aflossing, Uitkomst uit) {
        boolean heeftPartner = partner != Long.MIN_VALUE;
        if (aanvrager > p.grensJeugd || (heeftPartner && partner > p.grensJeugd)
                || aanvrager <= p.grensAow || (heeftPartner && partner <= p.grensAow)) {
            return false;
        }
        int zelf = heeftPartner ? 2 : 1;
        int a = zelf;
        for (int i = 0; i < aantalMedebewoners; i++) {
            if (medebewoners[i] > p.peil) {
                return false;
            }
            if (!uitgezonderd[i] && medebewoners[i] <= p.grensKostendeler) {
                a++;
            }
        }
        if (a != zelf && !p.voetVolgtKostendelersnorm) {
            return false;
        }
        long norm;
        if (a == zelf) {
            norm = heeftPartner ? p.gehuwden : p.alleenstaande;
        } else {
            // ((40% + A x 30%) / A) x the couple norm, rounded half up to cents; a couple twice that.
            long teller = p.gehuwden * (40 + 30L * a);
            long noemer = 100L * a;
            long perPersoon = (2 * teller + noemer) / (2 * noemer);
            norm = heeftPartner ? 2 * perPersoon : perPersoon;
        }
        long vakantietoeslag = afgerond(norm * p.vakantietoeslagBp);
        long voet = norm - afgerond(norm * p.bovenVoetBp);
        long maximaal = norm - voet;
        uit.normInclusief = norm;
        uit.vakantietoeslag = vakantietoeslag;
        uit.kostendelers = a;
        uit.beslagvrijeVoet = voet;
        uit.maximaleAflossing = maximaal;
        uit.maanden = terugvordering >= 0 && maximaal > 0 ? (terugvordering + maximaal - 1) / maximaal : -1;
        uit.onderBeslagvrijeVoet = terugvordering >= 0 && aflossing >= 0 && aflossing > maximaal;
        return true;
    }

    /** Basis points of cents back to cents, half up (all amounts here are positive). */
    private static long afgerond(long centenMaalBasispunten) {
        return (centenMaalBasispunten + 5_000) / 10_000;
    }
}

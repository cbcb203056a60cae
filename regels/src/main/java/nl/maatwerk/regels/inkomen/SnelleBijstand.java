package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bijstand amount and the monthly total of {@link Maandbudget} in whole cents, without
 * explanation and without allocating: for a population run. It gives exactly what {@link Bijstand}
 * and {@link Maandbudget} give (a property test compares them) and declines, by returning
 * {@code false}, what {@link SnelleBerekening} declines, a partner's wages without a partner, and an
 * allowance or zorgtoeslag whose amounts the data lacks on the peildatum, and assets to test when the
 * data has no asset limit on the peildatum. The caller then uses the explained path. Assets of 0 or
 * less are never above a limit, so they are not tested (as {@link Inkomsten} without assets).
 */
public final class SnelleBijstand {

    private SnelleBijstand() {
    }

    /** Everything that depends only on the peildatum and the parameter set, worked out once. */
    public static final class Peil {
        final SnelleBerekening.Peil norm;
        /** Per {@link Inkomsten.Vrijlating} ordinal: the share in basis points and the maximum in cents, -1 when unknown. */
        final long[] vrijlatingBp = new long[Inkomsten.Vrijlating.values().length];
        final long[] vrijlatingMax = new long[Inkomsten.Vrijlating.values().length];
        final long giftenVrij;
        final boolean zorgBekend;
        final long zorgMaxAlleen;
        final long zorgMaxPartner;
        final long zorgGrensAlleen;
        final long zorgGrensPartner;
        final long zorgDrempel;
        final long zorgAfbouwBp;
        /** The asset limits of {@link Vermogen} in cents, -1 when unknown on the peildatum. */
        final long vermogensgrensAlleen;
        final long vermogensgrensGezin;

        public Peil(LocalDate peildatum, Parameters parameters) {
            norm = new SnelleBerekening.Peil(peildatum, parameters);
            zet(Inkomsten.Vrijlating.ALGEMEEN, Parameters.INKOMSTENVRIJLATING, Parameters.INKOMSTENVRIJLATING_MAXIMUM, peildatum, parameters);
            zet(Inkomsten.Vrijlating.ALLEENSTAANDE_OUDER, Parameters.VRIJLATING_ALLEENSTAANDE_OUDER,
                    Parameters.VRIJLATING_ALLEENSTAANDE_OUDER_MAXIMUM, peildatum, parameters);
            zet(Inkomsten.Vrijlating.MEDISCH_UREN_BEPERKT, Parameters.VRIJLATING_MEDISCH, Parameters.VRIJLATING_MEDISCH_MAXIMUM, peildatum,
                    parameters);
            giftenVrij = parameters.geldig(Parameters.GIFTEN_VRIJLATING, peildatum).map(p -> centen(p.waarde())).orElse(-1L);
            Optional<Parameters.Parameter> maxAlleen = parameters.geldig(Parameters.ZORGTOESLAG_MAXIMUM_ALLEENSTAANDE, peildatum);
            Optional<Parameters.Parameter> maxPartner = parameters.geldig(Parameters.ZORGTOESLAG_MAXIMUM_PARTNER, peildatum);
            Optional<Parameters.Parameter> grensAlleen = parameters.geldig(Parameters.ZORGTOESLAG_GRENS_ALLEENSTAANDE, peildatum);
            Optional<Parameters.Parameter> grensPartner = parameters.geldig(Parameters.ZORGTOESLAG_GRENS_PARTNER, peildatum);
            Optional<Parameters.Parameter> drempel = parameters.geldig(Parameters.ZORGTOESLAG_DREMPEL, peildatum);
            Optional<Parameters.Parameter> afbouw = parameters.geldig(Parameters.ZORGTOESLAG_AFBOUW, peildatum);
            zorgBekend = maxAlleen.isPresent() && maxPartner.isPresent() && grensAlleen.isPresent() && grensPartner.isPresent()
                    && drempel.isPresent() && afbouw.isPresent();
            zorgMaxAlleen = maxAlleen.map(p -> centen(p.waarde())).orElse(0L);
            zorgMaxPartner = maxPartner.map(p -> centen(p.waarde())).orElse(0L);
            zorgGrensAlleen = grensAlleen.map(p -> centen(p.waarde())).orElse(0L);
            zorgGrensPartner = grensPartner.map(p -> centen(p.waarde())).orElse(0L);
            zorgDrempel = drempel.map(p -> centen(p.waarde())).orElse(0L);
            zorgAfbouwBp = afbouw.map(p -> p.waarde().movePointRight(4).longValueExact()).orElse(0L);
            // The explained test also reads the home-equity limit, so both must be known for the fast one to run.
            boolean woning = parameters.geldig(Parameters.VERMOGEN_WONING_GRENS, peildatum).isPresent();
            vermogensgrensAlleen = woning ? parameters.geldig(Parameters.VERMOGENSGRENS_ALLEENSTAANDE, peildatum).map(p -> centen(p.waarde())).orElse(-1L)
                    : -1;
            vermogensgrensGezin = woning ? parameters.geldig(Parameters.VERMOGENSGRENS_GEZIN, peildatum).map(p -> centen(p.waarde())).orElse(-1L) : -1;
        }

        private void zet(Inkomsten.Vrijlating v, String aandeel, String maximum, LocalDate peildatum, Parameters parameters) {
            Optional<Parameters.Parameter> a = parameters.geldig(aandeel, peildatum);
            Optional<Parameters.Parameter> m = parameters.geldig(maximum, peildatum);
            // The share may have more decimals than basis points allow (12,5% is 1250 bp, fine); refuse otherwise.
            vrijlatingBp[v.ordinal()] = a.isPresent() && m.isPresent() ? a.get().waarde().movePointRight(4).longValueExact() : -1;
            vrijlatingMax[v.ordinal()] = a.isPresent() && m.isPresent() ? centen(m.get().waarde()) : -1;
        }

        private static long centen(BigDecimal b) {
            return b.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        }
    }

    /** The outcome in cents per month. */
    public static final class Uitkomst {
        public final SnelleBerekening.Uitkomst norm = new SnelleBerekening.Uitkomst();
        public long vrijgelaten;
        public long inkomen;
        public long bijstand;
        /** Wages, benefits and alimony and the bijstand: what the household has before zorgtoeslag. */
        public long netto;
        /** The beslagvrije voet with the household's own income, as {@link Bestaanszekerheid} with {@link Inkomsten}. */
        public long beslagvrijeVoet;
        /** 0 when {@link #zorgtoeslagBekend} is false. */
        public long zorgtoeslag;
        public boolean zorgtoeslagBekend;
        /** Wages, benefits and alimony, bijstand and zorgtoeslag: {@link Maandbudget.Uitkomst#totaal()}. */
        public long totaal;
        /** The assets were above the limit: no bijstand. */
        public boolean vermogenBovenGrens;
    }

    /**
     * Birth dates as epoch days as in {@link SnelleBerekening#bereken}; {@code kindJongerDan12}: a child
     * under 12 lives in the household on the peildatum (for the single parents' allowance). Amounts in
     * cents per month, {@code giftenPerJaar} per year; all 0 or more. Fills {@code uit}.
     */
    public static boolean bereken(Peil p, long aanvrager, long partner, long[] medebewoners, boolean[] uitgezonderd, int aantalMedebewoners,
            boolean kindJongerDan12, long loonAanvrager, Inkomsten.Vrijlating vrijlatingAanvrager, long loonPartner,
            Inkomsten.Vrijlating vrijlatingPartner, long uitkeringen, long alimentatie, long giftenPerJaar, Uitkomst uit) {
        return bereken(p, aanvrager, partner, medebewoners, uitgezonderd, aantalMedebewoners, kindJongerDan12, loonAanvrager, vrijlatingAanvrager,
                loonPartner, vrijlatingPartner, uitkeringen, alimentatie, giftenPerJaar, 0, false, uit);
    }

    /**
     * With the asset test: {@code vermogen} in cents is assets minus debts (art. 34; not tested when 0 or
     * less); {@code gezin}: a partner or a child under 18, so the higher limit applies.
     */
    public static boolean bereken(Peil p, long aanvrager, long partner, long[] medebewoners, boolean[] uitgezonderd, int aantalMedebewoners,
            boolean kindJongerDan12, long loonAanvrager, Inkomsten.Vrijlating vrijlatingAanvrager, long loonPartner,
            Inkomsten.Vrijlating vrijlatingPartner, long uitkeringen, long alimentatie, long giftenPerJaar, long vermogen, boolean gezin,
            Uitkomst uit) {
        if (!p.zorgBekend) {
            return false;
        }
        if (!SnelleBerekening.bereken(p.norm, aanvrager, partner, medebewoners, uitgezonderd, aantalMedebewoners, -1, -1, uit.norm)) {
            return false;
        }
        return metNorm(p, uit.norm.normInclusief, uit.norm.beslagvrijeVoet, partner != Long.MIN_VALUE, kindJongerDan12, loonAanvrager,
                vrijlatingAanvrager, loonPartner, vrijlatingPartner, uitkeringen, alimentatie, giftenPerJaar, vermogen, gezin, uit);
    }

    /**
     * The income part for a norm and a beslagvrije voet (without income) worked out elsewhere, for
     * instance by the explained route for AOW age and youth, which {@link SnelleBerekening} declines.
     * Declines what {@link #bereken} declines apart from the norm, except a missing zorgtoeslag: then
     * {@link Uitkomst#zorgtoeslagBekend} is false and the total has no zorgtoeslag.
     */
    public static boolean metNorm(Peil p, long normInclusief, long voetZonderInkomen, boolean heeftPartner, boolean kindJongerDan12,
            long loonAanvrager, Inkomsten.Vrijlating vrijlatingAanvrager, long loonPartner, Inkomsten.Vrijlating vrijlatingPartner,
            long uitkeringen, long alimentatie, long giftenPerJaar, Uitkomst uit) {
        return metNorm(p, normInclusief, voetZonderInkomen, heeftPartner, kindJongerDan12, loonAanvrager, vrijlatingAanvrager, loonPartner,
                vrijlatingPartner, uitkeringen, alimentatie, giftenPerJaar, 0, false, uit);
    }

    /** As above, with the asset test of {@link #bereken(Peil, long, long, long[], boolean[], int, boolean, long, Inkomsten.Vrijlating, long, Inkomsten.Vrijlating, long, long, long, long, boolean, Uitkomst)}. */
    public static boolean metNorm(Peil p, long normInclusief, long voetZonderInkomen, boolean heeftPartner, boolean kindJongerDan12,
            long loonAanvrager, Inkomsten.Vrijlating vrijlatingAanvrager, long loonPartner, Inkomsten.Vrijlating vrijlatingPartner,
            long uitkeringen, long alimentatie, long giftenPerJaar, long vermogen, boolean gezin, Uitkomst uit) {
        if (!heeftPartner && loonPartner > 0) {
            return false;
        }
        boolean teVeelVermogen = false;
        if (vermogen > 0) {
            long grens = gezin ? p.vermogensgrensGezin : p.vermogensgrensAlleen;
            if (grens < 0) {
                return false;
            }
            teVeelVermogen = vermogen > grens;
        }
        boolean alleenstaandeOuder = !heeftPartner && kindJongerDan12;
        long vrijA = vrij(p, loonAanvrager, vrijlatingAanvrager, alleenstaandeOuder);
        long vrijP = vrij(p, loonPartner, vrijlatingPartner, false);
        if (vrijA < 0 || vrijP < 0) {
            return false;
        }
        long giften = 0;
        if (giftenPerJaar > 0) {
            if (p.giftenVrij < 0) {
                return false;
            }
            giften = (Math.max(0, giftenPerJaar - p.giftenVrij) + 6) / 12;
        }
        long loon = loonAanvrager + loonPartner;
        long overig = uitkeringen + alimentatie;
        uit.vrijgelaten = vrijA + vrijP;
        uit.inkomen = loon - uit.vrijgelaten + overig + giften;
        uit.vermogenBovenGrens = teVeelVermogen;
        uit.bijstand = teVeelVermogen ? 0 : Math.max(0, normInclusief - uit.inkomen);
        long netto = loon + overig + uit.bijstand;
        uit.netto = netto;
        // Since 2021 the voet is 95% of the own income when that is below the norm (Rv art. 475da); the old law ignores income.
        uit.beslagvrijeVoet = p.norm.voetVolgtKostendelersnorm && netto < normInclusief
                ? netto - (netto * p.norm.bovenVoetBp + 5_000) / 10_000 : voetZonderInkomen;
        uit.zorgtoeslagBekend = p.zorgBekend;
        if (!p.zorgBekend) {
            uit.zorgtoeslag = 0;
        } else {
            long jaar = 12 * netto;
            if (jaar > (heeftPartner ? p.zorgGrensPartner : p.zorgGrensAlleen)) {
                uit.zorgtoeslag = 0;
            } else {
                long af = (p.zorgAfbouwBp * Math.max(0, jaar - p.zorgDrempel) + 60_000) / 120_000;
                uit.zorgtoeslag = Math.max(0, (heeftPartner ? p.zorgMaxPartner : p.zorgMaxAlleen) - af);
            }
        }
        uit.totaal = netto + uit.zorgtoeslag;
        return true;
    }

    /** The allowance in cents; -1 when its amounts are unknown on the peildatum (then the explained path refuses too). */
    private static long vrij(Peil p, long loon, Inkomsten.Vrijlating v, boolean alleenstaandeOuder) {
        if (v == Inkomsten.Vrijlating.GEEN || loon == 0 || (v == Inkomsten.Vrijlating.ALLEENSTAANDE_OUDER && !alleenstaandeOuder)) {
            return 0;
        }
        long bp = p.vrijlatingBp[v.ordinal()];
        if (bp < 0) {
            return -1;
        }
        return Math.min((loon * bp + 5_000) / 10_000, p.vrijlatingMax[v.ordinal()]);
    }
}

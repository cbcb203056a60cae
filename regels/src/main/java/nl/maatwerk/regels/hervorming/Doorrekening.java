package nl.maatwerk.regels.hervorming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Bijstand;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Maandbudget;
import nl.maatwerk.regels.inkomen.Maatregel;
import nl.maatwerk.regels.inkomen.Parameters;
import nl.maatwerk.regels.inkomen.SnelleBijstand;
import nl.maatwerk.regels.inkomen.Vermogen;

/**
 * The rules for one household under one parameter set, in cents: the same as {@link Bijstand} and
 * {@link Maandbudget} with the household's {@link Inkomsten}, and the beslagvrije voet of
 * {@link Bestaanszekerheid} with that income. The fast route is {@link SnelleBijstand}; for what it
 * declines (AOW age, youth) the norm and voet come from the explained {@link Bestaanszekerheid}, once
 * per combination of age classes, and the income part again from {@link SnelleBijstand#metNorm};
 * what that declines too (an allowance whose amounts the parameter set lacks on the peildatum) goes
 * through the explained rules in full, which give the Dutch reason. A property test holds every
 * outcome to the explained rules.
 *
 * <p>Wages count net, less the earnings allowance of each earner; {@code inkomen} (benefits,
 * alimony) counts in full; gifts count above the free amount per year; {@code vermogen} (assets minus
 * debts) goes through the asset test of {@link nl.maatwerk.regels.inkomen.Vermogen}: above the limit
 * for the household type there is no bijstand (0 or less is never tested, so old input without
 * assets gives what it gave before). {@code besteedbaar} is
 * wages, other income and bijstand minus the proposed repayment (no zorgtoeslag, as before);
 * "onder het minimum" means that is below the beslagvrije voet. {@code totaal} is
 * {@link Maandbudget}'s total with zorgtoeslag (0 zorgtoeslag when the parameter set has none on the
 * peildatum): the poverty-trap curve uses it. Not modelled: home equity (it turns bijstand into a loan,
 * the amount stays), tax, huurtoeslag and
 * other schemes (see {@link Maandbudget#NIET_GEMODELLEERD}). Not thread-safe: one per thread or task.
 */
public final class Doorrekening {

    /** One household's outcome in cents per month. */
    public static final class Uitkomst {
        public long norm;
        public long beslagvrijeVoet;
        public int kostendelers;
        public long vrijgelaten;
        /** The income that counts: wages less the allowances, other income, gifts above the free amount. */
        public long inkomen;
        public long bijstand;
        public long besteedbaar;
        public boolean onderMinimum;
        public long zorgtoeslag;
        public boolean zorgtoeslagBekend;
        public long totaal;
        /** The assets are above the limit, so there is no bijstand. */
        public boolean vermogenBovenGrens;
    }

    private final Parameters parameters;
    private final Map<Long, Optional<SnelleBijstand.Peil>> peilen = new HashMap<>();
    private final SnelleBijstand.Uitkomst snel = new SnelleBijstand.Uitkomst();
    private final Map<Sleutel, Object> uitgelegd = new HashMap<>();
    private final long[] normEnVoet = new long[3];

    private record Sleutel(long peildatum, long klassen) {
    }
    private long klassenDatum = Long.MIN_VALUE;
    private Leeftijdsklassen klassenVoorDatum;

    public Doorrekening(Parameters parameters) {
        this.parameters = parameters;
    }

    public Parameters parameters() {
        return parameters;
    }

    public void bereken(Huishouden h, Uitkomst uit) {
        SnelleBijstand.Peil peil = peilen.computeIfAbsent(h.peildatum(), d -> {
            try {
                return Optional.of(new SnelleBijstand.Peil(LocalDate.ofEpochDay(d), parameters));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }).orElse(null);
        boolean[] uitgezonderd = new boolean[h.medebewoners().length];
        for (int i = 0; i < uitgezonderd.length; i++) {
            uitgezonderd[i] = h.uitzondering()[i] != 0;
        }
        boolean kindOnder12 = h.kinderenOnder12() > 0;
        // The higher asset limit is for a couple or a single parent (a child under 18 at home).
        boolean gezin = h.heeftPartner() || h.kinderen() > 0 || kindOnder12;
        boolean klaar = false;
        if (peil != null && SnelleBijstand.bereken(peil, h.aanvrager(), h.partner(), h.medebewoners(), uitgezonderd, uitgezonderd.length,
                kindOnder12, h.loonAanvrager(), h.vrijlatingAanvrager(), h.loonPartner(), h.vrijlatingPartner(), h.inkomen(), 0,
                h.giftenPerJaar(), h.vermogen(), gezin, snel)) {
            uit.norm = snel.norm.normInclusief;
            uit.kostendelers = snel.norm.kostendelers;
            klaar = true;
        } else if (peil != null) {
            uitgelegd(h, normEnVoet);
            if (SnelleBijstand.metNorm(peil, normEnVoet[0], normEnVoet[1], h.heeftPartner(), kindOnder12, h.loonAanvrager(),
                    h.vrijlatingAanvrager(), h.loonPartner(), h.vrijlatingPartner(), h.inkomen(), 0, h.giftenPerJaar(), h.vermogen(), gezin, snel)) {
                uit.norm = normEnVoet[0];
                uit.kostendelers = (int) normEnVoet[2];
                klaar = true;
            }
        }
        if (klaar) {
            uit.beslagvrijeVoet = snel.beslagvrijeVoet;
            uit.vrijgelaten = snel.vrijgelaten;
            uit.inkomen = snel.inkomen;
            uit.bijstand = snel.bijstand;
            uit.zorgtoeslag = snel.zorgtoeslag;
            uit.zorgtoeslagBekend = snel.zorgtoeslagBekend;
            uit.totaal = snel.totaal;
            uit.vermogenBovenGrens = snel.vermogenBovenGrens;
            besteedbaar(h, snel.netto, uit);
        } else {
            // Throws the rules' Dutch reason, or (should the fast routes ever decline what the rules accept) computes it the slow way.
            uitgelegdVolledig(h, parameters, uit);
        }
    }

    private static void besteedbaar(Huishouden h, long netto, Uitkomst uit) {
        long aflossing = h.aflossing() > 0 ? h.aflossing() : 0;
        uit.besteedbaar = netto - aflossing;
        uit.onderMinimum = uit.besteedbaar < uit.beslagvrijeVoet;
    }

    /**
     * The explained route for what the fast one declines (AOW age, youth), once per combination of age
     * classes: a population has millions of AOW households but only a handful of such combinations.
     * The norm and voet do not depend on the recovery, so it is left out here.
     */
    private void uitgelegd(Huishouden h, long[] uit) {
        Leeftijdsklassen klassen = klassen(h.peildatum());
        long sleutel = klassen.sleutel(h);
        Object bekend = sleutel == Leeftijdsklassen.GEEN ? null : uitgelegd.get(new Sleutel(h.peildatum(), sleutel));
        if (bekend == null) {
            try {
                Bestaanszekerheid.Resultaat r = Bestaanszekerheid.bereken(situatie(h), LocalDate.ofEpochDay(h.peildatum()), Optional.empty(), parameters);
                bekend = new long[] {centen(r.bijstandsnorm().inclusiefVakantietoeslag()), centen(r.beslagvrijeVoet()), r.bijstandsnorm().aantalKostendelers()};
            } catch (IllegalArgumentException e) {
                bekend = e.getMessage();
            }
            if (sleutel != Leeftijdsklassen.GEEN) {
                uitgelegd.put(new Sleutel(h.peildatum(), sleutel), bekend);
            }
        }
        if (bekend instanceof String reden) {
            throw new IllegalArgumentException(reden);
        }
        long[] w = (long[]) bekend;
        System.arraycopy(w, 0, uit, 0, 3);
    }

    private Leeftijdsklassen klassen(long peildatum) {
        if (peildatum != klassenDatum) {
            klassenVoorDatum = new Leeftijdsklassen(LocalDate.ofEpochDay(peildatum), parameters);
            klassenDatum = peildatum;
        }
        return klassenVoorDatum;
    }

    /**
     * The explained rules in full, without any cache or fast route: {@link Maandbudget} (with it
     * {@link Bijstand}) and {@link Bestaanszekerheid} with the household's income. For the households
     * the fast routes decline, and for tests that hold {@link #bereken} to it. Throws the rules' reason.
     */
    static void uitgelegdVolledig(Huishouden h, Parameters parameters, Uitkomst uit) {
        Huishoudsituatie situatie = situatie(h);
        LocalDate peil = LocalDate.ofEpochDay(h.peildatum());
        Inkomsten inkomsten = inkomsten(h);
        Bijstand.Uitkomst bijstand = Bijstand.bereken(situatie, peil, inkomsten, parameters);
        Bestaanszekerheid.Resultaat r = Bestaanszekerheid.bereken(situatie, peil, maatregel(h).stream().toList(), parameters,
                Optional.of(inkomsten));
        uit.norm = centen(r.bijstandsnorm().inclusiefVakantietoeslag());
        uit.beslagvrijeVoet = centen(r.beslagvrijeVoet());
        uit.kostendelers = r.bijstandsnorm().aantalKostendelers();
        uit.vrijgelaten = centen(bijstand.vrijgelaten());
        uit.inkomen = centen(bijstand.inkomen());
        uit.bijstand = centen(bijstand.bijstand());
        uit.vermogenBovenGrens = bijstand.vermogenBovenGrens();
        long netto = centen(bijstand.loon().add(bijstand.uitkeringenEnAlimentatie()).add(bijstand.bijstand()));
        uit.zorgtoeslagBekend = java.util.stream.Stream.of(Parameters.ZORGTOESLAG_MAXIMUM_ALLEENSTAANDE, Parameters.ZORGTOESLAG_MAXIMUM_PARTNER,
                Parameters.ZORGTOESLAG_GRENS_ALLEENSTAANDE, Parameters.ZORGTOESLAG_GRENS_PARTNER, Parameters.ZORGTOESLAG_DREMPEL,
                Parameters.ZORGTOESLAG_AFBOUW).allMatch(n -> parameters.geldig(n, peil).isPresent());
        if (uit.zorgtoeslagBekend) {
            Maandbudget.Uitkomst m = Maandbudget.bereken(situatie, peil, inkomsten, parameters);
            uit.zorgtoeslag = centen(m.zorgtoeslag());
            uit.totaal = centen(m.totaal());
        } else {
            uit.zorgtoeslag = 0;
            uit.totaal = netto;
        }
        besteedbaar(h, netto, uit);
    }

    /** The household's means as the rules take them; assets of 0 or less are left out (nothing to test). */
    static Inkomsten inkomsten(Huishouden h) {
        return new Inkomsten(BigDecimal.valueOf(h.loonAanvrager(), 2), h.vrijlatingAanvrager(), BigDecimal.valueOf(h.loonPartner(), 2),
                h.vrijlatingPartner(), BigDecimal.valueOf(h.inkomen(), 2), BigDecimal.ZERO, BigDecimal.valueOf(h.giftenPerJaar(), 2),
                h.vermogen() > 0 ? Vermogen.Bezittingen.spaargeld(BigDecimal.valueOf(h.vermogen(), 2)) : null);
    }

    private static Optional<Maatregel> maatregel(Huishouden h) {
        if (h.terugvordering() < 0) {
            return Optional.empty();
        }
        return Optional.of(new Maatregel.Terugvordering(BigDecimal.valueOf(h.terugvordering(), 2),
                h.aflossing() < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(h.aflossing(), 2))));
    }

    private static Huishoudsituatie situatie(Huishouden h) {
        List<Huishoudsituatie.Persoon> leden = new ArrayList<>();
        leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, LocalDate.ofEpochDay(h.aanvrager())));
        if (h.heeftPartner()) {
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.PARTNER, LocalDate.ofEpochDay(h.partner())));
        }
        if (!h.heeftPartner() && (h.kinderen() > 0 || h.kinderenOnder12() > 0)) {
            // For the single parents' allowance (a child under 12) and the asset limit of a single parent (a child under 18):
            // any such age will do, a single person's norm does not depend on it. Other children stay out, as in the bulk
            // command's format (they change only a young couple's norm, not modelled).
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.KIND, LocalDate.ofEpochDay(h.peildatum()).minusYears(h.kinderenOnder12() > 0 ? 5 : 15)));
        }
        for (int i = 0; i < h.medebewoners().length; i++) {
            Optional<Huishoudsituatie.Uitzondering> u = switch (h.uitzondering()[i]) {
                case 1 -> Optional.of(Huishoudsituatie.Uitzondering.STUDENT);
                case 2 -> Optional.of(Huishoudsituatie.Uitzondering.COMMERCIELE_HUURDER);
                default -> Optional.empty();
            };
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.MEDEBEWONER, LocalDate.ofEpochDay(h.medebewoners()[i]), u));
        }
        return new Huishoudsituatie(leden);
    }

    private static long centen(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }
}

package nl.maatwerk.regels.hervorming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Maatregel;
import nl.maatwerk.regels.inkomen.Parameters;
import nl.maatwerk.regels.inkomen.SnelleBerekening;

/**
 * The rules for one household under one parameter set, in cents: the norm and beslagvrije voet from
 * {@link SnelleBerekening} (falling back to the explained {@link Bestaanszekerheid} for what it
 * declines, as the bulk command does), and from those the bijstand and what is left.
 *
 * <p>What is modelled here, and only this: bijstand is the norm minus the household's net income,
 * never below zero ({@code inkomen} counts in full: earnings allowances, gifts and the asset test are
 * not yet part of {@code regels}; when they are, {@link #bereken} is the one place to use them).
 * "Onder het minimum" means that what is left after the proposed repayment is below the beslagvrije
 * voet. Not thread-safe: one per thread or task.
 */
public final class Doorrekening {

    /** One household's outcome in cents per month. */
    public static final class Uitkomst {
        public long norm;
        public long beslagvrijeVoet;
        public int kostendelers;
        public long bijstand;
        public long besteedbaar;
        public boolean onderMinimum;
    }

    private final Parameters parameters;
    private final Map<Long, Optional<SnelleBerekening.Peil>> peilen = new HashMap<>();
    private final SnelleBerekening.Uitkomst snel = new SnelleBerekening.Uitkomst();
    private final Map<Sleutel, Object> uitgelegd = new HashMap<>();

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
        SnelleBerekening.Peil peil = peilen.computeIfAbsent(h.peildatum(), d -> {
            try {
                return Optional.of(new SnelleBerekening.Peil(LocalDate.ofEpochDay(d), parameters));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }).orElse(null);
        boolean[] uitgezonderd = new boolean[h.medebewoners().length];
        for (int i = 0; i < uitgezonderd.length; i++) {
            uitgezonderd[i] = h.uitzondering()[i] != 0;
        }
        if (peil != null && SnelleBerekening.bereken(peil, h.aanvrager(), h.partner(), h.medebewoners(), uitgezonderd, uitgezonderd.length,
                h.terugvordering(), h.aflossing(), snel)) {
            uit.norm = snel.normInclusief;
            uit.beslagvrijeVoet = snel.beslagvrijeVoet;
            uit.kostendelers = snel.kostendelers;
        } else {
            uitgelegd(h, uit);
        }
        uit.bijstand = Math.max(0, uit.norm - h.inkomen());
        long aflossing = h.aflossing() > 0 ? h.aflossing() : 0;
        uit.besteedbaar = h.inkomen() + uit.bijstand - aflossing;
        uit.onderMinimum = uit.besteedbaar < uit.beslagvrijeVoet;
    }

    /**
     * The explained route for what the fast one declines (AOW age, youth), once per combination of age
     * classes: a population has millions of AOW households but only a handful of such combinations.
     * The norm and voet do not depend on the recovery, so it is left out here.
     */
    private void uitgelegd(Huishouden h, Uitkomst uit) {
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
        uit.norm = w[0];
        uit.beslagvrijeVoet = w[1];
        uit.kostendelers = (int) w[2];
    }

    private Leeftijdsklassen klassen(long peildatum) {
        if (peildatum != klassenDatum) {
            klassenVoorDatum = new Leeftijdsklassen(LocalDate.ofEpochDay(peildatum), parameters);
            klassenDatum = peildatum;
        }
        return klassenVoorDatum;
    }

    /** The explained outcome without any cache: for tests that hold the cache to it. */
    static long[] zonderCache(Huishouden h, Parameters parameters) {
        Bestaanszekerheid.Resultaat r = Bestaanszekerheid.bereken(situatie(h), LocalDate.ofEpochDay(h.peildatum()), maatregel(h), parameters);
        return new long[] {centen(r.bijstandsnorm().inclusiefVakantietoeslag()), centen(r.beslagvrijeVoet()), r.bijstandsnorm().aantalKostendelers()};
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

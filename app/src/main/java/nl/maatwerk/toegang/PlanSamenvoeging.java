package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Three-way merge of a household plan, field by field. Someone started editing from version
 * {@code basis}; meanwhile a colleague saved {@code huidig}; {@code mijn} is what they submit now.
 *
 * <p>A field that only one of the two changed takes that change. A field both changed in the same
 * way is fine. A field both changed differently is a conflict: the person chooses per conflict
 * ({@link Keuze}); until they chose, the current value stands and the result is not final. Goals
 * and actions are matched by id; a new one on either side is kept, a deleted one is deleted unless
 * the other side changed it (that is a conflict too). Pure Java: no database, no Spring.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class PlanSamenvoeging {

    /** Which side wins a conflict. */
    public enum Keuze { MIJN, HUIDIG }

    /**
     * A field (or a whole goal or action) that both changed differently. {@code sleutel} names it
     * stably across requests; the texts are what each side holds, for showing side by side.
     */
    public record Conflict(String sleutel, String omschrijving, String basis, String huidig, String mijn) {
    }

    /**
     * The merged plan (with the chosen side, or the current value where nothing was chosen yet),
     * the conflicts, and the colleague's changes that were combined with the person's own.
     */
    public record Resultaat(PlanInhoud inhoud, List<Conflict> conflicten, List<String> overgenomen, Set<String> onbeslist) {

        /** True when every conflict has a choice, so the merged plan may be saved after confirmation. */
        boolean volledigBeslist() {
            return onbeslist.isEmpty();
        }
    }

    private static final String VERWIJDERD = "(verwijderd)";

    private final Map<String, Keuze> keuzes;
    private final List<Conflict> conflicten = new ArrayList<>();
    private final List<String> overgenomen = new ArrayList<>();
    private final Set<String> onbeslist = new LinkedHashSet<>();

    private PlanSamenvoeging(Map<String, Keuze> keuzes) {
        this.keuzes = keuzes == null ? Map.of() : keuzes;
    }

    static Resultaat voegSamen(PlanInhoud basis, PlanInhoud huidig, PlanInhoud mijn, Map<String, Keuze> keuzes) {
        PlanSamenvoeging s = new PlanSamenvoeging(keuzes);
        LocalDate evaluatie = s.veld("evaluatiedatum", "Evaluatiedatum", basis.evaluatiedatum(), huidig.evaluatiedatum(),
                mijn.evaluatiedatum(), PlanWijzigingen::datum);
        List<PlanDoel> doelen = s.lijst(index(basis.doelen(), PlanDoel::id), index(huidig.doelen(), PlanDoel::id),
                mijn.doelen(), PlanDoel::id, "doel:", d -> "Doel " + PlanWijzigingen.doelNaam(d), s::doel,
                PlanWijzigingen::doelTekst);
        return new Resultaat(new PlanInhoud(evaluatie, doelen), List.copyOf(s.conflicten), List.copyOf(s.overgenomen),
                Set.copyOf(s.onbeslist));
    }

    private PlanDoel doel(PlanDoel b, PlanDoel h, PlanDoel m) {
        String k = "doel:" + h.id();
        String naam = "Doel " + PlanWijzigingen.doelNaam(h);
        Levensdomein domein = veld(k + ".levensdomein", naam + ": levensdomein", b == null ? null : b.levensdomein(),
                h.levensdomein(), m.levensdomein(), d -> d == null ? "" : d.omschrijving());
        String tekst = veld(k + ".doel", naam + ": doel", b == null ? null : b.doel(), h.doel(), m.doel(), t -> t == null ? "" : t);
        List<PlanActie> acties = lijst(index(b == null ? List.of() : b.acties(), PlanActie::id), index(h.acties(), PlanActie::id),
                m.acties(), PlanActie::id, "actie:", a -> "Actie '" + PlanWijzigingen.kort(a.omschrijving()) + "'", this::actie,
                PlanWijzigingen::actieTekst);
        return new PlanDoel(h.id(), domein, tekst, acties);
    }

    private PlanActie actie(PlanActie b, PlanActie h, PlanActie m) {
        String k = "actie:" + h.id();
        String naam = "Actie '" + PlanWijzigingen.kort(h.omschrijving()) + "'";
        String omschrijving = veld(k + ".omschrijving", naam + ": wat", b == null ? null : b.omschrijving(), h.omschrijving(),
                m.omschrijving(), t -> t == null ? "" : t);
        PlanEigenaar type = veld(k + ".eigenaarType", naam + ": soort eigenaar", b == null ? null : b.eigenaarType(),
                h.eigenaarType(), m.eigenaarType(), e -> e == null ? "" : e.omschrijving());
        String eigenaar = veld(k + ".eigenaar", naam + ": wie", b == null ? null : b.eigenaar(), h.eigenaar(), m.eigenaar(),
                t -> t == null ? "" : t);
        LocalDate uiterlijk = veld(k + ".uiterlijk", naam + ": uiterlijk klaar", b == null ? null : b.uiterlijk(), h.uiterlijk(),
                m.uiterlijk(), PlanWijzigingen::datum);
        PlanStatus status = veld(k + ".status", naam + ": status", b == null ? null : b.status(), h.status(), m.status(),
                st -> st == null ? "" : st.omschrijving());
        return new PlanActie(h.id(), omschrijving, type, eigenaar, uiterlijk, status);
    }

    @FunctionalInterface
    private interface Driewegs<T> {
        T voegSamen(T basis, T huidig, T mijn);
    }

    /**
     * Merges a list of goals or actions by id. Order: the current list, then what is new in mine.
     * Items without an id in mine are new and simply kept.
     */
    private <T> List<T> lijst(Map<UUID, T> basis, Map<UUID, T> huidig, List<T> mijnLijst, Function<T, UUID> id, String soort,
            Function<T, String> naam, Driewegs<T> samen, Function<T, String> tekst) {
        Map<UUID, T> mijn = index(mijnLijst, id);
        List<T> uit = new ArrayList<>();
        for (T h : huidig.values()) {
            UUID sleutel = id.apply(h);
            T b = basis.get(sleutel);
            T m = mijn.get(sleutel);
            if (m != null) {
                uit.add(samen.voegSamen(b, h, m));
            } else if (b == null) {
                overgenomen.add(naam.apply(h) + " is door een collega toegevoegd.");
                uit.add(h);
            } else if (h.equals(b)) {
                // I deleted it and the colleague left it alone: it goes.
                continue;
            } else {
                String k = soort + sleutel;
                conflicten.add(new Conflict(k, naam.apply(h) + ": u verwijderde dit, een collega wijzigde het",
                        tekst.apply(b), tekst.apply(h), VERWIJDERD));
                if (keuzes.get(k) != Keuze.MIJN) {
                    if (!keuzes.containsKey(k)) {
                        onbeslist.add(k);
                    }
                    uit.add(h);
                }
            }
        }
        for (T m : mijnLijst) {
            UUID sleutel = id.apply(m);
            if (sleutel != null && huidig.containsKey(sleutel)) {
                continue;
            }
            T b = sleutel == null ? null : basis.get(sleutel);
            if (b == null) {
                uit.add(m);
            } else if (m.equals(b)) {
                overgenomen.add(naam.apply(b) + " is door een collega verwijderd.");
            } else {
                String k = soort + sleutel;
                conflicten.add(new Conflict(k, naam.apply(m) + ": een collega verwijderde dit, u wijzigde het",
                        tekst.apply(b), VERWIJDERD, tekst.apply(m)));
                if (keuzes.get(k) == Keuze.MIJN) {
                    uit.add(m);
                } else if (!keuzes.containsKey(k)) {
                    onbeslist.add(k);
                }
            }
        }
        return uit;
    }

    private <T> T veld(String sleutel, String omschrijving, T basis, T huidig, T mijn, Function<T, String> tekst) {
        if (Objects.equals(huidig, mijn)) {
            return huidig;
        }
        if (Objects.equals(basis, huidig)) {
            return mijn;
        }
        if (Objects.equals(basis, mijn)) {
            overgenomen.add(omschrijving + " is door een collega gewijzigd in '" + tekst.apply(huidig) + "'.");
            return huidig;
        }
        conflicten.add(new Conflict(sleutel, omschrijving, tekst.apply(basis), tekst.apply(huidig), tekst.apply(mijn)));
        Keuze keuze = keuzes.get(sleutel);
        if (keuze == null) {
            onbeslist.add(sleutel);
        }
        return keuze == Keuze.MIJN ? mijn : huidig;
    }

    private static <T> Map<UUID, T> index(List<T> lijst, Function<T, UUID> id) {
        Map<UUID, T> m = new LinkedHashMap<>();
        for (T t : lijst) {
            if (id.apply(t) != null) {
                m.putIfAbsent(id.apply(t), t);
            }
        }
        return m;
    }
}

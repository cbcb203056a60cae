package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What changed between two versions of a plan, in short Dutch sentences for the version history. */
public final class PlanWijzigingen {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private PlanWijzigingen() {
    }

    public static List<String> beschrijf(PlanInhoud oud, PlanInhoud nieuw) {
        List<String> w = new ArrayList<>();
        if (!Objects.equals(oud.evaluatiedatum(), nieuw.evaluatiedatum())) {
            w.add(nieuw.evaluatiedatum() == null ? "Evaluatiedatum weggehaald"
                    : oud.evaluatiedatum() == null ? "Evaluatiedatum gezet op " + datum(nieuw.evaluatiedatum())
                    : "Evaluatiedatum verzet van " + datum(oud.evaluatiedatum()) + " naar " + datum(nieuw.evaluatiedatum()));
        }
        Map<UUID, PlanDoel> oudeDoelen = new LinkedHashMap<>();
        oud.doelen().forEach(d -> oudeDoelen.put(d.id(), d));
        for (PlanDoel d : nieuw.doelen()) {
            PlanDoel o = oudeDoelen.remove(d.id());
            if (o == null) {
                w.add("Doel toegevoegd (" + doelNaam(d) + "): '" + kort(d.doel()) + "'");
                d.acties().forEach(a -> w.add("Actie toegevoegd: '" + kort(a.omschrijving()) + "' (" + eigenaar(a) + ")"));
                continue;
            }
            if (!Objects.equals(o.levensdomein(), d.levensdomein())) {
                w.add("Levensdomein van doel '" + kort(d.doel()) + "' gewijzigd in " + doelNaam(d));
            }
            if (!Objects.equals(o.doel(), d.doel())) {
                w.add("Doel (" + doelNaam(d) + ") gewijzigd in '" + kort(d.doel()) + "'");
            }
            acties(o, d, w);
        }
        oudeDoelen.values().forEach(d -> w.add("Doel verwijderd (" + doelNaam(d) + "): '" + kort(d.doel()) + "'"));
        if (w.isEmpty()) {
            w.add("Opgeslagen zonder wijzigingen");
        }
        return w;
    }

    private static void acties(PlanDoel oud, PlanDoel nieuw, List<String> w) {
        Map<UUID, PlanActie> oudeActies = new LinkedHashMap<>();
        oud.acties().forEach(a -> oudeActies.put(a.id(), a));
        for (PlanActie a : nieuw.acties()) {
            PlanActie o = oudeActies.remove(a.id());
            if (o == null) {
                w.add("Actie toegevoegd: '" + kort(a.omschrijving()) + "' (" + eigenaar(a) + ")");
                continue;
            }
            String naam = "Actie '" + kort(a.omschrijving()) + "'";
            if (!Objects.equals(o.omschrijving(), a.omschrijving())) {
                w.add("Actie '" + kort(o.omschrijving()) + "' heet nu '" + kort(a.omschrijving()) + "'");
            }
            if (!Objects.equals(o.eigenaarType(), a.eigenaarType()) || !Objects.equals(o.eigenaar(), a.eigenaar())) {
                w.add(naam + ": uitvoerder nu " + eigenaar(a));
            }
            if (!Objects.equals(o.uiterlijk(), a.uiterlijk())) {
                w.add(naam + ": uiterlijk klaar " + (a.uiterlijk() == null ? "weggehaald" : "op " + datum(a.uiterlijk())));
            }
            if (!Objects.equals(o.status(), a.status())) {
                w.add(naam + ": status van '" + status(o.status()) + "' naar '" + status(a.status()) + "'");
            }
        }
        oudeActies.values().forEach(a -> w.add("Actie verwijderd: '" + kort(a.omschrijving()) + "'"));
    }

    public static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }

    static String doelNaam(PlanDoel d) {
        return d.levensdomein() == null ? "zonder levensdomein" : d.levensdomein().omschrijving();
    }

    static String kort(String tekst) {
        if (tekst == null) {
            return "";
        }
        String t = tekst.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    static String eigenaar(PlanActie a) {
        return (a.eigenaar() == null ? "" : a.eigenaar()) + (a.eigenaarType() == null ? "" : ", " + a.eigenaarType().omschrijving().toLowerCase(Locale.ROOT));
    }

    private static String status(PlanStatus s) {
        return s == null ? "" : s.omschrijving();
    }

    /** A goal as one line, for showing two versions side by side. */
    static String doelTekst(PlanDoel d) {
        return doelNaam(d) + ": " + (d.doel() == null ? "" : d.doel()) + " (" + d.acties().size()
                + (d.acties().size() == 1 ? " actie)" : " acties)");
    }

    /** An action as one line, for showing two versions side by side. */
    public static String actieTekst(PlanActie a) {
        return (a.omschrijving() == null ? "" : a.omschrijving()) + " — " + eigenaar(a)
                + (a.uiterlijk() == null ? "" : ", uiterlijk " + datum(a.uiterlijk())) + ", " + status(a.status()).toLowerCase(Locale.ROOT);
    }
}

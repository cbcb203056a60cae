package nl.maatwerk.prioriteit.eerlijkheid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.maatwerk.inwoner.Groepskenmerken;
import nl.maatwerk.inwoner.Groepskenmerken.Kenmerken;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.prioriteit.Wachtrij;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The fairness report: for groups that are not inputs of the need score (age band and wijk of the
 * household's applicant), where their items end up in the teams' computed queues. The only code that
 * reads birth dates and wijken for prioritisation purposes; it runs on demand, shows aggregates only,
 * suppresses small groups, and nothing it computes goes back into the scoring (the architecture test
 * checks that no scoring code depends on this package). Gender is not stored in Maatwerk, so it is
 * not reported.
 */
@Service
public class Eerlijkheidsrapport {

    /** The top of a queue: the first fifth of its places. */
    public static final double TOP = 0.2;

    /**
     * One group. Null numbers are suppressed because the group is smaller than {@link KleineGroep#MINIMUM}.
     *
     * @param aandeelInRij   share of all items, in percent
     * @param aandeelInTop   share of the items in the top fifth, in percent
     * @param verhouding     aandeelInTop / aandeelInRij: 1 is even, above 1 more often on top, below 1 less often
     * @param mediaan        median place as percent of the queue (0 top, 100 bottom)
     * @param kwarten        share of the group's items in each quarter of the queue, top first, in percent
     */
    public record Groep(String groep, Integer aantal, Double aandeelInRij, Double aandeelInTop, Double verhouding, Integer mediaan,
            List<Integer> kwarten) {

        public boolean onderdrukt() {
            return aantal == null;
        }
    }

    public record Rapport(Instant berekendOp, int aantalItems, int aantalTeams, List<Groep> leeftijd, List<Groep> wijk, boolean geslachtBekend) {
    }

    private record Positie(double plaats, boolean top) {
    }

    private final Wachtrij wachtrij;
    private final Groepskenmerken groepskenmerken;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;

    Eerlijkheidsrapport(Wachtrij wachtrij, Groepskenmerken groepskenmerken, GebruikerRegister gebruikers, Logboek logboek,
            Clock klok) {
        this.wachtrij = wachtrij;
        this.groepskenmerken = groepskenmerken;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    public Rapport bereken() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.BELEID && g.rol() != Rol.TEAMLEIDER) {
            throw new AccessDeniedException("Alleen beleid en teamleiders");
        }
        return bereken(LocalDate.now(klok));
    }

    Rapport bereken(LocalDate vandaag) {
        Map<UUID, List<Positie>> posities = new HashMap<>();
        List<String> teamIds = gebruikers.teams().stream().map(GebruikerRegister.Team::id).sorted().toList();
        int items = 0;
        int metItems = 0;
        for (String team : teamIds) {
            List<Werkitem> rij = wachtrij.berekendeVolgordeZonderLog(team, vandaag);
            int n = rij.size();
            if (n > 0) {
                metItems++;
            }
            int top = (int) Math.ceil(n * TOP);
            for (int r = 0; r < n; r++) {
                posities.computeIfAbsent(rij.get(r).huishoudenId(), k -> new ArrayList<>()).add(new Positie((r + 0.5) / n, r < top));
            }
            items += n;
        }
        // Only the grouping attributes (birth date, wijk), read after the order is computed: nothing here goes back into it.
        Map<UUID, Kenmerken> kenmerken = groepskenmerken.vanHuishoudens(posities.keySet(), vandaag);
        logboek.registreer("eerlijkheid.toetsen", Verwerkingsactiviteit.EERLIJKHEID_TOETSEN,
                kenmerken.values().stream().map(Kenmerken::betrokkene).distinct().toList(), Instant.now(klok), true);
        List<Groep> leeftijd = groepen(posities, kenmerken, k -> Groepskenmerken.leeftijdsgroep(k.geboortedatum(), vandaag), items,
                Groepskenmerken.LEEFTIJDSGROEPEN);
        List<Groep> wijk = groepen(posities, kenmerken, k -> k.wijk() == null || k.wijk().isBlank() ? "onbekend" : k.wijk(), items, null);
        return new Rapport(Instant.now(klok), items, metItems, leeftijd, wijk, false);
    }

    private static List<Groep> groepen(Map<UUID, List<Positie>> posities, Map<UUID, Kenmerken> kenmerken, Function<Kenmerken, String> groep,
            int totaal, List<String> volgorde) {
        Map<String, List<Positie>> perGroep = new LinkedHashMap<>();
        if (volgorde != null) {
            volgorde.forEach(v -> perGroep.put(v, new ArrayList<>()));
        }
        int topTotaal = 0;
        for (var e : posities.entrySet()) {
            Kenmerken k = kenmerken.get(e.getKey());
            String naam = k == null ? "onbekend" : groep.apply(k);
            perGroep.computeIfAbsent(naam, x -> new ArrayList<>()).addAll(e.getValue());
            topTotaal += (int) e.getValue().stream().filter(Positie::top).count();
        }
        List<Groep> uit = new ArrayList<>();
        List<String> namen = new ArrayList<>(perGroep.keySet());
        if (volgorde == null) {
            namen.sort(String::compareTo);
        }
        for (String naam : namen) {
            List<Positie> p = perGroep.get(naam);
            if (p.isEmpty()) {
                continue;
            }
            if (p.size() < KleineGroep.MINIMUM) {
                uit.add(new Groep(naam, null, null, null, null, null, List.of()));
                continue;
            }
            long inTop = p.stream().filter(Positie::top).count();
            double rij = 100.0 * p.size() / totaal;
            double top = topTotaal == 0 ? 0 : 100.0 * inTop / topTotaal;
            List<Double> plaatsen = p.stream().map(Positie::plaats).sorted().toList();
            int mediaan = (int) Math.round(100 * plaatsen.get(plaatsen.size() / 2));
            List<Integer> kwarten = new ArrayList<>();
            for (int q = 0; q < 4; q++) {
                double van = q / 4.0;
                double tot = (q + 1) / 4.0;
                long inKwart = plaatsen.stream().filter(x -> x >= van && x < tot).count();
                kwarten.add((int) Math.round(100.0 * inKwart / p.size()));
            }
            uit.add(new Groep(naam, p.size(), afgerond(rij), afgerond(top), afgerond(rij == 0 ? 0 : top / rij), mediaan, kwarten));
        }
        return aanvullendOnderdrukt(uit);
    }

    /**
     * Complementary suppression: when exactly one group is hidden, its size and shares follow from the
     * total minus the groups shown, so the smallest shown group is hidden too. Two hidden groups give
     * away only their sum.
     */
    static List<Groep> aanvullendOnderdrukt(List<Groep> groepen) {
        if (groepen.stream().filter(Groep::onderdrukt).count() != 1) {
            return groepen;
        }
        Groep kleinste = groepen.stream().filter(g -> !g.onderdrukt()).min(java.util.Comparator.comparingInt(Groep::aantal)).orElse(null);
        if (kleinste == null) {
            return groepen;
        }
        return groepen.stream().map(g -> g == kleinste ? new Groep(g.groep(), null, null, null, null, null, List.of()) : g).toList();
    }

    private static double afgerond(double x) {
        return Math.round(x * 100) / 100.0;
    }
}

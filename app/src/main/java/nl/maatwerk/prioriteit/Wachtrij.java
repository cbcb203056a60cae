package nl.maatwerk.prioriteit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.toegang.HulpvraagHuishouden;
import nl.maatwerk.toegang.Werkvoorraad;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The work queue of a team: its open requests and its households with regie, an open early debt
 * signal or a safety flag, ordered by need, each with why it is there. A professional picks an item
 * or moves it up or down with a reason; both are logged and shown to the team.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Wachtrij {

    /** One place in the queue: its number, the item with its explanation, who picked it up. */
    public record Plaats(int nummer, Werkitem item, Optional<String> opgepakt) {
    }

    /**
     * One page of the queue: its places (numbered over the whole queue), the page number and size, and
     * how many places there are in all (after the household filter, if any).
     */
    public record Overzicht(String teamId, Gewichteninstelling.Versie gewichten, List<Plaats> plaatsen, long pagina, int paginagrootte,
            long totaal) {

        public long aantalPaginas() {
            return Math.max(1, (totaal + paginagrootte - 1) / paginagrootte);
        }
    }

    private final Werkvoorraad werkvoorraad;
    private final Ordenaar ordenaar;
    private final Factorbron bron;
    private final Gewichteninstelling gewichten;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final JdbcClient jdbc;
    private final HulpvraagHuishouden hulpvraagHuishouden;
    private final Clock klok;

    Wachtrij(Werkvoorraad werkvoorraad, Ordenaar ordenaar, Factorbron bron, Gewichteninstelling gewichten, Huishoudens huishoudens,
            Inzage inzage, GebruikerRegister gebruikers, Logboek logboek, JdbcClient jdbc,
            HulpvraagHuishouden hulpvraagHuishouden, Clock klok) {
        this.werkvoorraad = werkvoorraad;
        this.ordenaar = ordenaar;
        this.bron = bron;
        this.gewichten = gewichten;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.jdbc = jdbc;
        this.hulpvraagHuishouden = hulpvraagHuishouden;
        this.klok = klok;
    }

    /** The whole queue of the user's own team on one page; every household in it is logged. */
    Overzicht vanMijnTeam() {
        return vanMijnTeam(null, 1, Integer.MAX_VALUE);
    }

    /**
     * One page of the user's team queue, optionally of one household; a page beyond the end is empty.
     * Only the households on the returned page are logged: the rest was computed, not shown.
     */
    public Overzicht vanMijnTeam(UUID huishouden, long pagina, int paginagrootte) {
        if (paginagrootte < 1) {
            throw new IllegalArgumentException("paginagrootte < 1");
        }
        Gebruiker g = teamlid();
        List<Plaats> alle = plaatsen(g.teamId()).stream().filter(p -> huishouden == null || p.item().huishoudenId().equals(huishouden))
                .toList();
        long p = Math.max(1, pagina);
        // (p - 1) * size only when it cannot pass the end, so a huge page number cannot overflow.
        int van = p - 1 >= (alle.size() + (long) paginagrootte - 1) / paginagrootte ? alle.size() : (int) ((p - 1) * paginagrootte);
        int tot = (int) Math.min(alle.size(), (long) van + paginagrootte);
        List<Plaats> getoond = alle.subList(van, tot);
        logboek.registreer("wachtrij.tonen", Verwerkingsactiviteit.PRIORITEIT_TONEN,
                huishoudens.betrokkenenVoorLogboek(getoond.stream().map(x -> x.item().huishoudenId()).distinct().toList()), Instant.now(klok), true);
        return new Overzicht(g.teamId(), gewichten.huidige(g.teamId()), List.copyOf(getoond), p, paginagrootte, alle.size());
    }

    /** One item of the user's team queue with its place; only its household is logged. */
    public Plaats plaats(String sleutel) {
        Gebruiker g = teamlid();
        Plaats p = plaatsen(g.teamId()).stream().filter(x -> x.item().sleutel().equals(sleutel)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Item"));
        logboek.registreer("wachtrij.tonen", Verwerkingsactiviteit.PRIORITEIT_TONEN, huishoudens.betrokkenenVoorLogboek(p.item().huishoudenId()),
                Instant.now(klok), true);
        return p;
    }

    /** The page (of the given size) an item of the user's team queue is on now, 1 when it is not there; shows no one. */
    public long paginaVan(String sleutel, int paginagrootte) {
        List<Plaats> alle = plaatsen(teamlid().teamId());
        for (Plaats p : alle) {
            if (p.item().sleutel().equals(sleutel)) {
                return (p.nummer() - 1) / paginagrootte + 1;
            }
        }
        return 1;
    }

    private Gebruiker teamlid() {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        if (g.teamId() == null) {
            throw new AccessDeniedException("U hoort bij geen team");
        }
        return g;
    }

    /** The whole queue of a team in order with who picked what; no access check or log. */
    private List<Plaats> plaatsen(String teamId) {
        List<Werkitem> items = ordenaar.orden(teamId, items(teamId), LocalDate.now(klok));
        Map<String, Ordenaar.Handeling> opgepakt = ordenaar.laatste(teamId, true);
        List<Plaats> plaatsen = new ArrayList<>(items.size());
        for (Werkitem w : items) {
            Ordenaar.Handeling h = opgepakt.get(w.sleutel());
            plaatsen.add(new Plaats(plaatsen.size() + 1, w,
                    Optional.ofNullable(h).map(x -> "Opgepakt door " + x.doorNaam() + " op " + x.datum())));
        }
        return plaatsen;
    }

    /** All items of a team, unordered; no access check or log (see {@link Werkvoorraad#teamItemsZonderLog}). */
    List<Werkitem> items(String teamId) {
        List<Werkitem> items = new ArrayList<>(werkvoorraad.teamItemsZonderLog(teamId));
        // The team's other households with an open signal or a safety flag, as items of their own.
        Set<UUID> metSignaal = bron.huishoudensMetSignaal();
        items.forEach(w -> metSignaal.remove(w.huishoudenId()));
        huishoudens.koppen(metSignaal).values().stream().filter(k -> k.teamId().equals(teamId))
                .forEach(k -> items.add(new Werkitem(k.id(), k.naam(), null, false)));
        return items;
    }

    /**
     * A team's queue in computed order, without explanations, manual moves or log: for aggregate
     * reports that show no one, and for tests. The caller is responsible for access and logging.
     */
    public List<Werkitem> berekendeVolgordeZonderLog(String teamId, LocalDate vandaag) {
        return ordenaar.ordenZonderHandelingen(teamId, items(teamId), vandaag);
    }

    /** "Ik pak dit op": recorded and shown to the team. */
    public void pakOp(String sleutel) {
        handel(sleutel, "opgepakt", null);
    }

    /** Moves an item to the top or the bottom ("boven", "onder") with a reason, or back to its computed place ("terug"). */
    public void verplaats(String sleutel, String richting, String reden) {
        List<Fout> fouten = new ArrayList<>();
        if (richting == null || !List.of("boven", "onder", "terug").contains(richting)) {
            fouten.add(new Fout("richting", "invalid", "Kies bovenaan, onderaan of terug naar de berekende plaats."));
        }
        if (!"terug".equals(richting) && (reden == null || reden.strip().length() < 10)) {
            fouten.add(new Fout("reden", "required", "Schrijf op waarom u dit item verplaatst (minstens 10 tekens)."));
        } else if (reden != null && reden.strip().length() > 1000) {
            fouten.add(new Fout("reden", "size", "De reden is hoogstens 1000 tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        handel(sleutel, richting, reden == null || reden.isBlank() ? null : reden.strip());
    }

    private void handel(String sleutel, String soort, String reden) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Itemsleutel k;
        try {
            k = Itemsleutel.lees(sleutel);
        } catch (IllegalArgumentException e) {
            // A key that does not parse names no item: answered like an item the user has no relation with.
            throw new NietGevondenException("Item");
        }
        UUID huishouden = huishoudenVan(k, g);
        logboek.verwerk("wachtrij." + soort, Verwerkingsactiviteit.PRIORITEIT_KIEZEN, huishoudens.betrokkenenVoorLogboek(huishouden), () ->
                jdbc.sql("insert into prioriteit.wachtrij_handeling (id, team_id, sleutel, soort, reden, door, door_naam) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), g.teamId(), k.toString(), soort, reden, g.gebruikersnaam(), g.naam()).update());
    }

    /** The household of an item of the user's team queue; an item of no household of that team is "not found". */
    private UUID huishoudenVan(Itemsleutel k, Gebruiker g) {
        UUID huishouden = switch (k.soort()) {
            case HULPVRAAG -> hulpvraagHuishouden.van(k.id()).orElse(null);
            case HUISHOUDEN -> k.id();
        };
        if (huishouden == null || g.teamId() == null || !inzage.magHuishoudenZien(g, huishouden)
                || !hoortBijTeam(huishouden, g.teamId())) {
            throw new NietGevondenException("Item");
        }
        return huishouden;
    }

    private boolean hoortBijTeam(UUID huishouden, String teamId) {
        Huishoudens.Kop kop = huishoudens.koppen(List.of(huishouden)).get(huishouden);
        return kop != null && kop.teamId().equals(teamId);
    }
}

package nl.maatwerk.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.inwoner.Zichtbaarheid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Mijn werkvoorraad": the households I coordinate and the open requests I handle or that belong to
 * them. The order comes from a {@link Ordening}, so a later module can order by need instead.
 */
@Service
public class Werkvoorraad {

    /**
     * One line of the work list: a request, or a household without an open request. {@code waarom}
     * is the ordering's explanation of this item's place, or null when the ordering gives none.
     */
    public record Werkitem(UUID huishoudenId, String huishoudenNaam, Hulpvraag hulpvraag, boolean ikBenRegisseur, Waarom waarom) {

        public Werkitem(UUID huishoudenId, String huishoudenNaam, Hulpvraag hulpvraag, boolean ikBenRegisseur) {
            this(huishoudenId, huishoudenNaam, hulpvraag, ikBenRegisseur, null);
        }

        public Optional<Termijn> termijn() {
            return hulpvraag == null ? Optional.empty() : hulpvraag.eersteOpenTermijn();
        }

        /** A stable key of the item: the request, or the household when there is none. */
        public String sleutel() {
            return hulpvraag != null ? "hulpvraag:" + hulpvraag.id() : "huishouden:" + huishoudenId;
        }

        public Werkitem met(Waarom w) {
            return new Werkitem(huishoudenId, huishoudenNaam, hulpvraag, ikBenRegisseur, w);
        }
    }

    /** Why an item is where it is: its points, each factor's part, and a note (for example a manual move). */
    public record Waarom(long punten, List<Bijdrage> bijdragen, String opmerking) {
    }

    /** One factor's part in an item's place; {@code aandeel} is 0 to 100 of the largest part in the list, for a bar. */
    public record Bijdrage(String factor, long punten, String uitleg, int aandeel) {
    }

    /** How the work list is ordered; the reason is shown to the user so the order is explainable. */
    public interface Ordening {
        String uitleg();

        Comparator<Werkitem> volgorde();

        /**
         * Puts the items of a team's member in order and may explain each place. The default sorts by
         * {@link #volgorde()}; an ordering that needs more data (need, signals) fetches it here at once.
         */
        default List<Werkitem> orden(String teamId, List<Werkitem> items) {
            List<Werkitem> kopie = new ArrayList<>(items);
            kopie.sort(volgorde());
            return kopie;
        }
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Hulpvragen hulpvragen;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Ordening ordening;
    private final java.time.Clock klok;

    Werkvoorraad(JdbcClient jdbc, Hulpvragen hulpvragen, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek,
            org.springframework.beans.factory.ObjectProvider<Ordening> ordening, Huishoudens huishoudens, java.time.Clock klok) {
        this.klok = klok;
        this.huishoudens = huishoudens;
        this.jdbc = jdbc;
        this.hulpvragen = hulpvragen;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.ordening = ordening.getIfAvailable(OpTermijn::new);
    }

    public Ordening ordening() {
        return ordening;
    }

    public List<Werkitem> voor(Gebruiker g) {
        inzage.vereisProfessional(g);
        // Only what need-to-know allows today: a request I once handled may since have moved elsewhere.
        List<Object> params = new ArrayList<>(List.of(g.gebruikersnaam(), g.gebruikersnaam()));
        Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        params.addAll(zichtbaar.parameters());
        List<UUID> vragen = jdbc.sql("""
                select v.id from toegang.hulpvraag v
                where v.status not in ('besluit', 'afgesloten') and (v.behandelaar = ?
                   or exists (select 1 from toegang.regie r where r.huishouden_id = v.huishouden_id and r.regisseur = ? and r.tot is null))
                  and v.huishouden_id in (%s)
                """.formatted(zichtbaar.subquery())).params(params).query(UUID.class).list();
        List<Werkitem> items = new ArrayList<>();
        List<Object> regieParams = new ArrayList<>(List.of(g.gebruikersnaam()));
        regieParams.addAll(zichtbaar.parameters());
        Set<UUID> mijnRegie = new java.util.LinkedHashSet<>(jdbc.sql(
                "select huishouden_id from toegang.regie where regisseur = ? and tot is null and huishouden_id in (%s)"
                        .formatted(zichtbaar.subquery())).params(regieParams).query(UUID.class).list());
        for (Hulpvraag h : hulpvragen.laadAlle(vragen)) {
            items.add(new Werkitem(h.huishoudenId(), h.huishoudenNaam(), h, mijnRegie.contains(h.huishoudenId())));
        }
        Set<UUID> metVraag = items.stream().map(Werkitem::huishoudenId).collect(Collectors.toSet());
        List<UUID> zonderVraag = mijnRegie.stream().filter(id -> !metVraag.contains(id)).toList();
        huishoudens.koppen(zonderVraag).values().forEach(k -> items.add(new Werkitem(k.id(), k.naam(), null, true)));
        List<Werkitem> geordend = ordening.orden(g.teamId(), items);
        List<Betrokkene> getoond = huishoudens.betrokkenenVoorLogboek(geordend.stream().map(Werkitem::huishoudenId).distinct().toList());
        logboek.registreer("werkvoorraad.tonen", Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN, getoond, Instant.now(klok), true);
        return geordend;
    }

    /**
     * The requests of a team's households still waiting for a decision and the households of the team under regie without an
     * open request, unordered. Without access check or log: for the team queue, which checks that the
     * user belongs to the team and logs what it shows, and for aggregate reports that show no one.
     */
    public List<Werkitem> teamItemsZonderLog(String teamId) {
        UUID[] vanTeam = huishoudens.vanTeam(teamId).toArray(UUID[]::new);
        List<UUID> vragen = jdbc.sql("select id from toegang.hulpvraag where status not in ('besluit', 'afgesloten') and huishouden_id = any(?)")
                .param(vanTeam).query(UUID.class).list();
        List<Werkitem> items = new ArrayList<>();
        Set<UUID> metVraag = new HashSet<>();
        for (Hulpvraag h : hulpvragen.laadAlle(vragen)) {
            items.add(new Werkitem(h.huishoudenId(), h.huishoudenNaam(), h, false));
            metVraag.add(h.huishoudenId());
        }
        List<UUID> onderRegie = jdbc.sql("select distinct huishouden_id from toegang.regie where tot is null and huishouden_id = any(?)")
                .param(vanTeam).query(UUID.class).list().stream().filter(id -> !metVraag.contains(id)).toList();
        huishoudens.koppen(onderRegie).values().forEach(k -> items.add(new Werkitem(k.id(), k.naam(), null, false)));
        return items;
    }

    /** The default: the legal deadline that runs out first comes first; overdue at the top; then urgency. */
    static final class OpTermijn implements Ordening {

        @Override
        public String uitleg() {
            return "Op volgorde van de wettelijke termijn die het eerst afloopt. Termijnen die al verlopen zijn staan bovenaan. "
                    + "Daarna telt de urgentie die bij de intake is gekozen.";
        }

        @Override
        public Comparator<Werkitem> volgorde() {
            Comparator<Werkitem> opTermijn = Comparator.comparing(w -> w.termijn().map(Termijn::uitersteDatum).orElse(LocalDate.MAX));
            Comparator<Werkitem> opUrgentie = Comparator.comparing(
                    (Werkitem w) -> w.hulpvraag() == null ? -1 : w.hulpvraag().urgentie().ordinal()).reversed();
            return opTermijn.thenComparing(opUrgentie).thenComparing(Werkitem::huishoudenNaam);
        }
    }
}

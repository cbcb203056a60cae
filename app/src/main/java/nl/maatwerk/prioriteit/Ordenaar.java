package nl.maatwerk.prioriteit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.prioriteit.score.Factoren;
import nl.maatwerk.prioriteit.score.Gewichten;
import nl.maatwerk.prioriteit.score.Nood;
import nl.maatwerk.prioriteit.score.Score;
import nl.maatwerk.toegang.Werkvoorraad.Bijdrage;
import nl.maatwerk.toegang.Werkvoorraad.Waarom;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders work items by need with the team's weights, explains each place, and applies the moves
 * professionals made by hand (moved up or down, with a reason): the queue suggests, people decide.
 */
@Component
class Ordenaar {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    /** What someone did with an item: picked it up, or moved it. */
    record Handeling(String sleutel, String soort, String reden, String doorNaam, Instant op) {

        String datum() {
            return DATUM.format(op.atZone(Klok.ZONE));
        }
    }

    private final Factorbron bron;
    private final Gewichteninstelling gewichten;
    private final JdbcClient jdbc;

    Ordenaar(Factorbron bron, Gewichteninstelling gewichten, JdbcClient jdbc) {
        this.bron = bron;
        this.gewichten = gewichten;
        this.jdbc = jdbc;
    }

    List<Werkitem> orden(String teamId, List<Werkitem> items, LocalDate vandaag) {
        Gewichten w = gewichten.huidige(teamId).gewichten();
        Map<String, Factoren> factoren = bron.factoren(items, vandaag);
        List<Werkitem> opNood = Nood.orden(items, i -> factoren.getOrDefault(i.sleutel(), Factoren.GEEN), Werkitem::sleutel, w);
        Map<UUID, String> dragers = Factorbron.dragers(items);
        Map<String, Handeling> verplaatst = teamId == null ? Map.of() : laatste(teamId, false);
        List<Werkitem> boven = new ArrayList<>();
        List<Werkitem> midden = new ArrayList<>();
        List<Werkitem> onder = new ArrayList<>();
        for (Werkitem i : opNood) {
            Handeling h = verplaatst.get(i.sleutel());
            String drager = dragers.get(i.huishoudenId());
            boolean elders = !i.sleutel().equals(drager) && Factorbron.heeftHuishoudpunten(factoren.getOrDefault(drager, Factoren.GEEN));
            Werkitem met = i.met(waarom(Nood.bereken(factoren.getOrDefault(i.sleutel(), Factoren.GEEN), w), h, elders));
            if (h != null && h.soort().equals("boven")) {
                boven.add(met);
            } else if (h != null && h.soort().equals("onder")) {
                onder.add(met);
            } else {
                midden.add(met);
            }
        }
        // The latest move up goes first; among those moved down, the latest goes last.
        boven.sort(Comparator.comparing((Werkitem i) -> verplaatst.get(i.sleutel()).op()).reversed());
        onder.sort(Comparator.comparing((Werkitem i) -> verplaatst.get(i.sleutel()).op()));
        List<Werkitem> uit = new ArrayList<>(items.size());
        uit.addAll(boven);
        uit.addAll(midden);
        uit.addAll(onder);
        return uit;
    }

    /** Only the computed order, without explanations or manual moves: for reports and benchmarks. */
    List<Werkitem> ordenZonderHandelingen(String teamId, List<Werkitem> items, LocalDate vandaag) {
        Gewichten w = gewichten.huidige(teamId).gewichten();
        Map<String, Factoren> factoren = bron.factoren(items, vandaag);
        return Nood.orden(items, i -> factoren.getOrDefault(i.sleutel(), Factoren.GEEN), Werkitem::sleutel, w);
    }

    /** Said on a household's other items, so the lower place is explained (see {@link Factorbron#dragers}). */
    static final String ELDERS = "Dit huishouden heeft meer open items. De punten van het huishouden (ZRM, betalingsachterstand, "
            + "acuut onveilig) tellen één keer: bij het item met de eerste termijn, of anders het oudste. Hier tellen alleen de termijn "
            + "en de wachttijd.";

    static Waarom waarom(Score s, Handeling h, boolean elders) {
        List<Bijdrage> b = s.bijdragen().stream().map(x -> new Bijdrage(x.factor().omschrijving(), x.punten(), x.uitleg(),
                s.punten() == 0 ? 0 : (int) Math.max(1, Math.round(100.0 * x.punten() / s.punten())))).toList();
        String opmerking = null;
        if (h != null && !h.soort().equals("terug")) {
            opmerking = (h.soort().equals("boven") ? "Met de hand bovenaan gezet" : "Met de hand onderaan gezet") + " door "
                    + h.doorNaam() + " op " + h.datum() + ": \u201c" + h.reden() + "\u201d";
        }
        if (elders) {
            opmerking = opmerking == null ? ELDERS : opmerking + " " + ELDERS;
        }
        return new Waarom(s.punten(), b, opmerking);
    }

    /** The latest pick (opgepakt) or the latest move per item of a team. */
    Map<String, Handeling> laatste(String teamId, boolean opgepakt) {
        Map<String, Handeling> m = new HashMap<>();
        jdbc.sql("select distinct on (sleutel) sleutel, soort, reden, door_naam, op from prioriteit.wachtrij_handeling where team_id = ? and "
                        + (opgepakt ? "soort = 'opgepakt'" : "soort <> 'opgepakt'") + " order by sleutel, op desc")
                .param(teamId)
                .query((rs, i) -> m.put(rs.getString(1), new Handeling(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())))
                .list();
        return m;
    }
}

package nl.maatwerk.logboek.opslag;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.LogboekInzage;
import nl.maatwerk.logboek.LogboekRecord;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.logboek.Verificatie;
import nl.maatwerk.platform.Klok;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcLogboekInzage implements LogboekInzage {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss", Locale.forLanguageTag("nl-NL"));

    private final JdbcTemplate jdbc;
    private final Pseudoniemen pseudoniemen;
    private final Ketting ketting;
    private final Ankers ankers;

    JdbcLogboekInzage(JdbcTemplate jdbc, Pseudoniemen pseudoniemen, Ketting ketting, Ankers ankers) {
        this.jdbc = jdbc;
        this.pseudoniemen = pseudoniemen;
        this.ketting = ketting;
        this.ankers = ankers;
    }

    @Override
    public List<OngewoneToegang> ongewoneToegang(Instant vanaf, int drempel, int max) {
        String lokaal = "(starttijd at time zone '" + nl.maatwerk.platform.Klok.ZONE.getId() + "')";
        String nacht = "(extract(hour from " + lokaal + ") >= 22 or extract(hour from " + lokaal + ") < 6)";
        return jdbc.query("select actor, " + lokaal + "::date as dag, count(distinct betrokkene_id) as betrokkenen, "
                + "count(distinct betrokkene_id) filter (where " + nacht + ") as nachts "
                + "from logboek.logboek_record where starttijd >= ? and actor not like 'systeem%' "
                + "group by 1, 2 having count(distinct betrokkene_id) > ? or count(*) filter (where " + nacht + ") > 0 "
                + "order by 2 desc, 3 desc, 1 limit ?",
                (rs, i) -> new OngewoneToegang(rs.getString("actor"), rs.getObject("dag", java.time.LocalDate.class),
                        rs.getLong("betrokkenen"), rs.getLong("nachts")),
                Timestamp.from(vanaf), drempel, max);
    }

    @Override
    public Pagina zoek(Filter filter, int pagina, int grootte) {
        StringBuilder waar = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.bsn() != null && !filter.bsn().isBlank()) {
            waar.append(" and betrokkene_id = ?");
            params.add(pseudoniemen.van(Betrokkene.bsn(filter.bsn().trim())));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            waar.append(" and actor = ?");
            params.add(filter.actor().trim());
        }
        if (filter.van() != null) {
            waar.append(" and starttijd >= ?");
            params.add(Timestamp.from(filter.van()));
        }
        if (filter.tot() != null) {
            waar.append(" and starttijd < ?");
            params.add(Timestamp.from(filter.tot()));
        }
        Long totaal = jdbc.queryForObject("select count(*) from logboek.logboek_record" + waar, Long.class, params.toArray());
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(grootte);
        metPagina.add((long) (pagina - 1) * grootte);
        List<LogboekRecord> records = jdbc.query("select * from logboek.logboek_record" + waar
                + " order by volgnummer desc limit ? offset ?", JdbcLogboek::lees, metPagina.toArray());
        return new Pagina(records, pagina, grootte, totaal == null ? 0 : totaal);
    }

    /**
     * Recomputes the chain: each record in order, linked to the one before, with the hash of its kind
     * (plain SHA-256 up to the transition point of V18, the keyed HMAC after it). Then compares it with
     * the anchor points outside the database: each anchored record must still be there with the same
     * hash, so a tail that was cut off or a chain rewritten without the key shows, and the transition
     * point must be the one the anchors signed.
     */
    @Override
    @Transactional(readOnly = true)
    public Verificatie verifieer() {
        Ankers.Gelezen gelezen = ankers.lees();
        List<String> bevindingen = new ArrayList<>(gelezen.ongeldig());
        Optional<Long> overgangInDatabase = jdbc.query("select laatste_ongesleuteld from logboek.ketenovergang",
                (rs, i) -> rs.getLong(1)).stream().findFirst();
        long overgang;
        if (gelezen.ankers().isEmpty()) {
            overgang = overgangInDatabase.orElse(0L);
        } else {
            overgang = gelezen.ankers().getFirst().overgang();
            if (gelezen.ankers().stream().anyMatch(a -> a.overgang() != overgang)) {
                bevindingen.add("De ankerpunten noemen niet allemaal hetzelfde overgangspunt naar de gesleutelde keten.");
            }
            if (!overgangInDatabase.equals(Optional.of(overgang))) {
                bevindingen.add("Het overgangspunt naar de gesleutelde keten staat in de database op "
                        + overgangInDatabase.map(v -> "record " + v).orElse("niets") + ", maar de ankerpunten leggen record " + overgang
                        + " vast. Iemand heeft het in de database veranderd, bijvoorbeeld om herschreven records als oude records te laten "
                        + "controleren. De controle gebruikt het overgangspunt van de ankerpunten.");
            }
        }
        if (overgangInDatabase.isEmpty() && gelezen.ankers().isEmpty()) {
            bevindingen.add("Het overgangspunt naar de gesleutelde keten ontbreekt in de database.");
        }
        Map<Long, List<Ankers.Anker>> perRecord = new HashMap<>();
        gelezen.ankers().forEach(a -> perRecord.computeIfAbsent(a.volgnummer(), v -> new ArrayList<>()).add(a));

        var staat = new Object() {
            long gecontroleerd;
            long verwacht = 1;
            long laatste;
            String vorige = Ketting.BEGIN;
            Long afwijking;
            String reden;
            String ankerAfwijking;
        };
        // A copy with a fetch size, so a million records stream instead of filling memory.
        JdbcTemplate stroom = new JdbcTemplate(jdbc.getDataSource());
        stroom.setFetchSize(1000);
        stroom.query("select * from logboek.logboek_record order by volgnummer", (RowCallbackHandler) rs -> {
            LogboekRecord r = JdbcLogboek.lees(rs, 0);
            staat.laatste = r.volgnummer();
            for (Ankers.Anker a : perRecord.getOrDefault(r.volgnummer(), List.of())) {
                if (staat.ankerAfwijking == null && !Ketting.gelijk(a.hash(), r.hash())) {
                    staat.ankerAfwijking = "Record " + r.volgnummer() + " is niet meer het record dat het ankerpunt van "
                            + moment(a.vastgelegdOp()) + " vastlegde: het is daarna herschreven.";
                }
            }
            if (staat.afwijking != null) {
                return;
            }
            staat.gecontroleerd++;
            boolean ongesleuteld = r.volgnummer() <= overgang;
            if (r.volgnummer() != staat.verwacht) {
                staat.afwijking = staat.verwacht;
                staat.reden = "Record " + staat.verwacht + " ontbreekt.";
            } else if (!r.vorigeHash().equals(staat.vorige)) {
                staat.afwijking = r.volgnummer();
                staat.reden = "Record " + r.volgnummer() + " verwijst niet naar het record ervoor.";
            } else if (ongesleuteld ? !Ketting.gelijk(Ketting.ongesleuteld(r), r.hash()) : !Ketting.gelijk(ketting.hash(r), r.hash())) {
                staat.afwijking = r.volgnummer();
                staat.reden = ongesleuteld ? "De inhoud van record " + r.volgnummer() + " is gewijzigd."
                        : "De inhoud van record " + r.volgnummer() + " is gewijzigd: de gesleutelde hash past er niet bij. Het record is "
                                + "aangepast, of de keten is vanaf hier opnieuw berekend door iemand zonder de sleutel.";
            }
            staat.vorige = r.hash();
            staat.verwacht++;
        });

        if (staat.ankerAfwijking != null) {
            bevindingen.add(staat.ankerAfwijking);
        }
        Long eersteAfwijking = staat.afwijking;
        Optional<Ankers.Anker> verste = gelezen.ankers().stream().max(java.util.Comparator.comparingLong(Ankers.Anker::volgnummer));
        if (verste.isPresent() && verste.get().volgnummer() > staat.laatste) {
            long m = verste.get().volgnummer();
            bevindingen.add("Aan het eind ontbreken records: het ankerpunt van " + moment(verste.get().vastgelegdOp()) + " legde record " + m
                    + " vast, maar het logboek eindigt bij record " + staat.laatste + ". "
                    + (m == staat.laatste + 1 ? "Record " + m + " is" : "Records " + (staat.laatste + 1) + " tot en met " + m + " zijn")
                    + " weggehaald.");
            if (eersteAfwijking == null) {
                eersteAfwijking = staat.laatste + 1;
            }
        }
        ankers.laatsteHier().filter(hier -> gelezen.ankers().stream().noneMatch(a -> a.equals(hier))).ifPresent(hier -> bevindingen.add(
                "Het ankerbestand mist het ankerpunt van " + moment(hier.vastgelegdOp()) + " (record " + hier.volgnummer()
                        + ") dat deze server zelf schreef. Het bestand is ingekort of vervangen."));
        if (gelezen.ankers().isEmpty()) {
            bevindingen.add("Er is geen ankerpunt buiten de database gevonden (" + ankers.bestand() + "). Of er aan het eind records "
                    + "zijn weggehaald, is daardoor niet vast te stellen.");
        }

        int aantalAnkers = gelezen.ankers().size();
        Instant laatsteAnker = gelezen.laatste().map(Ankers.Anker::vastgelegdOp).orElse(null);
        if (staat.afwijking == null && bevindingen.isEmpty()) {
            Ankers.Anker a = gelezen.laatste().orElseThrow();
            return new Verificatie(true, staat.gecontroleerd, null, "Alle " + staat.gecontroleerd
                    + " records zijn ongewijzigd en sluiten op elkaar aan. Ze passen bij alle " + aantalAnkers
                    + " ankerpunten buiten de database; het laatste is van " + moment(a.vastgelegdOp()) + " (record " + a.volgnummer() + ").",
                    List.of(), aantalAnkers, laatsteAnker);
        }
        List<String> alles = new ArrayList<>();
        if (staat.reden != null) {
            alles.add(staat.reden);
        }
        alles.addAll(bevindingen);
        return new Verificatie(false, staat.gecontroleerd, eersteAfwijking, String.join(" ", alles), List.copyOf(alles), aantalAnkers,
                laatsteAnker);
    }

    private static String moment(Instant op) {
        return MOMENT.format(op.atZone(Klok.ZONE));
    }
}

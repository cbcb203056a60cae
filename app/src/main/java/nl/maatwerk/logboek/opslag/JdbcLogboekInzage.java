package nl.maatwerk.logboek.opslag;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.LogboekInzage;
import nl.maatwerk.logboek.LogboekRecord;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.logboek.Verificatie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcLogboekInzage implements LogboekInzage {

    private final JdbcTemplate jdbc;
    private final Pseudoniemen pseudoniemen;

    JdbcLogboekInzage(JdbcTemplate jdbc, Pseudoniemen pseudoniemen) {
        this.jdbc = jdbc;
        this.pseudoniemen = pseudoniemen;
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

    @Override
    @Transactional(readOnly = true)
    public Verificatie verifieer() {
        var staat = new Object() {
            long gecontroleerd;
            long verwacht = 1;
            String vorige = Ketting.BEGIN;
            Long afwijking;
            String reden;
        };
        // A copy with a fetch size, so a million records stream instead of filling memory.
        JdbcTemplate stroom = new JdbcTemplate(jdbc.getDataSource());
        stroom.setFetchSize(1000);
        stroom.query("select * from logboek.logboek_record order by volgnummer", (RowCallbackHandler) rs -> {
            if (staat.afwijking != null) {
                return;
            }
            LogboekRecord r = JdbcLogboek.lees(rs, 0);
            staat.gecontroleerd++;
            if (r.volgnummer() != staat.verwacht) {
                staat.afwijking = staat.verwacht;
                staat.reden = "Record " + staat.verwacht + " ontbreekt.";
            } else if (!r.vorigeHash().equals(staat.vorige)) {
                staat.afwijking = r.volgnummer();
                staat.reden = "Record " + r.volgnummer() + " verwijst niet naar het record ervoor.";
            } else if (!Ketting.hash(r).equals(r.hash())) {
                staat.afwijking = r.volgnummer();
                staat.reden = "De inhoud van record " + r.volgnummer() + " is gewijzigd.";
            }
            staat.vorige = r.hash();
            staat.verwacht++;
        });
        if (staat.afwijking != null) {
            return new Verificatie(false, staat.gecontroleerd, staat.afwijking, staat.reden);
        }
        return new Verificatie(true, staat.gecontroleerd, null,
                "Alle " + staat.gecontroleerd + " records zijn ongewijzigd en sluiten op elkaar aan.");
    }
}

package nl.maatwerk.thermometer;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Linktoken;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up measurement rounds: themes with their intent, the questionnaire, layers and one-time
 * invitation links. Once answers have arrived (a draft or a sent questionnaire) the questionnaire
 * is fixed, so that everyone answered the same questions; only layers and a later end date may
 * still be added.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Metingen {

    public static final int MAX_UITNODIGINGEN = 500;

    /** A new round: name, end date, layers, which default themes, and optionally one theme of its own. */
    public record Nieuw(String naam, LocalDate einddatum, List<Laag> lagen, List<String> themas, String eigenThema) {
    }

    /** New texts for a theme: its name, the intent, the open question and statement texts by id. */
    public record Themawijziging(String naam, String bedoeling, String openVraag, Map<UUID, String> stellingen) {
    }

    /** A round in the list, with how far the answering is. */
    public record Overzicht(UUID id, String naam, LocalDate einddatum, boolean open, int uitnodigingen, int ingediend) {
    }

    /** Per layer: links made and questionnaires sent. */
    public record Stand(Laag laag, int uitnodigingen, int ingediend) {
    }

    /**
     * One time someone made links: who, when, for which layer, how many. Shown to everyone who sees
     * the round, so that one person filling a layer with links of their own is visible.
     */
    public record Uitgifte(Instant op, String door, Laag laag, int aantal) {
    }

    /** Per person: how many links they made for a layer, out of all links of that layer. */
    public record UitgifteDoor(String door, Laag laag, int aantal, int vanLaag) {

        /** More than half of a layer's links came from one person. */
        public boolean meerderheid() {
            return aantal * 2 > vanLaag;
        }
    }

    /** Thrown when a round whose results have been seen would take answers again. */
    public static final class ResultatenGezienException extends nl.maatwerk.platform.ConflictException {
        ResultatenGezienException(String wat) {
            super(wat + " De uitkomsten van deze meting zijn al bekeken. Daarna kan niemand meer antwoorden: wie de uitkomsten"
                    + " voor en na één extra antwoord vergelijkt, ziet wat die ene persoon heeft geantwoord. Begin een nieuwe meting.");
        }
    }

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;
    private final Antwoordpool pool;
    private final Clock klok;

    Metingen(JdbcClient jdbc, GebruikerRegister gebruikers, Antwoordpool pool, Clock klok) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.pool = pool;
        this.klok = klok;
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    public List<Overzicht> lijst() {
        return jdbc.sql("""
                select m.id, m.naam, m.einddatum,
                       (select count(*) from thermometer.thermometer_uitnodiging u where u.meting_id = m.id),
                       (select count(*) from thermometer.thermometer_uitnodiging u where u.meting_id = m.id and u.ingediend),
                       m.resultaten_gezien_op is null
                from thermometer.thermometer_meting m order by m.aangemaakt_op desc, m.naam
                """).query((rs, i) -> new Overzicht(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
                        !vandaag().isAfter(rs.getDate(3).toLocalDate()) && rs.getBoolean(6), rs.getInt(4), rs.getInt(5))).list();
    }

    public Meting lees(UUID id) {
        return zoek(id).orElseThrow(() -> new NietGevondenException("Meting"));
    }

    java.util.Optional<Meting> zoek(UUID id) {
        var kop = jdbc.sql("select naam, einddatum, aangemaakt_op, resultaten_gezien_op from thermometer.thermometer_meting where id = ?").param(id)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toInstant(),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()})
                .optional();
        if (kop.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Laag> lagen = jdbc.sql("select laag from thermometer.thermometer_laag where meting_id = ?").param(id)
                .query((rs, i) -> Laag.vanCode(rs.getString(1))).list().stream().sorted().toList();
        List<Thema> themas = jdbc.sql("select code, naam, bedoeling, open_vraag, volgorde from thermometer.thermometer_thema where meting_id = ? order by volgorde")
                .param(id).query((rs, i) -> new Thema(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
        List<Stelling> stellingen = jdbc.sql("""
                select s.id, s.thema_code, s.dimensie, s.aspect, s.tekst, s.volgorde from thermometer.thermometer_stelling s
                join thermometer.thermometer_thema t on t.meting_id = s.meting_id and t.code = s.thema_code
                where s.meting_id = ? order by t.volgorde, s.volgorde
                """).param(id).query((rs, i) -> new Stelling(rs.getObject(1, UUID.class), rs.getString(2),
                Dimensie.vanCode(rs.getString(3)), Aspect.vanCode(rs.getString(4)), rs.getString(5), rs.getInt(6))).list();
        Object[] k = kop.get();
        return java.util.Optional.of(new Meting(id, (String) k[0], (LocalDate) k[1], (java.time.Instant) k[2], lagen, themas, stellingen,
                (java.time.Instant) k[3]));
    }

    /** Whether a draft or a sent questionnaire exists: then the questionnaire may no longer change. */
    public boolean heeftAntwoorden(UUID id) {
        return jdbc.sql("select exists (select 1 from thermometer.thermometer_uitnodiging where meting_id = ? and (ingediend or concept is not null))")
                .param(id).query(Boolean.class).single();
    }

    public List<Stand> stand(UUID id) {
        Map<Laag, Stand> per = new EnumMap<>(Laag.class);
        lees(id).lagen().forEach(l -> per.put(l, new Stand(l, 0, 0)));
        jdbc.sql("select laag, count(*), count(*) filter (where ingediend) from thermometer.thermometer_uitnodiging where meting_id = ? group by laag")
                .param(id).query((rs, i) -> new Stand(Laag.vanCode(rs.getString(1)), rs.getInt(2), rs.getInt(3)))
                .list().forEach(s -> per.put(s.laag(), s));
        return List.copyOf(per.values());
    }

    /** Creates a round with the default questionnaire; every problem with the input is reported at once. */
    @Transactional
    public UUID maak(Nieuw n) {
        List<Fout> fouten = new ArrayList<>();
        String naam = n.naam() == null ? "" : n.naam().strip();
        if (naam.isEmpty() || naam.length() > 200) {
            fouten.add(new Fout("naam", "required", "Geef de meting een naam van hoogstens 200 tekens."));
        }
        if (n.einddatum() == null) {
            fouten.add(new Fout("einddatum", "required", "Vul de einddatum in."));
        } else if (n.einddatum().isBefore(vandaag())) {
            fouten.add(new Fout("einddatum", "range", "De einddatum mag niet in het verleden liggen."));
        }
        if (n.lagen() == null || n.lagen().isEmpty()) {
            fouten.add(new Fout("lagen", "required", "Kies ten minste één laag."));
        }
        List<String> themas = n.themas() == null ? List.of() : n.themas();
        for (int i = 0; i < themas.size(); i++) {
            if (!StandaardVragenlijst.themaCodes().contains(themas.get(i))) {
                fouten.add(new Fout("themas[" + i + "]", "invalid", "Kies een thema uit de lijst."));
            }
        }
        String eigen = n.eigenThema() == null ? "" : n.eigenThema().strip();
        String eigenCode = code(eigen);
        if (!eigen.isEmpty() && (eigen.length() > 80 || eigenCode.isEmpty())) {
            fouten.add(new Fout("eigenThema", "invalid", "Geef het eigen thema een naam van hoogstens 80 tekens, met letters."));
        } else if (!eigen.isEmpty() && (themas.contains(eigenCode) || StandaardVragenlijst.themaCodes().contains(eigenCode))) {
            fouten.add(new Fout("eigenThema", "invalid", "Dit thema staat al in de lijst. Kies het daar."));
        }
        if (themas.isEmpty() && eigen.isEmpty()) {
            fouten.add(new Fout("themas", "required", "Kies ten minste één thema."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into thermometer.thermometer_meting (id, naam, einddatum, aangemaakt_door) values (?, ?, ?, ?)")
                .params(id, naam, Date.valueOf(n.einddatum()), gebruikers.huidige().gebruikersnaam()).update();
        for (Laag l : new LinkedHashSet<>(n.lagen())) {
            jdbc.sql("insert into thermometer.thermometer_laag (meting_id, laag) values (?, ?)").params(id, l.code()).update();
        }
        int volgorde = 1;
        for (String code : StandaardVragenlijst.themaCodes()) {
            if (themas.contains(code)) {
                voegThemaToe(id, code, StandaardVragenlijst.naam(code), volgorde++);
            }
        }
        if (!eigen.isEmpty()) {
            voegThemaToe(id, eigenCode, eigen, volgorde);
        }
        return id;
    }

    private void voegThemaToe(UUID meting, String code, String naam, int volgorde) {
        Thema t = new Thema(code, naam, null, "", volgorde);
        jdbc.sql("insert into thermometer.thermometer_thema (meting_id, code, naam, open_vraag, volgorde) values (?, ?, ?, ?, ?)")
                .params(meting, code, naam, StandaardVragenlijst.openVraag(t.inZin()), volgorde).update();
        int i = 1;
        for (String[] s : StandaardVragenlijst.stellingen(t.inZin())) {
            jdbc.sql("insert into thermometer.thermometer_stelling (id, meting_id, thema_code, dimensie, aspect, tekst, volgorde) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), meting, code, s[0], s[1], s[2], i++).update();
        }
    }

    /** A code for a theme name: lower case letters, digits and dashes ("Wonen en zorg" → "wonen-en-zorg"). */
    static String code(String naam) {
        String zonderAccenten = java.text.Normalizer.normalize(naam.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String c = zonderAccenten.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return c.length() > 40 ? c.substring(0, 40) : c;
    }

    /** Changes a theme's name, intent, open question and statement texts, as long as nobody has answered yet. */
    @Transactional
    public void wijzigThema(UUID id, String code, Themawijziging w) {
        Meting m = lees(id);
        Thema t = m.thema(code).orElseThrow(() -> new NietGevondenException("Thema"));
        vereisGeenAntwoorden(id);
        List<Fout> fouten = new ArrayList<>();
        String naam = w.naam() == null ? "" : w.naam().strip();
        if (naam.isEmpty() || naam.length() > 80) {
            fouten.add(new Fout("naam", "required", "Geef het thema een naam van hoogstens 80 tekens."));
        }
        String bedoeling = w.bedoeling() == null ? "" : w.bedoeling().strip();
        if (bedoeling.length() > 2000) {
            fouten.add(new Fout("bedoeling", "range", "Schrijf de bedoeling in hoogstens 2000 tekens."));
        }
        String vraag = w.openVraag() == null ? "" : w.openVraag().strip();
        if (vraag.isEmpty() || vraag.length() > 300) {
            fouten.add(new Fout("openVraag", "required", "Vul de open vraag in, in hoogstens 300 tekens."));
        }
        List<Stelling> stellingen = m.stellingen(code);
        Map<UUID, String> teksten = w.stellingen() == null ? Map.of() : w.stellingen();
        for (int i = 0; i < stellingen.size(); i++) {
            String tekst = teksten.get(stellingen.get(i).id());
            if (tekst == null || tekst.isBlank() || tekst.strip().length() > 300) {
                fouten.add(new Fout("stellingen[" + i + "].tekst", "required", "Vul stelling " + (i + 1) + " in, in hoogstens 300 tekens."));
            }
        }
        Set<UUID> bekend = new java.util.HashSet<>(stellingen.stream().map(Stelling::id).toList());
        if (!bekend.containsAll(teksten.keySet())) {
            fouten.add(new Fout("stellingen", "unknown", "Een stelling hoort niet bij dit thema."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("update thermometer.thermometer_thema set naam = ?, bedoeling = ?, open_vraag = ? where meting_id = ? and code = ?")
                .params(naam, bedoeling.isEmpty() ? null : bedoeling, vraag, id, t.code()).update();
        for (Stelling s : stellingen) {
            jdbc.sql("update thermometer.thermometer_stelling set tekst = ? where id = ?").params(teksten.get(s.id()).strip(), s.id()).update();
        }
    }

    private void vereisGeenAntwoorden(UUID id) {
        if (heeftAntwoorden(id)) {
            throw new OngeldigeInvoerException("meting", "locked",
                    "Er zijn al antwoorden binnen. De vragen kunnen niet meer veranderen; u kunt alleen lagen toevoegen of de einddatum verlengen.");
        }
    }

    @Transactional
    public void voegLaagToe(UUID id, Laag laag) {
        Meting m = lees(id);
        if (laag == null) {
            throw new OngeldigeInvoerException("laag", "required", "Kies een laag.");
        }
        if (m.lagen().contains(laag)) {
            throw new OngeldigeInvoerException("laag", "invalid", "Deze laag doet al mee.");
        }
        jdbc.sql("insert into thermometer.thermometer_laag (meting_id, laag) values (?, ?)").params(id, laag.code()).update();
    }

    /**
     * Only a later end date: an earlier one would close links that people were promised. Never after
     * the results have been seen: reopening would let one more answer be compared with them.
     */
    @Transactional
    public void verlengEinddatum(UUID id, LocalDate nieuw) {
        Meting m = lees(id);
        if (pool.vergrendelEnGezien(id)) {
            throw new ResultatenGezienException("De einddatum kan niet meer verlengd worden.");
        }
        if (nieuw == null) {
            throw new OngeldigeInvoerException("einddatum", "required", "Vul de nieuwe einddatum in.");
        }
        if (!nieuw.isAfter(m.einddatum()) || nieuw.isBefore(vandaag())) {
            throw new OngeldigeInvoerException("einddatum", "range", "De nieuwe einddatum moet na de huidige einddatum en niet in het verleden liggen.");
        }
        jdbc.sql("update thermometer.thermometer_meting set einddatum = ? where id = ?").params(Date.valueOf(nieuw), id).update();
    }

    /**
     * Closes a round now: its links stop working and its results can be seen. Results stay hidden
     * while a round is open, because comparing them before and after one more answer would show
     * that person's answers.
     */
    @Transactional
    public void sluitAf(UUID id) {
        pool.vergrendelEnGezien(id);
        Meting m = lees(id);
        if (!m.isOpen(vandaag())) {
            throw new OngeldigeInvoerException("einddatum", "invalid", "Deze meting is al gesloten.");
        }
        jdbc.sql("update thermometer.thermometer_meting set einddatum = ? where id = ?").params(Date.valueOf(vandaag().minusDays(1)), id).update();
        pool.alles(m);
    }

    /**
     * Makes {@code aantal} one-time links for a layer and returns their tokens. They are shown once:
     * only their hashes are stored.
     */
    @Transactional
    public List<String> maakUitnodigingen(UUID id, Laag laag, Integer aantal) {
        Meting m = lees(id);
        if (m.resultatenGezien()) {
            throw new ResultatenGezienException("Er kunnen geen links meer bij.");
        }
        List<Fout> fouten = new ArrayList<>();
        if (laag == null || !m.lagen().contains(laag)) {
            fouten.add(new Fout("laag", "invalid", "Kies een laag die meedoet aan deze meting."));
        }
        if (aantal == null || aantal < 1 || aantal > MAX_UITNODIGINGEN) {
            fouten.add(new Fout("aantal", "range", "Kies een aantal van 1 tot en met " + MAX_UITNODIGINGEN + "."));
        }
        if (!m.isOpen(vandaag())) {
            fouten.add(new Fout("meting", "closed", "Deze meting is gesloten. Verleng eerst de einddatum."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID uitgifte = UUID.randomUUID();
        jdbc.sql("insert into thermometer.thermometer_uitgifte (id, meting_id, laag, aantal, door, op) values (?, ?, ?, ?, ?, ?)")
                .params(uitgifte, id, laag.code(), aantal, gebruikers.huidige().gebruikersnaam(), java.sql.Timestamp.from(Instant.now(klok)))
                .update();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            String token = Linktoken.nieuw();
            jdbc.sql("insert into thermometer.thermometer_uitnodiging (token_hash, meting_id, laag, uitgifte_id) values (?, ?, ?, ?)")
                    .params(Linktoken.hash(token), id, laag.code(), uitgifte).update();
            tokens.add(token);
        }
        return tokens;
    }

    /** Every time links were made for this round, newest first. */
    public List<Uitgifte> uitgiften(UUID id) {
        return jdbc.sql("select op, door, laag, aantal from thermometer.thermometer_uitgifte where meting_id = ? order by op desc, laag")
                .param(id)
                .query((rs, i) -> new Uitgifte(rs.getTimestamp(1).toInstant(), rs.getString(2), Laag.vanCode(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    /**
     * Per person and layer: how many links they made, beside all links of that layer (also those
     * made before issuances were recorded, which count under nobody).
     */
    public List<UitgifteDoor> uitgiftenPerPersoon(UUID id) {
        return jdbc.sql("""
                select g.door, g.laag, sum(g.aantal)::int,
                       (select count(*) from thermometer.thermometer_uitnodiging u where u.meting_id = g.meting_id and u.laag = g.laag)::int
                from thermometer.thermometer_uitgifte g where g.meting_id = ?
                group by g.meting_id, g.laag, g.door order by g.laag, g.door
                """).param(id)
                .query((rs, i) -> new UitgifteDoor(rs.getString(1), Laag.vanCode(rs.getString(2)), rs.getInt(3), rs.getInt(4)))
                .list().stream().sorted(java.util.Comparator.comparing(UitgifteDoor::laag).thenComparing(UitgifteDoor::door)).toList();
    }
}

package nl.maatwerk.thermometer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.Linktoken;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Answering through a one-time link, without logging in. The link's draft is kept with the link
 * until the respondent sends it; sending closes the link for good, and the answers move later, in a
 * shuffled batch of their layer with only the layer and a fresh random response id, into the answer
 * tables ({@link Antwoordpool}).
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Beantwoording {

    public static final int MAX_OPEN_ANTWOORD = 2000;
    /** The value of "weet ik niet": an answer, but no score. */
    public static final int WEET_NIET = 0;

    public enum Reden {
        /** Never made by us, mistyped, or of a round that was removed. */
        ONBEKEND,
        /** The round's end date has passed. */
        VERLOPEN,
        /** Already sent: a link is used once. */
        GEBRUIKT
    }

    public static class LinkOngeldigException extends RuntimeException {

        private final Reden reden;

        public LinkOngeldigException(Reden reden) {
            super("Link " + reden.name().toLowerCase(java.util.Locale.ROOT));
            this.reden = reden;
        }

        public Reden reden() {
            return reden;
        }
    }

    /** The draft: a score (0 = weet ik niet) per statement id, an open answer per theme code. */
    record Concept(Map<String, Integer> scores, Map<String, String> open) {

        static Concept leeg() {
            return new Concept(new HashMap<>(), new HashMap<>());
        }
    }

    /** What a respondent sees of their link: the round, their layer and their draft so far. */
    public record Sessie(Meting meting, Laag laag, Map<String, Integer> scores, Map<String, String> open) {

        public Integer score(Stelling s) {
            return scores.get(s.id().toString());
        }

        public String open(String thema) {
            return open.getOrDefault(thema, "");
        }

        public boolean compleet(String thema) {
            return meting.stellingen(thema).stream().allMatch(s -> scores.containsKey(s.id().toString()));
        }

        public boolean begonnen() {
            return !scores.isEmpty() || !open.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final Metingen metingen;
    private final Antwoordpool pool;
    private final ObjectMapper json;
    private final Clock klok;

    Beantwoording(JdbcClient jdbc, Metingen metingen, Antwoordpool pool, ObjectMapper json, Clock klok) {
        this.jdbc = jdbc;
        this.metingen = metingen;
        this.pool = pool;
        this.json = json;
        this.klok = klok;
    }

    private record Rij(UUID meting, Laag laag, String concept, boolean ingediend) {
    }

    private Rij rij(String token, boolean vergrendel) {
        if (!Linktoken.heeftGeldigeVorm(token)) {
            throw new LinkOngeldigException(Reden.ONBEKEND);
        }
        return jdbc.sql("select meting_id, laag, concept::text, ingediend from thermometer.thermometer_uitnodiging where token_hash = ?"
                        + (vergrendel ? " for update" : ""))
                .param(Linktoken.hash(token))
                .query((rs, i) -> new Rij(rs.getObject(1, UUID.class), Laag.vanCode(rs.getString(2)), rs.getString(3), rs.getBoolean(4)))
                .optional().orElseThrow(() -> new LinkOngeldigException(Reden.ONBEKEND));
    }

    private Sessie sessie(Rij r) {
        if (r.ingediend()) {
            throw new LinkOngeldigException(Reden.GEBRUIKT);
        }
        Meting m = metingen.zoek(r.meting()).orElseThrow(() -> new LinkOngeldigException(Reden.ONBEKEND));
        if (!m.isOpen(LocalDate.now(klok))) {
            throw new LinkOngeldigException(Reden.VERLOPEN);
        }
        Concept c = r.concept() == null ? Concept.leeg() : json.readValue(r.concept(), Concept.class);
        return new Sessie(m, r.laag(), new HashMap<>(c.scores()), new HashMap<>(c.open()));
    }

    public Sessie open(String token) {
        return sessie(rij(token, false));
    }

    /**
     * Saves the answers of one theme page into the draft. Values are "0" (weet ik niet) to "5";
     * anything else, or a statement of another theme, is refused. With {@code volledig} every
     * statement of the theme needs an answer (moving on); without, a partial page is kept (save and
     * come back later).
     *
     * @param antwoorden statement id → the value as sent by the form
     */
    @Transactional
    public Sessie bewaar(String token, String thema, Map<String, String> antwoorden, String open, boolean volledig) {
        Sessie s = sessie(rij(token, true));
        if (s.meting().thema(thema).isEmpty()) {
            throw new LinkOngeldigException(Reden.ONBEKEND);
        }
        List<Stelling> stellingen = s.meting().stellingen(thema);
        Map<String, Integer> nieuw = new HashMap<>();
        List<Fout> fouten = new ArrayList<>();
        for (String sleutel : antwoorden.keySet()) {
            if (stellingen.stream().noneMatch(st -> st.id().toString().equals(sleutel))) {
                fouten.add(new Fout("s-" + sleutel, "unknown", "Deze vraag hoort niet bij dit thema."));
            }
        }
        for (int i = 0; i < stellingen.size(); i++) {
            Stelling st = stellingen.get(i);
            String waarde = antwoorden.get(st.id().toString());
            if (waarde == null || waarde.isBlank()) {
                if (volledig) {
                    fouten.add(new Fout("s-" + st.id(), "required", "Kies een antwoord bij vraag " + (i + 1) + ": " + st.tekst()));
                }
                continue;
            }
            Integer score = waarde.strip().matches("[0-5]") ? Integer.valueOf(waarde.strip()) : null;
            if (score == null) {
                fouten.add(new Fout("s-" + st.id(), "range", "Kies bij vraag " + (i + 1) + " een antwoord van 1 tot en met 5, of 'Weet ik niet'."));
            } else {
                nieuw.put(st.id().toString(), score);
            }
        }
        String tekst = open == null ? "" : open.strip();
        if (tekst.length() > MAX_OPEN_ANTWOORD) {
            fouten.add(new Fout("open", "range", "Uw antwoord op de open vraag is te lang: hoogstens " + MAX_OPEN_ANTWOORD + " tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        stellingen.forEach(st -> s.scores().remove(st.id().toString()));
        s.scores().putAll(nieuw);
        if (tekst.isEmpty()) {
            s.open().remove(thema);
        } else {
            s.open().put(thema, tekst);
        }
        jdbc.sql("update thermometer.thermometer_uitnodiging set concept = ?::jsonb where token_hash = ?")
                .params(json.writeValueAsString(new Concept(s.scores(), s.open())), Linktoken.hash(token)).update();
        return s;
    }

    /**
     * Sends the questionnaire: every statement answered, then the link is closed. The answers wait
     * with the link until enough of its layer are waiting ({@link Antwoordpool}); then they move
     * together, shuffled, so that neither the transaction, a time nor the order ties them to this link.
     */
    @Transactional
    public void verstuur(String token) {
        // The round first, then the link: the same order as closing and the first look at the results.
        pool.vergrendelEnGezien(rij(token, false).meting());
        Sessie s = sessie(rij(token, true));
        List<Fout> fouten = new ArrayList<>();
        for (Thema t : s.meting().themas()) {
            if (!s.compleet(t.code())) {
                fouten.add(new Fout("thema-" + t.code(), "required", "Beantwoord eerst alle vragen over " + t.inZin() + "."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        // The concept stays: it is what waits for the batch. Written again from the checked session.
        jdbc.sql("update thermometer.thermometer_uitnodiging set ingediend = true, concept = ?::jsonb where token_hash = ?")
                .params(json.writeValueAsString(new Concept(s.scores(), s.open())), Linktoken.hash(token)).update();
        pool.naVersturen(s.meting(), s.laag());
    }
}

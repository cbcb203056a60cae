package nl.maatwerk.waardering.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo answers for two teams over 2026 (January to November), enough per quarter that the charts and tables show
 * numbers, with a slow rise over the year; and one open invitation for the demo resident. Deterministic (fixed seed
 * and ids), written with one batch, and written once.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class WaarderingDemo {

    static final int JAAR = 2026;
    static final int PER_MAAND = 6;
    static final List<String> TEAMS = List.of("wijkteam-centrum", "wijkteam-escamp");
    static final List<String> WETTEN = List.of("wmo", "wmo", "jeugdwet", "participatiewet");
    static final List<String> OPEN = List.of("Ik werd goed geholpen en de medewerker luisterde echt.", "Het duurde lang voordat ik een besluit kreeg.",
            "Fijn dat we samen naar oplossingen keken.", "Ik wist niet dat ik een cliëntondersteuner kon vragen.",
            "De hulp in huis is goed, maar de planning wisselt vaak.", "Ik kan weer zelf boodschappen doen.");

    private final JdbcTemplate jdbc;

    WaarderingDemo(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes what is not there yet; returns what it did for the log. */
    @Transactional
    public String vul(UUID inwonerId, UUID huishoudenId, String teamId, LocalDate vandaag) {
        int antwoorden = 0;
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from waardering.antwoord where id = ?)", Boolean.class, id("antwoord-0")))) {
            Random r = new Random(17);
            List<Object[]> rijen = new ArrayList<>();
            int n = 0;
            for (String team : TEAMS) {
                for (int maand = 1; maand <= 11; maand++) {
                    // The share that agrees rises a little over the year, and Escamp starts lower than Centrum.
                    double basis = (team.equals(TEAMS.get(0)) ? 0.62 : 0.5) + maand * 0.015;
                    for (int i = 0; i < PER_MAAND; i++) {
                        Object[] rij = new Object[17];
                        rij[0] = id("antwoord-" + n++);
                        rij[1] = team;
                        rij[2] = WETTEN.get(r.nextInt(WETTEN.size()));
                        rij[3] = r.nextInt(4) == 0 ? "afsluiting" : "besluit";
                        rij[4] = LocalDate.of(JAAR, maand, 1);
                        for (int v = 0; v < 10; v++) {
                            rij[5 + v] = score(r, basis - (v == 4 ? 0.25 : 0));
                        }
                        int cijfer = (int) Math.round(4 + basis * 5 + r.nextGaussian());
                        rij[15] = r.nextInt(12) == 0 ? null : Math.max(1, Math.min(10, cijfer));
                        rij[16] = r.nextInt(5) == 0 ? OPEN.get(r.nextInt(OPEN.size())) : null;
                        rijen.add(rij);
                    }
                }
            }
            jdbc.batchUpdate("""
                    insert into waardering.antwoord (id, team_id, wet, aanleiding, maand, toegang_wist_waar, toegang_snel, toegang_serieus, toegang_samen,
                        toegang_ondersteuner, kwaliteit_goed, kwaliteit_passend, effect_zelf, effect_redden, effect_leven, cijfer, open_antwoord)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", rijen);
            antwoorden = rijen.size();
        }
        int uitnodiging = 0;
        if (inwonerId != null && huishoudenId != null && teamId != null) {
            // The link secret is random and never shown: the demo resident opens the questionnaire from Mijn Maatwerk.
            byte[] geheim = new byte[32];
            new java.security.SecureRandom().nextBytes(geheim);
            uitnodiging = jdbc.update("""
                    insert into waardering.uitnodiging (id, inwoner_id, huishouden_id, team_id, wet, aanleiding, aanleiding_id, token_hash,
                        uitgenodigd_op, geldig_tot)
                    values (?, ?, ?, ?, 'participatiewet', 'besluit', ?, sha256(?), ?, ?) on conflict do nothing""", id("uitnodiging"), inwonerId,
                    huishoudenId, teamId, id("besluit"), geheim, vandaag.minusDays(2), vandaag.plusDays(11));
        }
        return antwoorden + " antwoorden, " + uitnodiging + " open uitnodiging";
    }

    /** A 1-5 score with the chance {@code p} of agreeing; one in twelve is "weet niet". */
    private static Integer score(Random r, double p) {
        if (r.nextInt(12) == 0) {
            return null;
        }
        double x = r.nextDouble();
        if (x < p) {
            return r.nextInt(3) == 0 ? 5 : 4;
        }
        return x < p + (1 - p) / 2 ? 3 : r.nextBoolean() ? 2 : 1;
    }

    private static UUID id(String naam) {
        return UUID.nameUUIDFromBytes(("waardering-demo-" + naam).getBytes(StandardCharsets.UTF_8));
    }
}

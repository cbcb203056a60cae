package nl.maatwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import nl.maatwerk.platform.database.DemostadSjabloon;
import org.junit.jupiter.api.Test;

/**
 * The demo city template fits a jar only while the day-fixed steps write what it holds. Their output
 * for the default seed is pinned here per {@link DemostadSjabloon#GENERATOR_VERSIE}: a change to the
 * generator fails this test until the version is raised (so the fingerprint changes) and the hash noted.
 */
class DemostadVersieTest {

    /** The hash of the first households' names, people and network, per generator version. */
    private static final Map<Integer, String> HASH = Map.of(2, "407e3c6267b50beeae7f5746ab27670b1f6c3c70c07936374ef970fe6f656f8d");

    @Test
    void theGeneratorsDayFixedOutputBelongsToTheVersionInTheFingerprint() throws Exception {
        DemoGenerator g = new DemoGenerator(20261123);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < 300; i++) {
            DemoGenerator.DemoHuishouden h = g.volgende();
            StringBuilder b = new StringBuilder(h.naam()).append('|').append(h.wijk()).append('|').append(h.adres());
            h.leden().forEach(l -> b.append('|').append(l.persoon()).append(l.rol()).append(l.uitzondering()).append(l.vanaf()).append(l.totEnMet()));
            h.netwerk().forEach(n -> b.append('|').append(n));
            sha.update(b.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        assertThat(hash).as("the day-fixed demo data changed: raise DemostadSjabloon.GENERATOR_VERSIE and note this hash for it")
                .isEqualTo(new HashMap<>(HASH).get(DemostadSjabloon.GENERATOR_VERSIE));
    }

    @Test
    void householdNamesCarryTheApplicantsFirstNameSoATeamsListTellsThemApart() {
        // Issue 15: a team's list read "Huishouden Aydın" seven times on one page.
        DemoGenerator g = new DemoGenerator(20261123);
        Map<String, Integer> perNaam = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            DemoGenerator.DemoHuishouden h = g.volgende();
            assertThat(h.naam()).startsWith("Huishouden " + h.leden().getFirst().persoon().voornamen().split(" ")[0] + " ");
            perNaam.merge(h.wijk() + h.naam(), 1, Integer::sum);
        }
        assertThat(perNaam.values().stream().mapToInt(Integer::intValue).max().orElse(0)).as("the same name within one wijk").isLessThanOrEqualTo(3);
    }
}

package nl.maatwerk.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations are history: one that is on main never changes again, because databases out there have
 * already run it. The list of checksums in {@code db/migraties.sha256} pins every migration; a new
 * one is added to it with {@code scripts/migraties-vastleggen.sh}.
 */
class MigratiesTest {

    private static final Path MAP = Path.of("src/main/resources/db/migration");

    /** What is wrong with the migrations in a folder compared to the recorded list; empty when nothing is. */
    static List<String> afwijkingen(Path map, Map<String, String> vastgelegd) throws IOException {
        List<String> fouten = new ArrayList<>();
        TreeSet<String> bestanden = new TreeSet<>();
        try (Stream<Path> s = Files.list(map)) {
            s.filter(p -> p.getFileName().toString().matches("V.*\\.sql")).forEach(p -> bestanden.add(p.getFileName().toString()));
        }
        for (String naam : bestanden) {
            String som = sha256(Files.readAllBytes(map.resolve(naam)));
            String eerder = vastgelegd.get(naam);
            if (eerder == null) {
                fouten.add(naam + " is nieuw: leg de controlesom vast met scripts/migraties-vastleggen.sh.");
            } else if (!eerder.equals(som)) {
                fouten.add(naam + " is veranderd nadat hij op main stond. Zet het terug en schrijf een nieuwe migratie.");
            }
        }
        vastgelegd.keySet().stream().filter(n -> !bestanden.contains(n))
                .forEach(n -> fouten.add(n + " is verdwenen. Een migratie op main blijft bestaan."));
        return fouten;
    }

    static Map<String, String> lijst() {
        Map<String, String> lijst = new LinkedHashMap<>();
        try (InputStream in = MigratiesTest.class.getResourceAsStream("/db/migraties.sha256")) {
            for (String regel : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!regel.isBlank()) {
                    String[] delen = regel.strip().split(" ");
                    lijst.put(delen[0], delen[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lijst;
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyMigrationIsTheOneRecordedWhenItReachedMain() throws IOException {
        assertThat(afwijkingen(MAP, lijst())).isEmpty();
    }

    @Test
    void aChangedAMissingAndAnUnrecordedMigrationAreEachNamed(@TempDir Path map) throws IOException {
        for (String naam : List.of("V1__fundament.sql", "V2__logboek.sql")) {
            Files.copy(MAP.resolve(naam), map.resolve(naam));
        }
        Files.writeString(map.resolve("V1__fundament.sql"), "-- een stille wijziging\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(map.resolve("V99__nieuw.sql"), "select 1;\n");
        Map<String, String> lijst = new LinkedHashMap<>(lijst());
        lijst.keySet().removeIf(n -> !n.equals("V1__fundament.sql") && !n.equals("V2__logboek.sql") && !n.equals("V3__demo_stand.sql"));
        assertThat(afwijkingen(map, lijst)).containsExactlyInAnyOrder(
                "V1__fundament.sql is veranderd nadat hij op main stond. Zet het terug en schrijf een nieuwe migratie.",
                "V99__nieuw.sql is nieuw: leg de controlesom vast met scripts/migraties-vastleggen.sh.",
                "V3__demo_stand.sql is verdwenen. Een migratie op main blijft bestaan.");
    }
}

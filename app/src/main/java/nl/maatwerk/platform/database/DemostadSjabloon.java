package nl.maatwerk.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.core.env.PropertyResolver;

/**
 * The second template that {@code ./mvnw package} makes (app/pom.xml): the migrated database with the part of
 * the demo city that is the same on every day (teams and accounts, the households, the Thermometer rounds, a
 * rule proposal), so a start copies the 2,000 households instead of writing them, and adds only the part
 * that counts from today (requests with their legal clocks, early signals, decisions). Without it, or when it
 * does not fit, a start seeds the whole city as before.
 *
 * <p>It fits when the start would seed the same city: the same seed and number of households, and the same
 * keys (the pseudonym and log keys are the public demo values unless set). The template holds a
 * fingerprint of those values ({@link #vingerafdruk}); the keys go into it hashed.
 */
public final class DemostadSjabloon {

    /** System property of the build's run that makes the template: the directory to keep the database in. */
    public static final String MAKEN = "maatwerk.demostad.maken";

    /** System property (set by the start with the AOT cache): the template to start from when it fits. */
    public static final String PROPERTY = "maatwerk.pg-demosjabloon";

    /** In the template: the fingerprint of the city it holds. Written last, so a half-made template has none. */
    static final String STEMPEL = "maatwerk-demostad";

    private DemostadSjabloon() {
    }

    /**
     * What a demo city depends on besides the jar, or empty outside demo mode (then no template fits).
     * Reads the configuration as the app will see it, after {@code platform.MaatwerkOmgeving} filled in the demo defaults.
     */
    /**
     * The version of what the day-fixed demo steps write (households, members, names, network, accounts).
     * Raise it with every change to that: a template made by an older jar then no longer fits and the app
     * fills the city anew. {@code DemostadVersieTest} fails until it is raised. 2: household names with
     * the applicant's first name (issue 15).
     */
    public static final int GENERATOR_VERSIE = 2;

    public static Optional<String> vingerafdruk(PropertyResolver omgeving) {
        if (!Boolean.parseBoolean(omgeving.getProperty("maatwerk.demo", "false"))) {
            return Optional.empty();
        }
        String waarden = "generator=" + GENERATOR_VERSIE
                + "\nseed=" + omgeving.getProperty("maatwerk.demo-data.seed", "")
                + "\nhuishoudens=" + omgeving.getProperty("maatwerk.demo-data.huishoudens", "")
                + "\npseudoniem-sleutel=" + sha256(omgeving.getProperty("maatwerk.pseudoniem-sleutel", ""))
                + "\nlogboek-sleutel=" + sha256(omgeving.getProperty("maatwerk.logboek.sleutel", ""));
        return Optional.of(sha256(waarden));
    }

    /** The template to copy for a demo city with this fingerprint: the demo template when it is complete and fits. */
    static Optional<Path> passend(Path sjabloon, String vingerafdruk) {
        if (sjabloon == null || vingerafdruk == null || !DatabaseSjabloon.isComplete(sjabloon)) {
            return Optional.empty();
        }
        try {
            Path stempel = sjabloon.resolve(STEMPEL);
            return Files.isRegularFile(stempel) && Files.readString(stempel, StandardCharsets.UTF_8).trim().equals(vingerafdruk)
                    ? Optional.of(sjabloon) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Turns the stopped copy a start ran on into the template at {@code doel}: what belonged to that start goes,
     * and the fingerprint is written last.
     */
    static void maakAf(Path kopie, Path doel, String vingerafdruk) throws IOException {
        DataDirectories.delete(doel);
        Files.createDirectories(doel.getParent());
        Files.move(kopie, doel);
        Files.deleteIfExists(doel.resolve("epg-lock"));
        Files.deleteIfExists(doel.resolve("postmaster.opts"));
        Files.deleteIfExists(doel.resolve(EmbeddedPostgresStarter.EIGENAAR));
        Files.writeString(doel.resolve(DatabaseSjabloon.COMPLETE), "de demostad, zonder wat van de dag afhangt\n", StandardCharsets.UTF_8);
        Files.writeString(doel.resolve(STEMPEL), vingerafdruk + "\n", StandardCharsets.UTF_8);
    }

    private static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

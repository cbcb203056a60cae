package nl.maatwerk.logboek.opslag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatwerk.platform.EenNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchor points of the chain outside the database: now and then the last record's number and hash,
 * with the transition point of V18, appended as a line to a file and signed with the log's key. The
 * database can then no longer lose its last records unseen (the chain alone cannot show that), nor
 * move the transition point so that rewritten records pass as old ones. Anchored at start-up, on a
 * schedule on one node at a time, and at shutdown; each anchor also goes to the application log, a
 * second place outside the database. See ADR 0004 for what this does and does not protect against.
 */
@Component
class Ankers {

    private static final Logger LOG = LoggerFactory.getLogger(Ankers.class);

    static final String BESTAND = "logboek-ankers.txt";
    private static final String TAAK = "logboek-anker";
    private static final String VERSIE = "v1";

    /** One anchor: record {@code volgnummer} had {@code hash}; records up to {@code overgang} are unkeyed. */
    record Anker(long volgnummer, String hash, long overgang, Instant vastgelegdOp) {
    }

    /** The valid anchors in the file, oldest first, and a description of every line that is not one. */
    record Gelezen(List<Anker> ankers, List<String> ongeldig) {

        Optional<Anker> laatste() {
            return ankers.isEmpty() ? Optional.empty() : Optional.of(ankers.getLast());
        }
    }

    private final Path map;
    private final boolean tijdelijk;
    private final Ketting ketting;
    private final JdbcClient jdbc;
    private final EenNode eenNode;
    private final Clock klok;
    /** The last anchor this process wrote: a file that lost it since was cut short or replaced. */
    private volatile Anker laatsteHier;

    Ankers(@Value("${maatwerk.logboek.ankermap:}") String ankermap, @Value("${maatwerk.data-dir:}") String dataDir,
            @Value("${maatwerk.demo}") boolean demo, Ketting ketting, JdbcClient jdbc, EenNode eenNode, Clock klok) throws IOException {
        this.ketting = ketting;
        this.jdbc = jdbc;
        this.eenNode = eenNode;
        this.klok = klok;
        if (!ankermap.isBlank()) {
            this.map = maak(Path.of(ankermap.trim()));
            this.tijdelijk = false;
        } else if (!dataDir.isBlank()) {
            this.map = maak(Path.of(dataDir.trim()).resolve("logboekankers"));
            this.tijdelijk = false;
        } else {
            // A temporary database (the demo): its anchors go with it.
            this.map = Files.createTempDirectory("maatwerk-logboekankers");
            this.tijdelijk = true;
            if (!demo) {
                LOG.warn("Geen map voor de ankerpunten van het logboek ingesteld (MAATWERK_LOGBOEK_ANKERMAP of MAATWERK_DATA_DIR): "
                        + "ze staan in {} en zijn na een herstart weg. Dan is niet meer vast te stellen of er aan het eind records "
                        + "uit het logboek zijn weggehaald.", map);
            }
        }
    }

    private static Path maak(Path map) throws IOException {
        Files.createDirectories(map);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(map, PosixFilePermissions.fromString("rwx------"));
        }
        return map;
    }

    Path bestand() {
        return map.resolve(BESTAND);
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijDeStart() {
        eenNode.voer(TAAK, this::vastleggen);
    }

    @Scheduled(cron = "${maatwerk.logboek.anker-wanneer:0 */5 * * * *}")
    void volgensSchema() {
        eenNode.voer(TAAK, this::vastleggen);
    }

    @EventListener(ContextClosedEvent.class)
    void bijHetStoppen() {
        try {
            eenNode.voer(TAAK, this::vastleggen);
        } catch (RuntimeException e) {
            LOG.warn("Het laatste ankerpunt van het logboek kon niet worden vastgelegd", e);
        }
        if (tijdelijk) {
            try (var inhoud = Files.list(map)) {
                for (Path p : inhoud.toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(map);
            } catch (IOException e) {
                LOG.debug("Tijdelijke ankermap {} niet opgeruimd", map, e);
            }
        }
    }

    /**
     * Anchors the chain's head as it is now, unless the last anchor already holds it. The transition
     * point is the one the first anchor signed; only the very first anchor takes it from the database.
     */
    synchronized Optional<Anker> vastleggen() {
        Gelezen gelezen = lees();
        long volgnummer = jdbc.sql("select coalesce(max(volgnummer), 0) from logboek.logboek_record").query(Long.class).single();
        String hash = volgnummer == 0 ? Ketting.BEGIN
                : jdbc.sql("select hash from logboek.logboek_record where volgnummer = ?").param(volgnummer).query(String.class).single();
        Optional<Long> inDatabase = jdbc.sql("select laatste_ongesleuteld from logboek.ketenovergang").query(Long.class).optional();
        long overgang = gelezen.ankers().isEmpty() ? inDatabase.orElse(0L) : gelezen.ankers().getFirst().overgang();
        if (!gelezen.ankers().isEmpty() && !inDatabase.equals(Optional.of(overgang))) {
            LOG.error("Het overgangspunt van de logboekketen in de database ({}) is niet dat van de ankerpunten ({})",
                    inDatabase.map(String::valueOf).orElse("weg"), overgang);
        }
        Optional<Anker> vorige = gelezen.laatste();
        if (vorige.isPresent() && vorige.get().volgnummer() == volgnummer && vorige.get().hash().equals(hash)) {
            return Optional.empty();
        }
        if (vorige.isPresent() && volgnummer < vorige.get().volgnummer()) {
            LOG.error("Het logboek eindigt bij record {}, maar het vorige ankerpunt legde record {} vast: er zijn records weggehaald",
                    volgnummer, vorige.get().volgnummer());
        }
        Anker anker = new Anker(volgnummer, hash, overgang, Instant.now(klok).truncatedTo(ChronoUnit.MILLIS));
        schrijf(regel(anker));
        laatsteHier = anker;
        LOG.info("Ankerpunt logboek: record {}, hash {}, overgang {}", anker.volgnummer(), anker.hash(), anker.overgang());
        return Optional.of(anker);
    }

    /** The anchors in the file; a line whose signature does not fit is reported, not used. */
    Gelezen lees() {
        Path bestand = bestand();
        List<Anker> ankers = new ArrayList<>();
        List<String> ongeldig = new ArrayList<>();
        if (!Files.exists(bestand)) {
            return new Gelezen(ankers, ongeldig);
        }
        List<String> regels;
        try {
            regels = Files.readAllLines(bestand, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Het ankerbestand van het logboek is niet te lezen: " + bestand, e);
        }
        for (int i = 0; i < regels.size(); i++) {
            String regel = regels.get(i).strip();
            if (regel.isEmpty() || regel.startsWith("#")) {
                continue;
            }
            Optional<Anker> anker = ontleed(regel);
            if (anker.isEmpty()) {
                ongeldig.add("Regel " + (i + 1) + " van het ankerbestand is ongeldig: de handtekening klopt niet. "
                        + "Het bestand is buiten de app om aangepast.");
            } else {
                ankers.add(anker.get());
            }
        }
        return new Gelezen(ankers, ongeldig);
    }

    /** The last anchor this process wrote, if it wrote one. */
    Optional<Anker> laatsteHier() {
        return Optional.ofNullable(laatsteHier);
    }

    private String regel(Anker a) {
        String inhoud = String.join(";", VERSIE, Long.toString(a.volgnummer()), a.hash(), Long.toString(a.overgang()),
                a.vastgelegdOp().toString());
        return inhoud + ";" + ketting.mac("anker\u001f" + inhoud);
    }

    private Optional<Anker> ontleed(String regel) {
        int laatste = regel.lastIndexOf(';');
        if (laatste < 0) {
            return Optional.empty();
        }
        String inhoud = regel.substring(0, laatste);
        if (!Ketting.gelijk(ketting.mac("anker\u001f" + inhoud), regel.substring(laatste + 1))) {
            return Optional.empty();
        }
        String[] delen = inhoud.split(";", -1);
        if (delen.length != 5 || !VERSIE.equals(delen[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Anker(Long.parseLong(delen[1]), delen[2], Long.parseLong(delen[3]), Instant.parse(delen[4])));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void schrijf(String regel) {
        byte[] bytes = (regel + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel kanaal = FileChannel.open(bestand(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
                FileLock slot = kanaal.lock()) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                kanaal.write(buffer);
            }
            // On disk before anyone relies on it.
            kanaal.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Het ankerpunt van het logboek kon niet worden geschreven in " + bestand(), e);
        }
    }
}

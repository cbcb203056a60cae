package nl.maatwerk.platform.database;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The embedded PostgreSQL could not start, said in one Dutch sentence that names the data directory and what to do
 * (a directory it cannot write to, a full disk, a port in use, another Maatwerk on the same directory). Spring Boot
 * shows it as the reason the app did not start, without a stack trace ({@link DatabaseStartFoutAnalyse}).
 */
public final class DatabaseStartFout extends IllegalStateException {

    DatabaseStartFout(String melding) {
        super(melding);
    }

    DatabaseStartFout(String melding, Throwable oorzaak) {
        super(melding, oorzaak);
    }

    /**
     * One sentence about why PostgreSQL or initdb did not start, from what it said last: what the user can do about a
     * read-only directory, a full disk, a port in use or a directory with other files; otherwise its own last complaint.
     */
    static String reden(Path data, int poort, List<String> uitvoer, String anders) {
        String alles = String.join("\n", uitvoer);
        String klacht = laatste(uitvoer);
        if (alles.contains("No space left on device")) {
            return "Te weinig ruimte op de schijf van de datamap " + data + ": PostgreSQL kan er niet schrijven (" + klacht
                    + "). Maak ruimte vrij of kies een andere MAATWERK_DATA_DIR.";
        }
        if (alles.contains("Permission denied") || alles.contains("Read-only file system")) {
            return nietBeschrijfbaar(data, klacht);
        }
        if (alles.contains("exists but is not empty")) {
            return "De datamap " + data + " bevat al andere bestanden en is geen PostgreSQL-datamap. Kies een lege of nieuwe map als "
                    + "MAATWERK_DATA_DIR.";
        }
        if (alles.contains("Address already in use") || alles.contains("could not create any TCP/IP sockets")) {
            return "Poort " + poort + " is al in gebruik door een ander programma; de ingebouwde PostgreSQL kan er niet op luisteren ("
                    + klacht + ").";
        }
        return anders + " (datamap " + data + "): " + klacht;
    }

    static String nietBeschrijfbaar(Path data, String klacht) {
        return "PostgreSQL kan niet schrijven in de datamap " + data + " (alleen-lezen of geen rechten: " + klacht.replace('\n', ' ')
                + "). Geef de gebruiker van de app schrijfrechten of kies een andere MAATWERK_DATA_DIR.";
    }

    /** The last complaint (FATAL, PANIC, ERROR or initdb's "error:") in the output, else its last line. */
    static String laatste(List<String> uitvoer) {
        for (int i = uitvoer.size() - 1; i >= 0; i--) {
            String r = uitvoer.get(i);
            if (r.contains("FATAL:") || r.contains("PANIC:") || r.contains("ERROR:") || r.toLowerCase(Locale.ROOT).contains("error:")) {
                return r.trim();
            }
        }
        return uitvoer.isEmpty() ? "geen uitvoer" : uitvoer.getLast().trim();
    }

    /** Why a directory could not be used, from an exception of the file system. */
    static String waarom(Path data, IOException e) {
        if (e instanceof AccessDeniedException || (e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().contains("Read-only"))) {
            return nietBeschrijfbaar(data, e.getMessage());
        }
        if (e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("No space")) {
            return "Te weinig ruimte op de schijf van de datamap " + data + " (" + e.getMessage() + "). Maak ruimte vrij of kies een "
                    + "andere MAATWERK_DATA_DIR.";
        }
        return "De datamap " + data + " is niet te gebruiken: " + e;
    }
}

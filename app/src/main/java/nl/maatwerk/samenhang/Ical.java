package nl.maatwerk.samenhang;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The invliegers as an iCalendar file (RFC 5545): one all-day VEVENT per known date (announced, adopted, in force,
 * end of transition), so a team can put what is coming in its own calendar. Text is escaped (section 3.3.11) and
 * every content line longer than 75 octets is folded (section 3.1) without splitting a UTF-8 character; lines end
 * in CRLF.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Ical {

    private static final DateTimeFormatter DAG = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETTEN = 75;

    private Ical() {
    }

    /** The calendar; {@code gemaakt} is the DTSTAMP (when this file was made), from the clock. */
    public static String agenda(List<Invlieger> invliegers, Instant gemaakt) {
        StringBuilder uit = new StringBuilder();
        regel(uit, "BEGIN:VCALENDAR");
        regel(uit, "VERSION:2.0");
        regel(uit, "PRODID:-//Maatwerk//Samenhang invliegers//NL");
        regel(uit, "CALSCALE:GREGORIAN");
        regel(uit, "METHOD:PUBLISH");
        regel(uit, "X-WR-CALNAME:" + tekst("Wat komt eraan (invliegers)"));
        for (Invlieger v : invliegers) {
            for (Invlieger.Datum d : v.datums()) {
                regel(uit, "BEGIN:VEVENT");
                regel(uit, "UID:" + v.id() + "-" + d.code() + "@maatwerk");
                regel(uit, "DTSTAMP:" + MOMENT.format(gemaakt));
                regel(uit, "LAST-MODIFIED:" + MOMENT.format(v.laatstOp()));
                regel(uit, "SEQUENCE:" + v.versie());
                regel(uit, "DTSTART;VALUE=DATE:" + DAG.format(d.dag()));
                regel(uit, "DTEND;VALUE=DATE:" + DAG.format(d.dag().plusDays(1)));
                regel(uit, "SUMMARY:" + tekst(d.omschrijving() + ": " + v.titel()));
                regel(uit, "DESCRIPTION:" + tekst(v.watVerandert() + "\nVoorbereiding: " + v.voorbereiding().omschrijving()
                        + "\nEigenaar: " + v.eigenaar() + "\nBron: " + v.bron()));
                regel(uit, "CATEGORIES:" + tekst(v.soort().omschrijving()));
                regel(uit, "TRANSP:TRANSPARENT");
                regel(uit, "END:VEVENT");
            }
        }
        regel(uit, "END:VCALENDAR");
        return uit.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static String tekst(String waarde) {
        return waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    private static void regel(StringBuilder uit, String regel) {
        uit.append(vouw(regel));
    }

    /**
     * One content line, folded: at most 75 octets per physical line, a continuation line starts with one space (which
     * counts), and no UTF-8 character is cut in two. Each physical line ends in CRLF.
     */
    static String vouw(String regel) {
        StringBuilder uit = new StringBuilder();
        int octetten = 0;
        int i = 0;
        while (i < regel.length()) {
            int teken = regel.codePointAt(i);
            int lengte = new String(Character.toChars(teken)).getBytes(StandardCharsets.UTF_8).length;
            if (octetten + lengte > MAX_OCTETTEN) {
                uit.append("\r\n ");
                octetten = 1;
            }
            uit.appendCodePoint(teken);
            octetten += lengte;
            i += Character.charCount(teken);
        }
        return uit.append("\r\n").toString();
    }
}

package nl.maatwerk.samenhang;

import static nl.maatwerk.samenhang.Voorbeelden.invlieger;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcalTest {

    private static final Instant GEMAAKT = Instant.parse("2026-12-07T10:15:00Z");

    @Test
    void everyKnownDateIsOneAllDayEventWithAStableUid() {
        Invlieger v = invlieger("Participatiewet in balans", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1), List.of("wijkteam-centrum"),
                Fase.VASTGESTELD, Voorbereiding.IN_VOORBEREIDING);
        String agenda = Ical.agenda(List.of(v), GEMAAKT);
        assertThat(agenda).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(agenda.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(agenda).contains("UID:" + v.id() + "-in-werking@maatwerk\r\n", "UID:" + v.id() + "-overgang-tot@maatwerk\r\n",
                "DTSTART;VALUE=DATE:20270101\r\n", "DTEND;VALUE=DATE:20270102\r\n", "DTSTART;VALUE=DATE:20270701\r\n",
                "DTSTAMP:20261207T101500Z\r\n", "SUMMARY:In werking: Participatiewet in balans\r\n");
        // Unfolded, nothing but CRLF separates lines.
        assertThat(agenda.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void textIsEscapedCommaSemicolonBackslashAndNewline() {
        assertThat(Ical.tekst("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutCuttingACharacterAndUnfoldBackToTheSame() {
        String waarde = "DESCRIPTION:" + "Één bijstandsnorm voor iedereen € 1.401,50 per maand, ".repeat(6);
        String gevouwen = Ical.vouw(waarde);
        String[] regels = gevouwen.split("\r\n");
        assertThat(regels.length).isGreaterThan(4);
        for (String r : regels) {
            assertThat(r.getBytes(StandardCharsets.UTF_8).length).as(r).isLessThanOrEqualTo(75);
        }
        assertThat(Arrays.stream(regels).skip(1)).allMatch(r -> r.startsWith(" "));
        // RFC 5545 unfolding: remove every CRLF followed by one space.
        assertThat(gevouwen.replace("\r\n ", "")).isEqualTo(waarde + "\r\n");
    }

    @Test
    void aShortLineStaysWhole() {
        assertThat(Ical.vouw("VERSION:2.0")).isEqualTo("VERSION:2.0\r\n");
        String precies = "X".repeat(75);
        assertThat(Ical.vouw(precies)).isEqualTo(precies + "\r\n");
        assertThat(Ical.vouw(precies + "Y")).isEqualTo(precies + "\r\n Y\r\n");
    }

    @Test
    void anUndatedChangeGivesNoEvents() {
        String agenda = Ical.agenda(List.of(invlieger("Zonder datum", null, List.of())), GEMAAKT);
        assertThat(agenda).doesNotContain("BEGIN:VEVENT");
    }
}

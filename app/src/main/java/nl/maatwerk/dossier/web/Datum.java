package nl.maatwerk.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as people read it: "7 december 2033". */
final class Datum {

    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Datum() {
    }

    static String tekst(LocalDate datum) {
        return LANG.format(datum);
    }
}

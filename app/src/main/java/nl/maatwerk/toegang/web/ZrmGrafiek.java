package nl.maatwerk.toegang.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.ZrmMeting;
import nl.maatwerk.toegang.ZrmNiveau;

/**
 * A small line chart of one life domain over time: the score (1 to 5) of each assessment, placed
 * by date. Each point carries its value as text, and a domain that was not assessed shows "n.b."
 * instead of a point, so nothing depends on colour. Coordinates are computed here so the SVG
 * template stays plain; the title and description say in words what the chart shows.
 */
record ZrmGrafiek(String id, Levensdomein domein, int breedte, int hoogte, int links, int rechts, int onder,
        String titel, String beschrijving, List<Raster> raster, List<String> lijnen, List<Punt> punten) {

    static final int BREEDTE = 360;
    static final int HOOGTE = 180;
    static final int LINKS = 40;
    static final int RECHTS = BREEDTE - 24;
    /** The y of score 1 and of score 5; the step between two scores is {@link #STAP}. */
    static final int Y_EEN = 130;
    static final int STAP = 26;
    static final int ONDER = Y_EEN + 16;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** A horizontal grid line at a score, with its number on the left. */
    record Raster(int y, int score, int tekstY) {
    }

    /**
     * One assessment: a point at (x, y) with its score as text at labelY, or, when not assessed,
     * "n.b." on the axis. The date shows under the axis when there is room.
     */
    record Punt(int x, int y, Integer score, String label, int labelY, String datum, boolean toonDatum, int datumY) {

        public boolean beoordeeld() {
            return score != null;
        }
    }

    static int y(int score) {
        return Y_EEN - (score - 1) * STAP;
    }

    /** The chart of one domain over the assessments, oldest first. */
    static ZrmGrafiek van(Levensdomein domein, List<ZrmMeting> oplopend) {
        List<Raster> raster = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            raster.add(new Raster(y(s), s, y(s) + 4));
        }
        List<Punt> punten = new ArrayList<>();
        int aantal = oplopend.size();
        boolean alleDatums = aantal <= 4;
        for (int i = 0; i < aantal; i++) {
            ZrmMeting m = oplopend.get(i);
            int x = x(m.datum(), oplopend.getFirst().datum(), oplopend.getLast().datum());
            Integer score = m.waarde(domein);
            boolean toonDatum = alleDatums || i == 0 || i == aantal - 1;
            if (score == null) {
                punten.add(new Punt(x, Y_EEN, null, "n.b.", Y_EEN - 6, KORT.format(m.datum()), toonDatum, ONDER + 14));
            } else {
                punten.add(new Punt(x, y(score), score, String.valueOf(score), y(score) - 9, KORT.format(m.datum()), toonDatum,
                        ONDER + 14));
            }
        }
        List<String> lijnen = new ArrayList<>();
        StringJoiner lijn = new StringJoiner(" ");
        int inLijn = 0;
        for (Punt p : punten) {
            if (p.beoordeeld()) {
                lijn.add(p.x() + "," + p.y());
                inLijn++;
            } else {
                if (inLijn > 1) {
                    lijnen.add(lijn.toString());
                }
                lijn = new StringJoiner(" ");
                inLijn = 0;
            }
        }
        if (inLijn > 1) {
            lijnen.add(lijn.toString());
        }
        String titel = domein.omschrijving() + ": ZRM-score per meting";
        return new ZrmGrafiek("zrm-" + domein.code(), domein, BREEDTE, HOOGTE + 10, LINKS, RECHTS, ONDER, titel,
                beschrijving(domein, oplopend), raster, lijnen, punten);
    }

    /** Where a date lies between the first and the last assessment; one assessment sits in the middle. */
    static int x(LocalDate datum, LocalDate eerste, LocalDate laatste) {
        long span = laatste.toEpochDay() - eerste.toEpochDay();
        int binnen = LINKS + 16;
        int buiten = RECHTS - 16;
        if (span <= 0) {
            return (binnen + buiten) / 2;
        }
        return binnen + (int) Math.round((double) (buiten - binnen) * (datum.toEpochDay() - eerste.toEpochDay()) / span);
    }

    private static String beschrijving(Levensdomein domein, List<ZrmMeting> oplopend) {
        if (oplopend.isEmpty()) {
            return "Nog geen metingen voor " + domein.omschrijving() + ".";
        }
        StringJoiner j = new StringJoiner("; ", "Score van 1 (acute problematiek) tot 5 (volledig zelfredzaam). ", ".");
        for (ZrmMeting m : oplopend) {
            j.add(DATUM.format(m.datum()) + ": " + ZrmNiveau.tekst(m.waarde(domein)));
        }
        return j.toString();
    }
}

package nl.maatwerk.thermometer.web;

import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.thermometer.Dimensie;
import nl.maatwerk.thermometer.Laag;
import nl.maatwerk.thermometer.Thema;
import nl.maatwerk.thermometer.Uitslag;
import nl.maatwerk.thermometer.Waarde;

/**
 * The heatmap as coordinates for a plain SVG template: layers as rows, per theme four columns (one
 * per dimension). Every cell carries its number as text, so colour never carries meaning alone; a
 * suppressed cell shows "&lt;" with {@link KleineGroep#MINIMUM} ("&lt;10"), an empty one "–". The
 * same numbers are in the table behind "Toon als tabel".
 */
record Heatmap(int breedte, int hoogte, String titel, String beschrijving, List<Kop> themakoppen, List<Kop> dimensiekoppen,
        List<Rij> rijen) {

    static final int LABEL = 112;
    static final int CEL_B = 44;
    static final int CEL_H = 32;
    static final int TUSSEN = 10;
    static final int BOVEN = 48;

    record Kop(int x, int y, String tekst) {
    }

    record Cel(int x, int y, int b, int h, String klasse, String tekst, int tekstX, int tekstY) {
    }

    record Rij(String laag, int tekstY, List<Cel> cellen) {
    }

    /** Five bands of 20 points; the class sets a light fill so the dark number stays readable. */
    static String klasse(Waarde w) {
        if (!w.getoond()) {
            return "mw-tm-cel mw-tm-cel--leeg";
        }
        return "mw-tm-cel mw-tm-cel--" + Math.min(4, w.score() / 20);
    }

    static String kort(Waarde w) {
        if (w.getoond()) {
            return String.valueOf(w.score());
        }
        return w.onderdrukt() ? "<" + KleineGroep.MINIMUM : "–";
    }

    static Heatmap van(Uitslag u) {
        List<Kop> themakoppen = new ArrayList<>();
        List<Kop> dimensiekoppen = new ArrayList<>();
        int themaBreedte = CEL_B * Dimensie.values().length;
        for (int t = 0; t < u.themas().size(); t++) {
            int x0 = LABEL + t * (themaBreedte + TUSSEN);
            themakoppen.add(new Kop(x0 + themaBreedte / 2, 18, u.themas().get(t).naam()));
            for (int d = 0; d < Dimensie.values().length; d++) {
                dimensiekoppen.add(new Kop(x0 + d * CEL_B + CEL_B / 2, 40, Dimensie.values()[d].kort()));
            }
        }
        List<Rij> rijen = new ArrayList<>();
        for (int r = 0; r < u.lagen().size(); r++) {
            Laag laag = u.lagen().get(r);
            int y = BOVEN + r * CEL_H;
            List<Cel> cellen = new ArrayList<>();
            for (int t = 0; t < u.themas().size(); t++) {
                Thema thema = u.themas().get(t);
                int x0 = LABEL + t * (themaBreedte + TUSSEN);
                for (int d = 0; d < Dimensie.values().length; d++) {
                    Waarde w = u.cel(laag, thema.code(), Dimensie.values()[d]);
                    int x = x0 + d * CEL_B;
                    cellen.add(new Cel(x + 1, y + 1, CEL_B - 2, CEL_H - 2, klasse(w), kort(w), x + CEL_B / 2, y + CEL_H / 2 + 5));
                }
            }
            rijen.add(new Rij(laag.naam(), y + CEL_H / 2 + 5, cellen));
        }
        int breedte = LABEL + u.themas().size() * (themaBreedte + TUSSEN);
        int hoogte = BOVEN + u.lagen().size() * CEL_H + 4;
        return new Heatmap(breedte, hoogte, "Heatmap: score per laag, thema en onderwerp",
                "Scores van 0 (laag) tot 100 (hoog). Rijen zijn de lagen, van bestuur tot partners. Per thema vier kolommen: "
                        + "Eff effecten, Bel beleid, Opd opdrachten, Dnst dienstverlening. '<" + KleineGroep.MINIMUM
                        + "' betekent: te weinig antwoorden (minder dan " + KleineGroep.MINIMUM + "). '–' betekent: geen antwoorden. "
                        + "De cijfers staan ook in de tabel onder de heatmap.",
                themakoppen, dimensiekoppen, rijen);
    }
}

package nl.maatwerk.inwoner.web;

import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Relatiesoort;

/**
 * A simple eco-map: the household in the middle, each person of the network on a circle around
 * it, with a thicker line for a mantelzorger. Positions are computed here so the SVG template
 * stays plain.
 */
record Ecomap(int breedte, int hoogte, int midX, int midY, String midden, List<Knoop> knopen) {

    record Knoop(String naam, String relatie, int x, int y, boolean sterk, int tekstY) {
    }

    static Ecomap van(Huishouden h) {
        int breedte = 480;
        int hoogte = 360;
        int midX = breedte / 2;
        int midY = hoogte / 2;
        int straal = 130;
        List<Knoop> knopen = new ArrayList<>();
        List<Huishouden.Netwerkrelatie> netwerk = h.netwerk();
        for (int i = 0; i < netwerk.size(); i++) {
            double hoek = -Math.PI / 2 + 2 * Math.PI * i / netwerk.size();
            int x = midX + (int) Math.round(straal * Math.cos(hoek));
            int y = midY + (int) Math.round(straal * Math.sin(hoek));
            Huishouden.Netwerkrelatie p = netwerk.get(i);
            knopen.add(new Knoop(kort(p.naam(), 18), p.relatie().omschrijving(), x, y,
                    p.relatie() == Relatiesoort.MANTELZORGER, y + 4));
        }
        return new Ecomap(breedte, hoogte, midX, midY, kort(h.naam(), 22), knopen);
    }

    private static String kort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max - 1) + "…";
    }
}

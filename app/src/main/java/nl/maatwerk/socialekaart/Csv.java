package nl.maatwerk.socialekaart;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: fields in double quotes may hold commas, quotes ("") and line breaks. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> lees(String tekst) {
        List<List<String>> regels = new ArrayList<>();
        if (tekst == null || tekst.isEmpty()) {
            return regels;
        }
        String t = tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        List<String> regel = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == ',') {
                regel.add(veld.toString());
                veld.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                regel.add(veld.toString());
                veld.setLength(0);
                regels.add(regel);
                regel = new ArrayList<>();
            } else {
                veld.append(c);
            }
        }
        if (veld.length() > 0 || !regel.isEmpty()) {
            regel.add(veld.toString());
            regels.add(regel);
        }
        return regels;
    }
}

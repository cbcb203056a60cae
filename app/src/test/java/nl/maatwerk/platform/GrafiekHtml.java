package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rendered page for the page tests of charts: one chart's SVG, and a table's rows, to check that both say the same. */
public final class GrafiekHtml {

    private static final Pattern CEL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private GrafiekHtml() {
    }

    /** The SVG with this id, as rendered. */
    public static String svg(String html, String id) {
        int plek = html.indexOf("id=\"" + id + "\"");
        assertThat(plek).as("chart " + id).isPositive();
        int begin = html.lastIndexOf("<svg", plek);
        return html.substring(begin, html.indexOf("</svg>", begin));
    }

    /** The body rows of the table with this id, each as the texts of its cells. */
    public static List<List<String>> rijen(String html, String id) {
        int begin = html.indexOf("id=\"" + id + "\"");
        assertThat(begin).as("table " + id).isPositive();
        String tabel = html.substring(begin, html.indexOf("</table>", begin));
        tabel = tabel.substring(tabel.indexOf("<tbody"));
        List<List<String>> uit = new ArrayList<>();
        for (String rij : tabel.split("<tr")) {
            Matcher cel = CEL.matcher(rij);
            List<String> cellen = new ArrayList<>();
            while (cel.find()) {
                cellen.add(cel.group(1).replaceAll("<[^>]+>", "").strip());
            }
            if (!cellen.isEmpty()) {
                uit.add(cellen);
            }
        }
        return uit;
    }
}

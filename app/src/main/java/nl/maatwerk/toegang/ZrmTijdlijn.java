package nl.maatwerk.toegang;

import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Tijdlijn;
import org.springframework.stereotype.Component;

/** Each ZRM assessment as an event on the household's timeline, on the day of the assessment. */
@Component
class ZrmTijdlijn implements Tijdlijn {

    private final ZrmOpslag opslag;

    ZrmTijdlijn(ZrmOpslag opslag) {
        this.opslag = opslag;
    }

    @Override
    public List<Gebeurtenis> gebeurtenissen(UUID huishoudenId) {
        return opslag.vanHuishouden(huishoudenId).stream()
                .map(m -> new Gebeurtenis(m.datum().atStartOfDay(ZrmMetingen.ZONE).toInstant(), "ZRM",
                        "ZRM-meting door " + m.door() + (m.inwonerNaam() == null ? "" : " over " + m.inwonerNaam())
                                + " (" + m.aantalBeoordeeld() + " van " + Levensdomein.values().length + " domeinen beoordeeld)",
                        ""))
                .toList();
    }
}

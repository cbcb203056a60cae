package nl.maatwerk.toegang;

import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Tijdlijn;
import nl.maatwerk.platform.Klok;
import org.springframework.stereotype.Component;

/** Each ZRM assessment as an event on the household's timeline, on the day of the assessment. */
@Component
class ZrmTijdlijn implements Tijdlijn {

    private final ZrmMetingen metingen;

    ZrmTijdlijn(ZrmMetingen metingen) {
        this.metingen = metingen;
    }

    @Override
    public List<Gebeurtenis> voorProfessional(UUID huishoudenId) {
        return gebeurtenissen(metingen.voorHuishoudenpagina(huishoudenId));
    }

    /** The assessments about the resident or the whole household; the text names no comment. */
    @Override
    public List<Gebeurtenis> voorInwoner(UUID huishoudenId, UUID inwonerId) {
        return gebeurtenissen(ZrmMeting.voorInwoner(metingen.voorHuishoudenpagina(huishoudenId), inwonerId));
    }

    private static List<Gebeurtenis> gebeurtenissen(List<ZrmMeting> lijst) {
        return lijst.stream()
                .map(m -> new Gebeurtenis(m.datum().atStartOfDay(Klok.ZONE).toInstant(), "ZRM",
                        "ZRM-meting door " + m.door() + (m.inwonerNaam() == null ? "" : " over " + m.inwonerNaam())
                                + " (" + m.aantalBeoordeeld() + " van " + Levensdomein.values().length + " domeinen beoordeeld)",
                        ""))
                .toList();
    }
}

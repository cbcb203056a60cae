package nl.maatwerk.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request for help with its legal clocks and its status history. */
public record Hulpvraag(UUID id, UUID huishoudenId, String huishoudenNaam, UUID inwonerId, String inwonerNaam, Kanaal kanaal,
        Vorm vorm, String vraag, String watTelt, List<Levensdomein> levensdomeinen, Urgentie urgentie, List<Wet> wetten,
        Dreiging dreiging, HulpvraagStatus status, LocalDate ontvangenOp, String behandelaar, String geregistreerdDoor,
        Instant geregistreerdOp, int versie, List<Termijn> termijnen, List<StatusWijziging> geschiedenis) {

    public record StatusWijziging(HulpvraagStatus van, HulpvraagStatus naar, String reden, String door, Instant op) {
    }

    public boolean isOpen() {
        return status != HulpvraagStatus.AFGESLOTEN;
    }

    /** The open clock that runs out first, if any. */
    public java.util.Optional<Termijn> eersteOpenTermijn() {
        return termijnen.stream().filter(Termijn::isOpen).min(java.util.Comparator.comparing(Termijn::uitersteDatum));
    }

    /** The same request with the names of its household and resident, which the inwoner module provides. */
    Hulpvraag metNamen(String huishouden, String inwoner) {
        return new Hulpvraag(id, huishoudenId, huishouden, inwonerId, inwoner, kanaal, vorm, vraag, watTelt, levensdomeinen, urgentie,
                wetten, dreiging, status, ontvangenOp, behandelaar, geregistreerdDoor, geregistreerdOp, versie, termijnen, geschiedenis);
    }
}

package nl.maatwerk.mijn;

import java.util.List;
import java.util.UUID;

/**
 * Who uses Mijn Maatwerk right now: the resident's own person id, BSN and name, the household they live in
 * today ({@code null} when none: a former member sees nothing current), the level of assurance of their login,
 * and the child under 16 they act for ({@code null}: for themselves). {@code kinderen}: the children under 16 in
 * the household they may act for. Every /mijn page and API takes the person and household from here, never from
 * the request.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Inwonersessie(UUID inwonerId, String bsn, String naam, UUID huishoudenId, Betrouwbaarheid niveau, Kind voorKind,
        List<Kind> kinderen) {

    /** A child under 16 in the resident's household. */
    public record Kind(UUID id, String naam, String bsn) {
    }

    /** The person the page is about: the child acted for, or the resident. */
    public UUID betrokkeneId() {
        return voorKind == null ? inwonerId : voorKind.id();
    }

    public String betrokkeneBsn() {
        return voorKind == null ? bsn : voorKind.bsn();
    }

    public String betrokkeneNaam() {
        return voorKind == null ? naam : voorKind.naam();
    }

    public boolean heeftHuishouden() {
        return huishoudenId != null;
    }

    /** Decisions and data need at least DigiD Substantieel. */
    public boolean magGegevensZien() {
        return niveau.minstens(MijnInwoner.VEREIST);
    }
}

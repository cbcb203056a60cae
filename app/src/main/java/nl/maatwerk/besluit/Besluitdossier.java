package nl.maatwerk.besluit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import org.springframework.stereotype.Component;

/**
 * A decision as every use case needs it: found within need-to-know, locked at the version that was
 * read, its below-the-voet flag brought up to date, a change logged for the household, and shown
 * with the names inwoner keeps. What a use case may do with it is in {@link BesluitValidatie}.
 */
@Component
class Besluitdossier {

    private final BesluitOpslag opslag;
    private final Bestaanscontrole bestaanscontrole;
    private final Huishoudens huishoudens;
    private final Inwoners inwoners;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;

    Besluitdossier(BesluitOpslag opslag, Bestaanscontrole bestaanscontrole, Huishoudens huishoudens, Inwoners inwoners, Inzage inzage,
            GebruikerRegister gebruikers, Logboek logboek) {
        this.opslag = opslag;
        this.bestaanscontrole = bestaanscontrole;
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
    }

    /** A decision as stored, without a check on need-to-know: the caller has made it. */
    Besluit laad(UUID id) {
        return laadAlle(List.of(id)).stream().findFirst().orElseThrow(() -> new NietGevondenException("Besluit"));
    }

    /** Decisions in the order of the ids, with the names of households and addressees looked up once for all. */
    List<Besluit> laadAlle(List<UUID> ids) {
        List<Besluit> besluiten = opslag.laadAlle(ids);
        if (besluiten.isEmpty()) {
            return besluiten;
        }
        Map<UUID, Huishoudens.Kop> koppen = huishoudens.koppen(besluiten.stream().map(Besluit::huishoudenId).distinct().toList());
        Map<UUID, String> namen = inwoners.namen(besluiten.stream().map(Besluit::inwonerId).filter(java.util.Objects::nonNull).distinct().toList());
        return besluiten.stream().map(b -> b.metNamen(Optional.ofNullable(koppen.get(b.huishoudenId())).map(Huishoudens.Kop::naam).orElse(null),
                b.inwonerId() == null ? null : namen.get(b.inwonerId()))).toList();
    }

    /** A decision in a household the user may see; any other answers as if it does not exist. */
    Besluit zichtbaar(UUID id) {
        Besluit b = opslag.huishoudenVan(id).map(h -> inzage.magHuishoudenZien(gebruikers.huidige(), h) ? laad(id) : null).orElse(null);
        if (b == null) {
            throw new NietGevondenException("Besluit");
        }
        return b;
    }

    /**
     * Reads for a change: the row stays locked until the transaction ends, so versions cannot cross. Every
     * change names the version it was based on (428 without, 409 when stale), so no one approves or
     * overwrites what they did not see.
     */
    Besluit vergrendeld(UUID id, Integer versie) {
        opslag.vergrendel(id);
        Besluit b = zichtbaar(id);
        nl.maatwerk.platform.VersieConflictException.vereisActueel(versie, "het besluit", b.versie(), () -> verouderd(b));
        return b;
    }

    /**
     * Someone saved or took a step since the user read the decision (docs/conventies.md): the last of
     * those by whom and when, and the version now, so the user knows what to look at.
     */
    private nl.maatwerk.platform.VersieConflictException verouderd(Besluit b) {
        record Wie(String door, java.time.Instant op) {
        }
        Optional<Wie> laatste = java.util.stream.Stream.of(new Wie(b.gewijzigdDoor(), b.gewijzigdOp()), new Wie(b.ingediendDoor(), b.ingediendOp()),
                        new Wie(b.beoordeeldDoor(), b.beoordeeldOp()), new Wie(b.definitiefDoor(), b.definitiefOp()),
                        new Wie(b.verzondenDoor(), b.verzondenOp()))
                .filter(w -> w.op() != null).max(java.util.Comparator.comparing(Wie::op));
        String door = laatste.map(Wie::door).filter(d -> d != null && !d.isBlank())
                .map(d -> gebruikers.namen(List.of(d)).getOrDefault(d, d)).orElse(null);
        return new nl.maatwerk.platform.VersieConflictException(nl.maatwerk.platform.Versieconflict.bericht("dit besluit", door,
                laatste.map(Wie::op).orElse(null)), b.versie());
    }

    /**
     * The decision with its below-the-voet flag as the check computes it now: the household or the
     * norms may have changed since it was saved. Stored, so the database can hold the line too.
     */
    Besluit bijgewerkt(Besluit b) {
        if (b.status().isDefinitief()) {
            return b;
        }
        boolean onder = bestaanscontrole.voor(b).onderBeslagvrijeVoet();
        if (onder == b.onderBeslagvrijeVoet()) {
            return b;
        }
        opslag.zetOnderBeslagvrijeVoet(b.id(), onder);
        return laad(b.id());
    }

    /**
     * One recorded step on a decision: logged for the household's members and answered with the
     * decision as it now is. The version was checked when the row was locked.
     */
    Besluit vastleggen(String naam, Besluit b, Runnable actie) {
        return logboek.verwerk(naam, Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, huishoudens.betrokkenenVoorLogboek(b.huishoudenId()), () -> {
            actie.run();
            return laad(b.id());
        });
    }

    /** A decision already final on the same matter, that no final decision corrects and that this one does not correct. */
    Optional<Besluit> staandBesluit(UUID zelf, UUID huishoudenId, UUID hulpvraagId, BesluitSoort soort, java.time.LocalDate van,
            java.time.LocalDate tot, UUID corrigeert) {
        return opslag.staandeBesluiten(zelf, huishoudenId, hulpvraagId, soort, van, tot, corrigeert).stream().findFirst().map(this::laad);
    }

    /**
     * Two final decisions on one matter contradict each other: the same kind on one request, or two
     * recoveries of one household over overlapping periods (the same claim). Only a correction of
     * the first may follow it. Serialised per household so two steps at once cannot both pass.
     */
    void vereisGeenTweedeBesluit(Besluit b) {
        opslag.vergrendelHuishouden(b.huishoudenId());
        staandBesluit(b.id(), b.huishoudenId(), b.hulpvraagId(), b.soort(), b.inhoud().periodeVan(), b.inhoud().periodeTot(), b.corrigeert())
                .ifPresent(d -> {
                    throw new BesluitStatusException(BesluitValidatie.tweedeBesluit(d));
                });
    }
}

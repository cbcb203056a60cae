package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Verzoekgeheugen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ZRM assessments of households, within need-to-know and logged. The household's professionals and
 * its own members read them; only professionals record a new one. Every read and write leaves one
 * logboek record per current member of the household (or, without them, per former one).
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class ZrmMetingen {

    private final ZrmOpslag opslag;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;

    private final Inwoners inwoners;
    private final Clock klok;

    ZrmMetingen(ZrmOpslag opslag, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek, Huishoudens huishoudens,
            Inwoners inwoners, Clock klok) {
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.klok = klok;
        this.opslag = opslag;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
    }

    /** The household's assessments, newest first, with the change since the previous one. */
    public ZrmOverzicht overzicht(UUID huishoudenId) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(g, huishoudenId);
        return logboek.verwerk("zrm.raadplegen", Verwerkingsactiviteit.ZRM_RAADPLEGEN, betrokkenen(huishoudenId),
                () -> new ZrmOverzicht(voor(g, metNamen(opslag.vanHuishouden(huishoudenId)))));
    }

    /** All assessments for a professional; for anyone else (a member, on every page and in the API) what is theirs. */
    private static List<ZrmMeting> voor(Gebruiker g, List<ZrmMeting> metingen) {
        if (g.isProfessional()) {
            return metingen;
        }
        return g.inwonerId() == null ? List.of() : ZrmMeting.voorInwoner(metingen, g.inwonerId());
    }

    /** Records a new assessment; every problem with the input is reported at once. */
    @Transactional
    public ZrmMeting vastleggen(UUID huishoudenId, ZrmInvoer invoer) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        LocalDate vandaag = LocalDate.now(klok.withZone(Klok.ZONE));
        List<Fout> fouten = new ArrayList<>(invoer.fouten(vandaag));
        // The ZRM scores one adult at a time (the method); the household page sums the members up.
        if (invoer.inwonerId() == null) {
            fouten.add(new Fout("inwonerId", "required", "Kies over wie de meting gaat. De ZRM scoort één volwassene per meting."));
        } else {
            var lid = huishoudens.samenstellingOp(huishoudenId, vandaag).stream()
                    .filter(l -> l.inwoner().id().equals(invoer.inwonerId())).findFirst();
            if (lid.isEmpty()) {
                fouten.add(new Fout("inwonerId", "unknown", "Deze persoon hoort nu niet bij dit huishouden."));
            } else if (!Leeftijdsgrenzen.krijgtZrm(lid.get().inwoner().geboortedatum(), vandaag)) {
                fouten.add(new Fout("inwonerId", "range", lid.get().inwoner().volledigeNaam() + " is jonger dan " + Leeftijdsgrenzen.ZRM
                        + ". De ZRM is voor volwassenen: kies een volwassen lid van het huishouden."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        return logboek.verwerk("zrm.vastleggen", Verwerkingsactiviteit.ZRM_VASTLEGGEN, betrokkenen(huishoudenId), () -> {
            opslag.voegToe(id, huishoudenId, invoer, g.gebruikersnaam(), g.naam(), Instant.now(klok));
            return metNamen(opslag.vanHuishouden(huishoudenId)).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        });
    }

    /**
     * Without access check or log: only for a part of the household page, which is shown after
     * need-to-know was checked and whose read is logged once for the whole page.
     */
    ZrmOverzicht overzichtVoorHuishoudenpagina(UUID huishoudenId) {
        return new ZrmOverzicht(voorHuishoudenpagina(huishoudenId));
    }

    /** The assessments for the parts of the household page (summary and timeline), read once per web request; no check, no log. */
    List<ZrmMeting> voorHuishoudenpagina(UUID huishoudenId) {
        return Verzoekgeheugen.onthoud("toegang.zrm." + huishoudenId, () -> metNamen(opslag.vanHuishouden(huishoudenId)));
    }

    /** Adds the name of the resident an assessment is about; the inwoner module gives all names at once. */
    private List<ZrmMeting> metNamen(List<ZrmMeting> metingen) {
        Map<UUID, String> namen = inwoners.namen(metingen.stream().map(ZrmMeting::inwonerId).filter(Objects::nonNull).toList());
        return metingen.stream().map(m -> m.inwonerId() == null ? m : new ZrmMeting(m.id(), m.huishoudenId(), m.inwonerId(),
                namen.get(m.inwonerId()), m.datum(), m.door(), m.vastgelegdOp(), m.scores())).toList();
    }

    private void zichtbaar(Gebruiker g, UUID huishoudenId) {
        inzage.vereisZichtbaar(g, huishoudenId);
    }

    private List<Betrokkene> betrokkenen(UUID huishoudenId) {
        return huishoudens.betrokkenenVoorLogboek(huishoudenId);
    }
}

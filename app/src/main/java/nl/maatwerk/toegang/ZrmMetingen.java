package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ZRM assessments of households, within need-to-know and logged. The household's professionals and
 * its own members read them; only professionals record a new one. Every read and write leaves one
 * logboek record per current member of the household.
 */
@Service
public class ZrmMetingen {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ZrmOpslag opslag;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;

    ZrmMetingen(ZrmOpslag opslag, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek, Huishoudens huishoudens) {
        this.huishoudens = huishoudens;
        this.opslag = opslag;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
    }

    /** The household's assessments, newest first, with the change since the previous one. */
    public ZrmOverzicht overzicht(UUID huishoudenId) {
        zichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("zrm.raadplegen", Verwerkingsactiviteit.ZRM_RAADPLEGEN, betrokkenen(huishoudenId),
                () -> new ZrmOverzicht(opslag.vanHuishouden(huishoudenId)));
    }

    /** Records a new assessment; every problem with the input is reported at once. */
    @Transactional
    public ZrmMeting vastleggen(UUID huishoudenId, ZrmInvoer invoer) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        List<Fout> fouten = new ArrayList<>(invoer.fouten(LocalDate.now(ZONE)));
        if (invoer.inwonerId() != null && !huishoudens.isHuidigLid(huishoudenId, invoer.inwonerId())) {
            fouten.add(new Fout("inwonerId", "unknown", "Deze persoon hoort nu niet bij dit huishouden."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        return logboek.verwerk("zrm.vastleggen", Verwerkingsactiviteit.ZRM_VASTLEGGEN, betrokkenen(huishoudenId), () -> {
            opslag.voegToe(id, huishoudenId, invoer, g.gebruikersnaam(), g.naam(), Instant.now(Clock.systemUTC()));
            return opslag.vanHuishouden(huishoudenId).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        });
    }

    /**
     * Without access check or log: only for a part of the household page, which is shown after
     * need-to-know was checked and whose read is logged once for the whole page.
     */
    ZrmOverzicht overzichtVoorHuishoudenpagina(UUID huishoudenId) {
        return new ZrmOverzicht(opslag.vanHuishouden(huishoudenId));
    }

    private void zichtbaar(Gebruiker g, UUID huishoudenId) {
        inzage.vereisZichtbaar(g, huishoudenId);
    }

    private List<Betrokkene> betrokkenen(UUID huishoudenId) {
        return huishoudens.huidigeBetrokkenen(huishoudenId);
    }
}

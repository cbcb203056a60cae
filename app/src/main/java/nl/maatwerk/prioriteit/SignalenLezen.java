package nl.maatwerk.prioriteit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import org.springframework.stereotype.Component;

/**
 * Reading early debt signals within need-to-know: a signal matched to a household the user may see,
 * or an unmatched one of the user's team. Professionals only; every read is logged, per person.
 */
@Component
class SignalenLezen {

    private final SignaalOpslag opslag;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Huishoudens huishoudens;
    private final Logboek logboek;
    private final Clock klok;

    SignalenLezen(SignaalOpslag opslag, Inzage inzage, GebruikerRegister gebruikers, Huishoudens huishoudens, Logboek logboek, Clock klok) {
        this.opslag = opslag;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.huishoudens = huishoudens;
        this.logboek = logboek;
        this.klok = klok;
    }

    Vroegsignalen.Pagina lijst(Vroegsignalen.Filter filter, int pagina, int grootte) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        var zichtbaarheid = inzage.zichtbaarheid(g);
        long totaal = opslag.aantal(zichtbaarheid, g.teamId(), filter);
        List<Vroegsignaal> lijst = opslag.laad(opslag.pagina(zichtbaarheid, g.teamId(), filter, grootte, (long) (pagina - 1) * grootte));
        logboek.registreer("vroegsignaal.lijst", Verwerkingsactiviteit.VROEGSIGNAAL_RAADPLEGEN, betrokkenen(lijst), Instant.now(klok), true);
        return new Vroegsignalen.Pagina(lijst, pagina, grootte, totaal);
    }

    /**
     * New signals for the user's own households (their start page): received in the last {@code dagen} days.
     * The households come from the caller, who checked they are the user's; the read is logged per person.
     */
    List<Vroegsignaal> nieuwVoorMijnHuishoudens(Gebruiker g, List<UUID> mijnHuishoudens, int dagen, int max) {
        inzage.vereisProfessional(g);
        List<Vroegsignaal> lijst = opslag.laad(opslag.nieuwVoor(mijnHuishoudens, java.time.LocalDate.now(klok).minusDays(dagen), max));
        if (!lijst.isEmpty()) {
            logboek.registreer("vroegsignaal.start", Verwerkingsactiviteit.VROEGSIGNAAL_RAADPLEGEN, betrokkenen(lijst), Instant.now(klok), true);
        }
        return lijst;
    }

    Vroegsignaal lees(UUID id) {
        Vroegsignaal s = zichtbaar(id);
        logboek.registreer("vroegsignaal.raadplegen", Verwerkingsactiviteit.VROEGSIGNAAL_RAADPLEGEN, betrokkenen(List.of(s)),
                Instant.now(klok), true);
        return s;
    }

    /** A signal the current professional may see, else "not found"; not logged (the caller logs what it does with it). */
    Vroegsignaal zichtbaar(UUID id) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        if (!opslag.isZichtbaar(id, inzage.zichtbaarheid(g), g.teamId())) {
            throw new NietGevondenException("Signaal");
        }
        return opslag.laad(List.of(id)).getFirst();
    }

    /** The signals of a household, newest first, without access check or log: for the household page, which does both. */
    List<Vroegsignaal> vanHuishoudenZonderLog(UUID huishoudenId) {
        return opslag.laad(opslag.vanHuishouden(huishoudenId));
    }

    /** The people the signals are about: a household's current members, else the signal's BSN or address. */
    List<Betrokkene> betrokkenen(List<Vroegsignaal> lijst) {
        List<Betrokkene> b = new ArrayList<>();
        List<UUID> metHuishouden = lijst.stream().map(Vroegsignaal::huishoudenId).filter(Objects::nonNull).distinct().toList();
        b.addAll(huishoudens.betrokkenenVoorLogboek(metHuishouden));
        for (Vroegsignaal s : lijst) {
            if (s.huishoudenId() == null) {
                b.add(s.bsn() != null ? Betrokkene.bsn(s.bsn()) : Betrokkene.adres(s.adres()));
            }
        }
        return b.stream().distinct().toList();
    }
}

package nl.maatwerk.besluit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.Rol;
import org.springframework.stereotype.Component;

/** Reading decisions: one, a household's, and those waiting for a team lead; within need-to-know and logged. */
@Component
class BesluitLezen {

    private final Besluitdossier dossier;
    private final BesluitOpslag opslag;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;

    BesluitLezen(Besluitdossier dossier, BesluitOpslag opslag, Huishoudens huishoudens, Inzage inzage, GebruikerRegister gebruikers,
            Logboek logboek, Clock klok) {
        this.dossier = dossier;
        this.opslag = opslag;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    Besluit lees(UUID id) {
        Besluit b = dossier.zichtbaar(id);
        logboek.registreer("besluit.raadplegen", Verwerkingsactiviteit.BESLUIT_RAADPLEGEN, huishoudens.betrokkenenVoorLogboek(b.huishoudenId()),
                Instant.now(klok), true);
        return b;
    }

    /** The decisions of a household, newest first, without logging: for the household page, which logs itself. */
    List<Besluit> vanHuishoudenZonderLog(UUID huishoudenId) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return dossier.laadAlle(opslag.vanHuishouden(huishoudenId));
    }

    /** For a team lead: departures waiting for approval in the households they may see, not their own. */
    List<Besluit> terGoedkeuring() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER) {
            throw new NietToegestaanException("Alleen een teamleider keurt afwijkingen goed");
        }
        List<Besluit> lijst = dossier.laadAlle(opslag.terGoedkeuring(inzage.zichtbaarheid(g))).stream()
                .filter(b -> b.magBeoordelenDoor(g.gebruikersnaam())).toList();
        if (!lijst.isEmpty()) {
            logboek.registreer("besluit.lijst", Verwerkingsactiviteit.BESLUIT_RAADPLEGEN,
                    huishoudens.betrokkenenVoorLogboek(lijst.stream().map(Besluit::huishoudenId).distinct().toList()), Instant.now(klok), true);
        }
        return lijst;
    }

    /** For the start page: the user's decisions that came back from approval in the last {@code dagen} days. Logged. */
    List<Besluit> terugVanBeoordeling(int dagen) {
        Gebruiker g = gebruikers.huidige();
        List<Besluit> lijst = dossier.laadAlle(opslag.terugVanBeoordeling(g.gebruikersnaam(),
                Instant.now(klok).minus(java.time.Duration.ofDays(dagen)), inzage.zichtbaarheid(g)));
        if (!lijst.isEmpty()) {
            logboek.registreer("besluit.lijst", Verwerkingsactiviteit.BESLUIT_RAADPLEGEN,
                    huishoudens.betrokkenenVoorLogboek(lijst.stream().map(Besluit::huishoudenId).distinct().toList()), Instant.now(klok), true);
        }
        return lijst;
    }
}

package nl.maatwerk.besluit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.Rol;
import org.springframework.stereotype.Component;

/**
 * Reviewing a departure: a professional submits a complete decision that departs from the rule, and
 * a team lead who neither wrote nor submitted it approves it or sends it back with a reason (four
 * eyes). Below the beslagvrije voet the safeguard decides what an approval may allow.
 */
@Component
class Beoordelen {

    private final Besluitdossier dossier;
    private final BesluitOpslag opslag;
    private final Bestaanscontrole bestaanscontrole;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Catalogus catalogus;
    private final Clock klok;

    Beoordelen(Besluitdossier dossier, BesluitOpslag opslag, Bestaanscontrole bestaanscontrole, Inzage inzage, GebruikerRegister gebruikers,
            Catalogus catalogus, Clock klok) {
        this.dossier = dossier;
        this.opslag = opslag;
        this.bestaanscontrole = bestaanscontrole;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.catalogus = catalogus;
        this.klok = klok;
    }

    /** A departure goes to a team lead; everything must be complete first. */
    Besluit dienIn(UUID id, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = dossier.bijgewerkt(dossier.vergrendeld(id, versie));
        BesluitValidatie.vereisStap(b, BesluitStatus.TER_GOEDKEURING);
        BesluitValidatie.vereisAfwijking(b);
        BesluitValidatie.vereisCompleet(b, bestaanscontrole.voor(b), catalogus, LocalDate.now(klok));
        dossier.vereisGeenTweedeBesluit(b);
        return dossier.vastleggen("besluit.indienen", b, () -> {
            Instant nu = Instant.now(klok);
            opslag.zetStatus(id, BesluitStatus.TER_GOEDKEURING, "ingediend", g.gebruikersnaam(), nu);
            opslag.stap(id, b.status(), BesluitStatus.TER_GOEDKEURING, BesluitValidatie.waaromIngediend(b), g.gebruikersnaam(), nu);
        });
    }

    /** The second pair of eyes: a team lead who neither wrote nor submitted the decision. */
    Besluit beoordeel(UUID id, boolean akkoord, String toelichting, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER) {
            throw new NietToegestaanException("Alleen een teamleider keurt een afwijking goed");
        }
        Besluit b = dossier.bijgewerkt(dossier.vergrendeld(id, versie));
        BesluitValidatie.vereisBeoordelingDoor(b, g.gebruikersnaam());
        String tekst = BesluitValidatie.toelichtingBijBeoordeling(akkoord, toelichting);
        if (akkoord) {
            BesluitValidatie.vereisGoedkeurbaar(b, bestaanscontrole.voor(b));
        }
        BesluitStatus naar = akkoord ? BesluitStatus.GOEDGEKEURD : BesluitStatus.CONCEPT;
        return dossier.vastleggen("besluit.beoordelen", b, () -> {
            Instant nu = Instant.now(klok);
            opslag.beoordeling(id, naar, g.gebruikersnaam(), akkoord, tekst.isEmpty() ? null : tekst, nu);
            opslag.stap(id, b.status(), naar, akkoord ? "Goedgekeurd" + (tekst.isEmpty() ? "" : ": " + tekst) : "Niet goedgekeurd: " + tekst,
                    g.gebruikersnaam(), nu);
        });
    }
}

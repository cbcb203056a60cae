package nl.maatwerk.prioriteit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.prioriteit.Vroegsignaal.Soort;
import org.springframework.stereotype.Component;

/**
 * The outreach after a signal, one step at a time (a letter, a call, a visit, an offer of help, the
 * answer, the feedback to the creditor, closing). The rules of the steps are pure functions
 * ({@link #fouten}, {@link #status}); storing and logging happen in {@link #legVast}.
 */
@Component
class SignaalOpvolging {

    private final SignalenLezen lezen;
    private final SignaalOpslag opslag;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;

    SignaalOpvolging(SignalenLezen lezen, SignaalOpslag opslag, GebruikerRegister gebruikers, Logboek logboek, Clock klok) {
        this.lezen = lezen;
        this.opslag = opslag;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** See {@link Vroegsignalen#legVast}; the caller holds the transaction. */
    Vroegsignaal legVast(UUID id, String soortCode, Boolean contact, String notitie, LocalDate datum, Integer versie) {
        Vroegsignaal s = lezen.zichtbaar(id);
        Gebruiker g = gebruikers.huidige();
        // The version first: whoever saw an older state hears who recorded a step meanwhile, not a rule about a state they never saw.
        int gelezen = VersieConflictException.vereisActueel(versie, "het signaal", s.versie(), () -> verouderd(s));
        List<Fout> fouten = fouten(s, soortCode, contact, notitie, datum, LocalDate.now(klok));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Soort soort = Soort.vanCode(soortCode);
        // Feedback to the creditor says by itself whether contact was made; only the attempts carry their own answer.
        Boolean metContact = soort.poging() ? contact : soort == Soort.TERUGMELDING ? Boolean.valueOf(s.eersteContactOp() != null) : null;
        List<Betrokkene> wie = lezen.betrokkenen(List.of(s));
        logboek.verwerk("vroegsignaal.opvolgen", Verwerkingsactiviteit.VROEGSIGNAAL_OPVOLGEN, wie, () -> {
            if (!opslag.werkBij(id, gelezen, status(s, soort, contact), Boolean.TRUE.equals(contact) && soort.poging(),
                    soort == Soort.TERUGMELDING, datum)) {
                throw verouderd(opslag.laad(List.of(id)).getFirst());
            }
            opslag.voegStapToe(id, soort, metContact, notitie == null || notitie.isBlank() ? null : notitie.strip(), datum,
                    g.gebruikersnaam(), g.naam());
            return null;
        });
        return opslag.laad(List.of(id)).getFirst();
    }

    /** Someone recorded a step since the user read the signal: who and when (the last step), and the version now. */
    private static VersieConflictException verouderd(Vroegsignaal nu) {
        Vroegsignaal.Actie laatste = nu.acties().stream().max(java.util.Comparator.comparing(Vroegsignaal.Actie::op)).orElse(null);
        return new VersieConflictException(nl.maatwerk.platform.Versieconflict.bericht("dit signaal",
                laatste == null ? null : laatste.doorNaam(), laatste == null ? null : laatste.op()), nu.versie());
    }

    /**
     * Every problem with a step at once: a contact attempt says whether contact was made; the date is
     * not in the future nor before the signal; an answer needs an offer first and an offer a contact;
     * feedback is given once; a closed signal takes no more steps.
     */
    static List<Fout> fouten(Vroegsignaal s, String soortCode, Boolean contact, String notitie, LocalDate datum, LocalDate vandaag) {
        Soort soort = null;
        List<Fout> fouten = new ArrayList<>();
        if (soortCode == null) {
            fouten.add(new Fout("soort", "required", "Kies wat er is gedaan."));
        } else {
            try {
                soort = Soort.vanCode(soortCode);
            } catch (IllegalArgumentException onbekend) {
                // Listed with the other fields, so the user sees every problem at once.
                fouten.add(new Fout("soort", "invalid", onbekend.getMessage() + ". Kies wat er is gedaan."));
            }
        }
        if (soort != null && soort.poging() && contact == null) {
            fouten.add(new Fout("contact", "required", "Geef aan of er contact was."));
        }
        if (datum == null) {
            fouten.add(new Fout("datum", "required", "Vul de datum in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Fout("datum", "future", "De datum ligt in de toekomst."));
        } else if (datum.isBefore(s.signaaldatum())) {
            fouten.add(new Fout("datum", "range", "De datum ligt voor de datum van het signaal."));
        }
        if (notitie != null && notitie.length() > 1000) {
            fouten.add(new Fout("notitie", "size", "De notitie is hoogstens 1000 tekens."));
        }
        if (!s.open()) {
            fouten.add(new Fout("soort", "closed", "Dit signaal is afgesloten."));
        }
        boolean aanbodGedaan = s.acties().stream().anyMatch(a -> a.soort() == Soort.AANBOD);
        if ((soort == Soort.GEACCEPTEERD || soort == Soort.AFGEWEZEN) && !aanbodGedaan) {
            fouten.add(new Fout("soort", "order", "Leg eerst vast welke hulp is aangeboden."));
        }
        if (soort == Soort.AANBOD && s.eersteContactOp() == null) {
            fouten.add(new Fout("soort", "order", "Hulp aanbieden kan na contact: leg eerst het contact vast."));
        }
        if (soort == Soort.TERUGMELDING && s.teruggemeldOp() != null) {
            fouten.add(new Fout("soort", "exists", "Er is al teruggemeld aan de schuldeiser."));
        }
        return fouten;
    }

    /** The signal's status after a valid step: a first contact moves "open" on; feedback changes nothing. */
    static String status(Vroegsignaal s, Soort soort, Boolean contact) {
        return switch (soort) {
            case BRIEF, TELEFOON, HUISBEZOEK -> Boolean.TRUE.equals(contact) && s.status().equals("open") ? "contact" : s.status();
            case AANBOD -> "aanbod";
            case GEACCEPTEERD -> "geaccepteerd";
            case AFGEWEZEN -> "afgewezen";
            case TERUGMELDING -> s.status();
            case AFGESLOTEN -> "afgesloten";
        };
    }
}

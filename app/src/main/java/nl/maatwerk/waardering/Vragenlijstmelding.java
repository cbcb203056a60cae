package nl.maatwerk.waardering;

import java.util.List;
import java.util.Optional;
import nl.maatwerk.mijn.Startmelding;
import org.springframework.stereotype.Component;

/**
 * Tells the resident on the start page of Mijn Maatwerk that a questionnaire waits, so an invitation is seen without
 * opening the menu. Only for the resident themselves: a parent acting for a child sees their own invitations, as on
 * the questionnaire page. The read is logged by {@link Uitnodigingen#mijnOpen()}.
 */
@Component
class Vragenlijstmelding implements Startmelding {

    private final Uitnodigingen uitnodigingen;

    Vragenlijstmelding(Uitnodigingen uitnodigingen) {
        this.uitnodigingen = uitnodigingen;
    }

    @Override
    public Optional<Melding> voorIngelogde() {
        List<Uitnodigingen.Uitnodiging> open;
        try {
            open = uitnodigingen.mijnOpen();
        } catch (nl.maatwerk.platform.NietGevondenException e) {
            return Optional.empty(); // a resident without a known address has no invitations
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String tekst = open.size() == 1
                ? "Wij horen graag hoe onze hulp was. Het duurt een paar minuten en is anoniem."
                : "Wij horen graag hoe onze hulp was. U kunt " + open.size() + " korte vragenlijsten invullen; ze zijn anoniem.";
        return Optional.of(new Melding(tekst, open.size() == 1 ? "Vragenlijst invullen" : "Naar de vragenlijsten", "/mijn/vragenlijst"));
    }
}

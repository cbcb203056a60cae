package nl.maatwerk.inwoner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Inzagen;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import org.springframework.stereotype.Service;

/**
 * Holding back, for a while, which accesses a resident sees in "Wie keek in mijn gegevens" (issue 16): for example while an
 * investigation runs that the resident may not learn of yet (AVG art. 23, Uitvoeringswet AVG art. 41). The accesses are
 * counted for the resident with the reason, never hidden, and shown in full from the day after the end date.
 *
 * <p>Only the team lead of the resident's team decides this, for every professional's accesses at once: a hold for one
 * colleague would leave the team lead's own recording of it visible, which tells the resident what the hold is meant to
 * keep back. A hold lasts at most a year; one that is still needed is recorded again, so that someone decides it again.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class InzageUitstellen {

    /** The longest a hold may run from today: a year, after which it is decided again. */
    static final int MAX_DAGEN = 366;

    private final Inwoners inwoners;
    private final Inzagen inzagen;
    private final Logboek logboek;
    private final GebruikerRegister gebruikers;
    private final Clock klok;

    InzageUitstellen(Inwoners inwoners, Inzagen inzagen, Logboek logboek, GebruikerRegister gebruikers, Clock klok) {
        this.inwoners = inwoners;
        this.inzagen = inzagen;
        this.logboek = logboek;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    /** What the team lead fills in: from which day the accesses are held back, until which day, and why. */
    public record Verzoek(LocalDate vanaf, LocalDate tot, String reden) {
    }

    /** The holds on this resident that still apply; only for the team lead (who may also record one). */
    public List<Inzagen.LopendUitstel> lopend(UUID inwonerId) {
        Inwoner inwoner = teamleiderLeest(inwonerId);
        return logboek.verwerk("inzage.uitstel.raadplegen", Verwerkingsactiviteit.INZAGE_UITSTELLEN, List.of(Betrokkene.bsn(inwoner.bsn())),
                () -> inzagen.lopend(Betrokkene.bsn(inwoner.bsn()), LocalDate.now(klok)));
    }

    /** Records a hold on this resident's accesses from {@code vanaf} through {@code tot}. */
    public void stelUit(UUID inwonerId, Verzoek verzoek) {
        Inwoner inwoner = teamleiderLeest(inwonerId);
        LocalDate vandaag = LocalDate.now(klok);
        List<OngeldigeInvoerException.Fout> fouten = new ArrayList<>();
        if (verzoek.vanaf() == null) {
            fouten.add(new OngeldigeInvoerException.Fout("vanaf", "required", "Vul in vanaf welke dag de inzagen later getoond worden."));
        } else if (verzoek.vanaf().isAfter(vandaag)) {
            fouten.add(new OngeldigeInvoerException.Fout("vanaf", "future", "De begindatum kan niet na vandaag liggen."));
        } else if (verzoek.vanaf().isBefore(vandaag.minusDays(MAX_DAGEN))) {
            fouten.add(new OngeldigeInvoerException.Fout("vanaf", "range", "De begindatum kan hoogstens een jaar terug liggen."));
        }
        if (verzoek.tot() == null) {
            fouten.add(new OngeldigeInvoerException.Fout("tot", "required", "Vul in tot en met welke dag de inzagen later getoond worden."));
        } else if (verzoek.tot().isBefore(vandaag)) {
            fouten.add(new OngeldigeInvoerException.Fout("tot", "past", "De einddatum kan niet voor vandaag liggen."));
        } else if (verzoek.tot().isAfter(vandaag.plusDays(MAX_DAGEN))) {
            fouten.add(new OngeldigeInvoerException.Fout("tot", "range",
                    "Hoogstens een jaar vooruit. Is het daarna nog nodig, leg het dan opnieuw vast."));
        }
        String reden = verzoek.reden() == null ? "" : verzoek.reden().strip();
        if (reden.length() < 10 || reden.length() > 1000) {
            // The logboek module checks this too; here it comes with the other messages of the form.
            fouten.add(new OngeldigeInvoerException.Fout("reden", "range",
                    "Schrijf in gewone woorden waarom de inwoner dit later pas ziet (10 tot 1000 tekens). De inwoner leest deze reden."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String door = gebruikers.huidige().gebruikersnaam();
        logboek.verwerk("inzage.uitstellen", Verwerkingsactiviteit.INZAGE_UITSTELLEN, List.of(Betrokkene.bsn(inwoner.bsn())), () -> {
            inzagen.stelUit(new Inzagen.Uitstel(Betrokkene.bsn(inwoner.bsn()), null, verzoek.vanaf().atStartOfDay(Klok.ZONE).toInstant(),
                    verzoek.tot(), reden), door);
            return null;
        });
    }

    private Inwoner teamleiderLeest(UUID inwonerId) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER) {
            throw new NietToegestaanException("Alleen de teamleider van het team van deze inwoner kan inzagen uitstellen.");
        }
        // Need-to-know (the resident is in the team lead's team) and the read logged, as for any record.
        return inwoners.lees(inwonerId);
    }
}

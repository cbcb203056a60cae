package nl.maatwerk.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.VersieOntbreektException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors on the web pages: a missing or unrelated household is a plain 404 page; a refusal with a reason
 * shows it. Input a page handler could not take (a garbled id or number in the address, a parameter the
 * form always sends but this request did not, a field the form does not have) is a Dutch 400 page, never
 * a 500: a form that can show its own errors does so itself; what reaches this class could not be shown
 * on a form.
 */
@ControllerAdvice(annotations = Controller.class)
class PaginaFoutafhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(PaginaFoutafhandeling.class);

    private final nl.maatwerk.platform.database.DatabaseBereikbaarheid bereikbaarheid;

    PaginaFoutafhandeling(nl.maatwerk.platform.database.DatabaseBereikbaarheid bereikbaarheid) {
        this.bereikbaarheid = bereikbaarheid;
    }

    @ExceptionHandler(NietGevondenException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String nietGevonden() {
        return "error/404";
    }

    /** Not allowed with a reason the user may read: the 403 page says it instead of only "your role". */
    @ExceptionHandler(NietToegestaanException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String nietToegestaan(NietToegestaanException e, Model model) {
        model.addAttribute("reden", e.getMessage());
        return "error/403";
    }

    /** Over a limit where a page did not handle it itself: the reason, with when to try again if known. */
    @ExceptionHandler(nl.maatwerk.platform.LimietBereiktException.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String limietBereikt(nl.maatwerk.platform.LimietBereiktException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (e.wachtSeconden() > 0) {
            response.setHeader("Retry-After", String.valueOf(e.wachtSeconden()));
        }
        model.addAttribute("titel", e.titel());
        model.addAttribute("reden", e.getMessage());
        return "error/429";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, InvalidParameterException.class, InvalidPropertyException.class,
            RequestRejectedException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String verkeerdAdres() {
        return "error/400";
    }

    /** A parameter every form that posts here sends (a button's value, a version) is missing: a crafted or truncated request. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String parameterOntbreekt(Model model) {
        model.addAttribute("redenen", List.of("Er ontbreekt een gegeven dat het formulier altijd meestuurt."));
        return "error/400";
    }

    @ExceptionHandler(Invoercontrole.OnleesbareInvoerException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String onleesbaar(Invoercontrole.OnleesbareInvoerException e, Model model) {
        model.addAttribute("redenen", List.of(e.getMessage()));
        return "error/400";
    }

    /** A rule of the domain that the handler did not put on its form: its reasons on the 400 page, nothing saved. */
    @ExceptionHandler(OngeldigeInvoerException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String ongeldig(OngeldigeInvoerException e, Model model) {
        model.addAttribute("redenen", e.fouten().stream().map(OngeldigeInvoerException.Fout::reden).toList());
        return "error/400";
    }

    /** Someone else saved in between, or the step no longer fits: say so and send the user back to the current state. */
    @ExceptionHandler({VersieConflictException.class, ConflictException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(RuntimeException e, Model model) {
        model.addAttribute("reden", e instanceof VersieConflictException v ? v.fouten().getFirst().reden() : e.getMessage());
        return "error/409";
    }

    /**
     * Stored data changed under the request (someone else registered that BSN a moment ago) where the page did not
     * show it on its form: say so; nothing was saved.
     */
    @ExceptionHandler(nl.maatwerk.platform.BotsingException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String botsing(nl.maatwerk.platform.BotsingException e, Model model) {
        model.addAttribute("reden", e.fouten().getFirst().reden());
        return "error/409";
    }

    /** A constraint of the database that no use case turned into a message of its own: still a conflict, not a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String constraint(DataIntegrityViolationException e, Model model) {
        LOG.info("Invoer op een pagina botst met opgeslagen gegevens: {}", e.getMostSpecificCause().getMessage());
        model.addAttribute("reden", "Wat u wilde opslaan, botst met wat intussen is opgeslagen, bijvoorbeeld doordat iemand anders "
                + "tegelijk hetzelfde vastlegde.");
        return "error/409";
    }

    /** The form's hidden version is missing (docs/conventies.md): without it a save could overwrite what the user never saw. */
    @ExceptionHandler(VersieOntbreektException.class)
    @ResponseStatus(HttpStatus.PRECONDITION_REQUIRED)
    String versieOntbreekt() {
        return "error/428";
    }

    /**
     * The database is out of reach, too busy for this request, or did not hand out a connection, a lock or an answer in
     * time ({@link DatabaseNietBeschikbaar}, issue 14): the Dutch 503 page with Retry-After. Any other database error goes
     * on as before. {@link DatabaseStoringFilter} shows the same page for what fails before a controller.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, nl.maatwerk.platform.TeDrukException.class})
    String databaseNietBeschikbaar(Exception e, Model model, HttpServletResponse response) throws Exception {
        DatabaseNietBeschikbaar.Soort soort = DatabaseNietBeschikbaar.soort(e, bereikbaarheid.bereikbaar());
        if (soort == null) {
            // Not the database's absence after all: as any other unexpected failure.
            throw e;
        }
        if (soort == DatabaseNietBeschikbaar.Soort.ONBEREIKBAAR) {
            bereikbaarheid.meldOnbereikbaar(DatabaseStoringFilter.kort(e));
        }
        LOG.info("503 op een pagina, database {}: {}", soort.name().toLowerCase(java.util.Locale.ROOT), DatabaseStoringFilter.kort(e));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(soort.opnieuwNaSeconden()));
        model.addAttribute("kop", soort.kop());
        model.addAttribute("uitleg", soort.detail());
        return "error/503";
    }
}

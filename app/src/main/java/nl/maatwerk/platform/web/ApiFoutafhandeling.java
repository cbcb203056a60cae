package nl.maatwerk.platform.web;

import java.util.ArrayList;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Errors on the API as application/problem+json (RFC 9457). Bad input is 400 and lists every
 * invalid field in {@code invalidParams}, so a client can fix all of them at once.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
public class ApiFoutafhandeling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFoutafhandeling.class);

    private final nl.maatwerk.platform.database.DatabaseBereikbaarheid bereikbaarheid;

    ApiFoutafhandeling(nl.maatwerk.platform.database.DatabaseBereikbaarheid bereikbaarheid) {
        this.bereikbaarheid = bereikbaarheid;
    }

    public record OngeldigVeld(String name, String code, String reason) {
    }

    static ProblemDetail ongeldig(List<OngeldigVeld> velden) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                velden.size() == 1 ? "Eén veld is niet goed ingevuld." : velden.size() + " velden zijn niet goed ingevuld.");
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("invalidParams", velden);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<OngeldigVeld> velden = new ArrayList<>();
        for (FieldError fout : ex.getBindingResult().getFieldErrors()) {
            velden.add(new OngeldigVeld(fout.getField(), code(fout.getCode()), fout.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(fout ->
                velden.add(new OngeldigVeld(fout.getObjectName(), code(fout.getCode()), fout.getDefaultMessage())));
        return ResponseEntity.badRequest().body(ongeldig(velden));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<OngeldigVeld> velden = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(fout -> velden.add(
                new OngeldigVeld(r.getMethodParameter().getParameterName(), "invalid", fout.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(ongeldig(velden));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String veld = "body";
        String reden = "De inhoud is geen geldige JSON.";
        Throwable oorzaak = ex.getCause();
        while (oorzaak != null && !(oorzaak instanceof JacksonException)) {
            oorzaak = oorzaak.getCause();
        }
        if (oorzaak instanceof StreamConstraintsException) {
            // Nested deeper than the parser follows (StreamReadConstraints), or too long: not a field's fault.
            return ResponseEntity.badRequest().body(ongeldig(List.of(new OngeldigVeld(veld, "format",
                    "De JSON is te diep genest of te groot om te lezen."))));
        }
        if (oorzaak instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            StringBuilder pad = new StringBuilder();
            for (JacksonException.Reference ref : jackson.getPath()) {
                if (ref.getPropertyName() != null) {
                    pad.append(pad.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    pad.append('[').append(ref.getIndex()).append(']');
                }
            }
            veld = pad.isEmpty() ? veld : pad.toString();
            reden = "De waarde heeft niet het juiste formaat.";
        }
        return ResponseEntity.badRequest().body(ongeldig(List.of(new OngeldigVeld(veld, "format", reden))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ongeldig(List.of(
                new OngeldigVeld(ex.getParameterName(), "required", "Deze parameter is verplicht."))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeFout(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest().body(ongeldig(List.of(
                new OngeldigVeld(ex.getName(), "format", "De waarde heeft niet het juiste formaat."))));
    }

    /**
     * Tomcat refuses a query string it cannot parse (for example a parameter without a name, as in
     * {@code ?=1}), and Spring Security's firewall a parameter name with characters it does not allow,
     * only when the parameters are first read, which is in the middle of handling the request.
     */
    @ExceptionHandler({InvalidParameterException.class, RequestRejectedException.class})
    ResponseEntity<ProblemDetail> onleesbareParameters(RuntimeException ex) {
        return ResponseEntity.badRequest().body(ongeldig(List.of(
                new OngeldigVeld("query", "format", "De parameters in het adres zijn niet te lezen."))));
    }

    /** A NUL character or a malformed row index in a parameter ({@link Invoercontrole}). */
    @ExceptionHandler(Invoercontrole.OnleesbareInvoerException.class)
    ResponseEntity<ProblemDetail> onleesbareInvoer(Invoercontrole.OnleesbareInvoerException ex) {
        return ResponseEntity.badRequest().body(ongeldig(List.of(new OngeldigVeld(ex.parameter(), "format", ex.getMessage()))));
    }

    /** Validation outside Spring MVC's own (for example a service method) still answers 400. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> schending(ConstraintViolationException ex) {
        return ResponseEntity.badRequest().body(ongeldig(ex.getConstraintViolations().stream()
                .map(v -> {
                    String pad = v.getPropertyPath().toString();
                    return new OngeldigVeld(pad.substring(pad.indexOf('.') + 1), "invalid", v.getMessage());
                }).toList()));
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> domeinFout(OngeldigeInvoerException ex) {
        return ResponseEntity.badRequest().body(ongeldig(ex.fouten().stream()
                .map(f -> new OngeldigVeld(f.veld(), f.code(), f.reden())).toList()));
    }

    /**
     * Stale version: 409 with the field, so a client can show what happened where it happened, and the
     * version now stored (as ETag and {@code huidigeVersie}) when known, so it can read that and try again.
     */
    @ExceptionHandler(nl.maatwerk.platform.VersieConflictException.class)
    ResponseEntity<ProblemDetail> verouderd(nl.maatwerk.platform.VersieConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.fouten().getFirst().reden());
        problem.setTitle("Versie verouderd");
        problem.setProperty("invalidParams", ex.fouten().stream().map(f -> new OngeldigVeld(f.veld(), f.code(), f.reden())).toList());
        ResponseEntity.BodyBuilder antwoord = ResponseEntity.status(HttpStatus.CONFLICT);
        if (ex.huidigeVersie() != null) {
            problem.setProperty("huidigeVersie", ex.huidigeVersie());
            antwoord.eTag(nl.maatwerk.platform.IfMatch.etag(ex.huidigeVersie()));
        }
        return antwoord.body(problem);
    }

    /** A collision with stored data (a BSN that exists, a resident who lives elsewhere): 409 naming the fields. */
    @ExceptionHandler(nl.maatwerk.platform.BotsingException.class)
    ResponseEntity<ProblemDetail> botsing(nl.maatwerk.platform.BotsingException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.fouten().getFirst().reden());
        problem.setTitle("Conflict");
        problem.setProperty("invalidParams", ex.fouten().stream().map(f -> new OngeldigVeld(f.veld(), f.code(), f.reden())).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(NietGevondenException.class)
    ResponseEntity<ProblemDetail> nietGevonden(NietGevondenException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage() + ".");
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> geenToegang(AccessDeniedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                ex instanceof nl.maatwerk.platform.NietToegestaanException ? ex.getMessage() : "Uw rol geeft geen toegang tot deze handeling.");
        problem.setTitle("Geen toegang");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /**
     * Over a limit of the account (the search limit of platform.Zoekrem, the what-if runs waiting per user): 429, with
     * what to do in the detail, the limit's own properties, and when to try again in Retry-After (seconds) if known.
     */
    @ExceptionHandler(nl.maatwerk.platform.LimietBereiktException.class)
    ResponseEntity<ProblemDetail> limietBereikt(nl.maatwerk.platform.LimietBereiktException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
        problem.setTitle(ex.titel());
        ex.eigenschappen().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder antwoord = ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS);
        if (ex.wachtSeconden() > 0) {
            antwoord.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.wachtSeconden()));
        }
        return antwoord.body(problem);
    }

    @ExceptionHandler(nl.maatwerk.platform.VersieOntbreektException.class)
    ResponseEntity<ProblemDetail> versieOntbreekt(nl.maatwerk.platform.VersieOntbreektException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
        problem.setTitle("Versie ontbreekt");
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
    }

    @ExceptionHandler(nl.maatwerk.platform.ConflictException.class)
    ResponseEntity<ProblemDetail> toestand(nl.maatwerk.platform.ConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex) {
        LOG.info("Invoer botst met opgeslagen gegevens: {}", ex.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "De gegevens botsen met wat al is opgeslagen (bijvoorbeeld een BSN dat al bestaat).");
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * The database is out of reach or too busy for this request ({@link DatabaseNietBeschikbaar}): 503 with Retry-After,
     * so a client waits and tries again instead of reporting a bug. The filter {@link DatabaseStoringFilter} answers the
     * same for what fails before a controller (authentication, the session).
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.dao.TransientDataAccessResourceException.class,
        org.springframework.transaction.CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseNietBeschikbaar(Exception ex) {
        DatabaseNietBeschikbaar.Soort soort = DatabaseNietBeschikbaar.soort(ex, bereikbaarheid.bereikbaar());
        if (soort == null) {
            return onverwacht(ex);
        }
        if (soort == DatabaseNietBeschikbaar.Soort.ONBEREIKBAAR) {
            bereikbaarheid.meldOnbereikbaar(DatabaseStoringFilter.kort(ex));
        }
        LOG.info("503 in de API, database {}: {}", soort.name().toLowerCase(java.util.Locale.ROOT),
                DatabaseStoringFilter.kort(ex));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(soort.opnieuwNaSeconden()))
                .body(DatabaseNietBeschikbaar.probleem(soort));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception ex) {
        if (DatabaseNietBeschikbaar.soort(ex, bereikbaarheid.bereikbaar()) != null) {
            // Wrapped in something else (a rollback that failed, a listener): still the database, still 503.
            return databaseNietBeschikbaar(ex);
        }
        LOG.error("Onverwachte fout in de API", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
        problem.setTitle("Interne fout");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    private static String code(String springCode) {
        if (springCode == null) {
            return "invalid";
        }
        return switch (springCode) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Min", "Max", "Positive", "PositiveOrZero", "Past", "PastOrPresent" -> "range";
            case "Pattern", "Email" -> "format";
            default -> Character.toLowerCase(springCode.charAt(0)) + springCode.substring(1);
        };
    }
}

package nl.maatwerk.platform.web;

import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on the web pages: a missing or unrelated household is a plain 404 page; a refusal with a reason shows it. */
@ControllerAdvice(annotations = Controller.class)
class PaginaFoutafhandeling {

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

    /** Over the search limit where a page did not handle it itself: the reason, with when to try again. */
    @ExceptionHandler(nl.maatwerk.platform.TeVaakGezochtException.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String teVaakGezocht(nl.maatwerk.platform.TeVaakGezochtException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(e.wachtSeconden()));
        model.addAttribute("reden", e.getMessage());
        return "error/429";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, InvalidParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String verkeerdAdres() {
        return "error/400";
    }
}

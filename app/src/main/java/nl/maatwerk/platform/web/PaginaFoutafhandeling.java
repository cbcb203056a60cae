package nl.maatwerk.platform.web;

import nl.maatwerk.platform.NietGevondenException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on the web pages: a missing or unrelated household is a plain 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PaginaFoutafhandeling {

    @ExceptionHandler(NietGevondenException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String nietGevonden() {
        return "error/404";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, InvalidParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String verkeerdAdres() {
        return "error/400";
    }
}

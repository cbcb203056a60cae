package nl.maatwerk.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.maatwerk.platform.web.DatabaseNietBeschikbaar;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 on the API as application/problem+json, as the contract asks. */
final class ProblemAntwoorden {

    private ProblemAntwoorden() {
    }

    static AuthenticationEntryPoint nietIngelogd(boolean basic) {
        return (request, response, e) -> {
            DatabaseNietBeschikbaar.Soort soort = DatabaseNietBeschikbaar.soort(e);
            if (soort != null) {
                // The user could not be looked up because the database is not there: that is no reason to log in again.
                DatabaseNietBeschikbaar.schrijfProbleem(response, soort);
                return;
            }
            if (basic) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"maatwerk\", Bearer");
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            schrijf(response, 401, "Niet ingelogd", "Log in om deze gegevens te gebruiken.");
        };
    }

    static AccessDeniedHandler geenToegang() {
        return (request, response, e) ->
                schrijf(response, 403, "Geen toegang", "Uw rol geeft geen toegang tot deze gegevens.");
    }

    static void schrijf(HttpServletResponse response, int status, String titel, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("API-Version", nl.maatwerk.platform.web.ApiVersie.VERSIE);
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + titel
                + "\",\"detail\":\"" + detail + "\"}");
    }
}

package nl.maatwerk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 with Retry-After when the database cannot serve a request before any controller is
 * reached, or after it returned: loading the web session, looking up the password of a login or of
 * HTTP Basic, saving the session (issue 14). Without it such an error went to the container's error
 * page, which needs the session and the database again: the request waited a second time and ended
 * in a bare 500 page. This filter runs before the session filter, writes the answer itself and asks
 * nothing of the database: problem+json on the API, the app's Dutch page elsewhere.
 */
@Component
class TijdelijkNietBeschikbaarFilter extends OncePerRequestFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(TijdelijkNietBeschikbaarFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Before Spring Session's filter (Integer.MIN_VALUE + 50) and Spring Security's, after the character encoding. */
    static final int VOLGORDE = Ordered.HIGHEST_PRECEDENCE + 20;

    private final ViewResolver views;

    TijdelijkNietBeschikbaarFilter(@org.springframework.beans.factory.annotation.Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    @Override
    public int getOrder() {
        return VOLGORDE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!TijdelijkNietBeschikbaar.is(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("503 op {} {}: {}", request.getMethod(), request.getRequestURI(), oorzaak(e));
            schrijf(request, response);
        }
    }

    private void schrijf(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(TijdelijkNietBeschikbaar.OPNIEUW_NA_SECONDEN));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // As the API's other problems: JSON is UTF-8 by definition, without a charset parameter.
            response.setContentType("application/problem+json");
            response.setHeader("API-Version", ApiVersie.VERSIE);
            Map<String, Object> problem = new java.util.LinkedHashMap<>(ApiFoutpagina.probleem(503));
            problem.put("instance", request.getRequestURI());
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
            return;
        }
        try {
            View pagina = views.resolveViewName("error/503", Locale.forLanguageTag("nl-NL"));
            if (pagina != null) {
                response.setContentType("text/html;charset=UTF-8");
                pagina.render(Map.of(), request, response);
                return;
            }
        } catch (Exception e) {
            LOG.warn("De pagina 'te druk' kon niet worden getoond", e);
            response.resetBuffer();
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(TijdelijkNietBeschikbaar.TITEL + ". " + TijdelijkNietBeschikbaar.UITLEG);
    }

    private static String oorzaak(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

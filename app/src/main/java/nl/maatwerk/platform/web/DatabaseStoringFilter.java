package nl.maatwerk.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import nl.maatwerk.platform.database.DatabaseBereikbaarheid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The outermost filter: what the database's absence does to a request is answered here, before and around everything
 * that needs the database on the way to a controller (the session, the login, the user's role). While the database is
 * known to be out of reach ({@link DatabaseBereikbaarheid}) every request but health and static files gets 503 at once;
 * otherwise a failure of the database that escapes the chain ({@link DatabaseNietBeschikbaar#soort}) becomes a 503 too:
 * problem+json for the API, the app's own Dutch page for the pages, both with Retry-After. Never Tomcat's page, a
 * whitelabel page or a 401 because the user could not be looked up.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseStoringFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStoringFilter.class);

    @Bean
    FilterRegistrationBean<HttpFilter> databaseStoringFilterRegistratie(DatabaseBereikbaarheid bereikbaarheid, ITemplateEngine sjablonen) {
        FilterRegistrationBean<HttpFilter> registratie = new FilterRegistrationBean<>(new Filter(bereikbaarheid, sjablonen));
        registratie.setName("databaseStoringFilter");
        registratie.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
        // Before Spring Session's filter (which reads the session from the database) and Spring Security's.
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registratie.addUrlPatterns("/*");
        return registratie;
    }

    static final class Filter extends HttpFilter {

        private final transient DatabaseBereikbaarheid bereikbaarheid;
        private final transient ITemplateEngine sjablonen;

        Filter(DatabaseBereikbaarheid bereikbaarheid, ITemplateEngine sjablonen) {
            this.bereikbaarheid = bereikbaarheid;
            this.sjablonen = sjablonen;
        }

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!bereikbaarheid.bereikbaar() && !zonderDatabase(request)) {
                schrijf(request, response, DatabaseNietBeschikbaar.Soort.ONBEREIKBAAR, sjablonen);
                return;
            }
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                DatabaseNietBeschikbaar.Soort soort = DatabaseNietBeschikbaar.soort(e, bereikbaarheid.bereikbaar());
                if (soort == null) {
                    throw e;
                }
                if (soort == DatabaseNietBeschikbaar.Soort.ONBEREIKBAAR) {
                    bereikbaarheid.meldOnbereikbaar(kort(e));
                }
                if (response.isCommitted()) {
                    LOG.warn("Database niet beschikbaar terwijl het antwoord op {} al onderweg was: {}", request.getRequestURI(), kort(e));
                    return;
                }
                LOG.debug("503 op {}: {}", request.getRequestURI(), kort(e));
                response.reset();
                if (zonderDatabase(request)) {
                    // Health asked with a session cookie: the session could not be read. What health would say itself.
                    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    response.setContentType("application/json");
                    response.getWriter().write("{\"status\":\"DOWN\"}");
                    return;
                }
                schrijf(request, response, soort, sjablonen);
            }
        }

        /** Health reports the outage itself; static files need no database. */
        private static boolean zonderDatabase(HttpServletRequest request) {
            String pad = request.getRequestURI().substring(request.getContextPath().length());
            return pad.equals("/actuator/health") || pad.startsWith("/actuator/health/") || pad.startsWith("/css/")
                    || pad.startsWith("/webjars/") || pad.equals("/favicon.ico");
        }
    }

    /** The deepest message of what went wrong, on one line. */
    static String kort(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String melding = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return melding.replace('\n', ' ');
    }

    /** 503 with Retry-After: problem+json under /api, the Dutch page elsewhere. */
    static void schrijf(HttpServletRequest request, HttpServletResponse response, DatabaseNietBeschikbaar.Soort soort,
            ITemplateEngine sjablonen) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(soort.opnieuwNaSeconden()));
        response.setHeader("Cache-Control", "no-store");
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (pad.startsWith("/api/") || pad.startsWith("/actuator/")) {
            DatabaseNietBeschikbaar.schrijfProbleem(response, soort);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String html;
        try {
            WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response), Locale.forLanguageTag("nl-NL"), Map.of("kop", soort.kop(), "uitleg", soort.detail()));
            html = sjablonen.process("error/503", context);
        } catch (RuntimeException e) {
            LOG.warn("De pagina error/503 kon niet worden gemaakt ({}); een eenvoudige in plaats daarvan", e.toString());
            html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Even niet bereikbaar - Maatwerk</title></head>"
                    + "<body><main><h1>" + soort.kop() + "</h1><p>" + soort.detail() + "</p></main></body></html>";
        }
        response.getWriter().write(html);
    }
}

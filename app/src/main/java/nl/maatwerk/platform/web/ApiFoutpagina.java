package nl.maatwerk.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that never reach a controller (a request the firewall or the servlet container refuses,
 * an unknown path) end up on the container's error page, or, when Tomcat refuses the request line
 * itself (an encoded slash or NUL in the path), in Tomcat's error report. For the API both are
 * application/problem+json too, like every other API error, instead of the HTML meant for people.
 */
@Configuration(proxyBeanMethods = false)
class ApiFoutpagina {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiFoutrapportVoorTomcat() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ApiFoutrapport.class.getName());
                        host.getPipeline().addValve(new ApiFoutrapport());
                    }
                });
            }
        };
    }

    /** Tomcat's error report, as problem+json for the API and as before (without details) elsewhere. */
    public static class ApiFoutrapport extends ErrorReportValve {

        public ApiFoutrapport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            if (uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("API-Version", ApiVersie.VERSIE);
                java.io.Writer schrijver = response.getReporter();
                if (schrijver != null) {
                    schrijver.write(JSON.writeValueAsString(probleem(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response is already on its way; nothing more to say.
            }
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    FilterRegistrationBean<HttpFilter> apiFoutpaginaFilter() {
        FilterRegistrationBean<HttpFilter> registratie = new FilterRegistrationBean<>(new HttpFilter() {
            @Override
            protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                if (uri instanceof String pad && pad.startsWith(request.getContextPath() + "/api/") && !response.isCommitted()) {
                    schrijf(request, response);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registratie.setDispatcherTypes(EnumSet.of(DispatcherType.ERROR));
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registratie.addUrlPatterns("/*");
        return registratie;
    }

    private static void schrijf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("API-Version", ApiVersie.VERSIE);
        response.getWriter().write(JSON.writeValueAsString(probleem(status)));
    }

    static Map<String, Object> probleem(int status) {
        HttpStatus http = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("status", status);
        if (status == 400) {
            problem.put("title", "Ongeldige invoer");
            problem.put("detail", "Het verzoek zelf is niet geldig, bijvoorbeeld door tekens die niet in een adres mogen.");
            problem.put("invalidParams", List.of(Map.of("name", "request", "code", "format",
                    "reason", "Het adres of de kopregels van het verzoek kloppen niet.")));
        } else if (status == 404) {
            problem.put("title", "Niet gevonden");
            problem.put("detail", "Dit adres bestaat niet in de API.");
        } else if (status == 503) {
            // Which kind, and whether anything was saved, is not known here; DatabaseNietBeschikbaar's own answers say both.
            problem.put("title", DatabaseNietBeschikbaar.TITEL);
            problem.put("detail", "Maatwerk kan uw verzoek nu niet afhandelen. Probeer het over een paar seconden opnieuw.");
        } else {
            problem.put("title", http == null ? "Fout" : http.getReasonPhrase());
            problem.put("detail", status >= 500 ? "Er ging iets mis aan onze kant. Probeer het later opnieuw."
                    : "Het verzoek kan niet worden uitgevoerd.");
        }
        return problem;
    }
}

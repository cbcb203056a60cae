package nl.maatwerk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the multipart limits (spring.servlet.multipart) is a Dutch 413: a page for people,
 * problem+json for the API; never Tomcat's report, and not the 400 or 403 it would otherwise become.
 * Tomcat (11) refuses such a request the first time anyone reads a parameter, and that is Spring
 * Security's CSRF filter, long before a controller: the refusal would turn into "Ongeldige aanvraag"
 * (400). So this filter, in front of Spring Security, reads the parts of a multipart POST first and
 * answers a refusal over the size itself. The page is {@code error/413} (through the error page, with
 * the limit as request attribute {@code maximum}).
 */
@Component
// Before Spring Security's filter chain (order -100), whose CSRF filter is the first to read a parameter.
@Order(-110)
class UploadTeGroot extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String maximum;

    UploadTeGroot(@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maximum) {
        this.maximum = maximum.toMegabytes() + " MB";
    }

    String melding() {
        return "Het bestand is te groot. Een bestand mag hoogstens " + maximum + " zijn. Er is niets opgeslagen.";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String soort = request.getContentType();
        return !"POST".equals(request.getMethod()) || soort == null || !soort.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (!teGroot(e)) {
                // Another fault in the body: whoever reads the parameters next reports it as before.
                chain.doFilter(request, response);
                return;
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("API-Version", ApiVersie.VERSIE);
                response.getWriter().write(JSON.writeValueAsString(probleem()));
            } else {
                request.setAttribute("maximum", maximum);
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    ProblemDetail probleem() {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, melding());
        probleem.setTitle("Bestand te groot");
        probleem.setProperty("invalidParams", List.of(new ApiFoutafhandeling.OngeldigVeld("bestand", "size", melding())));
        return probleem;
    }

    private static boolean teGroot(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SizeException || t instanceof MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }

    /** Should Spring itself still find the request too large (a limit checked later), the same answer. */
    @ControllerAdvice
    @Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    static class Advies {

        private final UploadTeGroot filter;

        Advies(UploadTeGroot filter) {
            this.filter = filter;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        Object teGroot(HttpServletRequest request) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                return org.springframework.http.ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).header("API-Version", ApiVersie.VERSIE).body(filter.probleem());
            }
            ModelAndView pagina = new ModelAndView("error/413");
            pagina.addObject("maximum", filter.maximum);
            pagina.setStatus(HttpStatus.CONTENT_TOO_LARGE);
            return pagina;
        }
    }
}

package nl.maatwerk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before any controller binds them, request parameters that no page of ours can send and that
 * would otherwise fail deep inside binding or the database: a NUL character (PostgreSQL stores no NUL in
 * text) and a row index in a field name that is not a small number ({@code doelen[x].doel},
 * {@code leden[-1].rol}, {@code scores[99999].score}). Such a request is a 400 with a Dutch page or a
 * problem+json, never a 500.
 */
@Component
class Invoercontrole implements HandlerInterceptor, WebMvcConfigurer {

    /** A row index as Spring binds it: digits, below the rows it is willing to grow a list to. */
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

    /** Thrown for a parameter that cannot be read; the web and API error handlers answer 400. */
    static final class OnleesbareInvoerException extends RuntimeException {

        private final String parameter;

        OnleesbareInvoerException(String parameter, String reden) {
            super(reden);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // static files: no binding, and no error handler of ours would answer for them
        }
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String naam = p.getKey();
            if (naam.indexOf('\u0000') >= 0) {
                throw new OnleesbareInvoerException("query", "Een naam van een veld bevat een teken dat niet in tekst hoort.");
            }
            Matcher index = INDEX.matcher(naam);
            while (index.find()) {
                if (!geldigeIndex(index.group(1))) {
                    throw new OnleesbareInvoerException(naam, "Dit veld hoort niet bij het formulier.");
                }
            }
            for (String waarde : p.getValue()) {
                if (waarde != null && waarde.indexOf('\u0000') >= 0) {
                    throw new OnleesbareInvoerException(naam, "Deze waarde bevat een teken dat niet in tekst hoort (NUL).");
                }
            }
        }
        return true;
    }

    private static boolean geldigeIndex(String index) {
        return index.matches("\\d{1,5}") && Integer.parseInt(index) < DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT;
    }
}

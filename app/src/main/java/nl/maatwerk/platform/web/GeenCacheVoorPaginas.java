package nl.maatwerk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages and API answers can hold personal data: no browser or proxy may keep them. Static files
 * (style sheets, scripts) hold none and may be cached.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class GeenCacheVoorPaginas extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (!isStatisch(pad)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    static boolean isStatisch(String pad) {
        return pad.startsWith("/css/") || pad.startsWith("/js/") || pad.startsWith("/img/") || pad.startsWith("/webjars/")
                || pad.equals("/favicon.ico");
    }
}

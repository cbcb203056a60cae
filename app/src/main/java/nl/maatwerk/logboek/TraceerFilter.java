package nl.maatwerk.logboek;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives each request its trace context and returns it in {@code traceparent}, for support cases. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TraceerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Traceercontext context = Traceercontext.uitTraceparent(request.getHeader("traceparent"));
        Traceercontext.zet(context);
        response.setHeader("traceparent", context.alsTraceparent());
        try {
            chain.doFilter(request, response);
        } finally {
            Traceercontext.wis();
        }
    }
}

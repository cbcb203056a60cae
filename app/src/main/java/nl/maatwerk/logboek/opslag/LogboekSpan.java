package nl.maatwerk.logboek.opslag;

import nl.maatwerk.logboek.Traceercontext;
import org.springframework.stereotype.Component;

/** A span per logged operation, child of the request's span. */
@Component
class LogboekSpan {

    record Span(String traceId, String spanId, String parentSpanId) {
    }

    Span nieuweSpan() {
        Traceercontext request = Traceercontext.huidigeOfNieuw();
        return new Span(request.traceId(), Traceercontext.nieuweId(8), request.spanId());
    }
}

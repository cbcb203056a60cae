package nl.maatwerk.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceercontextTest {

    @Test
    void continuesTheCallersTraceFromAValidTraceparent() {
        Traceercontext c = Traceercontext.uitTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(c.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(c.parentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(c.spanId()).hasSize(16).isNotEqualTo("00f067aa0ba902b7");
    }

    @Test
    void startsANewTraceForMissingMalformedOrAllZeroHeaders() {
        for (String kop : new String[] {null, "", "onzin", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01", "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7"}) {
            Traceercontext c = Traceercontext.uitTraceparent(kop);
            assertThat(c.traceId()).hasSize(32).isNotEqualTo("0".repeat(32));
            assertThat(c.parentSpanId()).isNull();
        }
    }
}

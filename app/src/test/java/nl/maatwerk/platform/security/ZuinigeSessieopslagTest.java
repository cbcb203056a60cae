package nl.maatwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions in platform.spring_session are written back when something in them changed, and for a mere
 * last access only once per threshold (one minute by default), against the real Spring Session JDBC store.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class ZuinigeSessieopslagTest {

    @Autowired
    ZuinigeSessieopslag opslag;

    @Autowired
    JdbcIndexedSessionRepository jdbc;

    @Autowired
    JdbcClient db;

    @Autowired
    MockMvc mvc;

    @Test
    void aSessionThatOnlyMovedItsLastAccessIsWrittenAgainOnlyAfterTheThreshold() {
        ZuinigeSessieopslag.Sessie nieuw = opslag.createSession();
        nieuw.setAttribute("proef", "waarde");
        opslag.save(nieuw);
        Instant opgeslagen = laatsteToegang(nieuw.getId());

        ZuinigeSessieopslag.Sessie terug = opslag.findById(nieuw.getId());
        terug.setLastAccessedTime(opgeslagen.plusSeconds(10));
        opslag.save(terug);
        assertThat(laatsteToegang(nieuw.getId())).isEqualTo(opgeslagen);

        terug.setLastAccessedTime(opgeslagen.plus(Duration.ofMinutes(2)));
        opslag.save(terug);
        assertThat(laatsteToegang(nieuw.getId())).isEqualTo(opgeslagen.plus(Duration.ofMinutes(2)));
        opslag.deleteById(nieuw.getId());
    }

    @Test
    void aChangedAttributeANewIdAndANewTimeoutAreWrittenAtOnce() {
        ZuinigeSessieopslag.Sessie nieuw = opslag.createSession();
        opslag.save(nieuw);

        ZuinigeSessieopslag.Sessie terug = opslag.findById(nieuw.getId());
        terug.setAttribute("proef", "nieuwe waarde");
        opslag.save(terug);
        assertThat(opgeslagen(nieuw.getId()).<String>getAttribute("proef")).isEqualTo("nieuwe waarde");

        terug = opslag.findById(nieuw.getId());
        terug.removeAttribute("proef");
        opslag.save(terug);
        assertThat(opgeslagen(nieuw.getId()).<String>getAttribute("proef")).isNull();

        terug = opslag.findById(nieuw.getId());
        terug.setMaxInactiveInterval(Duration.ofMinutes(7));
        opslag.save(terug);
        assertThat(opgeslagen(nieuw.getId()).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(7));

        terug = opslag.findById(nieuw.getId());
        String oudeId = terug.getId();
        String nieuweId = terug.changeSessionId();
        opslag.save(terug);
        assertThat(opgeslagen(oudeId)).isNull();
        assertThat(opgeslagen(nieuweId)).isNotNull();
        opslag.deleteById(nieuweId);
        assertThat(opgeslagen(nieuweId)).isNull();
    }

    @Test
    void twoRequestsOfOneSessionThatBothAddTheSameAttributeBothSucceed() {
        ZuinigeSessieopslag.Sessie nieuw = opslag.createSession();
        opslag.save(nieuw);
        ZuinigeSessieopslag.Sessie eerste = opslag.findById(nieuw.getId());
        ZuinigeSessieopslag.Sessie tweede = opslag.findById(nieuw.getId());
        eerste.setAttribute("token", "van het eerste verzoek");
        tweede.setAttribute("token", "van het tweede verzoek");
        opslag.save(eerste);
        opslag.save(tweede);
        assertThat(opgeslagen(nieuw.getId()).<String>getAttribute("token")).isEqualTo("van het tweede verzoek");
        opslag.deleteById(nieuw.getId());
    }

    @Test
    void browsingPagesAfterLoginDoesNotWriteTheSessionBackAndLoggingOutRemovesIt() throws Exception {
        MvcResult inlogpagina = mvc.perform(get("/inloggen")).andReturn();
        Cookie koekje = inlogpagina.getResponse().getCookie("SESSION");
        MvcResult ingelogd = mvc.perform(post("/inloggen").cookie(koekje).with(csrf())
                .param("username", "beleid").param("password", "demo")).andReturn();
        Cookie sessie = ingelogd.getResponse().getCookie("SESSION");
        assertThat(sessie).isNotNull();
        String id = new String(java.util.Base64.getDecoder().decode(sessie.getValue()), java.nio.charset.StandardCharsets.UTF_8);
        // The first page after login makes a new CSRF token: a real change, written at once.
        mvc.perform(get("/").cookie(sessie)).andExpect(status().isOk());
        Instant naEerstePagina = laatsteToegang(id);

        mvc.perform(get("/").cookie(sessie)).andExpect(status().isOk());
        mvc.perform(get("/thermometer").cookie(sessie)).andExpect(status().isOk());
        assertThat(laatsteToegang(id)).isEqualTo(naEerstePagina);

        mvc.perform(post("/uitloggen").cookie(sessie).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(db.sql("select count(*) from platform.spring_session where session_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    /** The session as Spring Session JDBC reads it back, past the wrapper. */
    private Session opgeslagen(String id) {
        return ((SessionRepository<?>) jdbc).findById(id);
    }

    private Instant laatsteToegang(String sessieId) {
        long millis = db.sql("select last_access_time from platform.spring_session where session_id = ?")
                .param(sessieId).query(Long.class).single();
        return Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.MILLIS);
    }
}

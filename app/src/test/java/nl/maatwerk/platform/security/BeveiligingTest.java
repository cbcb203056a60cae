package nl.maatwerk.platform.security;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Headers, CSRF, login throttling and the operational endpoints. */
@SpringBootTest
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class BeveiligingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void pagesSendAStrictContentSecurityPolicyAndRefuseFramingAndSniffing() throws Exception {
        mvc.perform(get("/inloggen"))
                .andExpect(header().string("Content-Security-Policy",
                        allOf(containsString("frame-ancestors 'none'"), containsString("script-src 'self'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void pagesAndApiResponsesWithPersonalDataAreNeverCached() throws Exception {
        mvc.perform(get("/huishoudens").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/api/v1/huishoudens").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/inwoners/nieuw").with(user("consulent").roles("CONSULENT")).param("burgerservicenummer", "999990019"))
                .andExpect(status().isForbidden());
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id, wachtwoord_hash) values ('remproef', 'Rem Proef', 'CONSULENT', null, ?) "
                + "on conflict do nothing").param(encoder.encode("goed")).update();
        for (int i = 0; i < InlogRem.MAX_POGINGEN; i++) {
            mvc.perform(post("/inloggen").with(csrf()).param("username", "remproef").param("password", "fout"))
                    .andExpect(redirectedUrl("/inloggen?fout"));
        }
        mvc.perform(post("/inloggen").with(csrf()).param("username", "remproef").param("password", "goed"))
                .andExpect(redirectedUrl("/inloggen?geblokkeerd"));
        mvc.perform(get("/inloggen").param("geblokkeerd", ""))
                .andExpect(content().string(containsString("minuten")));
    }

    @Test
    void healthAnswersUpWithoutLoginAndPrometheusServesMetricsOnlyToTheAdministrator() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("consulent", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("beheerder", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void stylesheetsAreServedUnderCssWithoutLoginAndNothingElseIsServedAsAFile() throws Exception {
        mvc.perform(get("/css/maatwerk.css")).andExpect(status().isOk());
        mvc.perform(get("/css/nl-design-system/utrecht/index.css")).andExpect(status().isOk());
        mvc.perform(get("/maatwerk.css")).andExpect(status().is3xxRedirection());
    }
}

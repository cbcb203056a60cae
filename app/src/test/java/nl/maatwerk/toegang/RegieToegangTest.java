package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.maatwerk.TestData;
import nl.maatwerk.inwoner.Doorbraken;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Issue 13, finding "break-the-glass becomes permanent": a doorbraak is for looking, for a working
 * day; it never makes someone regisseur and never turns into an assignment. An assignment of someone
 * of another team lasts as long as their regie, and the team that owns a household sees who broke in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegieToegangTest {

    private static final String ELDERS = "regietest-elders";
    private static final String ELDERS_CONSULENT = "regietest-elders-consulent";

    @Autowired
    Regie regie;

    @Autowired
    Doorbraken doorbraken;

    @Autowired
    Inzage inzage;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Regieverzoeken regieverzoeken;

    @Autowired
    nl.maatwerk.VerstelbareKlok klok;

    TestData data;

    @BeforeEach
    void gebruikers() {
        data = new TestData(jdbc);
        data.team(ELDERS);
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values (?, 'Eline Elders', 'CONSULENT', ?) "
                + "on conflict do nothing").params(ELDERS_CONSULENT, ELDERS).update();
    }

    static <T> T als(String gebruikersnaam, String rol, Supplier<T> actie) {
        var vorige = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(gebruikersnaam, "n.v.t.",
                List.of(new SimpleGrantedAuthority("ROLE_" + rol))));
        try {
            return actie.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(vorige);
        }
    }

    private UUID huishouden(String naam, String team) {
        UUID h = data.huishouden(naam + " " + UUID.randomUUID().toString().substring(0, 8), team);
        data.lid(h, data.inwoner("Regietest", LocalDate.of(1980, 5, 5)), "aanvrager", LocalDate.of(2020, 1, 1), null);
        return h;
    }

    private long toewijzingen(UUID huishouden, String gebruikersnaam) {
        return jdbc.sql("select count(*) from inwoner.huishouden_toewijzing where huishouden_id = ? and gebruikersnaam = ?")
                .params(huishouden, gebruikersnaam).query(Long.class).single();
    }

    private boolean magZien(String gebruikersnaam, String team, UUID huishouden) {
        RequestContextHolder.resetRequestAttributes();
        Gebruiker g = new Gebruiker(gebruikersnaam, gebruikersnaam, Rol.CONSULENT, team, null);
        boolean viaJava = inzage.magHuishoudenZien(g, huishouden);
        boolean viaFunctie = jdbc.sql(inzage.zichtbaarheid(g).subquery()).params(inzage.zichtbaarheid(g).parameters()).query(UUID.class)
                .list().contains(huishouden);
        assertThat(viaFunctie).as("the SQL function agrees with the Java rule").isEqualTo(viaJava);
        return viaJava;
    }

    @Test
    void aDoorbraakNeverMakesSomeoneRegisseurOfAnotherTeamsHousehold() {
        UUID elders = huishouden("Regietest elders", ELDERS);
        als("consulent", "CONSULENT", () -> doorbraken.vraagAan(elders, "Inwoner staat aan de balie met een acute huurschuld."));

        assertThatThrownBy(() -> als("consulent", "CONSULENT",
                () -> {
                    regie.wijsToe(elders, "consulent", "Ik neem de regie over, want ik ken dit gezin het best.");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(toewijzingen(elders, "consulent")).as("no lasting access from a doorbraak").isZero();
        assertThat(jdbc.sql("select count(*) from toegang.regie where huishouden_id = ?").param(elders).query(Long.class).single()).isZero();
    }

    @Test
    void anAssignmentOfAnotherTeamsRegisseurEndsWhenTheRegiePassesOn() {
        UUID eigen = huishouden("Regietest eigen", "wijkteam-centrum");
        als("consulent", "CONSULENT", () -> {
            regie.wijsToe(eigen, ELDERS_CONSULENT, "Gezin verhuist naar het andere stadsdeel; warme overdracht.");
            return null;
        });
        assertThat(magZien(ELDERS_CONSULENT, ELDERS, eigen)).as("the regisseur of another team may see the household").isTrue();

        als("consulent", "CONSULENT", () -> {
            regie.wijsToe(eigen, "regisseur", "De verhuizing gaat niet door; de regie komt terug in het eigen team.");
            return null;
        });
        assertThat(magZien(ELDERS_CONSULENT, ELDERS, eigen)).as("the regie passed on, and with it the access").isFalse();
    }

    @Test
    void theTeamThatOwnsAHouseholdSeesDoorbrakenOnItByOthers() throws Exception {
        UUID eigen = huishouden("Regietest doorbraak", "wijkteam-centrum");
        String reden = "Melding van de woningcorporatie over een dreigende ontruiming " + UUID.randomUUID();
        mvc.perform(post("/huishoudens/" + eigen + "/doorbraak").with(user(ELDERS_CONSULENT).roles("CONSULENT")).with(csrf())
                        .param("reden", reden))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/huishoudens/" + eigen + "/regie").with(user(ELDERS_CONSULENT).roles("CONSULENT")).with(csrf())
                        .param("regisseur", ELDERS_CONSULENT).param("reden", "Ik neem het over na de doorbraak."))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Alleen het team van dit huishouden legt de regie vast")));

        mvc.perform(get("/team/doorbraken").with(user("teamleider").roles("TEAMLEIDER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reden)));
        mvc.perform(get("/huishoudens/" + eigen).param("tab", "geschiedenis").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reden)));
    }

    @Test
    void someoneOfAnotherTeamAsksForTheRegieAndOnlyTheHouseholdsOwnTeamDecides() {
        UUID eigen = huishouden("Regietest verzoek", "wijkteam-centrum");
        als(ELDERS_CONSULENT, "CONSULENT", () -> doorbraken.vraagAan(eigen, "Melding van de huisarts over zorgen om de kinderen."));
        assertThatThrownBy(() -> als(ELDERS_CONSULENT, "CONSULENT", () -> regieverzoeken.vraagAan(eigen, "kort")))
                .isInstanceOf(nl.maatwerk.platform.OngeldigeInvoerException.class).hasMessageContaining("20 tot 1000 tekens");
        Regieverzoeken.Regieverzoek verzoek = als(ELDERS_CONSULENT, "CONSULENT",
                () -> regieverzoeken.vraagAan(eigen, "Ik ken het gezin uit de opvang en kan de hulp het best afstemmen."));
        assertThat(verzoek.isOpen()).isTrue();
        assertThatThrownBy(() -> als(ELDERS_CONSULENT, "CONSULENT",
                () -> regieverzoeken.vraagAan(eigen, "Nog een keer, want het duurt lang voordat er iets gebeurt.")))
                .isInstanceOf(nl.maatwerk.platform.OngeldigeInvoerException.class).hasMessageContaining("al aangevraagd");
        assertThatThrownBy(() -> als(ELDERS_CONSULENT, "CONSULENT", () -> {
            regieverzoeken.beslis(eigen, verzoek.id(), true, null, verzoek.versie());
            return null;
        })).as("the asker cannot agree to their own request").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> als("consulent", "CONSULENT", () -> {
            regieverzoeken.beslis(eigen, verzoek.id(), true, null, null);
            return null;
        })).isInstanceOf(nl.maatwerk.platform.VersieOntbreektException.class);

        als("consulent", "CONSULENT", () -> {
            regieverzoeken.beslis(eigen, verzoek.id(), true, "Goed dat u het oppakt.", verzoek.versie());
            return null;
        });
        assertThat(als("consulent", "CONSULENT", () -> regie.huidige(eigen))).get().extracting(Regie.Regisseurschap::regisseur)
                .isEqualTo(ELDERS_CONSULENT);
        assertThatThrownBy(() -> als("consulent", "CONSULENT", () -> {
            regieverzoeken.beslis(eigen, verzoek.id(), false, null, verzoek.versie() + 1);
            return null;
        })).as("a request is decided once").isInstanceOf(nl.maatwerk.platform.ConflictException.class);

        // The doorbraak is long over; the access now comes from the regie the team agreed to, and ends with it.
        klok.zet(klok.instant().plusSeconds(9 * 3600));
        assertThat(magZien(ELDERS_CONSULENT, ELDERS, eigen)).isTrue();
        als("consulent", "CONSULENT", () -> {
            regie.wijsToe(eigen, "regisseur", "De opvang is voorbij; de regie komt terug in het eigen team.");
            return null;
        });
        assertThat(magZien(ELDERS_CONSULENT, ELDERS, eigen)).isFalse();
        assertThat(als("consulent", "CONSULENT", () -> regieverzoeken.vanHuishouden(eigen))).singleElement()
                .satisfies(v -> {
                    assertThat(v.isOpen()).isFalse();
                    assertThat(v.toelichting()).isEqualTo("Goed dat u het oppakt.");
                });
    }
}

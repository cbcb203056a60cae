package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class GebruikerRegisterTest {

    @Autowired
    GebruikerRegister gebruikers;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void gegevens() {
        jdbc.sql("""
                insert into platform.team (id, naam) values ('register-b', 'Registerteam Bb'), ('register-a', 'Registerteam Aa')
                on conflict do nothing
                """).update();
        jdbc.sql("""
                insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values
                    ('register-consulent', 'Ria Register', 'CONSULENT', 'register-a'),
                    ('register-teamleider', 'Tom Register', 'TEAMLEIDER', 'register-b'),
                    ('register-zonder-team', 'Zoë Register', 'REGISSEUR', null),
                    ('register-beleid', 'Bas Register', 'BELEID', null)
                on conflict do nothing
                """).update();
    }

    @Test
    void displayNamesOfSeveralUsersComeInOneAnswerLeavingOutUnknownUserNames() {
        assertThat(gebruikers.namen(List.of("register-consulent", "register-beleid", "bestaat-niet", "register-consulent")))
                .containsOnly(Map.entry("register-consulent", "Ria Register"), Map.entry("register-beleid", "Bas Register"));
        assertThat(gebruikers.namen(List.of())).isEmpty();
    }

    @Test
    void theTeamsComeWithTheirNamesInOrderOfName() {
        List<GebruikerRegister.Team> teams = gebruikers.teams();

        assertThat(teams).containsSubsequence(new GebruikerRegister.Team("register-a", "Registerteam Aa"),
                new GebruikerRegister.Team("register-b", "Registerteam Bb"));
    }

    @Test
    void professionalsAreConsulentsRegisseursAndTeamleidersWithTheirTeamsNameByName() {
        List<GebruikerRegister.Professional> professionals = gebruikers.professionals();

        assertThat(professionals).containsSubsequence(
                new GebruikerRegister.Professional("register-consulent", "Ria Register", "register-a", "Registerteam Aa"),
                new GebruikerRegister.Professional("register-teamleider", "Tom Register", "register-b", "Registerteam Bb"),
                new GebruikerRegister.Professional("register-zonder-team", "Zoë Register", null, ""));
        assertThat(professionals).extracting(GebruikerRegister.Professional::gebruikersnaam).doesNotContain("register-beleid", "auditor");
    }
}

package nl.maatwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.Rol;
import org.junit.jupiter.api.Test;

/** The functional administrator's role comes through an identity provider like the others. */
class RegelparameterBeheerderRolTest {

    @Test
    void theClaimBeheerderMapsToTheRole() {
        assertThat(OidcRollen.rol(Map.of("rol", "beheerder"))).contains(Rol.BEHEERDER);
        assertThat(OidcRollen.rol(Map.of("roles", List.of("iets-anders", "BEHEERDER")))).contains(Rol.BEHEERDER);
        assertThat(Rol.BEHEERDER.omschrijving()).isEqualTo("Functioneel beheerder");
        assertThat(Rol.BEHEERDER.isProfessional()).isFalse();
    }
}

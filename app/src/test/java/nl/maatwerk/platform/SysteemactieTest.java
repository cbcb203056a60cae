package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;


import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The system acting on its own: only outside a request, with no one logged in, and only started by an event listener. */
class SysteemactieTest {

    @AfterEach
    void opruimen() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void runsWithItsReasonAndNamesTheSystemAsWhoTookTheStep() {
        AtomicReference<String> door = new AtomicReference<>();
        Systeemactie.voer("gebeurtenis BesluitVerzonden", () -> door.set(Systeemactie.door()));
        assertThat(door).hasValue("systeem (gebeurtenis BesluitVerzonden)");
        assertThatThrownBy(Systeemactie::vereis).as("over once the action ends").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void doesNotStartInsideAWebRequestOrForALoggedInUser() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThatThrownBy(() -> Systeemactie.voer("gebeurtenis BesluitVerzonden", () -> {
        })).isInstanceOf(IllegalStateException.class);
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("consulent", null, List.of()));
        assertThatThrownBy(() -> Systeemactie.voer("gebeurtenis BesluitVerzonden", () -> {
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void needsAReasonAndDoesNotNest() {
        assertThatThrownBy(() -> Systeemactie.voer(" ", () -> {
        })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Systeemactie.voer("a", () -> Systeemactie.voer("b", () -> {
        }))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnEventListenerStartsASystemAction() {
        JavaClasses klassen = nl.maatwerk.Hoofdcode.klassen();
        List<String> aanroepen = klassen.stream().flatMap(k -> k.getMethodCallsFromSelf().stream())
                .filter(c -> c.getTargetOwner().isEquivalentTo(Systeemactie.class) && c.getName().equals("voer"))
                .filter(c -> !c.getOrigin().isAnnotatedWith(ApplicationModuleListener.class))
                .map(JavaMethodCall::getDescription).toList();
        assertThat(aanroepen).isEmpty();
        assertThat(klassen.stream().flatMap(k -> k.getMethodCallsFromSelf().stream())
                .anyMatch(c -> c.getTargetOwner().isEquivalentTo(Systeemactie.class) && c.getName().equals("voer"))).as("the rule sees a call").isTrue();
    }
}

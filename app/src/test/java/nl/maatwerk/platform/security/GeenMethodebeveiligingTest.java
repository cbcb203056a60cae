package nl.maatwerk.platform.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Authorisation lives in the filter chains (path and role) and in inwoner's need-to-know API. Method security is not
 * switched on, so an annotation like {@code @PreAuthorize} would be ignored without a word: none may appear.
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class GeenMethodebeveiligingTest {

    private static final JavaClasses APP = nl.maatwerk.Hoofdcode.klassen();

    @Test
    void noMethodOrClassCarriesAMethodSecurityAnnotationThatNothingWouldCheck() {
        for (String annotatie : new String[] {"org.springframework.security.access.prepost.PreAuthorize",
            "org.springframework.security.access.prepost.PostAuthorize", "org.springframework.security.access.prepost.PreFilter",
            "org.springframework.security.access.prepost.PostFilter", "org.springframework.security.access.annotation.Secured",
            "jakarta.annotation.security.RolesAllowed"}) {
            noMethods().should().beAnnotatedWith(annotatie).allowEmptyShould(true).check(APP);
            noClasses().should().beAnnotatedWith(annotatie).allowEmptyShould(true).check(APP);
        }
    }
}

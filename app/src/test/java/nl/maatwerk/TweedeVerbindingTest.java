package nl.maatwerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;


import com.tngtech.archunit.lang.conditions.ArchConditions;
import javax.sql.DataSource;
import nl.maatwerk.platform.Zoekrem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 14, finding 2: no code path takes a second connection of the application's pool inside a
 * transaction. With a full pool every request that does so holds one connection and waits for
 * another, and nothing moves until the pool gives up. The rule in the code (no {@code REQUIRES_NEW},
 * no connection of one's own), and the guard every Spring test context runs with
 * ({@link TweedeVerbindingWachter}), shown to work here.
 */
@SpringBootTest
class TweedeVerbindingTest {

    private static final JavaClasses HOOFDCODE = Hoofdcode.klassen();

    @Autowired
    PlatformTransactionManager transacties;

    @Autowired
    Zoekrem zoekrem;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void geenVerzoekMeer() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void noCodeStartsATransactionOfItsOwnInsideAnotherOrTakesAConnectionOfItsOwn() {
        DescribedPredicate<JavaMethod> eigenTransactie = DescribedPredicate.describe("@Transactional(propagation = REQUIRES_NEW)",
                m -> m.tryGetAnnotationOfType(Transactional.class).map(t -> t.propagation() == Propagation.REQUIRES_NEW).orElse(false)
                        || m.getOwner().tryGetAnnotationOfType(Transactional.class)
                                .map(t -> t.propagation() == Propagation.REQUIRES_NEW).orElse(false));
        noMethods().should(ArchConditions.have(eigenTransactie))
                .because("a transaction of its own needs a second connection while the caller holds the first (issue 14)")
                .check(HOOFDCODE);
        noClasses().should().callMethod(TransactionTemplate.class, "setPropagationBehavior", int.class)
                .orShould().callMethod(org.springframework.transaction.support.DefaultTransactionDefinition.class, "setPropagationBehavior",
                        int.class)
                .because("a transaction of its own needs a second connection while the caller holds the first (issue 14)")
                .check(HOOFDCODE);
        noClasses().that().doNotHaveSimpleName("LogboekVerbindingen")
                .should().callMethod(DataSource.class, "getConnection")
                .because("a connection taken by hand is a second one inside a transaction; the Logboek's own pool is the one exception")
                .check(HOOFDCODE);
    }

    @Test
    void aRequestThatAsksForASecondConnectionInsideATransactionFailsAtOnceInTheTests() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        TransactionTemplate buiten = new TransactionTemplate(transacties);
        TransactionTemplate eigen = new TransactionTemplate(transacties);
        eigen.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        int voor = TweedeVerbindingWachter.overtredingen().size();

        assertThatThrownBy(() -> buiten.executeWithoutResult(t -> {
            jdbc.sql("select 1").query(Integer.class).single();
            eigen.executeWithoutResult(binnen -> jdbc.sql("select 2").query(Integer.class).single());
        })).hasRootCauseInstanceOf(IllegalStateException.class).rootCause().hasMessageContaining("tweede verbinding");
        assertThat(TweedeVerbindingWachter.overtredingen()).hasSize(voor + 1);

        // One transaction after the other is fine.
        buiten.executeWithoutResult(t -> jdbc.sql("select 1").query(Integer.class).single());
        eigen.executeWithoutResult(t -> jdbc.sql("select 2").query(Integer.class).single());
    }

    /** The search limit used REQUIRES_NEW; it counts in a transaction of its own only where no other is running. */
    @Test
    void theSearchLimitRefusesToCountInsideATransactionInsteadOfTakingASecondConnection() {
        TransactionTemplate buiten = new TransactionTemplate(transacties);

        assertThatThrownBy(() -> buiten.executeWithoutResult(t -> zoekrem.tel("tweede-verbinding")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("niet binnen een transactie");
        zoekrem.tel("tweede-verbinding");
        assertThat(jdbc.sql("select count(*) from platform.zoekpoging where gebruikersnaam = 'tweede-verbinding'").query(Long.class).single())
                .isEqualTo(1);
    }
}

package nl.maatwerk;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every Spring test method starts with an unused search limit ({@code platform.Zoekrem}): the tests share
 * the demo accounts, and a pinned clock puts all their searches in the same minute, so without this a test
 * would get a 429 for what earlier tests searched. {@code ZoekremTest} tests the limit within its methods.
 */
public final class Zoekbudget extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext context) {
        if (context.hasApplicationContext()) {
            context.getApplicationContext().getBeanProvider(JdbcClient.class)
                    .ifAvailable(jdbc -> jdbc.sql("delete from platform.zoekpoging").update());
        }
    }
}

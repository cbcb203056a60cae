package nl.maatwerk.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When the embedded PostgreSQL cannot start, Spring Boot's report says why in the sentence of {@link DatabaseStartFout}
 * instead of the stack trace of every bean that waited for the database (registered in META-INF/spring.factories).
 */
class DatabaseStartFoutAnalyse extends AbstractFailureAnalyzer<DatabaseStartFout> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartFout cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Los dit op en start Maatwerk opnieuw. Wie geen bewaarde gegevens nodig heeft, laat MAATWERK_DATA_DIR leeg: "
                        + "dan start de app een tijdelijke database.", cause);
    }
}

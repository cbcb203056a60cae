package nl.maatwerk.logboek;

/**
 * A deliberate breach of a small module API, for {@code ModuleApiTest} to prove its rule catches it:
 * a public type in logboek's root package that no other module uses. Never used by the application.
 */
public final class OngebruikteApiVoorbeeld {

    private OngebruikteApiVoorbeeld() {
    }
}

package nl.maatwerk.toegang;

import nl.maatwerk.logboek.InternVoorbeeld;

/**
 * A deliberate breach of a small module API, for {@code ModuleApiTest} to prove its rule catches it:
 * a toegang class that uses a nested type of a type logboek marks internal. Never used by the application.
 */
final class InternGebruikVoorbeeld {

    static String tekst(InternVoorbeeld.Deel deel) {
        return deel.tekst();
    }

    private InternGebruikVoorbeeld() {
    }
}

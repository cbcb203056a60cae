package nl.maatwerk.logboek;

import org.springframework.modulith.NamedInterface;

/**
 * For {@code ModuleApiTest}: a type marked internal that no sub-package of logboek uses (it should be
 * package-private), with a nested type that another module uses anyway ({@code toegang.InternGebruikVoorbeeld}).
 * Spring Modulith keeps a nested type in the module's unnamed interface even when its enclosing type
 * is in another named interface; the rule catches that use. Never used by the application.
 */
@NamedInterface("intern")
public final class InternVoorbeeld {

    public record Deel(String tekst) {
    }

    private InternVoorbeeld() {
    }
}

package nl.maatwerk.toegang;

/**
 * A deliberate breach of module data ownership, for {@code SchemaEigendomTest} to prove its rule
 * catches it: a toegang class that joins inwoner's household table. Never used by the application.
 */
public final class VreemdSchemaVoorbeeld {

    public static final String VREEMD = "select v.id, h.naam from toegang.hulpvraag v join inwoner.huishouden h on h.id = v.huishouden_id";

    private VreemdSchemaVoorbeeld() {
    }
}

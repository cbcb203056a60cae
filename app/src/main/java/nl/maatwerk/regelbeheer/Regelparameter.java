package nl.maatwerk.regelbeheer;

import java.time.Instant;
import java.util.UUID;

/**
 * A value as it stands in the managed set: built into the release ({@link Herkomst#INGEBOUWD}) or
 * approved by two beheerders ({@link Herkomst#GOEDGEKEURD}). {@code inGebruik}: this is the value
 * calculations use today. {@code vervangen}: a built-in value for which an approved one with the same
 * name and date counts instead.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Regelparameter(Regelwaarde waarde, Herkomst herkomst, UUID voorstelId, String goedgekeurdDoor, Instant goedgekeurdOp,
        boolean inGebruik, boolean vervangen) {

    public enum Herkomst {
        INGEBOUWD("ingebouwd", "In de software"),
        GOEDGEKEURD("goedgekeurd", "Goedgekeurd door beheer");

        private final String code;
        private final String omschrijving;

        Herkomst(String code, String omschrijving) {
            this.code = code;
            this.omschrijving = omschrijving;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }
}

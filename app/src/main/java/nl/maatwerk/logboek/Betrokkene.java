package nl.maatwerk.logboek;

import java.util.Objects;

/**
 * A data subject whose personal data was processed. The identifier is pseudonymised before it is
 * stored, so the log itself holds no BSN.
 */
public record Betrokkene(String id, Type type) {

    public enum Type {
        /** A resident, identified by their BSN. */
        BSN,
        /** A person in a household's informal network, identified by Maatwerk's own id. */
        NETWERKPERSOON,
        /** A person known only by an address, e.g. an early debt signal without BSN that matched no resident. */
        ADRES,
        /**
         * A household that never had a member in the register (only its name and what was recorded about
         * it), identified by its id; so that a read of it still leaves a record.
         */
        HUISHOUDEN
    }

    public Betrokkene {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }

    public static Betrokkene bsn(String bsn) {
        return new Betrokkene(bsn, Type.BSN);
    }

    public static Betrokkene adres(String adres) {
        return new Betrokkene(adres, Type.ADRES);
    }

    public static Betrokkene huishouden(java.util.UUID id) {
        return new Betrokkene(id.toString(), Type.HUISHOUDEN);
    }

    public static Betrokkene netwerkpersoon(java.util.UUID id) {
        return new Betrokkene(id.toString(), Type.NETWERKPERSOON);
    }
}

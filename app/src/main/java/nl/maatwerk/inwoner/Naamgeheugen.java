package nl.maatwerk.inwoner;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.Verzoekgeheugen;

/**
 * Names of households and residents already read in this web request. The household page loads the
 * household with its members once; the parts other modules add to that page then ask for the same
 * names, which this answers without another query. Outside a web request it remembers nothing.
 */
final class Naamgeheugen {

    private Naamgeheugen() {
    }

    static Map<UUID, Huishoudens.Kop> huishoudens() {
        return Verzoekgeheugen.onthoud("inwoner.namen.huishoudens", HashMap::new);
    }

    static Map<UUID, String> inwoners() {
        return Verzoekgeheugen.onthoud("inwoner.namen.inwoners", HashMap::new);
    }

    /** Remembers a household just read (or changed) and the names of everyone who ever lived there. */
    static void onthoud(Huishouden h) {
        huishoudens().put(h.id(), new Huishoudens.Kop(h.id(), h.naam(), h.teamId()));
        Map<UUID, String> inwoners = inwoners();
        h.alleInwoners().forEach(i -> inwoners.put(i.id(), i.volledigeNaam()));
    }

    static void onthoud(Inwoner i) {
        inwoners().put(i.id(), i.volledigeNaam());
    }
}

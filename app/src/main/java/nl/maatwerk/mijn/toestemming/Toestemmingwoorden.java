package nl.maatwerk.mijn.toestemming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.toegang.Onderdeel;

/** The parts of the file one can consent to share, in the resident's words (B1), explained once. */
final class Toestemmingwoorden {

    private Toestemmingwoorden() {
    }

    static String van(Onderdeel o) {
        return switch (o) {
            case HULPVRAGEN -> "Uw vragen om hulp en hoe het ermee staat";
            case ZRM -> "Hoe het met u gaat op verschillende gebieden (zoals geld, wonen en gezondheid)";
            case PLAN -> "Uw plan: uw doelen en de afspraken";
            case NETWERK -> "De mensen om u heen die u helpen (uw netwerk)";
        };
    }

    static Map<String, String> opties() {
        Map<String, String> opties = new LinkedHashMap<>();
        for (Onderdeel o : Onderdeel.values()) {
            opties.put(o.name(), van(o));
        }
        return opties;
    }

    static List<String> van(List<Onderdeel> onderdelen) {
        return onderdelen.stream().map(Toestemmingwoorden::van).toList();
    }
}

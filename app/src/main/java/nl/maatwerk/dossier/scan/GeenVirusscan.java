package nl.maatwerk.dossier.scan;

import org.springframework.stereotype.Component;

/**
 * The default scanner: checks nothing, so that the hook is called on every upload from day one and a
 * real scanner only has to be added as a bean. The type and size checks on the content stay in force.
 */
@Component
public class GeenVirusscan implements Virusscanner {

    @Override
    public Uitslag scan(String bestandsnaam, byte[] inhoud) {
        return Uitslag.goedgekeurd();
    }
}

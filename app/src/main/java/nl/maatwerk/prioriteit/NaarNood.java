package nl.maatwerk.prioriteit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.maatwerk.toegang.Termijn;
import nl.maatwerk.toegang.Werkvoorraad;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import org.springframework.stereotype.Component;

/**
 * The need ordering for "Mijn werkvoorraad": plugged into {@link Werkvoorraad} through its
 * {@link Werkvoorraad.Ordening} extension point, so the work list of {@code toegang} is ordered by
 * need without that module knowing this one.
 */
@Component
class NaarNood implements Werkvoorraad.Ordening {

    private final Ordenaar ordenaar;
    private final Clock klok;

    NaarNood(Ordenaar ordenaar, Clock klok) {
        this.ordenaar = ordenaar;
        this.klok = klok;
    }

    @Override
    public String uitleg() {
        return "Op volgorde van nood: acuut onveilig, acute levensdomeinen in de ZRM, betalingsachterstanden, "
                + "de wettelijke termijn, de urgentie die bij de intake is gekozen en de wachttijd tellen mee. Bij elk item staat waarom het daar staat. "
                + "Afkomst, geloof, geslacht, leeftijd, wijk, taal en hoe vaak iemand belt tellen nooit mee. "
                + "De volgorde is een voorstel: u kiest zelf.";
    }

    /** Used only where no team and no data are at hand: the nearest legal deadline first. */
    @Override
    public Comparator<Werkitem> volgorde() {
        return Comparator.comparing((Werkitem w) -> w.termijn().map(Termijn::uitersteDatum).orElse(java.time.LocalDate.MAX))
                .thenComparing(Werkitem::sleutel);
    }

    @Override
    public List<Werkitem> orden(String teamId, List<Werkitem> items) {
        return ordenaar.orden(teamId, items, LocalDate.now(klok));
    }
}

package nl.maatwerk.socialekaart;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.socialekaart.demo.SocialeKaartDemo;
import nl.maatwerk.toegang.AanbodInPlan.Behoefte;
import nl.maatwerk.toegang.Levensdomein;

/** The generated demo offer as a catalogue with ids, and a family with many needs, for PassendTest and the benchmark. */
final class DemoAanbod {

    /** A family of four in Laak with five goals and three low ZRM domains: eight needs. */
    static final Huishoudprofiel GEZIN = new Huishoudprofiel(List.of(41, 39, 12, 8), Huishoudtype.GEZIN, "Laak");

    static final List<Behoefte> GEZIN_BEHOEFTEN = List.of(new Behoefte(Levensdomein.FINANCIEN, UUID.randomUUID(), "Grip op geld", 2),
            new Behoefte(Levensdomein.HUISVESTING, UUID.randomUUID(), "Geen schimmel", 3),
            new Behoefte(Levensdomein.SOCIAAL_NETWERK, UUID.randomUUID(), "Minder alleen", 2),
            new Behoefte(Levensdomein.HUISELIJKE_RELATIES, UUID.randomUUID(), "Rust thuis", 3),
            new Behoefte(Levensdomein.WERK_OPLEIDING, UUID.randomUUID(), "Een baan", 3),
            new Behoefte(Levensdomein.INSTRUMENTELE_ADL, null, null, 2),
            new Behoefte(Levensdomein.GEESTELIJKE_GEZONDHEID, null, null, 1),
            new Behoefte(Levensdomein.TIJDSBESTEDING, null, null, 2));

    private DemoAanbod() {
    }

    /** {@code aantal} demo services as the app reads them back: with an id and version 1. */
    static Catalogus catalogus(LocalDate dag, int aantal) {
        return Catalogus.van(SocialeKaartDemo.genereer(dag, aantal).stream()
                .map(d -> new Dienst(UUID.randomUUID(), d.externId(), d.organisatie(), d.naam(), d.beschrijving(), d.soort(), d.voorwaarden(),
                        d.kosten(), d.kostenBedrag(), d.kostenToelichting(), d.openingstijden(), d.bereikbaarheid(), d.telefoon(), d.email(),
                        d.website(), d.locatie(), d.laatstGecontroleerd(), d.capaciteit(), d.vrijePlaatsen(), d.wachttijdWeken(), 1)).toList());
    }
}

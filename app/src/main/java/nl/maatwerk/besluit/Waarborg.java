package nl.maatwerk.besluit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;

/**
 * The safeguard where the harm is: what a decision that leaves a household below the beslagvrije
 * voet needs at each step. Set-off and garnishment below the voet are unlawful and refused; a
 * voluntary arrangement is possible only with the resident's recorded agreement and a team lead's
 * approval. Pure functions over a decision and its check, so each rule is tested on its own.
 */
final class Waarborg {

    private Waarborg() {
    }

    /** Refusals that hold at every step: what no one may decide, whoever approves it. */
    static List<Fout> onrechtmatig(Besluit b, Besluiten.Controle controle) {
        List<Fout> fouten = new ArrayList<>();
        Inningswijze wijze = b.inhoud().inningswijze();
        if (b.onderBeslagvrijeVoet() && wijze != null && wijze.isDwang()) {
            fouten.add(new Fout("inningswijze", "unlawful", (wijze == Inningswijze.VERREKENING ? "Verrekenen met de uitkering" : "Beslag leggen")
                    + " onder de beslagvrije voet mag niet (" + Beschikking.wetsartikel(wijze.bron())
                    + "; Wetboek van Burgerlijke Rechtsvordering, artikel 475c en verder). Kies een aflossing van hoogstens "
                    + ruimte(controle) + " per maand. Of maak een vrijwillige betalingsregeling als de inwoner zelf sneller wil"
                    + " aflossen en daarmee instemt."));
        }
        return fouten;
    }

    /** What a team lead's approval needs on top: the resident's own agreement to go below the voet. */
    static Optional<String> goedkeuring(Besluit b, Besluiten.Controle controle) {
        if (!b.onderBeslagvrijeVoet()) {
            return Optional.empty();
        }
        if (b.inhoud().inningswijze() != Inningswijze.BETALINGSREGELING) {
            return Optional.of("Met dit besluit houdt het huishouden minder over dan de beslagvrije voet. Dat kan alleen met een"
                    + " vrijwillige betalingsregeling waar de inwoner zelf mee instemt. Keur het niet goed, zodat de collega de aflossing"
                    + " verlaagt tot hoogstens " + ruimte(controle) + " per maand of de regeling vastlegt.");
        }
        if (!b.inhoud().heeftInstemming()) {
            return Optional.of("De instemming van de inwoner ontbreekt. Onder de beslagvrije voet kan alleen als de inwoner zelf heeft"
                    + " ingestemd, met datum en hoe. Keur het niet goed, zodat de collega de instemming vastlegt of de aflossing verlaagt.");
        }
        return Optional.empty();
    }

    /** What a team lead must see first on a decision waiting for approval. */
    static List<String> aandachtspunten(Besluit b, Besluiten.Controle controle) {
        List<String> punten = new ArrayList<>();
        if (b.onderBeslagvrijeVoet()) {
            punten.add("Het huishouden houdt minder over dan de beslagvrije voet: de aflossing is meer dan de " + ruimte(controle)
                    + " per maand die de regel toestaat.");
        }
        goedkeuring(b, controle).ifPresent(punten::add);
        onrechtmatig(b, controle).forEach(f -> punten.add(f.reden()));
        return punten;
    }

    private static String ruimte(Besluiten.Controle controle) {
        BigDecimal maximaal = controle.voorstel().flatMap(r -> r.maatregel()).map(t -> t.maximaleAflossingPerMaand())
                .orElse(BigDecimal.ZERO);
        return Beschikking.geld(maximaal);
    }
}

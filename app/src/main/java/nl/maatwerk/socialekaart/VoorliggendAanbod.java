package nl.maatwerk.socialekaart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.toegang.AanbodInPlan;
import nl.maatwerk.toegang.Levensdomein;
import org.springframework.stereotype.Service;

/**
 * What the omgekeerde toets of a Wmo decision weighs before a maatwerkvoorziening (issue 17): the general and
 * informal offers on the sociale kaart that fit the household (voorliggend, Wmo 2015 art. 2.3.5 lid 3). The same
 * matching as on the household page, without the providers. For every need of the household (a plan goal, a ZRM
 * domain at 2 or lower) the best {@link Passend#AANTAL}; a household without needs gets those of the life domains a
 * Wmo request is usually about. Used by {@code besluit}; the sociale kaart knows nothing of decisions.
 */
@Service
public class VoorliggendAanbod {

    /** Where Wmo support is about when the household has no recorded needs: self-care, the household, company, a day, taking part. */
    static final List<Levensdomein> WMO_DOMEINEN = List.of(Levensdomein.INSTRUMENTELE_ADL, Levensdomein.BASALE_ADL,
            Levensdomein.SOCIAAL_NETWERK, Levensdomein.TIJDSBESTEDING, Levensdomein.MAATSCHAPPELIJKE_PARTICIPATIE);

    private final Aanbod aanbod;
    private final AanbodInPlan plan;
    private final Clock klok;

    VoorliggendAanbod(Aanbod aanbod, AanbodInPlan plan, Clock klok) {
        this.aanbod = aanbod;
        this.plan = plan;
        this.klok = klok;
    }

    /**
     * A general or informal offer that fits: the service, its organisation, the kind of offer in words and why it
     * fits ("gratis, in uw wijk, bij het huishouden, de post en afspraken").
     */
    public record Voorstel(UUID dienstId, String dienst, String organisatie, String soort, String reden) {
    }

    /**
     * The offers for this household, each once, in the order of its needs. Without check or log: call only after
     * need-to-know for the household was checked and the read logged (the decision's page does both).
     */
    public List<Voorstel> voor(Huishouden huishouden) {
        Huishoudprofiel profiel = Huishoudprofiel.van(huishouden, LocalDate.now(klok));
        List<Levensdomein> domeinen = plan.voorHuishoudpagina(huishouden.id()).behoeften().stream().map(AanbodInPlan.Behoefte::domein)
                .distinct().toList();
        if (domeinen.isEmpty()) {
            domeinen = WMO_DOMEINEN;
        }
        Map<Levensdomein, List<Dienst>> perDomein = aanbod.catalogus().perDomein();
        Map<UUID, Voorstel> uit = new LinkedHashMap<>();
        for (Levensdomein domein : domeinen) {
            List<Dienst> voorliggend = perDomein.getOrDefault(domein, List.of()).stream().filter(Dienst::voorliggend).toList();
            for (Passend.Suggestie s : Passend.top(voorliggend, domein, profiel)) {
                Dienst d = s.dienst();
                uit.putIfAbsent(d.id(), new Voorstel(d.id(), d.naam(), d.organisatie().naam(), d.soort().omschrijving(), s.reden()));
            }
        }
        return new ArrayList<>(uit.values());
    }
}

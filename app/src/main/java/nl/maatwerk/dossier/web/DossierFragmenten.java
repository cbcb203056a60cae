package nl.maatwerk.dossier.web;

import java.util.Map;
import java.util.UUID;
import nl.maatwerk.dossier.Dossier;
import nl.maatwerk.dossier.Documenten;
import nl.maatwerk.dossier.Documenttype;
import nl.maatwerk.dossier.Kanaal;
import nl.maatwerk.dossier.Notities;
import nl.maatwerk.platform.Keuze;
import org.springframework.stereotype.Component;

/**
 * What the fragments on the request and decision pages show ({@code dossier/bij}), called from the
 * template as {@code @dossierFragmenten}: so toegang and besluit include the dossier with one
 * {@code th:replace} and do not depend on this module. Need-to-know is checked and the read logged here.
 */
@Component("dossierFragmenten")
public class DossierFragmenten {

    public record BijHulpvraag(UUID huishoudenId, Notities.Pagina notities, Documenten.Pagina documenten, Map<String, String> kanalen,
            Map<String, String> documenttypen, String maximum, String toegestaan, String accept) {
    }

    public record BijBesluit(UUID huishoudenId, Documenten.Pagina documenten, Map<String, String> documenttypen, String maximum,
            String toegestaan, String accept) {
    }

    static final int AANTAL = 20;

    private final Dossier dossier;
    private final Notities notities;
    private final Documenten documenten;

    DossierFragmenten(Dossier dossier, Notities notities, Documenten documenten) {
        this.dossier = dossier;
        this.notities = notities;
        this.documenten = documenten;
    }

    public BijHulpvraag bijHulpvraag(UUID hulpvraagId) {
        UUID huishouden = dossier.huishoudenVanHulpvraag(hulpvraagId);
        return new BijHulpvraag(huishouden, notities.lijst(huishouden, hulpvraagId, 1, AANTAL),
                documenten.lijst(huishouden, hulpvraagId, null, 1, AANTAL), Keuze.opties(Kanaal.values(), "Kies hoe het contact was"),
                Keuze.opties(Documenttype.values(), "Kies wat voor document dit is"), documenten.maximum(), Documenten.toegestaan(),
                Documenten.accept());
    }

    public BijBesluit bijBesluit(UUID besluitId) {
        UUID huishouden = dossier.huishoudenVanBesluit(besluitId);
        return new BijBesluit(huishouden, documenten.lijst(huishouden, null, besluitId, 1, AANTAL),
                Keuze.opties(Documenttype.values(), "Kies wat voor document dit is"), documenten.maximum(), Documenten.toegestaan(),
                Documenten.accept());
    }
}

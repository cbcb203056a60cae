package nl.maatwerk.dossier;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** For the dossier's own pages and API: the household of a request or decision the user may see (404 otherwise). */
@Component
@org.springframework.modulith.NamedInterface("intern")
public class Dossier {

    private final Dossiertoegang toegang;

    Dossier(Dossiertoegang toegang) {
        this.toegang = toegang;
    }

    public UUID huishoudenVanHulpvraag(UUID hulpvraagId) {
        return toegang.huishoudenVanHulpvraag(hulpvraagId);
    }

    public UUID huishoudenVanBesluit(UUID besluitId) {
        return toegang.huishoudenVanBesluit(besluitId);
    }
}

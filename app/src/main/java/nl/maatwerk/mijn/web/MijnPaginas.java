package nl.maatwerk.mijn.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.mijn.Startmelding;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The resident's overview page, and choosing to act for oneself or for a child under 16. */
@Controller
class MijnPaginas {

    private final MijnInwoner mijn;
    private final Logboek logboek;
    private final Clock klok;
    private final List<Startmelding> startmeldingen;

    MijnPaginas(MijnInwoner mijn, Logboek logboek, Clock klok, List<Startmelding> startmeldingen) {
        this.startmeldingen = startmeldingen;
        this.mijn = mijn;
        this.logboek = logboek;
        this.klok = klok;
    }

    @GetMapping("/mijn")
    String overzicht(Model model) {
        Inwonersessie s = mijn.vereis();
        // The page shows the names of the resident (or the child) and of the children they may act for.
        logboek.registreer("mijn.overzicht", Verwerkingsactiviteit.INWONER_RAADPLEGEN, List.of(MijnInwoner.betrokkene(s)), Instant.now(klok), true);
        model.addAttribute("inwonersessie", s);
        model.addAttribute("startmeldingen", startmeldingen.stream().flatMap(m -> m.voorIngelogde().stream()).toList());
        return "mijn/overzicht";
    }

    /** Why a page needs DigiD Substantieel, and how to log in at that level. */
    @GetMapping("/mijn/hoger-inloggen")
    String hogerInloggen(Model model) {
        model.addAttribute("niveau", mijn.huidige().map(Inwonersessie::niveau).orElse(null));
        return "mijn/hoger-inloggen";
    }

    /** {@code voor}: the id of a child under 16 in the household, or empty for oneself. */
    @PostMapping("/mijn/voor")
    String kiesVoor(@RequestParam(name = "voor", required = false) UUID voor) {
        mijn.kiesVoor(voor);
        Inwonersessie s = mijn.vereis();
        // Choosing a child starts acting for them: logged with the child as the person concerned, the parent as actor.
        logboek.registreer(voor == null ? "mijn.voor-mijzelf" : "mijn.voor-kind", Verwerkingsactiviteit.INWONER_RAADPLEGEN,
                List.of(MijnInwoner.betrokkene(s)), Instant.now(klok), true);
        return "redirect:/mijn";
    }
}

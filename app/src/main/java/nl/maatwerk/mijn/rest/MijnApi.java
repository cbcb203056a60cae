package nl.maatwerk.mijn.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.besluit.BesluitenVoorInwoner;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.mijn.Woorden;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.toegang.HulpvragenVoorInwoner;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resident's own API (issue 16), for the portal and a municipality's own app: always about the logged-in resident,
 * never an id of someone else; an id that is not the resident's answers 404. Decisions and data need a login at
 * DigiD Substantieel or higher (the {@code acr} claim of the token); below that the answer is 403.
 */
@RestController
@RequestMapping("/api/v1/mijn")
@Tag(name = "Mijn Maatwerk", description = "De eigen gegevens van de ingelogde inwoner: huishouden, aanvragen en besluiten")
class MijnApi {

    record LidAntwoord(String naam, String rol, LocalDate vanaf, LocalDate totEnMet, boolean ikZelf) {
    }

    record HuishoudenAntwoord(UUID id, String naam, List<LidAntwoord> leden) {
    }

    record TermijnAntwoord(LocalDate uiterlijk, String omschrijving, String bron) {
    }

    record HulpvraagAntwoord(UUID id, String vorm, String vraag, List<String> wetten, LocalDate ontvangenOp, String stap, List<String> stappen,
            TermijnAntwoord termijn) {
    }

    record ActieAntwoord(String omschrijving, LocalDate uiterlijk, String status) {
    }

    record HulpvraagPagina(List<HulpvraagAntwoord> hulpvragen, List<ActieAntwoord> watWijNodigHebben, Paginering paginering) {
    }

    record BezwaarAntwoord(UUID id, java.time.Instant ingediendOp, boolean eerstBellen, LocalDate beslissenUiterlijk, String bron) {
    }

    record BesluitAntwoord(UUID id, String soort, String onderwerp, String uitleg, String wet, LocalDate verzondenOp,
            LocalDate bezwaarUiterlijk, BezwaarAntwoord bezwaar) {

        static BesluitAntwoord van(BesluitenVoorInwoner.Besluitbrief b) {
            return new BesluitAntwoord(b.id(), b.soort().code(), b.onderwerp(), Woorden.uitlegBijSoort(b.soort().code()), b.wet(),
                    b.verzondenOp(), b.bezwaarUiterlijk(), b.bezwaar().map(z -> new BezwaarAntwoord(z.id(), z.ingediendOp(), z.eerstBellen(),
                            z.beslissenUiterlijk(), z.bron())).orElse(null));
        }
    }

    record BesluitPagina(List<BesluitAntwoord> besluiten, Paginering paginering) {
    }

    private final MijnInwoner mijn;
    private final Huishoudens huishoudens;
    private final HulpvragenVoorInwoner hulpvragen;
    private final BesluitenVoorInwoner besluiten;
    private final java.time.Clock klok;

    MijnApi(MijnInwoner mijn, Huishoudens huishoudens, HulpvragenVoorInwoner hulpvragen, BesluitenVoorInwoner besluiten, java.time.Clock klok) {
        this.klok = klok;
        this.mijn = mijn;
        this.huishoudens = huishoudens;
        this.hulpvragen = hulpvragen;
        this.besluiten = besluiten;
    }

    /** The resident, at a level that opens data; an unknown resident is 404, a login too low 403. */
    private Inwonersessie sessie() {
        Inwonersessie s = mijn.huidige().orElseThrow(() -> new NietGevondenException("Inwoner"));
        if (!s.magGegevensZien()) {
            throw new NietToegestaanException("Log in met DigiD Substantieel of hoger (de DigiD app met uw identiteitsbewijs) om uw gegevens "
                    + "te zien. U bent ingelogd met " + s.niveau().omschrijving() + ".");
        }
        return s;
    }

    private static List<Betrokkene> voor(Inwonersessie s) {
        return List.of(MijnInwoner.betrokkene(s));
    }

    @GetMapping("/huishouden")
    @Operation(summary = "Mijn huishouden", description = "Wie er nu met u woont: naam, rol en periode. Van anderen geen BSN, geboortedatum "
            + "of contactgegevens. 404 als u nu in geen huishouden woont dat wij kennen.")
    HuishoudenAntwoord huishouden() {
        Inwonersessie s = sessie();
        UUID id = mijn.vereisHuishouden(s);
        Huishouden h = huishoudens.lees(id);
        LocalDate vandaag = LocalDate.now(klok);
        return new HuishoudenAntwoord(h.id(), h.naam(), h.ledenOp(vandaag).stream()
                .map(l -> new LidAntwoord(l.inwoner().volledigeNaam(), l.rol().code(), l.vanaf(), l.totEnMet(),
                        l.inwoner().id().equals(s.inwonerId())))
                .toList());
    }

    @GetMapping("/hulpvragen")
    @Operation(summary = "Mijn aanvragen", description = "Uw meldingen en aanvragen, nieuwste eerst, met de stap waar ze staan "
            + "(ontvangen, wordt bekeken, besloten, geregeld, afgerond), de wettelijke termijn en wat wij van u nodig hebben.")
    HulpvraagPagina hulpvragen() {
        Inwonersessie s = sessie();
        if (!s.heeftHuishouden()) {
            return new HulpvraagPagina(List.of(), List.of(), Paginering.van(1, 100, 0));
        }
        List<HulpvraagAntwoord> lijst = hulpvragen.aanvragen(s.huishoudenId(), List.of(s.betrokkeneId()), voor(s)).stream()
                .map(a -> new HulpvraagAntwoord(a.id(), a.vorm().code(), a.vraag(), a.wetten().stream().map(w -> w.code()).toList(), a.ontvangenOp(),
                        Woorden.huidigeStap(a.status(), a.allesGeregeld()), Woorden.STAPPEN,
                        a.termijn().map(t -> new TermijnAntwoord(t.uiterlijk(), t.omschrijving(), t.bron())).orElse(null)))
                .toList();
        List<ActieAntwoord> acties = hulpvragen.eigenActies(s.huishoudenId(), voor(s)).stream()
                .map(a -> new ActieAntwoord(a.omschrijving(), a.uiterlijk(), a.status().code())).toList();
        return new HulpvraagPagina(lijst, acties, Paginering.van(1, Math.max(lijst.size(), 1), lijst.size()));
    }

    @GetMapping("/besluiten")
    @Operation(summary = "Mijn besluiten", description = "De besluiten die wij u stuurden, nieuwste eerst, met de laatste dag voor bezwaar.")
    BesluitPagina besluiten() {
        Inwonersessie s = sessie();
        List<BesluitAntwoord> lijst = !s.heeftHuishouden() ? List.of()
                : besluiten.verzonden(s.huishoudenId(), List.of(s.betrokkeneId()), voor(s)).stream().map(BesluitAntwoord::van).toList();
        return new BesluitPagina(lijst, Paginering.van(1, Math.max(lijst.size(), 1), lijst.size()));
    }

    @GetMapping("/besluiten/{id}")
    @Operation(summary = "Eén besluit van mij", description = "404 voor een besluit dat niet aan u (of uw huishouden) is gestuurd.")
    BesluitAntwoord besluit(@PathVariable UUID id) {
        Inwonersessie s = sessie();
        return BesluitAntwoord.van(besluiten.lees(mijn.vereisHuishouden(s), List.of(s.betrokkeneId()), id, voor(s)));
    }

    @GetMapping(value = "/besluiten/{id}/brief", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE})
    @Operation(summary = "De brief bij mijn besluit", description = "Als pdf, of als html met Accept: text/html; zoals de brief is verstuurd.")
    ResponseEntity<byte[]> brief(@PathVariable UUID id, @RequestHeader(name = "Accept", required = false) String accept) {
        Inwonersessie s = sessie();
        String html = besluiten.briefHtml(mijn.vereisHuishouden(s), List.of(s.betrokkeneId()), id, voor(s));
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !accept.contains(MediaType.APPLICATION_PDF_VALUE)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .body(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(besluiten.briefPdf(html));
    }
}

package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.toegang.opslag.PlanOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household plan ("1 gezin, 1 plan"): read by the household's professionals and by its own
 * members, changed by professionals only. Every save is a new version; a save from an older
 * version is never written over a colleague's: it ends in a {@link PlanConflictException} with a
 * three-way merge, and only the merged plan the user confirmed is saved. Every read and write is
 * logged, one record per current member (or, without them, per former one); a conflict that hands
 * out the current plan is logged as a read of it too.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Gezinsplannen {

    private final PlanOpslag opslag;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;

    Gezinsplannen(PlanOpslag opslag, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek, Huishoudens huishoudens, Clock klok,
            ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.huishoudens = huishoudens;
        this.klok = klok;
        this.opslag = opslag;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
    }

    /** The plan of a household the user may see; version 0 and no goals when there is none yet. */
    public Gezinsplan lees(UUID huishoudenId) {
        zichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("gezinsplan.raadplegen", Verwerkingsactiviteit.PLAN_RAADPLEGEN, betrokkenen(huishoudenId),
                () -> huidig(huishoudenId));
    }

    /** The plan with its versions, for the plan page: one read, logged once. */
    public record MetVersies(Gezinsplan plan, List<PlanVersie> versies) {
    }

    public MetVersies leesMetVersies(UUID huishoudenId) {
        zichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("gezinsplan.raadplegen", Verwerkingsactiviteit.PLAN_RAADPLEGEN, betrokkenen(huishoudenId),
                () -> new MetVersies(huidig(huishoudenId), opslag.versies(huishoudenId)));
    }

    /**
     * The rule errors of a plan the user wants to save from {@code versie}, without saving, so a form
     * can show them together with its own format errors. Empty when the plan may be saved.
     */
    public List<Fout> controleer(UUID huishoudenId, PlanInhoud inhoud, int versie) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        Gezinsplan huidig = huidig(huishoudenId);
        return PlanRegels.controleer(inhoud, basis(huishoudenId, versie, huidig), LocalDate.now(klok));
    }

    /** Every saved version, newest first, with who saved it and what changed. */
    public List<PlanVersie> versies(UUID huishoudenId) {
        zichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("gezinsplan.versies", Verwerkingsactiviteit.PLAN_RAADPLEGEN, betrokkenen(huishoudenId),
                () -> opslag.versies(huishoudenId));
    }

    /**
     * Saves the plan as the next version when {@code versie} is still the current one. When it is
     * not, nothing is saved and a {@link PlanConflictException} carries the merge of the user's
     * changes with the ones saved since.
     */
    @Transactional
    public Gezinsplan slaOp(UUID huishoudenId, PlanInhoud inhoud, Integer gelezen) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        if (gelezen == null) {
            throw new nl.maatwerk.platform.VersieOntbreektException("Geef de versie van het plan mee waarop u voortbouwt, in If-Match of in "
                    + "het veld versie, bijvoorbeeld \"" + huidig(huishoudenId).versie() + "\" (0 als er nog geen plan is).");
        }
        int versie = gelezen;
        return metConflictGelezen(huishoudenId, () -> logboek.verwerk("gezinsplan.vastleggen", Verwerkingsactiviteit.PLAN_VASTLEGGEN,
                betrokkenen(huishoudenId), () -> {
            Gezinsplan huidig = huidig(huishoudenId);
            PlanInhoud basis = basis(huishoudenId, versie, huidig);
            List<Fout> fouten = PlanRegels.controleer(inhoud, basis, LocalDate.now(klok));
            if (!fouten.isEmpty()) {
                throw new OngeldigeInvoerException(fouten);
            }
            if (versie != huidig.versie()) {
                throw new PlanConflictException(huidig, versie,
                        PlanSamenvoeging.voegSamen(basis, huidig.inhoud(), inhoud, Map.of()));
            }
            return schrijf(g, huidig, metIds(inhoud));
        }));
    }

    /**
     * Saves the merge of the user's plan (started from {@code basisVersie}) with the plan as it was
     * at {@code huidigeVersie}, with the user's choice for every conflict. If the plan changed
     * again meanwhile, or a conflict has no choice, nothing is saved.
     */
    @Transactional
    public Gezinsplan voegSamenEnSlaOp(UUID huishoudenId, PlanInhoud mijn, int basisVersie, int huidigeVersie,
            Map<String, PlanSamenvoeging.Keuze> keuzes) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        return metConflictGelezen(huishoudenId, () -> logboek.verwerk("gezinsplan.vastleggen", Verwerkingsactiviteit.PLAN_VASTLEGGEN,
                betrokkenen(huishoudenId), () -> {
            Gezinsplan huidig = huidig(huishoudenId);
            PlanInhoud basis = basis(huishoudenId, basisVersie, huidig);
            if (huidig.versie() != huidigeVersie) {
                throw new PlanConflictException(huidig, basisVersie, PlanSamenvoeging.voegSamen(basis, huidig.inhoud(), mijn, keuzes));
            }
            PlanSamenvoeging.Resultaat r = PlanSamenvoeging.voegSamen(basis, huidig.inhoud(), mijn, keuzes);
            if (!r.volledigBeslist()) {
                // Not every conflict has a choice yet: the user is shown the merge again, nothing is saved.
                throw new PlanConflictException(huidig, basisVersie, r);
            }
            List<Fout> fouten = PlanRegels.controleer(r.inhoud(), huidig.inhoud(), LocalDate.now(klok));
            if (!fouten.isEmpty()) {
                throw new OngeldigeInvoerException(fouten);
            }
            return schrijf(g, huidig, metIds(r.inhoud()));
        }));
    }

    /** The longest summary of an evaluation talk; the plan's own goals and actions say the rest. */
    public static final int MAX_SAMENVATTING = 2000;

    /**
     * Records that the professional and the household looked back on the plan together: a new version of the plan
     * with the summary in its history and the next evaluation date, and the event {@link PlanGeevalueerd} (after which
     * the resident is asked how the help was). Only from the current version; errors are named per field.
     */
    @Transactional
    public Gezinsplan evalueer(UUID huishoudenId, Integer gelezen, LocalDate gesprekOp, String samenvatting, LocalDate volgende) {
        Gebruiker g = gebruikers.huidige();
        zichtbaar(g, huishoudenId);
        inzage.vereisProfessional(g);
        LocalDate vandaag = LocalDate.now(klok);
        return logboek.verwerk("gezinsplan.evalueren", Verwerkingsactiviteit.PLAN_VASTLEGGEN, betrokkenen(huishoudenId), () -> {
            Gezinsplan huidig = huidig(huishoudenId);
            nl.maatwerk.platform.VersieConflictException.vereisActueel(gelezen, "het plan", huidig.versie(), () -> verouderd(huidig));
            List<Fout> fouten = PlanRegels.controleerEvaluatie(huidig.bestaat(), gesprekOp, samenvatting, volgende, vandaag);
            if (!fouten.isEmpty()) {
                throw new OngeldigeInvoerException(fouten);
            }
            PlanInhoud nieuw = new PlanInhoud(volgende, huidig.inhoud().doelen());
            List<String> wijzigingen = new java.util.ArrayList<>();
            wijzigingen.add("Samen geëvalueerd op " + PlanWijzigingen.datum(gesprekOp) + ": " + samenvatting.strip());
            wijzigingen.addAll(PlanWijzigingen.beschrijf(huidig.inhoud(), nieuw));
            if (!opslag.slaOp(huishoudenId, huidig.versie(), nieuw, g.gebruikersnaam(), g.naam(), wijzigingen, Instant.now(klok))) {
                throw verouderd(huidig(huishoudenId));
            }
            gebeurtenissen.publishEvent(new PlanGeevalueerd(UUID.randomUUID(), huishoudenId, huidig.versie() + 1, gesprekOp));
            return huidig(huishoudenId);
        });
    }

    private static nl.maatwerk.platform.VersieConflictException verouderd(Gezinsplan nu) {
        return new nl.maatwerk.platform.VersieConflictException(
                nl.maatwerk.platform.Versieconflict.bericht("het plan", nu.gewijzigdDoor(), nu.gewijzigdOp()), nu.versie());
    }

    /**
     * A save that ends in a conflict hands the current plan to the user (the 409 of the API, the merge
     * page): a read of the plan, logged as one besides the failed save.
     */
    private Gezinsplan metConflictGelezen(UUID huishoudenId, java.util.function.Supplier<Gezinsplan> opslaan) {
        Instant start = Instant.now(klok);
        try {
            return opslaan.get();
        } catch (PlanConflictException e) {
            logboek.registreer("gezinsplan.raadplegen", Verwerkingsactiviteit.PLAN_RAADPLEGEN, betrokkenen(huishoudenId), start, true);
            throw e;
        }
    }

    /**
     * What another module may show of the plan on the household page. Call only after need-to-know
     * has been checked; the page read is logged by the household module, so this does not log.
     */
    Gezinsplan voorHuishoudpagina(UUID huishoudenId) {
        return huidig(huishoudenId);
    }

    /** The versions for the timeline of the household page (shown after need-to-know, not logged again). */
    List<PlanVersie> voorTijdlijn(UUID huishoudenId) {
        return opslag.versies(huishoudenId);
    }

    /**
     * A resident's change (issue 16, {@link PlanVanInwoner}): saved as the next version only when {@code huidig} is
     * still current, otherwise a {@link PlanConflictException} and nothing saved. The caller checked need-to-know
     * and that the change is the resident's to make, and logs the write.
     */
    Gezinsplan schrijfVoorInwoner(Gebruiker g, Gezinsplan huidig, PlanInhoud inhoud) {
        return schrijf(g, huidig, inhoud);
    }

    private Gezinsplan schrijf(Gebruiker g, Gezinsplan huidig, PlanInhoud inhoud) {
        Instant nu = Instant.now(klok);
        List<String> wijzigingen = PlanWijzigingen.beschrijf(huidig.inhoud(), inhoud);
        if (!opslag.slaOp(huidig.huishoudenId(), huidig.versie(), inhoud, g.gebruikersnaam(), g.naam(), wijzigingen, nu)) {
            // Someone saved between our read and our write; the transaction leaves nothing behind.
            Gezinsplan nieuwer = huidig(huidig.huishoudenId());
            throw new PlanConflictException(nieuwer, huidig.versie(),
                    PlanSamenvoeging.voegSamen(huidig.inhoud(), nieuwer.inhoud(), inhoud, Map.of()));
        }
        return huidig(huidig.huishoudenId());
    }

    private PlanInhoud basis(UUID huishoudenId, int versie, Gezinsplan huidig) {
        if (versie == huidig.versie()) {
            return huidig.inhoud();
        }
        if (versie < 0 || versie > huidig.versie()) {
            throw new OngeldigeInvoerException("versie", "invalid",
                    "Versie " + versie + " van dit plan bestaat niet. De huidige versie is " + huidig.versie() + ".");
        }
        return opslag.versie(huishoudenId, versie).orElseThrow();
    }

    Gezinsplan huidig(UUID huishoudenId) {
        Huishoudens.Kop kop = huishoudens.koppen(List.of(huishoudenId)).get(huishoudenId);
        String naam = kop == null ? "" : kop.naam();
        return opslag.kop(huishoudenId)
                .map(k -> new Gezinsplan(huishoudenId, naam, k.inhoud(), k.versie(), k.gewijzigdOp(), k.doorNaam()))
                .orElseGet(() -> new Gezinsplan(huishoudenId, naam, PlanInhoud.LEEG, 0, null, null));
    }

    /** New goals and actions get an id, so later versions can be lined up with this one. */
    private static PlanInhoud metIds(PlanInhoud inhoud) {
        Set<UUID> gebruikt = new HashSet<>();
        List<PlanDoel> doelen = inhoud.doelen().stream().map(d -> new PlanDoel(nieuwId(d.id(), gebruikt), d.levensdomein(),
                d.doel().strip(), d.acties().stream().map(a -> new PlanActie(nieuwId(a.id(), gebruikt), a.omschrijving().strip(),
                        a.eigenaarType(), a.eigenaar().strip(), a.uiterlijk(), a.status())).toList())).toList();
        return new PlanInhoud(inhoud.evaluatiedatum(), doelen);
    }

    private static UUID nieuwId(UUID id, Set<UUID> gebruikt) {
        UUID uit = id == null || gebruikt.contains(id) ? UUID.randomUUID() : id;
        gebruikt.add(uit);
        return uit;
    }

    private void zichtbaar(Gebruiker g, UUID huishoudenId) {
        inzage.vereisZichtbaar(g, huishoudenId);
    }

    private List<Betrokkene> betrokkenen(UUID huishoudenId) {
        return huishoudens.betrokkenenVoorLogboek(huishoudenId);
    }
}

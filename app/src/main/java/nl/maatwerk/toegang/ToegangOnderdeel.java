package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
import nl.maatwerk.inwoner.Tijdlijn;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.Verzoekgeheugen;
import org.springframework.stereotype.Component;

/** Regie, team, consent and open requests with their deadlines on the household page, and their events in the timeline. */
@Component
class ToegangOnderdeel implements HuishoudenOnderdeel, Tijdlijn {

    private final Hulpvragen hulpvragen;
    private final Regie regie;
    private final Toestemmingen toestemmingen;
    private final Regieverzoeken regieverzoeken;
    private final Clock klok;

    ToegangOnderdeel(Hulpvragen hulpvragen, Regie regie, Toestemmingen toestemmingen, Regieverzoeken regieverzoeken, Clock klok) {
        this.hulpvragen = hulpvragen;
        this.regie = regie;
        this.regieverzoeken = regieverzoeken;
        this.toestemmingen = toestemmingen;
        this.klok = klok;
    }

    @Override
    public int volgorde() {
        return 10;
    }

    @Override
    public String sjabloon() {
        return "toegang/onderdelen";
    }

    @Override
    public String kop() {
        return "Regie en hulpvragen";
    }

    @Override
    public String fragment() {
        return "regie";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.OVERZICHT;
    }

    @Override
    public List<String> ankers() {
        return List.of("regie-titel");
    }

    private List<Hulpvraag> vragen(UUID id) {
        return hulpvragen.vanHuishoudenZonderLog(id);
    }

    private List<Regie.Regisseurschap> regisseurs(UUID id) {
        return Verzoekgeheugen.onthoud("toegang.regie." + id, () -> regie.geschiedenis(id));
    }

    private List<Toestemmingen.Toestemming> toestemmingen(UUID id) {
        return Verzoekgeheugen.onthoud("toegang.toestemming." + id, () -> toestemmingen.vanHuishouden(id));
    }

    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        List<Hulpvraag> vragen = vragen(huishouden.id());
        LocalDate vandaag = LocalDate.now(klok);
        return Map.of(
                "regisseur", regisseurs(huishouden.id()).stream().filter(r -> r.tot() == null).findFirst(),
                "team", regie.team(huishouden.id()).stream().filter(b -> b.actiefOp(vandaag)).toList(),
                "open", vragen.stream().filter(Hulpvraag::isOpen).toList(),
                "afgesloten", vragen.stream().filter(v -> !v.isOpen()).count(),
                "toestemmingen", toestemmingen(huishouden.id()).stream().filter(t -> t.geldigOp(vandaag)).toList(),
                "professional", true,
                // Only the household's own team sets the regie; others ask for it (issue 13).
                "beslistZelf", regie.isVanHetTeam(professional, huishouden.id()),
                "openVerzoeken", regieverzoeken.open(huishouden.id()).size());
    }

    /** The coordinator a resident sees: who and since when, not why or who chose them. */
    record RegisseurVoorInwoner(String naam, Instant vanaf) {
    }

    /**
     * A request as a resident sees it: the question as they put it (the intake writes it down in the
     * resident's words), under which law, where it stands and the clocks that run. Not why it stands
     * there: a reason for a status is the professionals' working note.
     */
    record VraagVoorInwoner(String vraag, List<Wet> wetten, Vorm vorm, HulpvraagStatus status, LocalDate ontvangenOp,
            List<Termijn> termijnen) {

        static VraagVoorInwoner van(Hulpvraag v) {
            return new VraagVoorInwoner(v.vraag(), v.wetten(), v.vorm(), v.status(), v.ontvangenOp(),
                    v.termijnen().stream().filter(Termijn::isOpen).toList());
        }

        String wet() {
            return String.join(", ", wetten.stream().map(Wet::omschrijving).toList());
        }
    }

    /** A consent as the resident who gave it sees it; the purpose a professional wrote down stays on the professionals' page. */
    record ToestemmingVoorInwoner(String partij, List<Onderdeel> onderdelen, LocalDate geldigTot) {
    }

    /**
     * A resident's own requests and the household's as a whole (no one member's), the current
     * coordinator, and the consents they gave themselves. Not the team: who is brought in for
     * another member (youth protection, addiction care) is that member's business.
     */
    @Override
    public Optional<Map<String, Object>> voorInwoner(Huishouden huishouden, UUID inwonerId) {
        List<Hulpvraag> vragen = vragenVan(huishouden.id(), inwonerId);
        LocalDate vandaag = LocalDate.now(klok);
        return Optional.of(Map.of(
                "regisseur", regisseurs(huishouden.id()).stream().filter(r -> r.tot() == null).findFirst()
                        .map(r -> new RegisseurVoorInwoner(r.naam(), r.vanaf())),
                "team", List.of(),
                "open", vragen.stream().filter(Hulpvraag::isOpen).map(VraagVoorInwoner::van).toList(),
                "afgesloten", vragen.stream().filter(v -> !v.isOpen()).count(),
                "toestemmingen", eigenToestemmingen(huishouden.id(), inwonerId).stream().filter(t -> t.geldigOp(vandaag))
                        .map(t -> new ToestemmingVoorInwoner(t.partij(), t.onderdelen(), t.geldigTot())).toList(),
                "professional", false,
                "beslistZelf", false,
                "openVerzoeken", 0));
    }

    /** A request is a resident's when it is about them or about the whole household. */
    private List<Hulpvraag> vragenVan(UUID huishoudenId, UUID inwonerId) {
        return vragen(huishoudenId).stream().filter(v -> v.inwonerId() == null || v.inwonerId().equals(inwonerId)).toList();
    }

    private List<Toestemmingen.Toestemming> eigenToestemmingen(UUID huishoudenId, UUID inwonerId) {
        return toestemmingen(huishoudenId).stream().filter(t -> inwonerId.equals(t.inwonerId())).toList();
    }

    @Override
    public List<Gebeurtenis> voorProfessional(UUID huishoudenId) {
        List<Gebeurtenis> lijst = new ArrayList<>();
        for (Hulpvraag v : vragen(huishoudenId)) {
            for (Hulpvraag.StatusWijziging w : v.geschiedenis()) {
                String tekst = w.van() == null
                        ? "Hulpvraag binnengekomen: \u201c" + kort(v.vraag()) + "\u201d"
                        : "Hulpvraag van " + klein(w.van().omschrijving()) + " naar " + klein(w.naar().omschrijving()) + ": " + kort(w.reden());
                lijst.add(new Gebeurtenis(w.op(), "Hulpvraag", tekst, w.door()));
            }
        }
        for (Regie.Regisseurschap r : regisseurs(huishoudenId)) {
            lijst.add(new Gebeurtenis(r.vanaf(), "Regie", r.naam() + " wordt regisseur: " + kort(r.reden()), r.door()));
        }
        for (Toestemmingen.Toestemming t : toestemmingen(huishoudenId)) {
            lijst.add(new Gebeurtenis(t.gegevenOp().atStartOfDay(Klok.ZONE).toInstant(), "Toestemming",
                    t.inwonerNaam() + " geeft toestemming om te delen met " + t.partij(), t.vastgelegdDoor()));
            if (t.ingetrokkenOp() != null) {
                lijst.add(new Gebeurtenis(t.ingetrokkenOp().atStartOfDay(Klok.ZONE).toInstant(), "Toestemming",
                        "Toestemming voor " + t.partij() + (t.vervallenReden() == null ? " ingetrokken" : " vervallen door verhuizing"), ""));
            }
        }
        for (Toestemmingen.Verstrekking d : toestemmingen.verstrekkingen(huishoudenId)) {
            lijst.add(new Gebeurtenis(d.op(), "Gedeeld", "Gedeeld met " + d.partij() + ": " + onderdelen(d.onderdelen()), d.door()));
        }
        return lijst;
    }

    /**
     * The same kinds of events, for a resident: their requests' steps as the status alone, the
     * coordinator, their own consents and what was shared on them. Texts are the system's, never
     * what a professional typed, and no professional is named beside them.
     */
    @Override
    public List<Gebeurtenis> voorInwoner(UUID huishoudenId, UUID inwonerId) {
        List<Gebeurtenis> lijst = new ArrayList<>();
        for (Hulpvraag v : vragenVan(huishoudenId, inwonerId)) {
            String wet = VraagVoorInwoner.van(v).wet();
            for (Hulpvraag.StatusWijziging w : v.geschiedenis()) {
                String tekst = w.van() == null ? "Hulpvraag binnengekomen (" + wet + "): \u201c" + kort(v.vraag()) + "\u201d"
                        : "Hulpvraag (" + wet + "): " + klein(w.naar().omschrijving());
                lijst.add(new Gebeurtenis(w.op(), "Hulpvraag", tekst, ""));
            }
        }
        for (Regie.Regisseurschap r : regisseurs(huishoudenId)) {
            lijst.add(new Gebeurtenis(r.vanaf(), "Regie", r.naam() + " wordt regisseur", ""));
        }
        List<Toestemmingen.Toestemming> eigen = eigenToestemmingen(huishoudenId, inwonerId);
        for (Toestemmingen.Toestemming t : eigen) {
            lijst.add(new Gebeurtenis(t.gegevenOp().atStartOfDay(Klok.ZONE).toInstant(), "Toestemming",
                    "U geeft toestemming om te delen met " + t.partij(), ""));
            if (t.ingetrokkenOp() != null) {
                lijst.add(new Gebeurtenis(t.ingetrokkenOp().atStartOfDay(Klok.ZONE).toInstant(), "Toestemming",
                        "Toestemming voor " + t.partij() + (t.vervallenReden() == null ? " ingetrokken" : " vervallen door verhuizing"), ""));
            }
        }
        Set<UUID> eigenIds = eigen.stream().map(Toestemmingen.Toestemming::id).collect(java.util.stream.Collectors.toSet());
        for (Toestemmingen.Verstrekking d : toestemmingen.verstrekkingen(huishoudenId)) {
            if (eigenIds.contains(d.toestemmingId())) {
                lijst.add(new Gebeurtenis(d.op(), "Gedeeld", "Gedeeld met " + d.partij() + ": " + onderdelen(d.onderdelen()), ""));
            }
        }
        return lijst;
    }

    private static String onderdelen(List<Onderdeel> onderdelen) {
        return String.join(", ", onderdelen.stream().map(Onderdeel::omschrijving).toList());
    }

    private static String klein(String tekst) {
        return tekst.toLowerCase(java.util.Locale.ROOT);
    }

    private static String kort(String tekst) {
        return tekst.length() <= 120 ? tekst : tekst.substring(0, 117) + "...";
    }
}

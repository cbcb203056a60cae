package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
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
    public String fragment() {
        return "regie";
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
    public Map<String, Object> gegevens(Huishouden huishouden, Gebruiker gebruiker) {
        List<Hulpvraag> vragen = vragen(huishouden.id());
        LocalDate vandaag = LocalDate.now(klok);
        return Map.of(
                "regisseur", regisseurs(huishouden.id()).stream().filter(r -> r.tot() == null).findFirst(),
                "team", regie.team(huishouden.id()).stream().filter(b -> b.actiefOp(vandaag)).toList(),
                "open", vragen.stream().filter(Hulpvraag::isOpen).toList(),
                "afgesloten", vragen.stream().filter(v -> !v.isOpen()).count(),
                "toestemmingen", toestemmingen(huishouden.id()).stream().filter(t -> t.geldigOp(vandaag)).toList(),
                "professional", gebruiker.isProfessional(),
                // Only the household's own team sets the regie; others ask for it (issue 13).
                "beslistZelf", gebruiker.isProfessional() && regie.isVanHetTeam(gebruiker, huishouden.id()),
                "openVerzoeken", gebruiker.isProfessional() ? regieverzoeken.open(huishouden.id()).size() : 0);
    }

    @Override
    public List<Gebeurtenis> gebeurtenissen(UUID huishoudenId) {
        List<Gebeurtenis> lijst = new ArrayList<>();
        for (Hulpvraag v : vragen(huishoudenId)) {
            for (Hulpvraag.StatusWijziging w : v.geschiedenis()) {
                String tekst = w.van() == null
                        ? "Hulpvraag binnengekomen: \u201c" + kort(v.vraag()) + "\u201d"
                        : "Hulpvraag van " + w.van().omschrijving().toLowerCase(java.util.Locale.ROOT) + " naar "
                                + w.naar().omschrijving().toLowerCase(java.util.Locale.ROOT) + ": " + kort(w.reden());
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
            lijst.add(new Gebeurtenis(d.op(), "Gedeeld", "Gedeeld met " + d.partij() + ": " + String.join(", ",
                    d.onderdelen().stream().map(Onderdeel::omschrijving).toList()), d.door()));
        }
        return lijst;
    }

    private static String kort(String tekst) {
        return tekst.length() <= 120 ? tekst : tekst.substring(0, 117) + "...";
    }
}

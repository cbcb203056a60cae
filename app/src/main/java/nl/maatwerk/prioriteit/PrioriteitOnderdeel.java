package nl.maatwerk.prioriteit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tijdlijn;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.Verzoekgeheugen;
import org.springframework.stereotype.Component;

/**
 * Early debt signals with their outreach, and the acute-safety flag, on the household page and in
 * its timeline. The safety flag shows for professionals only: telling it to everyone in the
 * household could put someone at risk. A resident sees only the signals about themselves, without
 * the professionals' notes: a housemate's arrears are not theirs to read.
 */
@Component
class PrioriteitOnderdeel implements HuishoudenOnderdeel, Tijdlijn {

    private final SignalenLezen signalen;
    private final Veiligheid veiligheid;
    private final GebruikerRegister gebruikers;

    PrioriteitOnderdeel(SignalenLezen signalen, Veiligheid veiligheid, GebruikerRegister gebruikers) {
        this.signalen = signalen;
        this.veiligheid = veiligheid;
        this.gebruikers = gebruikers;
    }

    @Override
    public int volgorde() {
        return 15;
    }

    @Override
    public String sjabloon() {
        return "prioriteit/onderdelen";
    }

    @Override
    public String fragment() {
        return "signalen";
    }

    private List<Vroegsignaal> van(UUID id) {
        return Verzoekgeheugen.onthoud("prioriteit.signalen." + id, () -> signalen.vanHuishoudenZonderLog(id));
    }

    /** All signals for a professional; for anyone else only those matched to them by BSN. */
    private List<Vroegsignaal> zichtbaar(UUID huishouden, Gebruiker g) {
        if (g != null && g.isProfessional()) {
            return van(huishouden);
        }
        UUID zelf = g == null ? null : g.inwonerId();
        return zelf == null ? List.of() : van(huishouden).stream().filter(s -> zelf.equals(s.inwonerId())).toList();
    }

    private List<Veiligheid.Markering> markeringen(UUID id) {
        return Verzoekgeheugen.onthoud("prioriteit.veiligheid." + id, () -> veiligheid.vanHuishoudenZonderLog(id));
    }

    @Override
    public Map<String, Object> gegevens(Huishouden huishouden, Gebruiker gebruiker) {
        boolean professional = gebruiker.isProfessional();
        return Map.of(
                "huishoudenId", huishouden.id(),
                "signalen", zichtbaar(huishouden.id(), gebruiker),
                "professional", professional,
                "onveilig", professional ? markeringen(huishouden.id()).stream().filter(m -> m.opgehevenOp() == null).findFirst()
                        : java.util.Optional.empty());
    }

    @Override
    public List<Gebeurtenis> gebeurtenissen(UUID huishoudenId) {
        Gebruiker g = gebruikers.huidigeOptioneel().orElse(null);
        boolean professional = g != null && g.isProfessional();
        List<Gebeurtenis> lijst = new ArrayList<>();
        for (Vroegsignaal s : zichtbaar(huishoudenId, g)) {
            lijst.add(new Gebeurtenis(s.ontvangenOp().atStartOfDay(Klok.ZONE).toInstant(), "Signaal",
                    "Signaal van " + s.schuldeiser() + " (" + s.schuldeiserType().omschrijving().toLowerCase(java.util.Locale.ROOT)
                            + "): € " + s.bedrag().toPlainString().replace('.', ',') + " achterstand, " + s.maanden() + " maanden", ""));
            for (Vroegsignaal.Actie a : s.acties()) {
                String tekst = a.soort().omschrijving() + " na signaal van " + s.schuldeiser()
                        + (a.contact() == null ? "" : a.contact() ? ": contact gehad" : ": geen contact")
                        + (a.notitie() == null || !professional ? "" : " \u2013 " + kort(a.notitie()));
                lijst.add(new Gebeurtenis(a.datum().atStartOfDay(Klok.ZONE).toInstant(), "Signaal", tekst, a.doorNaam()));
            }
        }
        if (professional) {
            for (Veiligheid.Markering m : markeringen(huishoudenId)) {
                lijst.add(new Gebeurtenis(m.op(), "Veiligheid", "Gemarkeerd als acuut onveilig: " + kort(m.reden()), m.door()));
                if (m.opgehevenOp() != null) {
                    Instant op = m.opgehevenOp();
                    lijst.add(new Gebeurtenis(op, "Veiligheid", "Markering acuut onveilig opgeheven: " + kort(m.opgehevenReden()),
                            m.opgehevenDoor()));
                }
            }
        }
        return lijst;
    }

    private static String kort(String t) {
        return t.length() <= 120 ? t : t.substring(0, 117) + "...";
    }
}

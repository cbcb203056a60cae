package nl.maatwerk.prioriteit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Tabblad;
import nl.maatwerk.inwoner.Tijdlijn;
import nl.maatwerk.platform.Gebruiker;
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

    PrioriteitOnderdeel(SignalenLezen signalen, Veiligheid veiligheid) {
        this.signalen = signalen;
        this.veiligheid = veiligheid;
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
    public String kop() {
        return "Signalen";
    }

    @Override
    public String fragment() {
        return "signalen";
    }

    @Override
    public Tabblad tabblad() {
        return Tabblad.SIGNALEN;
    }

    @Override
    public List<String> ankers() {
        return List.of("vroegsignalen", "signalen-titel", "veiligheid");
    }

    private List<Vroegsignaal> van(UUID id) {
        return Verzoekgeheugen.onthoud("prioriteit.signalen." + id, () -> signalen.vanHuishoudenZonderLog(id));
    }

    /** The signals matched to this resident by BSN; a housemate's arrears, or one found only by address, are not theirs. */
    private List<Vroegsignaal> vanInwoner(UUID huishouden, UUID inwonerId) {
        return van(huishouden).stream().filter(s -> inwonerId.equals(s.inwonerId())).toList();
    }

    private List<Veiligheid.Markering> markeringen(UUID id) {
        return Verzoekgeheugen.onthoud("prioriteit.veiligheid." + id, () -> veiligheid.vanHuishoudenZonderLog(id));
    }

    @Override
    public Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional) {
        return Map.of(
                "huishoudenId", huishouden.id(),
                "signalen", van(huishouden.id()),
                "professional", true,
                "onveilig", markeringen(huishouden.id()).stream().filter(m -> m.opgehevenOp() == null).findFirst());
    }

    /** A signal as the resident it is about sees it: who, how much, since when and how far the outreach is; no notes. */
    record SignaalVoorInwoner(String schuldeiser, Vroegsignaal.SchuldeiserType schuldeiserType, BigDecimal bedrag, int maanden,
            LocalDate ontvangenOp, String statusTekst) {
    }

    @Override
    public Optional<Map<String, Object>> voorInwoner(Huishouden huishouden, UUID inwonerId) {
        return Optional.of(Map.of(
                "huishoudenId", huishouden.id(),
                "signalen", vanInwoner(huishouden.id(), inwonerId).stream().map(s -> new SignaalVoorInwoner(s.schuldeiser(),
                        s.schuldeiserType(), s.bedrag(), s.maanden(), s.ontvangenOp(), s.statusTekst())).toList(),
                "professional", false,
                "onveilig", Optional.empty()));
    }

    @Override
    public List<Gebeurtenis> voorProfessional(UUID huishoudenId) {
        List<Gebeurtenis> lijst = gebeurtenissen(van(huishoudenId), true);
        for (Veiligheid.Markering m : markeringen(huishoudenId)) {
            lijst.add(new Gebeurtenis(m.op(), "Veiligheid", "Gemarkeerd als acuut onveilig: " + kort(m.reden()), m.door()));
            if (m.opgehevenOp() != null) {
                Instant op = m.opgehevenOp();
                lijst.add(new Gebeurtenis(op, "Veiligheid", "Markering acuut onveilig opgeheven: " + kort(m.opgehevenReden()),
                        m.opgehevenDoor()));
            }
        }
        return lijst;
    }

    @Override
    public List<Gebeurtenis> voorInwoner(UUID huishoudenId, UUID inwonerId) {
        return gebeurtenissen(vanInwoner(huishoudenId, inwonerId), false);
    }

    private static List<Gebeurtenis> gebeurtenissen(List<Vroegsignaal> signalen, boolean metNotities) {
        List<Gebeurtenis> lijst = new ArrayList<>();
        for (Vroegsignaal s : signalen) {
            lijst.add(new Gebeurtenis(s.ontvangenOp().atStartOfDay(Klok.ZONE).toInstant(), "Signaal",
                    "Signaal van " + s.schuldeiser() + " (" + s.schuldeiserType().omschrijving().toLowerCase(java.util.Locale.ROOT)
                            + "): € " + s.bedrag().toPlainString().replace('.', ',') + " achterstand, " + s.maanden() + " maanden", ""));
            for (Vroegsignaal.Actie a : s.acties()) {
                String tekst = a.soort().omschrijving() + " na signaal van " + s.schuldeiser()
                        + (a.contact() == null ? "" : a.contact() ? ": contact gehad" : ": geen contact")
                        + (a.notitie() == null || !metNotities ? "" : " \u2013 " + kort(a.notitie()));
                lijst.add(new Gebeurtenis(a.datum().atStartOfDay(Klok.ZONE).toInstant(), "Signaal", tekst, a.doorNaam()));
            }
        }
        return lijst;
    }

    private static String kort(String t) {
        return t.length() <= 120 ? t : t.substring(0, 117) + "...";
    }
}

package nl.maatwerk.besluit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.socialekaart.VoorliggendAanbod;
import org.springframework.stereotype.Component;

/**
 * Voorliggend in the omgekeerde toets of a Wmo decision (issue 17): which general and informal offers of the sociale
 * kaart the professional considered before a maatwerkvoorziening, and why each does not help (enough). The list to
 * choose from is the sociale kaart's offer for the household ({@link VoorliggendAanbod}), with what was recorded
 * before. Recording it is a change of the decision: on the version that was read, only while it is a concept, and
 * whoever records it may not approve it. A correction takes it over with the rest of the content.
 */
@Component
@org.springframework.modulith.NamedInterface("intern")
public class Voorliggend {

    /** At most this many characters in one reason; the database holds the same line (V48). */
    public static final int MAX_TEKST = 2000;

    /** What was recorded about one offer, as the offer read then. */
    public record Overweging(UUID dienstId, String dienst, String organisatie, String soort, String waaromNiet) {
    }

    /**
     * One line of the toets: an offer that fits the household or was recorded before, why it fits (empty for an
     * offer no longer on the sociale kaart), and what the professional recorded about it.
     */
    public record Keuze(UUID dienstId, String dienst, String organisatie, String soort, String reden, boolean bekeken, String waaromNiet) {
    }

    /** One line of the form as it was sent: the offer's id, whether it was considered, and why it does not help. */
    public record Regel(String dienstId, boolean bekeken, String waaromNiet) {
    }

    private final Besluitdossier dossier;
    private final VoorliggendOpslag opslag;
    private final VoorliggendAanbod aanbod;
    private final Huishoudens huishoudens;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Clock klok;

    Voorliggend(Besluitdossier dossier, VoorliggendOpslag opslag, VoorliggendAanbod aanbod, Huishoudens huishoudens, Inzage inzage,
            GebruikerRegister gebruikers, Clock klok) {
        this.dossier = dossier;
        this.opslag = opslag;
        this.aanbod = aanbod;
        this.huishoudens = huishoudens;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    /** Only a Wmo maatwerkvoorziening has general offers before it in the law (Wmo 2015, art. 2.3.5 lid 3). */
    static boolean geldtVoor(Besluit b) {
        return b.soort() == BesluitSoort.WMO_MAATWERKVOORZIENING;
    }

    /** What was recorded for a decision the caller has read within need-to-know. */
    List<Overweging> bekeken(Besluit b) {
        return geldtVoor(b) ? opslag.van(b.id()) : List.of();
    }

    /**
     * The lines of the toets for a decision the caller has read within need-to-know: what was recorded first, then,
     * while it is a concept, the other offers that fit the household now. Reads the household (logged).
     */
    List<Keuze> keuzes(Besluit b) {
        if (!geldtVoor(b)) {
            return List.of();
        }
        Map<UUID, Keuze> uit = new LinkedHashMap<>();
        Map<UUID, VoorliggendAanbod.Voorstel> voorstellen = new LinkedHashMap<>();
        if (b.isBewerkbaar()) {
            aanbod.voor(huishoudens.lees(b.huishoudenId())).forEach(v -> voorstellen.put(v.dienstId(), v));
        }
        for (Overweging o : opslag.van(b.id())) {
            VoorliggendAanbod.Voorstel v = voorstellen.get(o.dienstId());
            uit.put(o.dienstId(), new Keuze(o.dienstId(), o.dienst(), o.organisatie(), o.soort(), v == null ? null : v.reden(), true, o.waaromNiet()));
        }
        voorstellen.values().forEach(v -> uit.putIfAbsent(v.dienstId(), new Keuze(v.dienstId(), v.dienst(), v.organisatie(), v.soort(), v.reden(),
                false, null)));
        return new ArrayList<>(uit.values());
    }

    /**
     * Records what was considered: replaces what was recorded before with the lines that are ticked. Every ticked
     * line needs a reason; an offer must be one the toets showed (it fits the household, or was recorded before).
     */
    Besluit legVast(UUID id, List<Regel> regels, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = dossier.vergrendeld(id, versie);
        if (!geldtVoor(b)) {
            throw new BesluitStatusException("Alleen bij een Wmo-maatwerkvoorziening legt u vast welke algemene voorzieningen u bekeek.");
        }
        BesluitValidatie.vereisBewerkbaar(b);
        Map<UUID, Keuze> toegestaan = new LinkedHashMap<>();
        keuzes(b).forEach(k -> toegestaan.put(k.dienstId(), k));
        List<OngeldigeInvoerException.Fout> fouten = new ArrayList<>();
        List<Overweging> vast = new ArrayList<>();
        Set<UUID> gezien = new HashSet<>();
        for (int i = 0; i < regels.size(); i++) {
            Regel r = regels.get(i);
            String veld = "regels[" + i + "].";
            if ((r.dienstId() == null || r.dienstId().isBlank()) && !r.bekeken() && (r.waaromNiet() == null || r.waaromNiet().isBlank())) {
                continue; // an empty row, such as one a gap in the indices made
            }
            UUID dienstId = uuid(r.dienstId());
            Keuze k = dienstId == null ? null : toegestaan.get(dienstId);
            if (k == null || !gezien.add(dienstId)) {
                fouten.add(new OngeldigeInvoerException.Fout(veld + "dienstId", "invalid",
                        "Deze dienst hoort niet bij de keuzes van dit besluit. Open het besluit opnieuw."));
                continue;
            }
            String waarom = r.waaromNiet() == null ? "" : r.waaromNiet().strip();
            if (!r.bekeken()) {
                if (!waarom.isEmpty()) {
                    fouten.add(new OngeldigeInvoerException.Fout(veld + "bekeken", "required",
                            "Vink " + k.dienst() + " aan als u die heeft bekeken, of maak de uitleg leeg."));
                }
                continue;
            }
            if (waarom.isEmpty()) {
                fouten.add(new OngeldigeInvoerException.Fout(veld + "waaromNiet", "required",
                        "Schrijf waarom " + k.dienst() + " niet (genoeg) helpt."));
            } else if (waarom.length() > MAX_TEKST) {
                fouten.add(new OngeldigeInvoerException.Fout(veld + "waaromNiet", "size",
                        "Schrijf het korter: hoogstens " + MAX_TEKST + " tekens, nu " + waarom.length() + "."));
            } else {
                vast.add(new Overweging(dienstId, k.dienst(), k.organisatie(), k.soort(), waarom));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return dossier.vastleggen("besluit.voorliggend", b, () -> opslag.vervang(id, vast, g.gebruikersnaam(), Instant.now(klok)));
    }

    private static UUID uuid(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

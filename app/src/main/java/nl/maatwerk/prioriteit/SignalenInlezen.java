package nl.maatwerk.prioriteit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.inwoner.Koppelingen;
import nl.maatwerk.inwoner.Koppelingen.Koppeling;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.prioriteit.Vroegsignalen.Regeluitkomst;
import nl.maatwerk.prioriteit.Vroegsignalen.Verslag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Importing a batch of early debt signals: read the file ({@link SignaalBestand}), check each line
 * ({@link SignaalControle}), match the people to residents and households ({@code inwoner}'s
 * {@link Koppelingen}, all lines at once) and store what is new.
 *
 * <p>What the importer sees must not tell whether a client of another team lives at an address or
 * has a BSN (issue 13). So: a line for a household of the importer's own team is stored with that
 * household; any other line stays with the importing team as an outreach record without a household,
 * whether it matched no one or a household of another team. In the second case that team also gets
 * the signal, linked to the household, in its own queue, and that routing is logged
 * ({@code vroegsignaal.doorzetten}). The report names per line only read, duplicate or wrong.
 */
@Component
class SignalenInlezen {

    private final SignaalOpslag opslag;
    private final Koppelingen koppelingen;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;

    SignalenInlezen(SignaalOpslag opslag, Koppelingen koppelingen, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek, Clock klok) {
        this.opslag = opslag;
        this.koppelingen = koppelingen;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** What the importing team's record says of a line that matched a household of another team: nothing. */
    private static final Koppeling GEEN = new Koppeling(null, null, null, Koppelingen.Grond.GEEN);

    /** See {@link Vroegsignalen#importeer}; the caller holds the transaction. */
    Verslag importeer(String bestandsnaam, String formaat, String inhoud) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        if (g.teamId() == null) {
            throw new AccessDeniedException("Alleen professionals van een team lezen signalen in");
        }
        String f = formaat == null ? SignaalControle.raadFormaat(bestandsnaam, inhoud) : formaat.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("json")) {
            throw new OngeldigeInvoerException("formaat", "invalid", "Kies CSV of JSON.");
        }
        SignaalBestand.Inhoud gelezen = SignaalBestand.lees(inhoud, f);
        if (gelezen.fout() != null) {
            throw new OngeldigeInvoerException("bestand", "invalid", gelezen.fout());
        }
        LocalDate vandaag = LocalDate.now(klok);
        List<Regeluitkomst> uitkomsten = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        List<SignaalControle.Geldig> geldig = new ArrayList<>();
        for (SignaalBestand.Regel r : gelezen.regels()) {
            List<String> redenen = new ArrayList<>();
            SignaalControle.Geldig v = SignaalControle.controleer(r, vandaag, redenen);
            if (v == null) {
                uitkomsten.add(new Regeluitkomst(r.nummer(), "fout", String.join(" ", redenen)));
            } else if (gezien.containsKey(v.sleutel())) {
                uitkomsten.add(new Regeluitkomst(r.nummer(), "dubbel", "Hetzelfde signaal staat al op regel " + gezien.get(v.sleutel())
                        + " van dit bestand."));
            } else {
                gezien.put(v.sleutel(), r.nummer());
                geldig.add(v);
            }
        }
        UUID importId = UUID.randomUUID();
        opslag.nieuweImport(importId, bestandsnaam, f, g.teamId(), g.gebruikersnaam(), gelezen.regels().size());
        List<Koppeling> gekoppeld = koppelingen.koppel(geldig.stream()
                .map(v -> new Koppelingen.Zoekgegevens(v.bsn(), v.postcode(), v.huisnummer(), v.toevoeging())).toList());
        List<Betrokkene> betrokkenen = new ArrayList<>();
        List<Betrokkene> doorgezet = new ArrayList<>();
        int nieuw = 0;
        for (int i = 0; i < geldig.size(); i++) {
            SignaalControle.Geldig v = geldig.get(i);
            Koppeling k = gekoppeld.get(i);
            boolean anderTeam = k.huishoudenId() != null && !g.teamId().equals(k.teamId());
            // The importing team's own record: with the household if it is the team's, else as if no one matched.
            UUID eigen = opslag.voegToe(importId, v, vandaag, anderTeam ? GEEN : k, g.teamId());
            if (eigen == null) {
                uitkomsten.add(new Regeluitkomst(v.regel(), "dubbel", "Dit signaal is al eerder ingelezen; het is overgeslagen."));
                continue;
            }
            nieuw++;
            uitkomsten.add(new Regeluitkomst(v.regel(), "ingelezen", null));
            // Matched by BSN means the line's own BSN; without one the person is known by address.
            Betrokkene wie = v.bsn() != null ? Betrokkene.bsn(v.bsn()) : Betrokkene.adres(v.adres());
            betrokkenen.add(wie);
            if (anderTeam && opslag.zetDoor(importId, v, vandaag, k, eigen) != null) {
                doorgezet.add(wie);
            }
        }
        uitkomsten.sort(Comparator.comparingInt(Regeluitkomst::regel));
        int dubbel = (int) uitkomsten.stream().filter(u -> u.uitkomst().equals("dubbel")).count();
        int fout = (int) uitkomsten.stream().filter(u -> u.uitkomst().equals("fout")).count();
        opslag.sluitImport(importId, nieuw, dubbel, fout);
        logboek.registreer("vroegsignaal.inlezen", Verwerkingsactiviteit.VROEGSIGNAAL_INLEZEN, betrokkenen, Instant.now(klok), true);
        if (!doorgezet.isEmpty()) {
            // Putting a signal in another team's queue links a person to a household the importer may not see: logged on its own.
            logboek.registreer("vroegsignaal.doorzetten", Verwerkingsactiviteit.VROEGSIGNAAL_INLEZEN, doorgezet, Instant.now(klok), true);
        }
        return new Verslag(importId, gelezen.regels().size(), nieuw, dubbel, fout, uitkomsten, null);
    }
}

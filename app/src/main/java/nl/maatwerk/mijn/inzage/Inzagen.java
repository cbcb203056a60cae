package nl.maatwerk.mijn.inzage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.maatwerk.inwoner.DoorbrakenOpInwoner;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * "Wie keek in mijn gegevens": the log about the logged-in resident, in their words. Per access: when, which
 * organisation and team, the role of the person (their name only when the municipality's policy says so:
 * {@code maatwerk.mijn.inzagen.naam-tonen}, default off), what kind of data, for what, and whether it was a
 * doorbraak and why. The resident's own reads are left out: they know what they looked at themselves, and every
 * visit here would otherwise add a line. Accesses held back by law are counted with their reason.
 */
@Service
class Inzagen {

    /** One access as the resident reads it. */
    record Inzage(Instant op, String organisatie, String team, String rol, String naam, List<String> watGegevens, List<String> waarvoor,
            boolean doorbraak, String doorbraakReden, boolean gelukt) {
    }

    record Overzicht(List<Inzage> inzagen, List<nl.maatwerk.logboek.Inzagen.Achtergehouden> achtergehouden, int pagina, int grootte,
            long totaal, long aantalPaginas) {
    }

    static final int MAX_EXPORT = 10_000;

    private final nl.maatwerk.logboek.Inzagen log;
    private final MijnInwoner ik;
    private final DoorbrakenOpInwoner doorbraken;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Clock klok;
    private final boolean naamTonen;
    private final String organisatie;

    Inzagen(nl.maatwerk.logboek.Inzagen log, MijnInwoner ik, DoorbrakenOpInwoner doorbraken, GebruikerRegister gebruikers, Logboek logboek, Clock klok,
            @Value("${maatwerk.mijn.inzagen.naam-tonen:false}") boolean naamTonen,
            @Value("${maatwerk.gemeente.naam:Gemeente Den Haag (demo)}") String organisatie) {
        this.log = log;
        this.ik = ik;
        this.doorbraken = doorbraken;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
        this.naamTonen = naamTonen;
        this.organisatie = organisatie;
    }

    Overzicht overzicht(int pagina, int grootte) {
        Inwonersessie s = ik.vereisGegevenstoegang();
        Betrokkene mij = MijnInwoner.betrokkene(s);
        Gebruiker g = gebruikers.huidige();
        var resultaat = logboek.verwerk("mijn.inzagen", Verwerkingsactiviteit.INZAGE_DOOR_INWONER, List.of(mij),
                () -> log.van(mij, Set.of(g.gebruikersnaam()), LocalDate.now(klok), pagina, grootte));
        return new Overzicht(inWoorden(s, resultaat.inzagen()), resultaat.achtergehouden(), resultaat.nummer(), resultaat.grootte(),
                resultaat.totaal(), resultaat.aantalPaginas());
    }

    /** Every access, for the CSV and PDF export; held-back accesses stay held back there too. */
    Overzicht alles() {
        Inwonersessie s = ik.vereisGegevenstoegang();
        Betrokkene mij = MijnInwoner.betrokkene(s);
        Gebruiker g = gebruikers.huidige();
        LocalDate vandaag = LocalDate.now(klok);
        return logboek.verwerk("mijn.inzagen.export", Verwerkingsactiviteit.INZAGE_DOOR_INWONER, List.of(mij), () -> {
            var pagina = log.van(mij, Set.of(g.gebruikersnaam()), vandaag, 1, 1);
            List<Inzage> alle = inWoorden(s, log.alle(mij, Set.of(g.gebruikersnaam()), vandaag, MAX_EXPORT));
            return new Overzicht(alle, pagina.achtergehouden(), 1, alle.size(), alle.size(), 1);
        });
    }

    private List<Inzage> inWoorden(Inwonersessie s, List<nl.maatwerk.logboek.Inzagen.Inzage> ruw) {
        List<DoorbrakenOpInwoner.Doorbraak> opMij = ruw.isEmpty() ? List.of() : doorbraken.van(s.betrokkeneId());
        Map<String, Optional<Gebruiker>> wie = new HashMap<>();
        ruw.forEach(r -> wie.computeIfAbsent(r.actor(), gebruikers::zoek));
        List<Inzage> uit = new ArrayList<>();
        for (var r : ruw) {
            Optional<Gebruiker> door = wie.get(r.actor());
            String team = door.flatMap(Gebruiker::team).map(gebruikers::teamNaam).orElse("");
            boolean huisgenoot = door.map(d -> d.rol() == nl.maatwerk.platform.Rol.INWONER).orElse(false);
            // Another resident who read the household in Mijn Maatwerk (a housemate, a parent for a child) is no municipality.
            String rol = huisgenoot ? "Iemand uit uw huishouden, in Mijn Maatwerk"
                    : door.map(d -> d.rol().omschrijving()).orElse("systeem".equals(r.actor()) ? "Het systeem, zonder medewerker" : "Medewerker");
            String naam = naamTonen && !huisgenoot ? door.map(Gebruiker::naam).orElse("") : "";
            // Every access within a doorbraak's hours is one, not only the opening itself.
            Optional<DoorbrakenOpInwoner.Doorbraak> onder = opMij.stream().filter(d -> d.gebruikersnaam().equals(r.actor())
                    && !r.op().isBefore(d.tijdstip().minusSeconds(1)) && !r.op().isAfter(d.geldigTot())).findFirst();
            boolean doorbraak = onder.isPresent() || r.activiteiten().contains(Verwerkingsactiviteit.DOORBRAAK);
            uit.add(new Inzage(r.op(), huisgenoot ? "" : organisatie, team, rol, naam,
                    r.activiteiten().stream().map(Woorden::wat).distinct().toList(),
                    r.activiteiten().stream().map(Woorden::waarvoor).distinct().toList(),
                    doorbraak, onder.map(DoorbrakenOpInwoner.Doorbraak::reden).orElse(doorbraak ? Woorden.DOORBRAAK_UITLEG : ""), r.gelukt()));
        }
        return uit;
    }
}

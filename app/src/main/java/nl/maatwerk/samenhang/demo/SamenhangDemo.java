package nl.maatwerk.samenhang.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.regelbeheer.Voorstelverwijzing;
import nl.maatwerk.samenhang.Fase;
import nl.maatwerk.samenhang.Herkomst;
import nl.maatwerk.samenhang.Proces;
import nl.maatwerk.samenhang.Soort;
import nl.maatwerk.samenhang.Voorbereiding;
import nl.maatwerk.samenhang.Wet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real changes of 2025-2028 for the social domain, facts only, each with its source; what is not checked says so in
 * its source field (docs/samenhang.md lists what was found and what is uncertain). They hit every wijkteam. The
 * phase follows from the day (in force once the date has passed), and the saves are dated back from the day of the
 * start, so "what changed since last week" shows something on any day. Written once per id; a restart changes nothing.
 */
@Component
public class SamenhangDemo {

    private static final String DOOR = "beleid";
    private static final LocalDate WET_PW_IN_BALANS = LocalDate.of(2025, 10, 1);

    private record Item(String sleutel, String titel, Soort soort, String bwbId, Herkomst herkomst, LocalDate aangekondigd, LocalDate vastgesteld,
            LocalDate inWerking, String wat, List<Wet> wetten, List<String> regels, List<String> parameters, List<Proces> processen, String eigenaar,
            Voorbereiding voorbereiding, boolean metVoorstel, String bron, int dagenGeleden, String wijziging) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("pw-in-balans-fase-1", "Participatiewet in balans, fase 1", Soort.WET, "BWBR0051679", Herkomst.RIJK, null, WET_PW_IN_BALANS,
                    LocalDate.of(2026, 1, 1),
                    "Eerste ronde van de Participatiewet in balans. Giften en boodschappen tot 1.200 euro per jaar tellen niet als inkomen; "
                            + "hulp van de voedselbank telt nooit. Bijstand kan tot drie maanden terug worden toegekend. Samenwonen omdat iemand "
                            + "zorg nodig heeft, is niet vanzelf een gezamenlijke huishouding. Aanvragen wordt eenvoudiger.",
                    List.of(Wet.PARTICIPATIEWET), List.of("pw-giften", "pw-giften-verantwoord", "pw-verhoging-jongerennorm", "pw-kostendelers"),
                    List.of("giften-vrijlating-per-jaar", "giften-verantwoord-toets", "giften-voedselbank-vrij", "jongerennorm-verhoging-verplicht"),
                    List.of(Proces.AANVRAAG_LEVENSONDERHOUD, Proces.BIJZONDERE_BIJSTAND), "Afdeling Werk en Inkomen", Voorbereiding.INGEVOERD, false,
                    "Wet van 1 oktober 2025 (Participatiewet in balans), wetten.overheid.nl/BWBR0051679; gemeente.nu, 15 oktober 2025 "
                            + "(invoering in drie fasen)", 40, null),
            new Item("pw-in-balans-fase-2", "Participatiewet in balans, fase 2 (gedoogjaar 2026)", Soort.WET, "BWBR0051679", Herkomst.RIJK, null,
                    WET_PW_IN_BALANS, LocalDate.of(2027, 1, 1),
                    "Onderdelen die formeel op 1 januari 2027 ingaan, maar waar gemeenten in 2026 al naar mogen werken: meer bijverdienen "
                            + "voor jongeren, maatschappelijke participatie in plaats van de tegenprestatie, en inkomsten automatisch verrekenen.",
                    List.of(Wet.PARTICIPATIEWET), List.of(), List.of(), List.of(Proces.WERK_EN_PARTICIPATIE, Proces.AANVRAAG_LEVENSONDERHOUD),
                    "Afdeling Werk en Inkomen", Voorbereiding.IN_VOORBEREIDING, false,
                    "gemeente.nu, 15 oktober 2025 (fase 2); toekomstige tekst wetten.overheid.nl/BWBR0051679/2027-01-01", 30, null),
            new Item("pw-in-balans-fase-3", "Participatiewet in balans, fase 3", Soort.WET, "BWBR0051679", Herkomst.RIJK, null, WET_PW_IN_BALANS,
                    LocalDate.of(2027, 1, 1),
                    "Wijzigingen die meer aanpassingen in systemen vragen: het bufferbudget voor wie wisselend inkomen heeft, de individuele "
                            + "inkomenstoeslag, ruimere tijdelijke ontheffingen en wijzigingen in de normen voor bepaalde groepen.",
                    List.of(Wet.PARTICIPATIEWET), List.of(), List.of(), List.of(Proces.AANVRAAG_LEVENSONDERHOUD, Proces.BIJZONDERE_BIJSTAND,
                            Proces.WERK_EN_PARTICIPATIE),
                    "Afdeling Werk en Inkomen", Voorbereiding.IMPACT_IN_KAART, false,
                    "gemeente.nu, 15 oktober 2025 (fase 3). Welke normen en groepen precies: te verifiëren in de wettekst per 1 januari 2027",
                    30, null),
            new Item("pw-in-balans-wgs", "Participatiewet in balans: wijziging van de Wet gemeentelijke schuldhulpverlening", Soort.WET, "BWBR0051679",
                    Herkomst.RIJK, null, WET_PW_IN_BALANS, null,
                    "Artikel IV van de Participatiewet in balans wijzigt de Wet gemeentelijke schuldhulpverlening. Wat het precies regelt en per "
                            + "wanneer, is nog niet nagekeken: daarom staat er nog geen datum.",
                    List.of(Wet.WGS), List.of(), List.of(), List.of(Proces.SCHULDHULP, Proces.VROEGSIGNALERING), "Team Schuldhulp",
                    Voorbereiding.TE_BEKIJKEN, false, "wetten.overheid.nl/BWBR0051679 (artikel IV). Inhoud en datum: te verifiëren", 20, null),
            new Item("wmo-vervanging-abonnementstarief", "Wmo: inkomens- en vermogensafhankelijke eigen bijdrage in plaats van het abonnementstarief",
                    Soort.WET, null, Herkomst.RIJK, LocalDate.of(2023, 5, 22), null, LocalDate.of(2027, 1, 1),
                    "Het vaste abonnementstarief voor Wmo-voorzieningen verdwijnt. De eigen bijdrage gaat afhangen van inkomen en vermogen: "
                            + "in het wetsvoorstel van minimaal 23,60 tot maximaal 328 euro per maand. Gemeenten kunnen groepen vrijstellen. "
                            + "Het is een wetsvoorstel: de datum is de beoogde datum.",
                    List.of(Wet.WMO), List.of("wmo-bijdrage"), List.of("wmo-abonnementstarief"),
                    List.of(Proces.WMO_EIGEN_BIJDRAGE, Proces.WMO_TOEGANG), "Team Wmo", Voorbereiding.IMPACT_IN_KAART, false,
                    "Wetsvoorstel Wet vervanging abonnementstarief Wmo 2015, Kamerstuk 36713; Rijksoverheid 22 mei 2023 (aankondiging); "
                            + "gemeente.nu maart 2025 (beoogd 1 januari 2027). Of de wet is aangenomen en de datum blijft: te verifiëren",
                    12, "Voorbereiding: was Nog te bekijken, nu Gevolgen in kaart brengen"),
            new Item("normen-2026-07", "Halfjaarlijkse aanpassing van de bijstandsnormen per 1 juli 2026", Soort.REGELING, null, Herkomst.RIJK, null, null,
                    LocalDate.of(2026, 7, 1),
                    "De bijstandsnormen gaan op 1 januari en 1 juli mee met het minimumloon. De bedragen per 1 juli 2026 staan in de "
                            + "normtabellen van Maatwerk.",
                    List.of(Wet.PARTICIPATIEWET), List.of("pw-norm-21-aow"), List.of("pw-norm-gehuwden", "pw-norm-alleenstaande"),
                    List.of(Proces.AANVRAAG_LEVENSONDERHOUD), "Functioneel beheer", Voorbereiding.INGEVOERD, false,
                    "Participatiewet, artikelen 20-22 en 31, geconsolideerde tekst per 1 juli 2026 (wetten.overheid.nl)", 25, null),
            new Item("normen-2027-01", "Halfjaarlijkse aanpassing van de bijstandsnormen per 1 januari 2027", Soort.REGELING, null, Herkomst.RIJK, null,
                    null, LocalDate.of(2027, 1, 1),
                    "Nieuwe bedragen voor alle bijstandsnormen. Er ligt een voorstel met voorbeeldbedragen bij de beheerder; zodra de "
                            + "normenbrief er is, komen de echte bedragen erin en keurt een tweede beheerder ze goed.",
                    List.of(Wet.PARTICIPATIEWET), List.of("pw-norm-21-aow", "pw-norm-aow", "pw-norm-jongeren"),
                    List.of("pw-norm-gehuwden", "pw-norm-alleenstaande", "pw-norm-aow-gehuwden", "pw-norm-aow-alleenstaande"),
                    List.of(Proces.AANVRAAG_LEVENSONDERHOUD), "Functioneel beheer", Voorbereiding.IN_VOORBEREIDING, true,
                    "Participatiewet, aanpassing van de normbedragen per 1 januari en 1 juli; normenbrief van SZW (nog niet verschenen)", 2, null),
            new Item("aow-leeftijd-2028", "AOW-leeftijd 67 jaar en 3 maanden", Soort.WET, null, Herkomst.RIJK, null, null, LocalDate.of(2028, 1, 1),
                    "Vanaf 2028 ligt de AOW-leeftijd op 67 jaar en 3 maanden. Wie 67 wordt, blijft drie maanden langer in de bijstand "
                            + "met de norm van 21 jaar tot de AOW-leeftijd.",
                    List.of(), List.of("pw-norm-aow", "pw-norm-21-aow"), List.of("aow-leeftijd-maanden"), List.of(Proces.AANVRAAG_LEVENSONDERHOUD),
                    "Afdeling Werk en Inkomen", Voorbereiding.TE_BEKIJKEN, false,
                    "Algemene Ouderdomswet, artikel 7a; Rijksoverheid, november 2022", 15, null));

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;
    private final Voorstelverwijzing.Voorstellen voorstellen;
    private final Clock klok;

    SamenhangDemo(JdbcClient jdbc, GebruikerRegister gebruikers, Voorstelverwijzing.Voorstellen voorstellen, Clock klok) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.voorstellen = voorstellen;
        this.klok = klok;
    }

    static UUID id(String sleutel) {
        return UUID.nameUUIDFromBytes(("demo-samenhang-" + sleutel).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the changes not there yet; returns how many the register holds. */
    @Transactional
    public int vul(LocalDate vandaag) {
        List<String> teams = gebruikers.teams().stream().map(GebruikerRegister.Team::id).toList();
        UUID voorstel = voorstellen.nieuwste(100).stream().filter(v -> v.reden().startsWith("Demo: de bijstandsnormen per 1 januari 2027"))
                .map(Voorstelverwijzing::id).findFirst().orElse(null);
        Instant nu = Instant.now(klok);
        for (Item i : ITEMS) {
            UUID id = id(i.sleutel());
            Fase fase = i.inWerking() != null && !i.inWerking().isAfter(vandaag) ? Fase.IN_WERKING
                    : i.vastgesteld() != null ? Fase.VASTGESTELD : i.aangekondigd() != null ? Fase.IN_BEHANDELING : Fase.VASTGESTELD;
            Instant gemaakt = nu.minus(i.dagenGeleden(), ChronoUnit.DAYS);
            boolean gewijzigd = i.wijziging() != null;
            Instant laatst = gewijzigd ? nu.minus(2, ChronoUnit.DAYS) : null;
            int nieuw = jdbc.sql("""
                    insert into samenhang.invlieger (id, titel, soort, bwb_id, herkomst, fase, aangekondigd_op, vastgesteld_op, in_werking_op,
                      wat_verandert, wetten, regels, parameters, teams, processen, eigenaar, voorbereiding, voorstel_id, bron, versie,
                      aangemaakt_door, aangemaakt_op, gewijzigd_door, gewijzigd_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do nothing""")
                    .params(id, i.titel(), i.soort().code(), i.bwbId(), i.herkomst().code(), fase.code(), i.aangekondigd(), i.vastgesteld(),
                            i.inWerking(), i.wat(), SqlLijsten.tekst(i.wetten().stream().map(Wet::code).toList()), SqlLijsten.tekst(i.regels()),
                            SqlLijsten.tekst(i.parameters()), SqlLijsten.tekst(teams), SqlLijsten.tekst(i.processen().stream().map(Proces::code).toList()),
                            i.eigenaar(), i.voorbereiding().code(), i.metVoorstel() ? voorstel : null, i.bron(), gewijzigd ? 2 : 1, DOOR,
                            Timestamp.from(gemaakt), gewijzigd ? DOOR : null, laatst == null ? null : Timestamp.from(laatst))
                    .update();
            if (nieuw == 0) {
                continue;
            }
            jdbc.sql("insert into samenhang.wijziging (invlieger_id, versie, door, op, nieuw, wat) values (?, 1, ?, ?, true, '{}')")
                    .params(id, DOOR, Timestamp.from(gemaakt)).update();
            if (gewijzigd) {
                jdbc.sql("insert into samenhang.wijziging (invlieger_id, versie, door, op, nieuw, wat) values (?, 2, ?, ?, false, ?::text[])")
                        .params(id, DOOR, Timestamp.from(laatst), SqlLijsten.tekst(List.of(i.wijziging()))).update();
            }
        }
        return jdbc.sql("select count(*) from samenhang.invlieger").query(Integer.class).single();
    }
}

package nl.maatwerk.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.maatwerk.regels.termijn.Termijnen;
import nl.maatwerk.toegang.Dreiging;
import nl.maatwerk.toegang.HulpvraagGegevens;
import nl.maatwerk.toegang.Hulpvragen;
import nl.maatwerk.toegang.Kanaal;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.Onderdeel;
import nl.maatwerk.toegang.Urgentie;
import nl.maatwerk.toegang.Vorm;
import nl.maatwerk.toegang.Wet;

/**
 * Synthetic requests for help, regie, team and consent. About one in eight households has one or
 * two requests from the last ten weeks, so work lists show clocks on time, close to their end and
 * overdue. Dates count back from the day of seeding (the clocks must be current to be useful);
 * everything else follows from the seed and the household number, from a stream of its own.
 */
final class DemoToegang {

    record Vraag(UUID id, Kanaal kanaal, Vorm vorm, String tekst, String watTelt, List<Levensdomein> domeinen, Urgentie urgentie,
            List<Wet> wetten, Dreiging dreiging, String status, LocalDate ontvangen, String behandelaar, List<Klok> klokken,
            List<String[]> geschiedenis) {
    }

    record Klok(String code, String omschrijving, LocalDate start, LocalDate uiterste, String bron, LocalDate afgerond, String gestopt) {
    }

    record Toegang(List<Vraag> vragen, String regisseur, String regieReden, LocalDate regieVanaf, List<String[]> team,
            String toestemmingPartij, List<Onderdeel> toestemmingOnderdelen, LocalDate toestemmingOp) {

        static final Toegang GEEN = new Toegang(List.of(), null, null, null, List.of(), null, List.of(), null);
    }

    private static final Termijnen TERMIJNEN = Termijnen.standaard();

    private static final String[][] VRAGEN = {
        {"Ik kan sinds mijn heupoperatie het huishouden niet meer zelf doen.", "Zelf blijven koken en de was doen.", "wmo", "instrumentele-adl,lichamelijke-gezondheid"},
        {"Er komen steeds meer aanmaningen en ik durf de post niet meer open te maken.", "Rust in mijn hoofd en de huur kunnen blijven betalen.", "wgs", "financien"},
        {"De verhuurder heeft gezegd dat we de woning uit moeten als de achterstand niet betaald wordt.", "In de buurt kunnen blijven wonen.", "wgs", "financien,huisvesting"},
        {"Mijn uitkering van het UWV stopt volgende maand en ik heb nog geen werk.", "Werk dat past bij mijn rugklachten.", "participatiewet", "financien,werk-opleiding"},
        {"{kind} ({leeftijd}) gaat al weken niet naar school en zit alleen op de kamer.", "Dat {kind} weer plezier krijgt en vrienden ziet.", "jeugdwet", "huiselijke-relaties,geestelijke-gezondheid"},
        {"Ik wil graag een scootmobiel zodat ik zelf boodschappen kan doen.", "Zelfstandig blijven en de buurvrouw niet steeds hoeven vragen.", "wmo", "basale-adl,maatschappelijke-participatie"},
        {"Mijn moeder heeft dementie en ik kan de zorg naast mijn werk niet meer aan.", "Dat mijn moeder thuis kan blijven wonen.", "wmo", "geestelijke-gezondheid,sociaal-netwerk"},
        {"Ik zit veel alleen thuis en weet niet goed wat ik met mijn dagen moet.", "Ergens bij horen.", "geen", "tijdsbesteding,sociaal-netwerk"},
    };

    private static final String[] PARTIJEN = {"Schuldhulpmaatje Den Haag", "Jeugdhulp Haaglanden", "Woningcorporatie Haagwonen"};

    private DemoToegang() {
    }

    static SplittableRandom stroom(long seed, int nummer) {
        return new SplittableRandom((seed * 1_000_003L + nummer) ^ 0x5DEECE66DL * 31);
    }

    /** The requests, regie and consent of household {@code h}, with dates counted back from {@code vandaag}. */
    static Toegang voor(long seed, DemoGenerator.DemoHuishouden h, LocalDate vandaag) {
        SplittableRandom r = stroom(seed, h.nummer());
        if (r.nextInt(8) != 0) {
            return Toegang.GEEN;
        }
        boolean centrum = h.wijk() == Wijk.CENTRUM;
        int aantal = 1 + (r.nextInt(4) == 0 ? 1 : 0);
        List<Vraag> vragen = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            vragen.add(vraag(r, h, i, vandaag, centrum));
        }
        String regisseur = null;
        String regieReden = null;
        LocalDate regieVanaf = null;
        List<String[]> team = new ArrayList<>();
        if (centrum && (aantal > 1 || r.nextInt(3) == 0)) {
            regisseur = r.nextBoolean() ? "regisseur" : "consulent";
            regieReden = aantal > 1 ? "Meerdere hulpvragen tegelijk; één vast aanspreekpunt voor het gezin." : "Inwoner vraagt om één aanspreekpunt.";
            regieVanaf = vragen.getFirst().ontvangen().plusDays(3);
        }
        String partij = null;
        List<Onderdeel> onderdelen = List.of();
        LocalDate toestemmingOp = null;
        if (r.nextInt(3) == 0) {
            partij = PARTIJEN[r.nextInt(PARTIJEN.length)];
            onderdelen = partij.startsWith("Jeugd") ? List.of(Onderdeel.ZRM, Onderdeel.PLAN) : List.of(Onderdeel.PLAN, Onderdeel.HULPVRAGEN);
            toestemmingOp = vragen.getFirst().ontvangen().plusDays(5);
            team.add(new String[] {DemoNamen.voornaam(r) + " " + DemoNamen.zonderVoorvoegsel(DemoNamen.achternaam(r)), partij,
                partij.startsWith("Schuld") ? "Maatje voor de administratie" : partij.startsWith("Jeugd") ? "Jeugdhulpverlener" : "Huismeester"});
        }
        if (toestemmingOp != null && toestemmingOp.isAfter(vandaag)) {
            toestemmingOp = vandaag;
        }
        if (regieVanaf != null && regieVanaf.isAfter(vandaag)) {
            regieVanaf = vandaag;
        }
        return new Toegang(vragen, regisseur, regieReden, regieVanaf, team, partij, onderdelen, toestemmingOp);
    }

    /** A child of school age (12 to 17) living in the household on the day, for a Jeugdwet request about them. */
    static java.util.Optional<DemoGenerator.Lid> schoolkind(DemoGenerator.DemoHuishouden h, LocalDate dag) {
        return h.leden().stream().filter(l -> l.rol().equals("kind") && !l.vanaf().isAfter(dag) && (l.totEnMet() == null || !l.totEnMet().isBefore(dag)))
                .filter(l -> { int jaar = java.time.Period.between(l.persoon().geboortedatum(), dag).getYears(); return jaar >= 12 && jaar <= 17; })
                .findFirst();
    }

    /**
     * The request drawn for the household, or the next one in the list that fits who lives there: a request
     * about a child of school age only where one lives, with that child's first name and age (issue 15:
     * "onze zoon van 14" appeared in households without children). One draw either way, so the draws after it stay.
     */
    private static String[] passend(int getrokken, DemoGenerator.DemoHuishouden h, LocalDate dag) {
        for (int k = 0; k < VRAGEN.length; k++) {
            String[] v = VRAGEN[(getrokken + k) % VRAGEN.length];
            if (!v[0].contains("{kind}")) {
                return v;
            }
            var kind = schoolkind(h, dag);
            if (kind.isPresent()) {
                String naam = kind.get().persoon().voornamen().split(" ")[0];
                String leeftijd = String.valueOf(java.time.Period.between(kind.get().persoon().geboortedatum(), dag).getYears());
                // Maatwerk stores no gender (ADR 0010), so the text says "ons kind", never "zoon" or "dochter".
                return new String[] {v[0].replace("{kind}", "Ons kind " + naam).replace("{leeftijd}", leeftijd), v[1].replace("{kind}", naam),
                    v[2], v[3]};
            }
        }
        throw new IllegalStateException("Geen hulpvraag past");
    }

    private static Vraag vraag(SplittableRandom r, DemoGenerator.DemoHuishouden h, int i, LocalDate vandaag, boolean centrum) {
        String[] v = passend(r.nextInt(VRAGEN.length), h, vandaag);
        Wet wet = Wet.vanCode(v[2]);
        Vorm vorm = wet == Wet.WMO || wet == Wet.GEEN ? (r.nextInt(4) == 0 ? Vorm.AANVRAAG : Vorm.MELDING) : Vorm.AANVRAAG;
        Dreiging dreiging = wet == Wet.WGS && v[0].contains("woning uit") ? Dreiging.ONTRUIMING
                : wet == Wet.WGS && r.nextInt(5) == 0 ? Dreiging.AFSLUITING_ENERGIE : null;
        LocalDate ontvangen = vandaag.minusDays(r.nextInt(dreiging != null ? 6 : 70));
        List<Levensdomein> domeinen = java.util.Arrays.stream(v[3].split(",")).map(Levensdomein::vanCode).toList();
        Urgentie urgentie = dreiging != null ? Urgentie.ACUUT : Urgentie.values()[r.nextInt(3)];
        Kanaal kanaal = dreiging != null ? Kanaal.SIGNAAL_PARTNER : Kanaal.values()[r.nextInt(Kanaal.values().length)];
        HulpvraagGegevens g = new HulpvraagGegevens(h.id(), h.leden().getFirst().persoon().id(), kanaal, vorm, v[0], v[1], domeinen,
                urgentie, List.of(wet), dreiging, ontvangen);
        UUID id = UUID.nameUUIDFromBytes((h.id() + "-hulpvraag-" + i).getBytes(StandardCharsets.UTF_8));
        List<Klok> klokken = new ArrayList<>();
        for (String code : Hulpvragen.klokkenBijIntake(g)) {
            Termijnen.Uitkomst u = TERMIJNEN.bereken(code, ontvangen);
            klokken.add(new Klok(code, u.termijn().omschrijving(), ontvangen, u.uitersteDatum(), u.termijn().bron(), null, null));
        }
        String beginStatus = vorm == Vorm.AANVRAAG ? "aanvraag" : "melding";
        List<String[]> geschiedenis = new ArrayList<>();
        geschiedenis.add(new String[] {null, beginStatus, "Intake via " + kanaal.omschrijving().toLowerCase(java.util.Locale.ROOT), ontvangen.toString()});
        String status = beginStatus;
        long leeftijd = vandaag.toEpochDay() - ontvangen.toEpochDay();
        int worp = r.nextInt(10);
        if (leeftijd > 21 && worp < 3) {
            // Older requests are often further along, or closed.
            LocalDate dicht = ontvangen.plusDays(10 + r.nextInt((int) Math.min(leeftijd - 10, 40)));
            geschiedenis.add(new String[] {status, "afgesloten", "Samen besproken: de inwoner is verder geholpen via het netwerk.", dicht.toString()});
            klokken.replaceAll(k -> new Klok(k.code(), k.omschrijving(), k.start(), k.uiterste(), k.bron(), null,
                    "Hulpvraag afgesloten: verder geholpen via het netwerk."));
            status = "afgesloten";
        } else if (status.equals("melding") && leeftijd > 7 && worp < 7) {
            LocalDate gesprek = ontvangen.plusDays(3 + r.nextInt(5));
            geschiedenis.add(new String[] {status, "onderzoek", "Keukentafelgesprek gepland.", gesprek.toString()});
            status = "onderzoek";
        }
        String behandelaar = centrum ? (r.nextBoolean() ? "consulent" : "regisseur") : null;
        return new Vraag(id, kanaal, vorm, v[0], v[1], domeinen, urgentie, List.of(wet), dreiging, status, ontvangen, behandelaar,
                klokken, geschiedenis);
    }
}

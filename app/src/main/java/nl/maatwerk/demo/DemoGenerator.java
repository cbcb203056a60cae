package nl.maatwerk.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.maatwerk.regels.Bsn;

/**
 * Synthetic households for a city like Den Haag. Deterministic: the same seed gives the same
 * households in the same order, so household number n is always the same person-for-person and a
 * database can be topped up from n to a larger number.
 *
 * <p>The mix follows the rough shape of a large Dutch city: many single-person households, then
 * couples, families, single parents and shared houses; a share has an informal network. Every BSN
 * passes the 11-proef and comes from the 999 test range, outside the block 999 8xx xxx that the
 * tests use.
 */
final class DemoGenerator {

    /** The BSNs the tests arrange themselves; the generator stays out of them. */
    static final long TESTREEKS_VAN = 999_800_000L;
    static final long TESTREEKS_TOT = 999_899_999L;
    /** Above the 999 range, the generator continues in 990-998; see docs/demodata.md. */
    static final long RESERVEREEKS_VAN = 990_000_000L;

    /** Membership histories are dated relative to this day, so that a seed gives the same data on every run. */
    static final LocalDate PEILDATUM = LocalDate.of(2026, 1, 1);

    enum Soort { ALLEENSTAAND, STEL, GEZIN, EENOUDER, WOONGROEP }

    record Persoon(UUID id, String bsn, String voornamen, String voorvoegsel, String geslachtsnaam, LocalDate geboortedatum,
            String telefoonnummer, String emailadres) {
    }

    record Lid(Persoon persoon, String rol, String uitzondering, LocalDate vanaf, LocalDate totEnMet) {
    }

    record Netwerk(UUID id, String naam, String relatie, String bijdrage, String telefoonnummer) {
    }

    record Adres(String straat, int huisnummer, String huisletter, String postcode) {
    }

    record DemoHuishouden(int nummer, UUID id, String naam, Wijk wijk, Soort soort, Adres adres, List<Lid> leden,
            List<Netwerk> netwerk, List<DemoZrm.Meting> zrm) {
    }

    private final long seed;
    private long bsnCursor = 999_000_000L;
    private boolean buitenTestreeks;
    private int volgende;

    DemoGenerator(long seed) {
        this.seed = seed;
    }

    /** True once the 999 range is used up and BSNs come from the reserve range. */
    boolean buitenTestreeks() {
        return buitenTestreeks;
    }

    /** The next household; household n draws from its own random stream, the BSNs are handed out in order. */
    DemoHuishouden volgende() {
        int nummer = volgende++;
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + nummer);
        Wijk wijk = kiesWijk(r);
        Soort soort = kiesSoort(r);
        String achternaam = DemoNamen.achternaam(r);
        String voorvoegsel = DemoNamen.voorvoegsel(achternaam);
        String kern = DemoNamen.zonderVoorvoegsel(achternaam);
        Adres adres = adres(r, wijk);
        LocalDate sinds = PEILDATUM.minusDays(30 + r.nextInt(365 * 15));
        List<Lid> leden = new ArrayList<>();
        switch (soort) {
            case ALLEENSTAAND -> leden.add(aanvrager(r, voorvoegsel, kern, leeftijd(r, 19, 92), sinds));
            case STEL -> {
                LocalDate geboren = leeftijd(r, 22, 88);
                leden.add(aanvrager(r, voorvoegsel, kern, geboren, sinds));
                leden.add(partner(r, geboren, sinds));
            }
            case GEZIN -> {
                LocalDate geboren = leeftijd(r, 26, 58);
                leden.add(aanvrager(r, voorvoegsel, kern, geboren, sinds));
                leden.add(partner(r, geboren, sinds));
                kinderen(r, voorvoegsel, kern, geboren, sinds, 1 + r.nextInt(4), leden);
            }
            case EENOUDER -> {
                LocalDate geboren = leeftijd(r, 22, 60);
                leden.add(aanvrager(r, voorvoegsel, kern, geboren, sinds));
                kinderen(r, voorvoegsel, kern, geboren, sinds, 1 + r.nextInt(3), leden);
                Lid ex = partner(r, geboren, sinds);
                long dagen = PEILDATUM.toEpochDay() - ex.vanaf().toEpochDay();
                if (r.nextInt(3) == 0 && dagen > 1) {
                    // The former partner left: the composition over time matters for the rules.
                    LocalDate laatsteDag = ex.vanaf().plusDays(r.nextLong(dagen - 1));
                    leden.add(1, new Lid(ex.persoon(), "partner", null, ex.vanaf(), laatsteDag));
                }
            }
            case WOONGROEP -> {
                leden.add(aanvrager(r, voorvoegsel, kern, leeftijd(r, 20, 75), sinds));
                int aantal = 1 + r.nextInt(3);
                for (int i = 0; i < aantal; i++) {
                    int kans = r.nextInt(10);
                    String uitzondering = kans < 3 ? "student" : kans < 5 ? "commerciele-huurder" : null;
                    LocalDate geboren = uitzondering == null ? leeftijd(r, 21, 80) : leeftijd(r, 18, 30);
                    String ander = DemoNamen.achternaam(r);
                    LocalDate vanaf = later(sinds, geboren.plusYears(18));
                    leden.add(new Lid(persoon(r, DemoNamen.voorvoegsel(ander), DemoNamen.zonderVoorvoegsel(ander), geboren),
                            "medebewoner", uitzondering, vanaf, null));
                }
            }
        }
        // With the applicant's first name: a list of a team's households otherwise reads "Huishouden Aydın" many times over.
        String naam = "Huishouden " + leden.getFirst().persoon().voornamen().split(" ")[0] + " " + (voorvoegsel == null ? "" : voorvoegsel + " ") + kern;
        UUID id = UUID.nameUUIDFromBytes(("maatwerk-demo-huishouden-" + seed + "-" + nummer).getBytes(StandardCharsets.UTF_8));
        List<Netwerk> netwerk = netwerk(r, kern, leden.getFirst().persoon());
        // From a stream of its own, so the people and network above are what they were before ZRM was added.
        List<DemoZrm.Meting> zrm = DemoZrm.metingen(seed, nummer, id, leden.getFirst().persoon().id(), leden.getFirst().vanaf(), PEILDATUM);
        return new DemoHuishouden(nummer, id, naam, wijk, soort, adres, List.copyOf(leden), netwerk, zrm);
    }

    private Lid partner(SplittableRandom r, LocalDate geborenAanvrager, LocalDate sinds) {
        String achternaam = r.nextInt(3) == 0 ? null : DemoNamen.achternaam(r);
        LocalDate geboren = geborenAanvrager.plusDays(r.nextInt(-365 * 6, 365 * 6));
        if (geboren.isAfter(PEILDATUM.minusYears(19))) {
            geboren = PEILDATUM.minusYears(19);
        }
        Persoon p = achternaam == null
                ? persoon(r, null, DemoNamen.zonderVoorvoegsel(DemoNamen.achternaam(r)), geboren)
                : persoon(r, DemoNamen.voorvoegsel(achternaam), DemoNamen.zonderVoorvoegsel(achternaam), geboren);
        return new Lid(p, "partner", null, later(sinds, geboren.plusYears(18)), null);
    }

    private Lid aanvrager(SplittableRandom r, String voorvoegsel, String kern, LocalDate geboren, LocalDate sinds) {
        return new Lid(persoon(r, voorvoegsel, kern, geboren), "aanvrager", null, later(sinds, geboren.plusYears(18)), null);
    }

    private void kinderen(SplittableRandom r, String voorvoegsel, String kern, LocalDate geborenOuder, LocalDate sinds, int aantal,
            List<Lid> leden) {
        for (int i = 0; i < aantal; i++) {
            // Children born between the parent's 20th and 45th birthday, and before the peildatum.
            LocalDate vroegst = geborenOuder.plusYears(20);
            LocalDate laatst = min(geborenOuder.plusYears(45), PEILDATUM.minusDays(1));
            if (laatst.isBefore(vroegst)) {
                return;
            }
            LocalDate geboren = vroegst.plusDays(r.nextLong(laatst.toEpochDay() - vroegst.toEpochDay() + 1));
            LocalDate vanaf = geboren.isAfter(sinds) ? geboren : sinds;
            leden.add(new Lid(persoon(r, voorvoegsel, kern, geboren), "kind", null, vanaf, null));
        }
    }

    private List<Netwerk> netwerk(SplittableRandom r, String kern, Persoon aanvrager) {
        if (r.nextInt(100) >= 35) {
            return List.of();
        }
        int aantal = 1 + r.nextInt(3);
        List<Netwerk> netwerk = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            DemoNamen.Relatie relatie = DemoNamen.relatie(r);
            String achternaam = relatie.familie() ? kern : DemoNamen.zonderVoorvoegsel(DemoNamen.achternaam(r));
            String naam = DemoNamen.voornaam(r) + " " + achternaam;
            UUID id = UUID.nameUUIDFromBytes((aanvrager.id() + "-netwerk-" + i).getBytes(StandardCharsets.UTF_8));
            netwerk.add(new Netwerk(id, naam, relatie.code(), relatie.bijdrage(), r.nextBoolean() ? telefoon(r) : null));
        }
        return netwerk;
    }

    private Persoon persoon(SplittableRandom r, String voorvoegsel, String geslachtsnaam, LocalDate geboren) {
        String bsn = String.format("%09d", volgendBsn());
        UUID id = UUID.nameUUIDFromBytes(("maatwerk-demo-inwoner-" + bsn).getBytes(StandardCharsets.UTF_8));
        String voornamen = DemoNamen.voornaam(r) + (r.nextInt(3) == 0 ? " " + DemoNamen.voornaam(r) : "");
        boolean volwassen = !geboren.isAfter(PEILDATUM.minusYears(16));
        String telefoon = volwassen && r.nextInt(10) < 7 ? telefoon(r) : null;
        String email = volwassen && r.nextInt(10) < 4
                ? (voornamen.split(" ")[0] + "." + geslachtsnaam).toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z.]", "") + r.nextInt(100) + "@voorbeeld.nl"
                : null;
        return new Persoon(id, bsn, voornamen, voorvoegsel, geslachtsnaam, geboren, telefoon, email);
    }

    private long volgendBsn() {
        long bsn = Bsn.volgendeGeldige(bsnCursor);
        if (bsn >= TESTREEKS_VAN && bsn <= TESTREEKS_TOT) {
            bsn = Bsn.volgendeGeldige(TESTREEKS_TOT + 1);
        }
        if (bsn < 0) {
            buitenTestreeks = true;
            bsn = Bsn.volgendeGeldige(RESERVEREEKS_VAN);
        }
        if (buitenTestreeks && bsn >= 999_000_000L) {
            throw new IllegalStateException("De demo-BSN's zijn op; kies minder huishoudens.");
        }
        bsnCursor = bsn + 1;
        return bsn;
    }

    private static Adres adres(SplittableRandom r, Wijk wijk) {
        int cijfers = r.nextInt(wijk.postcodeVan(), wijk.postcodeTot() + 1);
        String letters;
        do {
            letters = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
        } while (letters.equals("SA") || letters.equals("SD") || letters.equals("SS"));
        String straat = DemoNamen.straat(r, wijk);
        int huisnummer = 1 + r.nextInt(r.nextInt(4) == 0 ? 400 : 120);
        String huisletter = r.nextInt(8) == 0 ? String.valueOf((char) ('A' + r.nextInt(4))) : null;
        return new Adres(straat, huisnummer, huisletter, cijfers + letters);
    }

    private static Wijk kiesWijk(SplittableRandom r) {
        double worp = r.nextDouble();
        double som = 0;
        for (Wijk w : Wijk.values()) {
            som += w.aandeel();
            if (worp < som) {
                return w;
            }
        }
        return Wijk.CENTRUM;
    }

    /** Roughly the household mix of a large Dutch city: almost half live alone. */
    private static Soort kiesSoort(SplittableRandom r) {
        int worp = r.nextInt(100);
        if (worp < 46) {
            return Soort.ALLEENSTAAND;
        }
        if (worp < 68) {
            return Soort.STEL;
        }
        if (worp < 85) {
            return Soort.GEZIN;
        }
        return worp < 94 ? Soort.EENOUDER : Soort.WOONGROEP;
    }

    private static LocalDate leeftijd(SplittableRandom r, int van, int tot) {
        return PEILDATUM.minusYears(van).minusDays(r.nextLong(365L * (tot - van)));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        LocalDate basis = a.isAfter(b) ? a : b;
        return basis.isAfter(PEILDATUM) ? PEILDATUM : basis;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String telefoon(SplittableRandom r) {
        return r.nextInt(4) == 0
                ? String.format("070 %03d %02d %02d", 100 + r.nextInt(900), r.nextInt(100), r.nextInt(100))
                : String.format("06 %08d", r.nextInt(10_000_000, 99_999_999));
    }
}

package nl.maatwerk.regels.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.java.ParameterType;
import io.cucumber.java.nl.Dan;
import io.cucumber.java.nl.En;
import io.cucumber.java.nl.Gegeven;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Bijstand;
import nl.maatwerk.regels.inkomen.Huurtoeslag;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Maandbudget;
import nl.maatwerk.regels.inkomen.Vermogen;
import nl.maatwerk.regels.inkomen.Giften;
import nl.maatwerk.regels.inkomen.Parameters;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Persoon;
import nl.maatwerk.regels.inkomen.Huishoudsituatie.Rol;
import nl.maatwerk.regels.inkomen.Maatregel;

/** The Dutch steps of the law scenarios; dates as "1 september 2025", amounts as "€ 1.369,06". */
public class Stappen {

    private static final Map<String, Integer> MAANDEN = Map.ofEntries(Map.entry("januari", 1), Map.entry("februari", 2),
            Map.entry("maart", 3), Map.entry("april", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("augustus", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    private LocalDate peildatum;
    private final List<Persoon> leden = new ArrayList<>();
    private final List<Maatregel> maatregelen = new ArrayList<>();
    private Bestaanszekerheid.Resultaat resultaat;
    private final List<Giften.Jaarbedrag> giften = new ArrayList<>();
    private Giften.Beoordeling giftenBeoordeling;

    @ParameterType("\\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}")
    public LocalDate datum(String tekst) {
        String[] d = tekst.split(" ");
        return LocalDate.of(Integer.parseInt(d[2]), MAANDEN.get(d[1]), Integer.parseInt(d[0]));
    }

    @ParameterType("€ ?[0-9.]+,\\d{2}")
    public BigDecimal bedrag(String tekst) {
        return new BigDecimal(tekst.replace("€", "").strip().replace(".", "").replace(",", "."));
    }

    @Gegeven("de peildatum {datum}")
    public void peildatum(LocalDate d) {
        peildatum = d;
    }

    @En("een aanvrager geboren op {datum}")
    public void aanvrager(LocalDate d) {
        leden.add(new Persoon(Rol.AANVRAGER, d));
    }

    @En("een partner geboren op {datum}")
    public void partner(LocalDate d) {
        leden.add(new Persoon(Rol.PARTNER, d));
    }

    @En("een kind geboren op {datum}")
    public void kind(LocalDate d) {
        leden.add(new Persoon(Rol.KIND, d));
    }

    @En("een medebewoner geboren op {datum}")
    public void medebewoner(LocalDate d) {
        leden.add(new Persoon(Rol.MEDEBEWONER, d));
    }

    @En("een medebewoner met studiefinanciering geboren op {datum}")
    public void student(LocalDate d) {
        leden.add(new Persoon(Rol.MEDEBEWONER, d, Optional.of(Huishoudsituatie.Uitzondering.STUDENT)));
    }

    @En("een commerciële huurder geboren op {datum}")
    public void huurder(LocalDate d) {
        leden.add(new Persoon(Rol.MEDEBEWONER, d, Optional.of(Huishoudsituatie.Uitzondering.COMMERCIELE_HUURDER)));
    }

    @En("een terugvordering van {bedrag}")
    public void terugvordering(BigDecimal b) {
        maatregelen.add(new Maatregel.Terugvordering(b, Optional.empty()));
    }

    @En("een terugvordering van {bedrag} met een aflossing van {bedrag} per maand")
    public void terugvordering(BigDecimal b, BigDecimal aflossing) {
        maatregelen.add(new Maatregel.Terugvordering(b, Optional.of(aflossing)));
    }

    @En("een Wmo-bijdrage volgens het abonnementstarief")
    public void wmoTarief() {
        maatregelen.add(Maatregel.WmoBijdrage.abonnementstarief());
    }

    @En("een Wmo-bijdrage van {bedrag} per maand")
    public void wmo(BigDecimal b) {
        maatregelen.add(new Maatregel.WmoBijdrage(Optional.of(b)));
    }

    @En("een aanslag gemeentelijke belastingen van {bedrag} per jaar")
    public void aanslag(BigDecimal b) {
        maatregelen.add(new Maatregel.Kwijtschelding(b, Optional.empty()));
    }

    @En("een aanslag gemeentelijke belastingen van {bedrag} per jaar en kosten van bestaan op {int} procent")
    public void aanslag(BigDecimal b, int procent) {
        maatregelen.add(new Maatregel.Kwijtschelding(b, Optional.of(BigDecimal.valueOf(procent, 2))));
    }

    @En("giften van {bedrag} in {int}")
    public void gift(BigDecimal b, int jaar) {
        giften.add(new Giften.Jaarbedrag(jaar, b));
    }

    @En("in {int} giften van {bedrag}, boodschappen ter waarde van {bedrag} en hulp van de voedselbank ter waarde van {bedrag}")
    public void giftenSoorten(int jaar, BigDecimal geld, BigDecimal boodschappen, BigDecimal voedselbank) {
        giften.add(new Giften.Jaarbedrag(jaar, geld, boodschappen, voedselbank));
    }

    @En("de woonlasten boven de drempel zijn {bedrag} en de zorgpremie boven de standaardpremie is {bedrag} per maand")
    public void toegestaneUitgaven(BigDecimal woonlasten, BigDecimal zorgpremie) {
        Maatregel.Kwijtschelding k = (Maatregel.Kwijtschelding) maatregelen.stream().filter(Maatregel.Kwijtschelding.class::isInstance)
                .reduce((a, b) -> b).orElseThrow();
        maatregelen.set(maatregelen.indexOf(k), Maatregel.Kwijtschelding.metUitgaven(k.aanslagPerJaar(), k.kostenVanBestaanAandeel(),
                woonlasten, zorgpremie));
    }

    @Dan("kan de berekening de kwijtschelding niet concluderen, omdat ontbreekt: {string}")
    public void nietGeconcludeerd(String ontbreekt) {
        assertThat(resultaat().kwijtschelding()).get().satisfies(k -> {
            assertThat(k.geconcludeerd()).isFalse();
            assertThat(k.kwijtgescholden()).isNull();
            assertThat(k.betalingscapaciteitPerMaand()).isNull();
            assertThat(String.join("; ", k.ontbrekend())).contains(ontbreekt);
            assertThat(k.tekst()).contains("Kan niet concluderen");
        });
    }

    @Dan("is de betalingscapaciteit {bedrag} per maand")
    public void capaciteit(BigDecimal b) {
        assertThat(resultaat().kwijtschelding()).get().satisfies(k -> assertThat(k.betalingscapaciteitPerMaand()).isEqualByComparingTo(b));
    }

    @En("de giften worden beoordeeld met de regels van hun eigen jaar")
    public void giftenEigenJaar() {
        giftenBeoordeling = Giften.beoordeel(giften, Optional.empty(), Parameters.standaard());
    }

    @En("de giften worden beoordeeld met de regels van {datum}")
    public void giftenRegelsVan(LocalDate d) {
        giftenBeoordeling = Giften.beoordeel(giften, Optional.of(d), Parameters.standaard());
    }

    @En("wat als inkomen telt, wordt teruggevorderd")
    public void giftenTerugvorderen() {
        maatregelen.add(new Maatregel.Terugvordering(giftenBeoordeling.alsInkomen(), Optional.empty()));
    }

    @Dan("telt {bedrag} aan giften als inkomen")
    public void giftenInkomen(BigDecimal b) {
        assertThat(giftenBeoordeling.alsInkomen()).isEqualByComparingTo(b);
    }

    @Dan("is {bedrag} aan giften vrijgelaten")
    public void giftenVrij(BigDecimal b) {
        assertThat(giftenBeoordeling.vrijgelaten()).isEqualByComparingTo(b);
    }

    @Dan("wordt {bedrag} van de belastingen kwijtgescholden")
    public void kwijtgescholden(BigDecimal b) {
        assertThat(resultaat().kwijtschelding()).get().satisfies(k -> assertThat(k.kwijtgescholden()).isEqualByComparingTo(b));
    }

    @Dan("blijft er {bedrag} aan belastingen te betalen, {bedrag} per maand")
    public void teBetalen(BigDecimal b, BigDecimal perMaand) {
        assertThat(resultaat().kwijtschelding()).get().satisfies(k -> {
            assertThat(k.teBetalen()).isEqualByComparingTo(b);
            assertThat(k.teBetalenPerMaand()).isEqualByComparingTo(perMaand);
        });
    }

    private Bestaanszekerheid.Resultaat resultaat() {
        if (resultaat == null) {
            resultaat = Bestaanszekerheid.bereken(new Huishoudsituatie(leden), peildatum, maatregelen, Parameters.standaard(),
                    metInkomen ? Optional.of(inkomsten()) : Optional.empty());
        }
        return resultaat;
    }

    @Dan("is de bijstandsnorm inclusief vakantietoeslag {bedrag}")
    public void normInclusief(BigDecimal b) {
        assertThat(resultaat().bijstandsnorm().inclusiefVakantietoeslag()).isEqualByComparingTo(b);
    }

    @Dan("is de bijstandsnorm zonder vakantietoeslag {bedrag}")
    public void normExclusief(BigDecimal b) {
        assertThat(resultaat().bijstandsnorm().exclusiefVakantietoeslag()).isEqualByComparingTo(b);
    }

    @Dan("is de vakantietoeslag {bedrag}")
    public void vakantietoeslag(BigDecimal b) {
        assertThat(resultaat().bijstandsnorm().vakantietoeslag()).isEqualByComparingTo(b);
    }

    @Dan("is het aantal kostendelers {int}")
    public void kostendelers(int n) {
        assertThat(resultaat().bijstandsnorm().aantalKostendelers()).isEqualTo(n);
    }

    @Dan("is de beslagvrije voet {bedrag}")
    public void voet(BigDecimal b) {
        assertThat(resultaat().beslagvrijeVoet()).isEqualByComparingTo(b);
    }

    @Dan("is de hoogste aflossing per maand {bedrag}")
    public void aflossing(BigDecimal b) {
        assertThat(resultaat().maatregel()).get().satisfies(t -> assertThat(t.maximaleAflossingPerMaand()).isEqualByComparingTo(b));
    }

    @Dan("duurt het terugbetalen {int} maanden")
    public void maanden(int n) {
        assertThat(resultaat().maatregel()).get().satisfies(t -> assertThat(t.aantalMaanden()).isEqualTo(n));
    }

    @Dan("is er het signaal {word}")
    public void signaal(String code) {
        assertThat(resultaat().signalen()).extracting(Bestaanszekerheid.Signaal::code).contains(code);
    }

    @Dan("is er geen menselijke afweging nodig over {word}")
    public void geenAfweging(String code) {
        assertThat(giftenBeoordeling == null ? List.<Bestaanszekerheid.Afweging>of() : giftenBeoordeling.afweging().stream().toList())
                .extracting(Bestaanszekerheid.Afweging::code).doesNotContain(code);
    }

    @Dan("is er niet het signaal {word}")
    public void nietSignaal(String code) {
        assertThat(resultaat().signalen()).extracting(Bestaanszekerheid.Signaal::code).doesNotContain(code);
    }

    @Dan("zegt de uitleg van de beslagvrije voet {string}")
    public void uitlegVoet(String deel) {
        assertThat(resultaat().uitleg()).filteredOn(u -> u.regel().startsWith("rv-beslagvrije-voet"))
                .singleElement().satisfies(u -> assertThat(u.uitkomst()).contains(deel));
    }

    @Dan("zegt de uitleg van de hoogste aflossing {string}")
    public void uitlegAflossing(String deel) {
        assertThat(resultaat().uitleg()).filteredOn(u -> u.regel().equals("pw-maximale-aflossing"))
                .singleElement().satisfies(u -> assertThat(u.uitkomst()).contains(deel));
    }

    @Dan("is de zin over het vakantiegeld {string}")
    public void vakantiegeldZin(String zin) {
        assertThat(resultaat().vakantiegeldZin()).contains(zin);
    }

    @Dan("is er geen zin over het vakantiegeld")
    public void geenVakantiegeldZin() {
        assertThat(resultaat().vakantiegeldZin()).isEmpty();
    }

    @Dan("zegt het signaal {word} {string}")
    public void signaalTekst(String code, String deel) {
        assertThat(resultaat().signalen()).filteredOn(sg -> sg.code().equals(code)).singleElement()
                .satisfies(sg -> assertThat(sg.uitleg()).contains(deel));
    }

    @Dan("vraagt de afweging {word} {string}")
    public void afwegingVraag(String code, String deel) {
        assertThat(resultaat().afwegingen()).filteredOn(a -> a.code().equals(code)).singleElement()
                .satisfies(a -> assertThat(a.vraag()).contains(deel));
    }

    @Dan("noemt de afweging {word} de bron {string}")
    public void afwegingBron(String code, String bron) {
        assertThat(resultaat().afwegingen()).filteredOn(a -> a.code().equals(code)).singleElement()
                .satisfies(a -> assertThat(a.bron()).isEqualTo(bron));
    }

    @Dan("weigert de berekening zonder de melding {string}")
    public void geweigerdZonder(String deel) {
        assertThatThrownBy(this::resultaat).message().doesNotContain(deel);
    }

    @Dan("is er geen signaal")
    public void geenSignaal() {
        assertThat(resultaat().signalen()).isEmpty();
    }

    @Dan("is een menselijke afweging nodig over {word}")
    public void afweging(String code) {
        List<Bestaanszekerheid.Afweging> afwegingen = new ArrayList<>();
        if (giftenBeoordeling != null) {
            giftenBeoordeling.afweging().ifPresent(afwegingen::add);
        }
        if (peildatum != null) {
            afwegingen.addAll(resultaat().afwegingen());
        }
        assertThat(afwegingen).extracting(Bestaanszekerheid.Afweging::code).contains(code);
    }

    @Dan("weigert de berekening met de melding {string}")
    public void geweigerd(String deel) {
        assertThatThrownBy(this::resultaat).hasMessageContaining(deel);
    }

    // --- income, allowances, assets and the monthly total ----------------------------------------------

    private boolean metInkomen;
    private BigDecimal loonAanvrager;
    private Inkomsten.Vrijlating vrijlatingAanvrager;
    private BigDecimal loonPartner;
    private Inkomsten.Vrijlating vrijlatingPartner;
    private BigDecimal uitkering;
    private BigDecimal alimentatie;
    private BigDecimal giftenPerJaar;
    private BigDecimal spaargeld;
    private BigDecimal schulden;
    private BigDecimal woz;
    private BigDecimal hypotheek;

    @En("netto loon van de aanvrager van {bedrag} per maand met vrijlating {word}")
    public void loonAanvrager(BigDecimal b, String vrijlating) {
        loonAanvrager = b;
        metInkomen = true;
        vrijlatingAanvrager = Inkomsten.Vrijlating.vanCode(vrijlating);
    }

    @En("netto loon van de partner van {bedrag} per maand met vrijlating {word}")
    public void loonPartner(BigDecimal b, String vrijlating) {
        loonPartner = b;
        metInkomen = true;
        vrijlatingPartner = Inkomsten.Vrijlating.vanCode(vrijlating);
    }

    @En("een uitkering van {bedrag} per maand")
    public void uitkering(BigDecimal b) {
        uitkering = b;
        metInkomen = true;
    }

    @En("partneralimentatie van {bedrag} per maand")
    public void alimentatie(BigDecimal b) {
        alimentatie = b;
        metInkomen = true;
    }

    @En("giften van {bedrag} per jaar")
    public void giftenPerJaar(BigDecimal b) {
        giftenPerJaar = b;
        metInkomen = true;
    }

    @En("spaargeld van {bedrag} en schulden van {bedrag}")
    public void spaargeld(BigDecimal s, BigDecimal sch) {
        spaargeld = s;
        schulden = sch;
    }

    @En("een eigen woning met een WOZ-waarde van {bedrag} en een hypotheek van {bedrag}")
    public void woning(BigDecimal w, BigDecimal h) {
        woz = w;
        hypotheek = h;
    }

    private Inkomsten inkomsten() {
        return new Inkomsten(loonAanvrager, vrijlatingAanvrager, loonPartner, vrijlatingPartner, uitkering, alimentatie, giftenPerJaar);
    }

    private Maandbudget.Uitkomst budget() {
        return Maandbudget.bereken(new Huishoudsituatie(leden), peildatum, inkomsten(), woning(), Parameters.standaard());
    }

    private BigDecimal kaleHuur;
    private BigDecimal vermogenHuurtoeslag = BigDecimal.ZERO;
    private BigDecimal rekeninkomen;

    private Optional<Maandbudget.Woning> woning() {
        return Optional.ofNullable(kaleHuur).map(h -> new Maandbudget.Woning(h, vermogenHuurtoeslag));
    }

    @En("een kale huur van {bedrag} per maand")
    public void kaleHuur(BigDecimal b) {
        kaleHuur = b;
    }

    @En("een vermogen voor de huurtoeslag van {bedrag}")
    public void vermogenHuurtoeslag(BigDecimal b) {
        vermogenHuurtoeslag = b;
    }

    @En("een rekeninkomen van {bedrag} per jaar")
    public void rekeninkomen(BigDecimal b) {
        rekeninkomen = b;
    }

    /** With a rekeninkomen given: the rule on its own; otherwise through the monthly total (12 times the net income with bijstand). */
    private Huurtoeslag.Uitkomst huurtoeslag() {
        Huishoudsituatie h = new Huishoudsituatie(leden);
        if (rekeninkomen != null) {
            boolean kind = leden.stream().anyMatch(p -> p.rol() == Rol.KIND);
            boolean jong = !kind && leden.stream().allMatch(p -> p.leeftijdOp(peildatum) < 21);
            return Huurtoeslag.bereken(new Huurtoeslag.Huishouden(leden.size(), h.heeftPartner(), jong), kaleHuur, rekeninkomen,
                    vermogenHuurtoeslag, peildatum, Parameters.standaard());
        }
        Maandbudget.Uitkomst m = budget();
        BigDecimal netto = m.totaal().subtract(m.zorgtoeslag()).subtract(m.huurtoeslag());
        return Huurtoeslag.bereken(new Huurtoeslag.Huishouden(leden.size(), h.heeftPartner(), false), kaleHuur,
                netto.multiply(BigDecimal.valueOf(12)), vermogenHuurtoeslag, peildatum, Parameters.standaard());
    }

    @Dan("is de huurtoeslag {bedrag} per maand")
    public void huurtoeslagBedrag(BigDecimal b) {
        assertThat(huurtoeslag().perMaand()).isEqualByComparingTo(b);
        if (rekeninkomen == null) {
            assertThat(budget().huurtoeslag()).isEqualByComparingTo(b);
        }
    }

    @Dan("is de basishuur {bedrag} per maand")
    public void basishuur(BigDecimal b) {
        assertThat(huurtoeslag().basishuur()).isEqualByComparingTo(b);
    }

    @Dan("zegt de uitleg van de huurtoeslag {string}")
    public void uitlegHuurtoeslag(String tekst) {
        assertThat(huurtoeslag().uitleg().alleKnopen()).extracting(u -> u.uitkomst()).anySatisfy(u -> assertThat(u).contains(tekst));
    }

    @Dan("weigert de huurtoeslag met de melding {string}")
    public void huurtoeslagGeweigerd(String deel) {
        assertThatThrownBy(this::huurtoeslag).hasMessageContaining(deel);
    }

    private Bijstand.Uitkomst bijstand() {
        return budget().bijstand();
    }

    private Vermogen.Toets vermogen() {
        return Vermogen.toets(new Huishoudsituatie(leden), peildatum, new Vermogen.Bezittingen(spaargeld, schulden, woz, hypotheek),
                Parameters.standaard());
    }

    @Dan("is het inkomen van het huishouden met bijstand {bedrag} per maand")
    public void inkomenMetBijstand(BigDecimal b) {
        assertThat(resultaat().inkomenPerMaand()).isEqualByComparingTo(b);
    }

    @Dan("blijft er {bedrag} van het loon vrij")
    public void vrijgelaten(BigDecimal b) {
        assertThat(bijstand().vrijgelaten()).isEqualByComparingTo(b);
    }

    @Dan("telt er {bedrag} per maand als inkomen")
    public void inkomen(BigDecimal b) {
        assertThat(bijstand().inkomen()).isEqualByComparingTo(b);
    }

    @Dan("is de bijstand {bedrag} per maand")
    public void bijstandBedrag(BigDecimal b) {
        assertThat(bijstand().bijstand()).isEqualByComparingTo(b);
    }

    @Dan("is de zorgtoeslag {bedrag} per maand")
    public void zorgtoeslag(BigDecimal b) {
        assertThat(budget().zorgtoeslag()).isEqualByComparingTo(b);
    }

    @Dan("heeft het huishouden samen {bedrag} per maand")
    public void totaal(BigDecimal b) {
        assertThat(budget().totaal()).isEqualByComparingTo(b);
    }

    @Dan("houdt het huishouden van {bedrag} meer loon {bedrag} over")
    public void armoedeval(BigDecimal extra, BigDecimal over) {
        BigDecimal deel = Maandbudget.overVanExtraLoon(new Huishoudsituatie(leden), peildatum, inkomsten(), woning(), extra, Parameters.standaard());
        assertThat(deel.multiply(extra)).isEqualByComparingTo(over);
    }

    @Dan("zegt de uitleg van het maandbedrag {string}")
    public void uitlegBudget(String tekst) {
        assertThat(budget().uitleg().alleKnopen()).extracting(u -> u.uitkomst()).anySatisfy(u -> assertThat(u).contains(tekst));
    }

    @Dan("weigert de bijstandsberekening met de melding {string}")
    public void bijstandGeweigerd(String deel) {
        assertThatThrownBy(this::budget).hasMessageContaining(deel);
    }

    @Dan("is de vermogensgrens {bedrag} en valt het vermogen {word} de grens")
    public void vermogensgrens(BigDecimal grens, String binnen) {
        Vermogen.Toets t = vermogen();
        assertThat(t.grens()).isEqualByComparingTo(grens);
        assertThat(t.binnenGrens()).isEqualTo(binnen.equals("binnen"));
    }

    @Dan("is de bijstand {word} lening door het vermogen in de woning")
    public void lening(String welOfGeen) {
        assertThat(vermogen().woningBovenGrens()).isEqualTo(welOfGeen.equals("een"));
    }

    // --- the what-if over this one household (hervorming.WatAls, as the population run) -------------------

    private final Map<String, BigDecimal> hervorming = new java.util.LinkedHashMap<>();

    @En("een hervorming die {word} op {string} zet")
    public void hervorming(String parameter, String waarde) {
        hervorming.put(parameter, new BigDecimal(waarde));
    }

    /** The household as a what-if row: housemates with their exception, children under 18 and under 12 counted. */
    private nl.maatwerk.regels.hervorming.Huishouden alsWatAlsRij() {
        long aanvrager = Long.MIN_VALUE;
        long partner = Long.MIN_VALUE;
        List<Long> mede = new ArrayList<>();
        List<Byte> uitz = new ArrayList<>();
        int kinderen = 0;
        int onder12 = 0;
        for (Persoon p : leden) {
            switch (p.rol()) {
                case AANVRAGER -> aanvrager = p.geboortedatum().toEpochDay();
                case PARTNER -> partner = p.geboortedatum().toEpochDay();
                case KIND -> {
                    kinderen++;
                    onder12 += p.leeftijdOp(peildatum) < 12 ? 1 : 0;
                }
                case MEDEBEWONER -> {
                    mede.add(p.geboortedatum().toEpochDay());
                    uitz.add((byte) p.uitzondering().map(u -> u == Huishoudsituatie.Uitzondering.STUDENT ? 1 : 2).orElse(0).intValue());
                }
            }
        }
        byte[] u = new byte[uitz.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = uitz.get(i);
        }
        Inkomsten i = inkomsten();
        return new nl.maatwerk.regels.hervorming.Huishouden(0, "1", peildatum.toEpochDay(), aanvrager, partner,
                mede.stream().mapToLong(Long::longValue).toArray(), u, -1, -1, centen(i.uitkeringen().add(i.alimentatie())),
                spaargeld == null ? 0 : centen(spaargeld.subtract(schulden == null ? BigDecimal.ZERO : schulden)), "", kinderen,
                onder12, centen(i.nettoLoonAanvrager()), i.vrijlatingAanvrager(), centen(i.nettoLoonPartner()), i.vrijlatingPartner(),
                centen(i.giftenPerJaar()));
    }

    private static long centen(BigDecimal b) {
        return b.movePointRight(2).longValueExact();
    }

    private nl.maatwerk.regels.hervorming.Aggregaat watAls() {
        nl.maatwerk.regels.hervorming.Huishouden h = alsWatAlsRij();
        return nl.maatwerk.regels.hervorming.WatAls.reken(1, n -> h,
                List.of(new nl.maatwerk.regels.hervorming.Hervorming("hervorming", hervorming)), Parameters.standaard(), peildatum);
    }

    @Dan("kost de bijstand in de wat-als {bedrag} per jaar in de basis en {bedrag} met de hervorming")
    public void watAlsKosten(BigDecimal basis, BigDecimal variant) {
        nl.maatwerk.regels.hervorming.Aggregaat.Regel r = watAls().totaal(1);
        assertThat(r.kostenPerJaarBasis()).isEqualTo(centen(basis));
        assertThat(r.kostenPerJaar()).isEqualTo(centen(variant));
    }

    @Dan("is het huishouden in de wat-als een {word} met {bedrag} per maand")
    public void watAlsWinnaar(String wat, BigDecimal verschil) {
        nl.maatwerk.regels.hervorming.Aggregaat.Regel r = watAls().totaal(1);
        switch (wat) {
            case "winnaar" -> {
                assertThat(r.winnaars()).isEqualTo(1L);
                assertThat(r.gemiddeldeWinstPerMaand()).isEqualTo(centen(verschil));
            }
            case "verliezer" -> {
                assertThat(r.verliezers()).isEqualTo(1L);
                assertThat(r.gemiddeldVerliesPerMaand()).isEqualTo(centen(verschil));
            }
            default -> throw new IllegalArgumentException("winnaar of verliezer, niet " + wat);
        }
    }

    @Dan("is het huishouden in de wat-als geen winnaar en geen verliezer")
    public void watAlsGelijk() {
        nl.maatwerk.regels.hervorming.Aggregaat.Regel r = watAls().totaal(1);
        assertThat(r.winnaars()).isZero();
        assertThat(r.verliezers()).isZero();
    }
}

package nl.maatwerk.waardering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/**
 * The ten statements of the questionnaire, in our own B1 words, after the standard items of the Wmo
 * cliëntervaringsonderzoek (access, quality, effect; see docs/waardering.md). {@link #kolom()} is the column in
 * {@code waardering.antwoord}; {@link #indicator()} the code in the CSV export.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum Vraag implements Keuze {
    TOEGANG_WIST_WAAR("toegang-wist-waar", Thema.TOEGANG, "Ik wist waar ik met mijn vraag terecht kon.",
            "Ik wist waar ik met mijn vraag over mijn kind terecht kon."),
    TOEGANG_SNEL("toegang-snel", Thema.TOEGANG, "Ik werd snel geholpen.", "Wij werden snel geholpen."),
    TOEGANG_SERIEUS("toegang-serieus", Thema.TOEGANG, "De medewerker nam mij serieus.", "De medewerker nam mij en mijn kind serieus."),
    TOEGANG_SAMEN("toegang-samen", Thema.TOEGANG, "De medewerker en ik hebben samen gezocht naar wat mij kan helpen.",
            "De medewerker heeft samen met ons gezocht naar wat mijn kind en ons gezin kan helpen."),
    TOEGANG_ONDERSTEUNER("toegang-ondersteuner", Thema.TOEGANG,
            "Ik wist dat iemand die niet van de gemeente is mij gratis kon helpen bij mijn vraag (een cliëntondersteuner).",
            "Ik wist dat iemand die niet van de gemeente ons gratis kon helpen bij onze vraag (een cliëntondersteuner)."),
    KWALITEIT_GOED("kwaliteit-goed", Thema.KWALITEIT, "De hulp die ik krijg, is goed.", "De hulp die mijn kind krijgt, is goed."),
    KWALITEIT_PASSEND("kwaliteit-passend", Thema.KWALITEIT, "De hulp past bij wat ik nodig heb.",
            "De hulp past bij wat mijn kind en ons gezin nodig hebben."),
    EFFECT_ZELF("effect-zelf", Thema.EFFECT, "Door de hulp kan ik beter de dingen doen die ik wil.",
            "Door de hulp kan mijn kind beter de dingen doen die het wil."),
    EFFECT_REDDEN("effect-redden", Thema.EFFECT, "Door de hulp kan ik mij beter redden.",
            "Door de hulp kunnen wij thuis beter met de problemen omgaan."),
    EFFECT_LEVEN("effect-leven", Thema.EFFECT, "Door de hulp heb ik een beter leven.", "Door de hulp gaat het beter met mijn kind.");

    /** The three parts the municipalities report on. */
    @org.springframework.modulith.NamedInterface("intern")
    public enum Thema {
        TOEGANG("Contact met de gemeente"),
        KWALITEIT("De hulp"),
        EFFECT("Wat de hulp oplevert");

        private final String naam;

        Thema(String naam) {
            this.naam = naam;
        }

        public String naam() {
            return naam;
        }
    }

    private final String code;
    private final Thema thema;
    private final String tekst;
    private final String tekstOuder;

    Vraag(String code, Thema thema, String tekst, String tekstOuder) {
        this.code = code;
        this.thema = thema;
        this.tekst = tekst;
        this.tekstOuder = tekstOuder;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return tekst;
    }

    public String tekst() {
        return tekst;
    }

    /**
     * The statement as the invited person reads it: after Jeugdwet help the invitation goes to the parent, who is
     * asked about the help for their child. Same item, same column: the answers count in the same indicator.
     */
    public String tekstVoor(nl.maatwerk.toegang.Wet wet) {
        return wet == nl.maatwerk.toegang.Wet.JEUGDWET ? tekstOuder : tekst;
    }

    public Thema thema() {
        return thema;
    }

    /** The column of this item; from the constant's name, never from input. */
    String kolom() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The indicator code in the export: the item, with the questionnaire it comes from. */
    public String indicator() {
        return "ceo-" + code;
    }

    /** Effect and quality: a resident who disagrees with one of these is unhappy with the help itself. */
    boolean overDeHulp() {
        return thema != Thema.TOEGANG;
    }

    @JsonCreator
    public static Vraag vanCode(String code) {
        return Keuze.vanCode(Vraag.class, code, "Onbekende vraag");
    }
}

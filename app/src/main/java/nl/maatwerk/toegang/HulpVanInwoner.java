package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.springframework.stereotype.Service;

/**
 * Asking for help online, and reporting a change, by the resident themself (Mijn Maatwerk, issue 16). Both land as a
 * melding in the team's queue without a behandelaar, through the same intake as at the desk
 * ({@link Hulpvragen#registreerVanInwoner}); a request for help starts its legal clock (Wmo: the six weeks of the
 * research, Wgs: the first talk) on the day it came in. The resident chooses what it is about in their own words;
 * that choice decides the life domain and the law, which the team can still change.
 */
@Service
public class HulpVanInwoner {

    /** What the request is about, in the resident's words. */
    public enum Onderwerp implements Keuze {
        GELD("geld", "Geld, rekeningen of schulden", Levensdomein.FINANCIEN, Wet.WGS),
        HULP_THUIS("hulp-thuis", "Hulp thuis, zoals bij het huishouden of de zorg voor uzelf", Levensdomein.INSTRUMENTELE_ADL, Wet.WMO),
        WONEN("wonen", "Uw huis of een aanpassing in huis", Levensdomein.HUISVESTING, Wet.WMO),
        GEZIN("gezin", "Opvoeden of zorgen voor uw kinderen", Levensdomein.HUISELIJKE_RELATIES, Wet.JEUGDWET),
        WERK("werk", "Werk of een uitkering", Levensdomein.WERK_OPLEIDING, Wet.PARTICIPATIEWET),
        ANDERS("anders", "Iets anders", Levensdomein.MAATSCHAPPELIJKE_PARTICIPATIE, Wet.GEEN);

        private final String code;
        private final String omschrijving;
        private final Levensdomein levensdomein;
        private final Wet wet;

        Onderwerp(String code, String omschrijving, Levensdomein levensdomein, Wet wet) {
            this.code = code;
            this.omschrijving = omschrijving;
            this.levensdomein = levensdomein;
            this.wet = wet;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String omschrijving() {
            return omschrijving;
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Onderwerp vanCode(String code) {
            return Keuze.vanCode(Onderwerp.class, code, "Onbekend onderwerp");
        }
    }

    /** A change in the resident's life that the team must know. */
    public enum Wijziging implements Keuze {
        VERHUISD("verhuisd", "Ik ga verhuizen of ben verhuisd", Levensdomein.HUISVESTING),
        NIEUW_LID("nieuw-lid", "Er komt iemand bij mij wonen, of iemand gaat weg", Levensdomein.HUISELIJKE_RELATIES),
        INKOMEN("inkomen", "Mijn inkomen verandert", Levensdomein.FINANCIEN),
        ANDERS("anders", "Iets anders", Levensdomein.MAATSCHAPPELIJKE_PARTICIPATIE);

        private final String code;
        private final String omschrijving;
        private final Levensdomein levensdomein;

        Wijziging(String code, String omschrijving, Levensdomein levensdomein) {
            this.code = code;
            this.omschrijving = omschrijving;
            this.levensdomein = levensdomein;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String omschrijving() {
            return omschrijving;
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Wijziging vanCode(String code) {
            return Keuze.vanCode(Wijziging.class, code, "Onbekende wijziging");
        }
    }

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final Hulpvragen hulpvragen;
    private final Clock klok;

    HulpVanInwoner(Hulpvragen hulpvragen, Clock klok) {
        this.hulpvragen = hulpvragen;
        this.klok = klok;
    }

    /** The resident asks for help: what is going on, what matters to them, how to reach them. Every problem at once. */
    public UUID vraagHulp(UUID huishoudenId, UUID inwonerId, Onderwerp onderwerp, String watIsEr, String watTelt, String bereikbaar) {
        List<Fout> fouten = new ArrayList<>();
        if (onderwerp == null) {
            fouten.add(new Fout("onderwerp", "required", "Kies waar uw vraag over gaat."));
        }
        Regie.verplicht(fouten, "watIsEr", watIsEr, "Schrijf kort wat er aan de hand is.", 4000);
        if (watTelt != null && !watTelt.isBlank()) {
            Regie.verplicht(fouten, "watTelt", watTelt, "", 2000);
        }
        Regie.verplicht(fouten, "bereikbaar", bereikbaar, "Schrijf op hoe we u kunnen bereiken, bijvoorbeeld uw telefoonnummer.", 200);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String vraag = watIsEr.strip() + "\n\nZo bereikt u mij: " + bereikbaar.strip();
        return hulpvragen.registreerVanInwoner(huishoudenId, new HulpvraagGegevens(huishoudenId, inwonerId, Kanaal.DIGITAAL, Vorm.MELDING, vraag,
                watTelt == null || watTelt.isBlank() ? null : watTelt.strip(), List.of(onderwerp.levensdomein), Urgentie.GEMIDDELD,
                List.of(onderwerp.wet), null, LocalDate.now(klok))).id();
    }

    /** The resident reports a change; it lands as a melding without a law (so without a clock) for the team to act on. */
    public UUID meldWijziging(UUID huishoudenId, UUID inwonerId, Wijziging wijziging, LocalDate per, String toelichting) {
        List<Fout> fouten = new ArrayList<>();
        if (wijziging == null) {
            fouten.add(new Fout("wijziging", "required", "Kies wat er verandert."));
        }
        if (per == null) {
            fouten.add(new Fout("per", "required", "Vul in vanaf welke dag het verandert."));
        }
        Regie.verplicht(fouten, "toelichting", toelichting, "Schrijf kort wat er verandert.", 2000);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String vraag = "Wijziging doorgegeven: " + wijziging.omschrijving() + ", vanaf " + DATUM.format(per) + ".\n\n" + toelichting.strip();
        return hulpvragen.registreerVanInwoner(huishoudenId, new HulpvraagGegevens(huishoudenId, inwonerId, Kanaal.DIGITAAL, Vorm.MELDING, vraag,
                null, List.of(wijziging.levensdomein), Urgentie.GEMIDDELD, List.of(Wet.GEEN), null, LocalDate.now(klok))).id();
    }
}

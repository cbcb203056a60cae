package nl.maatwerk.prioriteit;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.Keuze;

/**
 * An early debt signal with its outreach. {@code huishoudenId} is null when it matched no household
 * of the team that holds it; {@code inwonerId} is the resident it is about when it matched by BSN
 * (null when by address). {@code doorgezet}: this is the copy a household's team got of a signal
 * another team read in; that team keeps its own record and also seeks contact.
 */
public record Vroegsignaal(UUID id, SchuldeiserType schuldeiserType, String schuldeiser, String bsn, String adres, BigDecimal bedrag,
        int maanden, LocalDate signaaldatum, LocalDate ontvangenOp, UUID huishoudenId, String huishoudenNaam, UUID inwonerId, String koppeling,
        String teamId, String status, LocalDate eersteContactOp, LocalDate teruggemeldOp, List<Actie> acties, boolean doorgezet, int versie) {

    /**
     * The kind of creditor that sent the signal. The code is in the database and the API; an import
     * of signals also takes the words senders use for it ({@code SignaalControle.schuldeiserType}).
     */
    public enum SchuldeiserType implements Keuze {
        VERHUURDER("verhuurder", "Verhuurder"),
        ENERGIE("energie", "Energieleverancier"),
        WATER("water", "Drinkwaterbedrijf"),
        ZORGVERZEKERAAR("zorgverzekeraar", "Zorgverzekeraar");

        private final String code;
        private final String omschrijving;

        SchuldeiserType(String code, String omschrijving) {
            this.code = code;
            this.omschrijving = omschrijving;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String omschrijving() {
            return omschrijving;
        }

        /** The type with this code (or constant name); an unknown one is refused, as for every {@link Keuze}. */
        @JsonCreator
        public static SchuldeiserType vanCode(String code) {
            return Keuze.vanCode(SchuldeiserType.class, code, "Onbekend soort schuldeiser");
        }
    }

    /** The kinds of outreach steps. The first three are contact attempts. */
    public enum Soort implements Keuze {
        BRIEF("brief", "Brief gestuurd"),
        TELEFOON("telefoon", "Gebeld"),
        HUISBEZOEK("huisbezoek", "Huisbezoek"),
        AANBOD("aanbod", "Hulp aangeboden"),
        GEACCEPTEERD("geaccepteerd", "Hulp aangenomen"),
        AFGEWEZEN("afgewezen", "Hulp niet gewild"),
        TERUGMELDING("terugmelding", "Teruggemeld aan de schuldeiser"),
        AFGESLOTEN("afgesloten", "Afgesloten");

        private final String code;
        private final String omschrijving;

        Soort(String code, String omschrijving) {
            this.code = code;
            this.omschrijving = omschrijving;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String omschrijving() {
            return omschrijving;
        }

        public boolean poging() {
            return this == BRIEF || this == TELEFOON || this == HUISBEZOEK;
        }

        /** The step with this code (or constant name); an unknown one is refused, as for every {@link Keuze}. */
        @JsonCreator
        public static Soort vanCode(String code) {
            return Keuze.vanCode(Soort.class, code, "Onbekende soort stap");
        }
    }

    public record Actie(UUID id, Soort soort, Boolean contact, String notitie, LocalDate datum, String doorNaam, Instant op) {
    }

    public static String statusTekst(String status) {
        return switch (status) {
            case "open" -> "Nog geen contact";
            case "contact" -> "Contact gehad";
            case "aanbod" -> "Hulp aangeboden";
            case "geaccepteerd" -> "Hulp aangenomen";
            case "afgewezen" -> "Hulp niet gewild";
            case "afgesloten" -> "Afgesloten";
            default -> status;
        };
    }

    public String statusTekst() {
        return statusTekst(status);
    }

    public boolean open() {
        return !"afgesloten".equals(status);
    }

    /** The same signal with its household's name, which {@code inwoner} holds. */
    Vroegsignaal metHuishoudenNaam(String naam) {
        return new Vroegsignaal(id, schuldeiserType, schuldeiser, bsn, adres, bedrag, maanden, signaaldatum, ontvangenOp, huishoudenId, naam,
                inwonerId, koppeling, teamId, status, eersteContactOp, teruggemeldOp, acties, doorgezet, versie);
    }
}

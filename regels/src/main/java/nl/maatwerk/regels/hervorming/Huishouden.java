package nl.maatwerk.regels.hervorming;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import nl.maatwerk.regels.inkomen.Inkomsten;

/**
 * One household of a population for a what-if run, in whole cents and epoch days so that a run over
 * millions stays cheap. No personal identifiers: {@code id} is the row's own number in the file.
 * The first seven fields are the bulk command's IN.csv row; the rest are optional extra columns
 * ({@link #EXTRA}): {@code inkomen} is net income per month that counts in full (benefits, alimony;
 * applicant and partner together), {@code vermogen} (assets minus debts that count for the asset
 * test, without home equity; 0 or less is never above the limit), {@code wijk}, {@code kinderen}
 * (children under 18, who do not change the norm here but make a single person a single parent, with
 * the higher asset limit) and of them {@code kinderenOnder12} (for the single parents'
 * allowance), the net wages of the applicant and the partner per month with the earnings allowance
 * that applies to each ({@link Inkomsten.Vrijlating}), and gifts per calendar year.
 *
 * @param nummer position in the input, from 0: results keep this order
 * @param partner epoch day, {@link Long#MIN_VALUE} when there is none
 * @param uitzondering per housemate 0 (none), 1 (student) or 2 (commerciële huurder)
 * @param terugvordering cents, -1 when there is none
 * @param aflossing cents per month, -1 when none is proposed
 */
public record Huishouden(long nummer, String id, long peildatum, long aanvrager, long partner, long[] medebewoners, byte[] uitzondering,
        long terugvordering, long aflossing, long inkomen, long vermogen, String wijk, int kinderen, int kinderenOnder12,
        long loonAanvrager, Inkomsten.Vrijlating vrijlatingAanvrager, long loonPartner, Inkomsten.Vrijlating vrijlatingPartner,
        long giftenPerJaar) implements Serializable {

    public Huishouden {
        vrijlatingAanvrager = vrijlatingAanvrager == null ? Inkomsten.Vrijlating.GEEN : vrijlatingAanvrager;
        vrijlatingPartner = vrijlatingPartner == null ? Inkomsten.Vrijlating.GEEN : vrijlatingPartner;
    }

    /** Without wages, allowances and gifts: all income in {@code inkomen} counts in full. */
    public Huishouden(long nummer, String id, long peildatum, long aanvrager, long partner, long[] medebewoners, byte[] uitzondering,
            long terugvordering, long aflossing, long inkomen, long vermogen, String wijk, int kinderen) {
        this(nummer, id, peildatum, aanvrager, partner, medebewoners, uitzondering, terugvordering, aflossing, inkomen, vermogen, wijk,
                kinderen, 0, 0, Inkomsten.Vrijlating.GEEN, 0, Inkomsten.Vrijlating.GEEN, 0);
    }

    /** The same household with other wages for the applicant: for the poverty-trap curve. */
    public Huishouden metLoonAanvrager(long loon) {
        return new Huishouden(nummer, id, peildatum, aanvrager, partner, medebewoners, uitzondering, terugvordering, aflossing, inkomen,
                vermogen, wijk, kinderen, kinderenOnder12, loon, vrijlatingAanvrager, loonPartner, vrijlatingPartner, giftenPerJaar);
    }

    /** The same household with other assets (cents, assets minus debts): for tests and what-if checks of the asset test. */
    public Huishouden metVermogen(long bedrag) {
        return new Huishouden(nummer, id, peildatum, aanvrager, partner, medebewoners, uitzondering, terugvordering, aflossing, inkomen,
                bedrag, wijk, kinderen, kinderenOnder12, loonAanvrager, vrijlatingAanvrager, loonPartner, vrijlatingPartner, giftenPerJaar);
    }

    /** Net income per month before bijstand: both earners' wages and what counts in full (not the gifts). For the deciles. */
    public long nettoInkomen() {
        return loonAanvrager + loonPartner + inkomen;
    }

    /** The columns of IN.csv, in order; the extra columns follow by name. */
    public static final String KOP = "id,peildatum,aanvrager,partner,medebewoners,terugvordering,aflossing";
    public static final List<String> EXTRA = List.of("inkomen", "vermogen", "wijk", "kinderen", "kinderen_onder_12", "loon_aanvrager",
            "vrijlating_aanvrager", "loon_partner", "vrijlating_partner", "giften_per_jaar");

    public static final String ALLEENSTAANDE = "alleenstaande";
    public static final String EENOUDER = "eenoudergezin";
    public static final String PAAR = "paar zonder kinderen";
    public static final String PAAR_KINDEREN = "paar met kinderen";
    public static final String MEDEBEWONERS = "met medebewoners";
    public static final List<String> TYPEN = List.of(ALLEENSTAANDE, EENOUDER, PAAR, PAAR_KINDEREN, MEDEBEWONERS);
    public static final List<String> LEEFTIJDSBANDEN = List.of("18-20", "21-26", "27-44", "45-66", "67+");

    public boolean heeftPartner() {
        return partner != Long.MIN_VALUE;
    }

    /** The household type of CBS's classification, as far as the fields tell it. */
    public String huishoudtype() {
        if (medebewoners.length > 0) {
            return MEDEBEWONERS;
        }
        if (heeftPartner()) {
            return kinderen > 0 ? PAAR_KINDEREN : PAAR;
        }
        return kinderen > 0 ? EENOUDER : ALLEENSTAANDE;
    }

    /** The applicant's age band on the peildatum; the bands follow the norms (youth, kostendeler age, AOW). */
    public String leeftijdsband() {
        LocalDate p = LocalDate.ofEpochDay(peildatum);
        int leeftijd = java.time.Period.between(LocalDate.ofEpochDay(aanvrager), p).getYears();
        if (leeftijd < 21) {
            return LEEFTIJDSBANDEN.get(0);
        } else if (leeftijd < 27) {
            return LEEFTIJDSBANDEN.get(1);
        } else if (leeftijd < 45) {
            return LEEFTIJDSBANDEN.get(2);
        } else if (leeftijd < 67) {
            return LEEFTIJDSBANDEN.get(3);
        }
        return LEEFTIJDSBANDEN.get(4);
    }

    /** The row in the bulk command's IN.csv format: what {@code Bulk} reads. */
    public String alsInRegel() {
        StringBuilder sb = new StringBuilder(80);
        sb.append(id).append(',').append(LocalDate.ofEpochDay(peildatum)).append(',').append(LocalDate.ofEpochDay(aanvrager)).append(',');
        if (heeftPartner()) {
            sb.append(LocalDate.ofEpochDay(partner));
        }
        sb.append(',');
        for (int i = 0; i < medebewoners.length; i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(LocalDate.ofEpochDay(medebewoners[i]));
            if (uitzondering[i] == 1) {
                sb.append(":student");
            } else if (uitzondering[i] == 2) {
                sb.append(":commerciele-huurder");
            }
        }
        sb.append(',');
        if (terugvordering >= 0) {
            sb.append(centen(terugvordering));
        }
        sb.append(',');
        if (aflossing >= 0) {
            sb.append(centen(aflossing));
        }
        return sb.toString();
    }

    /** The extra columns after {@link #alsInRegel()}, in the order of {@link #EXTRA}. */
    public String extraKolommen() {
        return centen(inkomen) + ',' + centen(vermogen) + ',' + wijk + ',' + kinderen + ',' + kinderenOnder12 + ',' + centen(loonAanvrager)
                + ',' + vrijlatingAanvrager.code() + ',' + centen(loonPartner) + ',' + vrijlatingPartner.code() + ',' + centen(giftenPerJaar);
    }

    /**
     * Reads one row. {@code kolommen} is the header split on commas; it starts with the seven IN.csv
     * columns and may go on with any of {@link #EXTRA}. Throws with a Dutch reason naming the line.
     */
    public static Huishouden lees(String regel, long nummer, long regelnummer, List<String> kolommen) {
        String[] v = regel.split(",", -1);
        if (v.length != kolommen.size()) {
            throw new OngeldigeInvoerException(regelnummer, "de regel heeft " + v.length + " velden, de kop " + kolommen.size());
        }
        try {
            long peildatum = datum(v[1], "peildatum");
            long aanvrager = datum(v[2], "aanvrager");
            long partner = v[3].isBlank() ? Long.MIN_VALUE : datum(v[3], "partner");
            String[] mede = v[4].isBlank() ? new String[0] : v[4].split("\\|");
            long[] geboren = new long[mede.length];
            byte[] uitz = new byte[mede.length];
            for (int i = 0; i < mede.length; i++) {
                String[] delen = mede[i].split(":", 2);
                geboren[i] = datum(delen[0], "medebewoner");
                if (delen.length == 2) {
                    uitz[i] = switch (delen[1].strip()) {
                        case "student" -> (byte) 1;
                        case "commerciele-huurder" -> (byte) 2;
                        default -> throw new IllegalArgumentException("onbekende uitzondering '" + delen[1] + "'; kies student of commerciele-huurder");
                    };
                }
            }
            long terug = v[5].isBlank() ? -1 : bedrag(v[5], "terugvordering");
            long aflossing = v[6].isBlank() ? -1 : bedrag(v[6], "aflossing");
            if (terug < 0 && aflossing >= 0) {
                throw new IllegalArgumentException("een aflossing zonder terugvordering");
            }
            long inkomen = 0;
            long vermogen = 0;
            String wijk = "";
            int kinderen = 0;
            int onder12 = 0;
            long loonA = 0;
            long loonP = 0;
            long giften = 0;
            Inkomsten.Vrijlating vrijA = Inkomsten.Vrijlating.GEEN;
            Inkomsten.Vrijlating vrijP = Inkomsten.Vrijlating.GEEN;
            for (int k = 7; k < kolommen.size(); k++) {
                String w = v[k].strip();
                switch (kolommen.get(k)) {
                    case "inkomen" -> inkomen = w.isEmpty() ? 0 : bedrag(w, "inkomen");
                    case "vermogen" -> vermogen = w.isEmpty() ? 0 : bedragMetTeken(w, "vermogen");
                    case "wijk" -> wijk = w;
                    case "kinderen" -> kinderen = w.isEmpty() ? 0 : aantal(w, "kinderen");
                    case "kinderen_onder_12" -> onder12 = w.isEmpty() ? 0 : aantal(w, "kinderen_onder_12");
                    case "loon_aanvrager" -> loonA = w.isEmpty() ? 0 : bedrag(w, "loon_aanvrager");
                    case "loon_partner" -> loonP = w.isEmpty() ? 0 : bedrag(w, "loon_partner");
                    case "vrijlating_aanvrager" -> vrijA = vrijlating(w, "vrijlating_aanvrager");
                    case "vrijlating_partner" -> vrijP = vrijlating(w, "vrijlating_partner");
                    case "giften_per_jaar" -> giften = w.isEmpty() ? 0 : bedrag(w, "giften_per_jaar");
                    default -> throw new IllegalArgumentException("onbekende kolom '" + kolommen.get(k) + "'");
                }
            }
            if (onder12 > kinderen) {
                throw new IllegalArgumentException("kinderen_onder_12 (" + onder12 + ") is meer dan kinderen (" + kinderen
                        + "); tel de kinderen onder 12 ook mee in kinderen");
            }
            if (partner == Long.MIN_VALUE && (loonP > 0 || vrijP != Inkomsten.Vrijlating.GEEN)) {
                throw new IllegalArgumentException("loon_partner of vrijlating_partner is ingevuld, maar er is geen partner");
            }
            if (vrijP == Inkomsten.Vrijlating.ALLEENSTAANDE_OUDER) {
                throw new IllegalArgumentException("vrijlating_partner kan niet alleenstaande-ouder zijn: een partner is geen alleenstaande ouder");
            }
            return new Huishouden(nummer, v[0].strip(), peildatum, aanvrager, partner, geboren, uitz, terug, aflossing, inkomen, vermogen, wijk,
                    kinderen, onder12, loonA, vrijA, loonP, vrijP, giften);
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(regelnummer, e.getMessage());
        }
    }

    /** Checks a header line and returns its columns; a Dutch reason when it is not IN.csv's. */
    public static List<String> kop(String regel) {
        if (regel == null) {
            throw new IllegalArgumentException("Het invoerbestand is leeg; verwacht een kop '" + KOP + "'");
        }
        List<String> kolommen = Arrays.stream(regel.strip().split(",", -1)).map(String::strip).toList();
        List<String> vast = Arrays.asList(KOP.split(","));
        if (kolommen.size() < vast.size() || !kolommen.subList(0, vast.size()).equals(vast)) {
            throw new IllegalArgumentException("De eerste regel is geen kop '" + KOP + "' (eventueel gevolgd door " + String.join(", ", EXTRA) + ")");
        }
        for (String extra : kolommen.subList(vast.size(), kolommen.size())) {
            if (!EXTRA.contains(extra)) {
                throw new IllegalArgumentException("Onbekende kolom '" + extra + "' in de kop; mogelijk zijn " + String.join(", ", EXTRA));
            }
        }
        return kolommen;
    }

    /** A bad input row: the message says which line and why, in Dutch. */
    public static final class OngeldigeInvoerException extends IllegalArgumentException {
        public OngeldigeInvoerException(long regelnummer, String reden) {
            super("Regel " + regelnummer + " van de invoer: " + reden);
        }
    }

    static String centen(long c) {
        String teken = c < 0 ? "-" : "";
        long a = Math.abs(c);
        long rest = a % 100;
        return teken + a / 100 + (rest < 10 ? ".0" : ".") + rest;
    }

    private static long datum(String tekst, String veld) {
        try {
            return LocalDate.parse(tekst.strip()).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("de " + veld + " '" + tekst + "' is geen datum als 2025-09-01");
        }
    }

    private static long bedrag(String tekst, String veld) {
        long c = bedragMetTeken(tekst, veld);
        if (c < 0) {
            throw new IllegalArgumentException("de kolom " + veld + " ('" + tekst + "') is negatief");
        }
        return c;
    }

    private static long bedragMetTeken(String tekst, String veld) {
        try {
            BigDecimal b = new BigDecimal(tekst.strip());
            if (b.scale() > 2) {
                throw new IllegalArgumentException("de kolom " + veld + " ('" + tekst + "') heeft meer dan twee cijfers achter de punt");
            }
            return b.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("de kolom " + veld + " ('" + tekst + "') is geen bedrag als 1250.00");
        }
    }

    private static int aantal(String tekst, String veld) {
        try {
            int n = Integer.parseInt(tekst);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("de kolom " + veld + " ('" + tekst + "') is geen aantal als 0, 1 of 2");
        }
    }

    private static Inkomsten.Vrijlating vrijlating(String tekst, String veld) {
        if (tekst.isEmpty()) {
            return Inkomsten.Vrijlating.GEEN;
        }
        try {
            return Inkomsten.Vrijlating.vanCode(tekst);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("de kolom " + veld + " ('" + tekst + "') is onbekend; kies geen, algemeen, alleenstaande-ouder of medisch-urenbeperkt");
        }
    }
}

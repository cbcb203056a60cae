package nl.maatwerk.prioriteit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.maatwerk.prioriteit.Vroegsignaal.SchuldeiserType;
import nl.maatwerk.regels.Bsn;

/**
 * Checks one line of an import of early debt signals, a pure function: every problem with the line
 * is reported at once, in words the sender can act on; a good line comes back normalised, with the
 * key that recognises it when it is sent again (creditor, person, amount, months and date).
 */
final class SignaalControle {

    /** A line that passed, normalised (BSN of nine digits, postcode without space, amount with two decimals). */
    record Geldig(int regel, SchuldeiserType type, String schuldeiser, String bsn, String straat, String postcode,
            Integer huisnummer, String toevoeging, BigDecimal bedrag, int maanden, LocalDate datum, String sleutel) {

        /** The address as a data subject for the log, when the line has no BSN. */
        String adres() {
            return postcode + " " + huisnummer + (toevoeging == null ? "" : " " + toevoeging);
        }
    }

    /**
     * Words senders use for a kind of creditor besides its code ({@link SchuldeiserType#code()}); in a file
     * of signals either will do, in any case. Stored and shown is the code.
     */
    private static final Map<String, SchuldeiserType> ANDERE_WOORDEN = Map.of(
            "woningcorporatie", SchuldeiserType.VERHUURDER, "huur", SchuldeiserType.VERHUURDER,
            "energieleverancier", SchuldeiserType.ENERGIE,
            "drinkwater", SchuldeiserType.WATER, "drinkwaterbedrijf", SchuldeiserType.WATER,
            "zorgverzekering", SchuldeiserType.ZORGVERZEKERAAR);

    /** The codes to choose from, for the message on an unknown one: "verhuurder, energie, water of zorgverzekeraar". */
    private static final String SOORTEN_SCHULDEISER = opsomming(Arrays.stream(SchuldeiserType.values()).map(SchuldeiserType::code).toList());

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    private static final DateTimeFormatter NL_DATUM = DateTimeFormatter.ofPattern("d-M-uuuu");

    private SignaalControle() {
    }

    /** The format named by the file's name, else guessed from its first character. */
    static String raadFormaat(String naam, String inhoud) {
        if (naam != null && naam.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return "json";
        }
        String t = inhoud == null ? "" : inhoud.stripLeading();
        return t.startsWith("[") || t.startsWith("{") ? "json" : "csv";
    }

    /** The line as a {@link Geldig}, or null with every reason added to {@code redenen}. */
    static Geldig controleer(SignaalBestand.Regel r, LocalDate vandaag, List<String> redenen) {
        if (r.velden().containsKey("_fout")) {
            redenen.add(r.velden().get("_fout"));
        }
        SchuldeiserType type = null;
        if (r.veld("schuldeiserType") == null) {
            redenen.add("Het soort schuldeiser ontbreekt.");
        } else {
            type = schuldeiserType(r.veld("schuldeiserType")).orElse(null);
            if (type == null) {
                redenen.add("Onbekend soort schuldeiser \u201c" + r.veld("schuldeiserType") + "\u201d: kies " + SOORTEN_SCHULDEISER + ".");
            }
        }
        String schuldeiser = r.veld("schuldeiser");
        if (schuldeiser == null) {
            redenen.add("De naam van de schuldeiser ontbreekt.");
        } else if (schuldeiser.length() > 200) {
            redenen.add("De naam van de schuldeiser is langer dan 200 tekens.");
        }
        String bsn = r.veld("bsn");
        if (bsn != null) {
            bsn = bsn.replace(" ", "").replace(".", "");
            if (bsn.length() == 8) {
                bsn = "0" + bsn;
            }
            if (!Bsn.isGeldig(bsn)) {
                redenen.add("Het BSN \u201c" + r.veld("bsn") + "\u201d is geen geldig burgerservicenummer (9 cijfers en de elfproef).");
            }
        }
        String postcode = r.veld("postcode");
        Integer huisnummer = null;
        if (postcode != null) {
            if (!POSTCODE.matcher(postcode).matches()) {
                redenen.add("De postcode \u201c" + postcode + "\u201d is geen Nederlandse postcode (zoals 2511 AB).");
            }
            postcode = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        }
        if (r.veld("huisnummer") != null) {
            try {
                huisnummer = Integer.valueOf(r.veld("huisnummer"));
                if (huisnummer < 1 || huisnummer > 99999) {
                    redenen.add("Het huisnummer ligt niet tussen 1 en 99999.");
                }
            } catch (NumberFormatException e) {
                redenen.add("Het huisnummer \u201c" + r.veld("huisnummer") + "\u201d is geen getal.");
            }
        }
        if (bsn == null && (postcode == null || huisnummer == null)) {
            redenen.add("Geef een BSN, of een postcode met huisnummer, zodat we de inwoner kunnen vinden.");
        }
        BigDecimal bedrag = null;
        if (r.velden().containsKey(SignaalBestand.BEDRAG_FOUT)) {
            redenen.add(r.velden().get(SignaalBestand.BEDRAG_FOUT));
        } else if (r.veld("bedrag") == null) {
            redenen.add("Het bedrag van de achterstand ontbreekt.");
        } else {
            try {
                bedrag = new BigDecimal(r.veld("bedrag").replace("\u20ac", "").strip());
                if (bedrag.signum() <= 0 || bedrag.compareTo(new BigDecimal("100000")) > 0) {
                    redenen.add("Het bedrag moet meer dan € 0 en hoogstens € 100.000 zijn.");
                } else if (bedrag.scale() > 2) {
                    redenen.add("Het bedrag heeft meer dan twee cijfers achter de komma.");
                }
            } catch (NumberFormatException e) {
                redenen.add("Het bedrag \u201c" + r.veld("bedrag") + "\u201d is geen bedrag (zoals 412.50).");
            }
        }
        int maanden = 0;
        if (r.veld("maanden") == null) {
            redenen.add("Het aantal maanden achterstand ontbreekt.");
        } else {
            try {
                maanden = Integer.parseInt(r.veld("maanden"));
                if (maanden < 0 || maanden > 120) {
                    redenen.add("Het aantal maanden achterstand ligt niet tussen 0 en 120.");
                }
            } catch (NumberFormatException e) {
                redenen.add("Het aantal maanden \u201c" + r.veld("maanden") + "\u201d is geen heel getal.");
            }
        }
        LocalDate datum = null;
        if (r.veld("datum") == null) {
            redenen.add("De datum van het signaal ontbreekt.");
        } else {
            try {
                datum = r.veld("datum").matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(r.veld("datum"))
                        : LocalDate.parse(r.veld("datum"), NL_DATUM);
                if (datum.isAfter(vandaag)) {
                    redenen.add("De datum van het signaal ligt in de toekomst.");
                }
            } catch (DateTimeParseException e) {
                redenen.add("De datum \u201c" + r.veld("datum") + "\u201d is geen datum (zoals 2026-01-31).");
            }
        }
        if (!redenen.isEmpty()) {
            return null;
        }
        String toevoeging = r.veld("toevoeging") == null ? null : r.veld("toevoeging").toUpperCase(Locale.ROOT);
        String persoon = bsn != null ? "bsn:" + bsn : "adres:" + postcode + ":" + huisnummer + ":" + (toevoeging == null ? "" : toevoeging);
        String sleutel = hash(String.join("|", type.code(), schuldeiser.toLowerCase(Locale.ROOT), persoon, bedrag.setScale(2).toPlainString(),
                Integer.toString(maanden), datum.toString()));
        return new Geldig(r.nummer(), type, schuldeiser, bsn, r.veld("straat"), postcode, huisnummer, toevoeging, bedrag.setScale(2), maanden,
                datum, sleutel);
    }

    /**
     * The kind of creditor as a sender writes it: its code in any case and with spaces around it, or one
     * of {@link #ANDERE_WOORDEN}; empty when it is neither (the line then gets a reason that lists the codes).
     */
    static Optional<SchuldeiserType> schuldeiserType(String tekst) {
        String woord = tekst.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(SchuldeiserType.values()).filter(t -> t.code().equals(woord)).findFirst()
                .or(() -> Optional.ofNullable(ANDERE_WOORDEN.get(woord)));
    }

    private static String opsomming(List<String> woorden) {
        return String.join(", ", woorden.subList(0, woorden.size() - 1)) + " of " + woorden.getLast();
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

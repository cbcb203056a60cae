package nl.maatwerk.regelbeheer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;

/**
 * The check of a proposal, as a pure function: every invalid field with a Dutch reason, so a form or
 * an API client can fix all of them at once. Field names follow the API: {@code reden} and
 * {@code waarden[i].naam}.
 */
final class Voorstelcontrole {

    static final Pattern BRON = Pattern.compile("jci1\\.3:c:BWBR\\d{7}&artikel=[^;\\s]+");
    static final int MAXIMUM_WAARDEN = 50;
    private static final BigDecimal GRENS = new BigDecimal("10000000000");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Voorstelcontrole() {
    }

    /** A proposal cleaned up the way it is stored: text stripped, line breaks in notes made spaces. */
    static NieuwVoorstel opgeschoond(NieuwVoorstel v) {
        return new NieuwVoorstel(tekst(v.reden()), v.waarden().stream().map(w -> w == null ? null
                : new Regelwaarde(tekst(w.naam()), w.waarde(), w.geldigVanaf(), tekst(w.bron()), tekst(w.status()), tekst(w.toelichting())))
                .toList());
    }

    private static String tekst(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }

    /**
     * @param namen the known parameter names
     * @param goedgekeurd whether a value with this name and date was approved before
     */
    static List<Fout> fouten(NieuwVoorstel v, Set<String> namen, java.util.function.BiPredicate<String, LocalDate> goedgekeurd) {
        List<Fout> fouten = new ArrayList<>();
        if (leeg(v.reden())) {
            fouten.add(new Fout("reden", "required", "Schrijf op waarom u deze waarden voorstelt."));
        } else if (v.reden().length() > 2000) {
            fouten.add(new Fout("reden", "range", "De reden is hoogstens 2000 tekens."));
        }
        if (v.waarden().isEmpty()) {
            fouten.add(new Fout("waarden", "required", "Vul minstens één waarde in."));
        } else if (v.waarden().size() > MAXIMUM_WAARDEN) {
            fouten.add(new Fout("waarden", "range", "Een voorstel heeft hoogstens " + MAXIMUM_WAARDEN + " waarden."));
        }
        Map<String, Integer> gezien = new HashMap<>();
        for (int i = 0; i < v.waarden().size(); i++) {
            Regelwaarde w = v.waarden().get(i);
            String pad = "waarden[" + i + "].";
            if (w == null) {
                fouten.add(new Fout("waarden[" + i + "]", "required", "Regel " + (i + 1) + " is leeg."));
                continue;
            }
            boolean bekendeNaam = false;
            if (leeg(w.naam())) {
                fouten.add(new Fout(pad + "naam", "required", "Regel " + (i + 1) + ": kies de naam van de parameter."));
            } else if (!namen.contains(w.naam())) {
                fouten.add(new Fout(pad + "naam", "invalid", "Regel " + (i + 1) + ": de parameter '" + w.naam()
                        + "' kennen we niet. Kies een naam uit de lijst, bijvoorbeeld pw-norm-gehuwden."));
            } else {
                bekendeNaam = true;
            }
            if (w.waarde() == null) {
                fouten.add(new Fout(pad + "waarde", "required", "Regel " + (i + 1) + ": vul de waarde in, bijvoorbeeld 1369.06."));
            } else if (w.waarde().signum() < 0) {
                fouten.add(new Fout(pad + "waarde", "range", "Regel " + (i + 1) + ": de waarde is 0 of hoger."));
            } else if (w.naam() != null && w.naam().endsWith("-aandeel") && w.waarde().compareTo(BigDecimal.ONE) > 0) {
                fouten.add(new Fout(pad + "waarde", "range", "Regel " + (i + 1)
                        + ": een aandeel ligt tussen 0 en 1. Schrijf 95% als 0.95."));
            } else if (w.waarde().stripTrailingZeros().scale() > 4) {
                fouten.add(new Fout(pad + "waarde", "format", "Regel " + (i + 1) + ": gebruik hoogstens 4 cijfers achter de punt."));
            } else if (w.waarde().compareTo(GRENS) >= 0) {
                fouten.add(new Fout(pad + "waarde", "range", "Regel " + (i + 1) + ": de waarde is te groot."));
            }
            if (w.geldigVanaf() == null) {
                fouten.add(new Fout(pad + "geldigVanaf", "required", "Regel " + (i + 1) + ": vul de datum in vanaf wanneer de waarde geldt."));
            } else if (w.naam() != null && w.naam().startsWith("pw-norm-") && !(w.geldigVanaf().getDayOfMonth() == 1
                    && (w.geldigVanaf().getMonthValue() == 1 || w.geldigVanaf().getMonthValue() == 7))) {
                fouten.add(new Fout(pad + "geldigVanaf", "invalid", "Regel " + (i + 1)
                        + ": een bijstandsnorm gaat in op 1 januari of 1 juli."));
            } else if (w.geldigVanaf().getYear() < 2000 || w.geldigVanaf().getYear() > 2999) {
                fouten.add(new Fout(pad + "geldigVanaf", "range", "Regel " + (i + 1) + ": kies een datum tussen 2000 en 2999."));
            } else if (bekendeNaam && goedgekeurd.test(w.naam(), w.geldigVanaf())) {
                fouten.add(new Fout(pad + "geldigVanaf", "conflict", "Regel " + (i + 1) + ": voor " + w.naam() + " is vanaf "
                        + DATUM.format(w.geldigVanaf()) + " al een waarde goedgekeurd. Die blijft staan: gebruik een nieuwe datum."));
            } else if (bekendeNaam) {
                Integer eerder = gezien.putIfAbsent(w.naam() + "|" + w.geldigVanaf(), i);
                if (eerder != null) {
                    fouten.add(new Fout(pad + "geldigVanaf", "invalid", "Regel " + (i + 1) + ": " + w.naam() + " vanaf "
                            + DATUM.format(w.geldigVanaf()) + " staat al in regel " + (eerder + 1) + " van dit voorstel."));
                }
            }
            if (leeg(w.bron())) {
                fouten.add(new Fout(pad + "bron", "required", "Regel " + (i + 1)
                        + ": vul de bron in als juriconnect-verwijzing, bijvoorbeeld jci1.3:c:BWBR0015703&artikel=21."));
            } else if (!BRON.matcher(w.bron()).matches()) {
                fouten.add(new Fout(pad + "bron", "format", "Regel " + (i + 1)
                        + ": de bron is een juriconnect-verwijzing, zoals jci1.3:c:BWBR0015703&artikel=21 (BWBR met 7 cijfers, dan het artikel)."));
            }
            if (leeg(w.status())) {
                fouten.add(new Fout(pad + "status", "required", "Regel " + (i + 1) + ": kies de status: bevestigd of te verifiëren."));
            } else if (!Regelwaarde.BEVESTIGD.equals(w.status()) && !Regelwaarde.TE_VERIFIEREN.equals(w.status())) {
                fouten.add(new Fout(pad + "status", "invalid", "Regel " + (i + 1) + ": de status is bevestigd of te verifiëren."));
            }
            if (leeg(w.toelichting())) {
                fouten.add(new Fout(pad + "toelichting", "required", "Regel " + (i + 1)
                        + ": schrijf op waar de waarde vandaan komt, bijvoorbeeld de normenbrief van SZW."));
            } else if (w.toelichting().length() > 2000) {
                fouten.add(new Fout(pad + "toelichting", "range", "Regel " + (i + 1) + ": de toelichting is hoogstens 2000 tekens."));
            }
        }
        return fouten;
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}

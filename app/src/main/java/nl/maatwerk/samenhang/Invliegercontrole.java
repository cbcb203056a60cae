package nl.maatwerk.samenhang;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;

/**
 * The rules for an invlieger's fields, as a pure function: every broken rule becomes a message in Dutch on its own
 * field, so a form and the API name all of them at once. Dates that contradict each other are named on the later
 * field of the pair; rule ids, parameter names and teams must exist.
 */
final class Invliegercontrole {

    static final Pattern BWB_ID = Pattern.compile("BWBR\\d{7}");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Invliegercontrole() {
    }

    /** What is known: the rule ids of the regels library, the parameter names of the norm tables, the team ids. */
    record Bekend(Set<String> regels, Set<String> parameters, Set<String> teams) {
    }

    static List<Fout> fouten(Invlieger.Gegevens g, LocalDate vandaag, Bekend bekend) {
        List<Fout> f = new ArrayList<>();
        if (g.titel() == null) {
            f.add(new Fout("titel", "required", "Geef de wijziging een titel."));
        } else if (g.titel().length() > 200) {
            f.add(new Fout("titel", "size", "De titel is hoogstens 200 tekens."));
        }
        if (g.soort() == null) {
            f.add(new Fout("soort", "required", "Kies de soort: wet, regeling, programma, project of eigen beleid."));
        }
        if (g.bwbId() != null && !BWB_ID.matcher(g.bwbId()).matches()) {
            f.add(new Fout("bwbId", "format", "Een BWB-id is BWBR met zeven cijfers, bijvoorbeeld BWBR0015703."));
        }
        if (g.herkomst() == null) {
            f.add(new Fout("herkomst", "required", "Kies waar de wijziging vandaan komt: rijk, regio of gemeente."));
        }
        if (g.fase() == null) {
            f.add(new Fout("fase", "required", "Kies de fase van de wijziging."));
        }
        if (g.watVerandert() == null) {
            f.add(new Fout("watVerandert", "required", "Schrijf in gewone woorden wat er verandert."));
        } else if (g.watVerandert().length() > 4000) {
            f.add(new Fout("watVerandert", "size", "Wat er verandert is hoogstens 4000 tekens."));
        }
        if (g.eigenaar() == null) {
            f.add(new Fout("eigenaar", "required", "Noem wie de invoering trekt."));
        } else if (g.eigenaar().length() > 200) {
            f.add(new Fout("eigenaar", "size", "De eigenaar is hoogstens 200 tekens."));
        }
        if (g.voorbereiding() == null) {
            f.add(new Fout("voorbereiding", "required", "Kies hoe de voorbereiding ervoor staat."));
        }
        if (g.bron() == null) {
            f.add(new Fout("bron", "required", "Noem de bron: een vindplaats of link waar dit staat."));
        } else if (g.bron().length() > 1000) {
            f.add(new Fout("bron", "size", "De bron is hoogstens 1000 tekens."));
        }
        datums(g, vandaag, f);
        for (String regel : g.regels()) {
            if (!bekend.regels().contains(regel)) {
                f.add(new Fout("regels", "unknown", "De regel '" + regel + "' kennen we niet. Kies een regel-id uit de regels, "
                        + "bijvoorbeeld pw-kostendelers."));
            }
        }
        for (String parameter : g.parameters()) {
            if (!bekend.parameters().contains(parameter)) {
                f.add(new Fout("parameters", "unknown", "De parameter '" + parameter + "' staat niet in de normtabellen."));
            }
        }
        for (String team : g.teams()) {
            if (!bekend.teams().contains(team)) {
                f.add(new Fout("teams", "unknown", "Het team '" + team + "' kennen we niet."));
            }
        }
        if (g.voorstelId() != null && g.parameters().isEmpty()) {
            f.add(new Fout("parameters", "required", "Een voorstel voor de normtabellen hoort bij een wijziging van een bedrag: "
                    + "kies ook welke parameters veranderen."));
        }
        return f;
    }

    /** Dates that contradict each other or the phase; each message names both dates. */
    static void datums(Invlieger.Gegevens g, LocalDate vandaag, List<Fout> f) {
        LocalDate aangekondigd = g.aangekondigdOp();
        LocalDate vastgesteld = g.vastgesteldOp();
        LocalDate inWerking = g.inWerkingOp();
        LocalDate overgang = g.overgangTot();
        if (aangekondigd != null && vastgesteld != null && vastgesteld.isBefore(aangekondigd)) {
            f.add(new Fout("vastgesteldOp", "order", "De wijziging is vastgesteld op " + tekst(vastgesteld) + ", vóór de aankondiging op "
                    + tekst(aangekondigd) + ". Controleer beide datums."));
        }
        if (aangekondigd != null && inWerking != null && inWerking.isBefore(aangekondigd)) {
            f.add(new Fout("inWerkingOp", "order", "De wijziging gaat in op " + tekst(inWerking) + ", vóór de aankondiging op "
                    + tekst(aangekondigd) + ". Controleer beide datums."));
        }
        if (overgang != null && inWerking == null) {
            f.add(new Fout("overgangTot", "required", "Een overgangsperiode begint bij de inwerkingtreding: vul eerst de datum "
                    + "van inwerkingtreding in."));
        } else if (overgang != null && !overgang.isAfter(inWerking)) {
            f.add(new Fout("overgangTot", "order", "De overgangsperiode eindigt op " + tekst(overgang) + ", niet na de inwerkingtreding op "
                    + tekst(inWerking) + ". Het einde ligt na de ingangsdatum."));
        }
        if (g.fase() == Fase.AANGEKONDIGD && vastgesteld != null) {
            f.add(new Fout("fase", "contradiction", "De wijziging heeft een datum van vaststelling (" + tekst(vastgesteld)
                    + "), maar staat nog op aangekondigd. Kies de fase vastgesteld of haal de datum weg."));
        }
        if ((g.fase() == Fase.VASTGESTELD || g.fase() == Fase.IN_WERKING) && vastgesteld != null && vastgesteld.isAfter(vandaag)) {
            f.add(new Fout("vastgesteldOp", "future", "De wijziging staat op " + g.fase().omschrijving().toLowerCase(Locale.ROOT)
                    + ", maar de datum van vaststelling (" + tekst(vastgesteld) + ") ligt na vandaag."));
        }
        if (g.fase() == Fase.IN_WERKING && inWerking == null) {
            f.add(new Fout("inWerkingOp", "required", "Een wijziging die in werking is, heeft een datum van inwerkingtreding."));
        } else if (g.fase() == Fase.IN_WERKING && inWerking.isAfter(vandaag)) {
            f.add(new Fout("inWerkingOp", "future", "De wijziging staat op in werking, maar gaat pas in op " + tekst(inWerking)
                    + ". Kies de fase vastgesteld, of pas de datum aan."));
        }
    }

    static String tekst(LocalDate dag) {
        return DATUM.format(dag);
    }
}

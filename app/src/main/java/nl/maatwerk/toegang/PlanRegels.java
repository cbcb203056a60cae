package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;

/**
 * The rules of a household plan, all checked at once so the user sees every problem together. Field
 * names are the API's, e.g. {@code doelen[1].acties[0].eigenaar}.
 */
final class PlanRegels {

    public static final int MAX_DOELEN = 40;
    public static final int MAX_ACTIES = 20;
    public static final int MAX_DOEL = 1000;
    public static final int MAX_OMSCHRIJVING = 500;
    public static final int MAX_EIGENAAR = 200;

    private PlanRegels() {
    }

    /**
     * The rules of recording an evaluation talk: there is a plan to look back on, the talk took place (not in the
     * future, and at most a year ago), what was said is written down, and a next date lies after today.
     */
    static List<Fout> controleerEvaluatie(boolean planBestaat, LocalDate gesprekOp, String samenvatting, LocalDate volgende,
            LocalDate vandaag) {
        List<Fout> fouten = new ArrayList<>();
        if (!planBestaat) {
            fouten.add(new Fout("plan", "required", "Er is nog geen plan om te evalueren. Maak eerst een plan."));
        }
        if (gesprekOp == null) {
            fouten.add(new Fout("gesprekOp", "required", "Vul in op welke dag u samen terugkeek, bijvoorbeeld 7-12-2026."));
        } else if (gesprekOp.isAfter(vandaag)) {
            fouten.add(new Fout("gesprekOp", "range", "Het gesprek ligt in de toekomst. Leg een evaluatie vast nadat u hem hield."));
        } else if (gesprekOp.isBefore(vandaag.minusYears(1))) {
            fouten.add(new Fout("gesprekOp", "range", "Het gesprek is meer dan een jaar geleden. Kies een recentere datum."));
        }
        if (samenvatting == null || samenvatting.isBlank()) {
            fouten.add(new Fout("samenvatting", "required", "Schrijf kort op wat u samen zag: wat ging goed en wat verandert er."));
        } else if (samenvatting.strip().length() > Gezinsplannen.MAX_SAMENVATTING) {
            fouten.add(new Fout("samenvatting", "maxLength", "De samenvatting is " + samenvatting.strip().length()
                    + " tekens; het mogen er hoogstens " + Gezinsplannen.MAX_SAMENVATTING + " zijn."));
        }
        if (volgende != null && !volgende.isAfter(vandaag)) {
            fouten.add(new Fout("volgendeEvaluatie", "range", "De volgende evaluatie ligt na vandaag. Kies een latere datum of laat het leeg."));
        }
        return fouten;
    }

    /**
     * @param basis the version the user started from: an evaluation date already in it may lie in
     *              the past (the plan is then overdue for evaluation), a new one may not.
     */
    public static List<Fout> controleer(PlanInhoud plan, PlanInhoud basis, LocalDate vandaag) {
        List<Fout> fouten = new ArrayList<>();
        LocalDate evaluatie = plan.evaluatiedatum();
        if (evaluatie != null && evaluatie.isBefore(vandaag) && !Objects.equals(evaluatie, basis.evaluatiedatum())) {
            fouten.add(new Fout("evaluatiedatum", "range", "De evaluatiedatum ligt in het verleden. Kies vandaag of een dag later."));
        }
        if (plan.doelen().size() > MAX_DOELEN) {
            fouten.add(new Fout("doelen", "range", "Een plan heeft hoogstens " + MAX_DOELEN + " doelen."));
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < plan.doelen().size(); i++) {
            PlanDoel d = plan.doelen().get(i);
            String pad = "doelen[" + i + "]";
            if (d == null) {
                fouten.add(new Fout(pad, "required", "Doel " + (i + 1) + " is leeg."));
                continue;
            }
            if (d.id() != null && !ids.add(d.id())) {
                fouten.add(new Fout(pad + ".id", "invalid", "Doel " + (i + 1) + " heeft hetzelfde id als een ander doel of een actie."));
            }
            if (d.levensdomein() == null) {
                fouten.add(new Fout(pad + ".levensdomein", "required", "Kies bij doel " + (i + 1) + " het levensdomein."));
            }
            tekst(fouten, pad + ".doel", d.doel(), MAX_DOEL, "Schrijf bij doel " + (i + 1) + " op wat het huishouden wil bereiken.",
                    "Het doel " + (i + 1));
            if (d.acties().size() > MAX_ACTIES) {
                fouten.add(new Fout(pad + ".acties", "range", "Doel " + (i + 1) + " heeft meer dan " + MAX_ACTIES + " acties."));
            }
            for (int j = 0; j < d.acties().size(); j++) {
                PlanActie a = d.acties().get(j);
                String apad = pad + ".acties[" + j + "]";
                String wie = "actie " + (j + 1) + " van doel " + (i + 1);
                if (a == null) {
                    fouten.add(new Fout(apad, "required", "De " + wie + " is leeg."));
                    continue;
                }
                if (a.id() != null && !ids.add(a.id())) {
                    fouten.add(new Fout(apad + ".id", "invalid", "De " + wie + " heeft hetzelfde id als een andere actie of een doel."));
                }
                tekst(fouten, apad + ".omschrijving", a.omschrijving(), MAX_OMSCHRIJVING, "Schrijf bij " + wie + " op wat er gebeurt.",
                        "De omschrijving van " + wie);
                if (a.eigenaarType() == null) {
                    fouten.add(new Fout(apad + ".eigenaarType", "required",
                            "Kies bij " + wie + " wie het doet: inwoner, netwerk, professional of aanbieder."));
                }
                tekst(fouten, apad + ".eigenaar", a.eigenaar(), MAX_EIGENAAR, "Vul bij " + wie + " de naam in van wie het doet.",
                        "De naam bij " + wie);
                if (a.status() == null) {
                    fouten.add(new Fout(apad + ".status", "required", "Kies bij " + wie + " de status."));
                }
            }
        }
        return fouten;
    }

    private static void tekst(List<Fout> fouten, String pad, String waarde, int max, String leeg, String naam) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new Fout(pad, "required", leeg));
        } else if (waarde.strip().length() > max) {
            fouten.add(new Fout(pad, "range", naam + " is te lang (hoogstens " + max + " tekens)."));
        } else if (waarde.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            fouten.add(new Fout(pad, "format", naam + " bevat tekens die niet zijn toegestaan."));
        }
    }
}

package nl.maatwerk.mijn.plan;

import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.PlanActie;
import nl.maatwerk.toegang.PlanEigenaar;
import nl.maatwerk.toegang.PlanStatus;

/** The plan in the resident's words (B1): life domains without the professionals' terms, who does it, how far it is. */
public final class Planwoorden {

    public String domein(Levensdomein d) {
        return d == null ? "Overig" : switch (d) {
            case FINANCIEN -> "Geld";
            case WERK_OPLEIDING -> "Werk en school";
            case TIJDSBESTEDING -> "Wat u doet overdag";
            case HUISVESTING -> "Wonen";
            case HUISELIJKE_RELATIES -> "Thuis en familie";
            case GEESTELIJKE_GEZONDHEID -> "Hoe u zich voelt";
            case LICHAMELIJKE_GEZONDHEID -> "Uw lichaam en gezondheid";
            case MIDDELENGEBRUIK -> "Alcohol en drugs";
            case BASALE_ADL -> "Uzelf verzorgen (wassen, aankleden, eten)";
            case INSTRUMENTELE_ADL -> "Het huishouden, de post en afspraken";
            case SOCIAAL_NETWERK -> "Mensen om u heen";
            case MAATSCHAPPELIJKE_PARTICIPATIE -> "Meedoen in de buurt";
            case JUSTITIE -> "Politie en rechter";
        };
    }

    public String wie(PlanActie a) {
        String naam = a.eigenaar() == null ? "" : a.eigenaar();
        if (a.eigenaarType() == null) {
            return naam;
        }
        return switch (a.eigenaarType()) {
            case INWONER -> naam;
            case NETWERK -> naam + " (iemand om u heen)";
            case PROFESSIONAL -> naam + " (van de gemeente)";
            case AANBIEDER -> naam + " (een organisatie die helpt)";
        };
    }

    public String status(PlanStatus s) {
        return s == null ? "" : switch (s) {
            case OPEN -> "Nog niet begonnen";
            case BEZIG -> "Bezig";
            case GEDAAN -> "Klaar";
            case GESTOPT -> "Gestopt";
        };
    }

    /** Who does it, as a kind, for the API. */
    public String soort(PlanEigenaar e) {
        return e == null ? "" : switch (e) {
            case INWONER -> "iemand uit het huishouden";
            case NETWERK -> "iemand om u heen";
            case PROFESSIONAL -> "de gemeente";
            case AANBIEDER -> "een organisatie die helpt";
        };
    }
}

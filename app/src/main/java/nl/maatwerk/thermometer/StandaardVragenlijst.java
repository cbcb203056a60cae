package nl.maatwerk.thermometer;

import java.util.ArrayList;
import java.util.List;

/**
 * The default themes and questionnaire a policy advisor starts from. Per theme and dimension three
 * statements: knowing the intent, knowing why, acting on it; and per theme the reverse open question.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class StandaardVragenlijst {

    private StandaardVragenlijst() {
    }

    /** The three national goals of the decentralisations, plus the human measure, in the usual order. */
    public static List<String> themaCodes() {
        return List.of("eigen-kracht", "integraliteit", "financien", "menselijke-maat");
    }

    public static String naam(String code) {
        return switch (code) {
            case "eigen-kracht" -> "Eigen kracht";
            case "integraliteit" -> "Integraliteit";
            case "financien" -> "Financiën";
            case "menselijke-maat" -> "Menselijke maat";
            default -> throw new IllegalArgumentException(code);
        };
    }

    public static String openVraag(String themaInZin) {
        return "Wat is volgens u, in uw eigen woorden, de bedoeling van " + themaInZin + "?";
    }

    public static String tekst(Dimensie d, Aspect a, String t) {
        return switch (d) {
            case EFFECTEN -> switch (a) {
                case WETEN -> "Ik weet welk effect de gemeente met " + t + " wil bereiken.";
                case WAAROM -> "Ik weet waarom de gemeente dat effect van " + t + " belangrijk vindt.";
                case DOEN -> "In mijn werk draag ik bij aan het effect dat de gemeente met " + t + " wil bereiken.";
            };
            case BELEID -> switch (a) {
                case WETEN -> "Ik ken het beleid en de regels over " + t + ".";
                case WAAROM -> "Ik weet waarom het beleid over " + t + " zo is gemaakt.";
                case DOEN -> "Ik gebruik het beleid over " + t + " in mijn werk.";
            };
            case OPDRACHTEN -> switch (a) {
                case WETEN -> "Ik weet wat er over " + t + " in de opdrachten en contracten met aanbieders staat.";
                case WAAROM -> "Ik weet waarom dat zo in de opdrachten en contracten staat.";
                case DOEN -> "Ik werk volgens wat er over " + t + " met aanbieders is afgesproken.";
            };
            case DIENSTVERLENING -> switch (a) {
                case WETEN -> "Ik weet hoe " + t + " terug moet komen in de hulp aan inwoners.";
                case WAAROM -> "Ik weet waarom we inwoners bij " + t + " op die manier helpen.";
                case DOEN -> "In contact met inwoners handel ik naar de bedoeling van " + t + ".";
            };
        };
    }

    /** The 12 statements of a theme, in the order of the form: per dimension, per aspect. */
    public static List<String[]> stellingen(String themaInZin) {
        List<String[]> uit = new ArrayList<>();
        for (Dimensie d : Dimensie.values()) {
            for (Aspect a : Aspect.values()) {
                uit.add(new String[] {d.code(), a.code(), tekst(d, a, themaInZin)});
            }
        }
        return uit;
    }
}

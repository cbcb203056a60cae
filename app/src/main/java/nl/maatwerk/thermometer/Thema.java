package nl.maatwerk.thermometer;

/**
 * A theme of a measurement round (eigen kracht, integraliteit …) with the municipality's intent in
 * its own words, and the open question every layer answers about it.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Thema(String code, String naam, String bedoeling, String openVraag, int volgorde) {

    /** The name inside a sentence: "eigen kracht", but an abbreviation like "WMO" stays as it is. */
    public String inZin() {
        if (naam.length() > 1 && Character.isUpperCase(naam.charAt(1))) {
            return naam;
        }
        return Character.toLowerCase(naam.charAt(0)) + naam.substring(1);
    }

    public boolean heeftBedoeling() {
        return bedoeling != null && !bedoeling.isBlank();
    }
}

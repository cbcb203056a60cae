package nl.maatwerk.regelbeheer;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * One value of a rule parameter in the columns of {@code parameters.csv}: name, value, the date from
 * which it applies, its juriconnect source, whether it is confirmed ({@code bevestigd} or
 * {@code te verifiëren}) and where the value comes from. As input, any field may be missing; the
 * proposal's check names each one.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Regelwaarde(String naam, BigDecimal waarde, LocalDate geldigVanaf, String bron, String status, String toelichting) {

    public static final String BEVESTIGD = "bevestigd";
    public static final String TE_VERIFIEREN = "te verifiëren";

    Parameters.Parameter alsParameter() {
        return new Parameters.Parameter(naam, waarde, geldigVanaf, bron, status, toelichting);
    }

    boolean bevestigd() {
        return BEVESTIGD.equals(status);
    }
}

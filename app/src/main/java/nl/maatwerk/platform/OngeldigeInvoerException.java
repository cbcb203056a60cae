package nl.maatwerk.platform;

import java.util.List;

/** Input that breaks a rule of the domain (not of one field's format), listed per field. */
public class OngeldigeInvoerException extends RuntimeException {

    public record Fout(String veld, String code, String reden) {
    }

    private final List<Fout> fouten;

    public OngeldigeInvoerException(List<Fout> fouten) {
        super(fouten.isEmpty() ? "Ongeldige invoer" : fouten.getFirst().reden());
        this.fouten = List.copyOf(fouten);
    }

    public OngeldigeInvoerException(String veld, String code, String reden) {
        this(List.of(new Fout(veld, code, reden)));
    }

    public List<Fout> fouten() {
        return fouten;
    }
}

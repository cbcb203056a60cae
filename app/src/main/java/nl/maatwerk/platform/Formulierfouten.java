package nl.maatwerk.platform;

import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * Puts the domain's errors on a web form, so they appear in the error summary and beside the
 * field, just like format errors. A domain field like {@code leden[2].vanaf} is matched on its
 * last part; what does not map to a form field becomes a general error of the form.
 */
public final class Formulierfouten {

    private Formulierfouten() {
    }

    public static void verwerk(OngeldigeInvoerException fout, BindingResult resultaat, Map<String, String> veldnamen) {
        for (OngeldigeInvoerException.Fout f : fout.fouten()) {
            String laatste = f.veld().substring(f.veld().lastIndexOf('.') + 1);
            String veld = veldnamen.getOrDefault(f.veld(), veldnamen.get(laatste));
            if (veld == null && resultaat.getFieldType(f.veld()) != null) {
                veld = f.veld();
            }
            if (veld != null) {
                resultaat.rejectValue(veld, f.code(), f.reden());
            } else {
                resultaat.reject(f.code(), f.reden());
            }
        }
    }
}

package nl.maatwerk.platform.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A number in a form field or query parameter is read as {@link BigDecimal} only within sane bounds.
 * {@code 1e999999999} is a valid BigDecimal of eleven characters, but rounding it to cents builds a number
 * of a billion digits: the server ran out of memory on one such field. Out of bounds is a format error of
 * that field ("typeMismatch"), shown beside it like any other value that is not a number. An editor, not a
 * converter: when a converter refuses, Spring falls back to its own editor, which would accept the value.
 */
@ControllerAdvice
class Getallen {

    /** Digits before the decimal point: far above any amount or count of the social domain. */
    static final int MAX_CIJFERS = 15;

    /** Digits after the decimal point: enough for a percentage or a factor. */
    static final int MAX_DECIMALEN = 10;

    @InitBinder
    void getallen(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new Editor());
    }

    static BigDecimal lees(String tekst) {
        String t = tekst == null ? "" : tekst.strip();
        if (t.isEmpty()) {
            return null;
        }
        BigDecimal getal = new BigDecimal(t);
        if (getal.scale() > MAX_DECIMALEN || getal.precision() - getal.scale() > MAX_CIJFERS) {
            throw new IllegalArgumentException("Getal buiten het bereik: " + t.substring(0, Math.min(t.length(), 40)));
        }
        return getal;
    }

    private static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String tekst) {
            setValue(lees(tekst));
        }

        @Override
        public String getAsText() {
            return getValue() instanceof BigDecimal b ? b.toPlainString() : "";
        }
    }
}

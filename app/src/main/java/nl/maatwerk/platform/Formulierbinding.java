package nl.maatwerk.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * When a form value does not convert (a date like "abc"), Spring cannot build the form object and
 * so checks none of the other fields. Then this binds the form again without the unconvertible
 * values and adds the other fields' errors, so the error summary lists every problem at once.
 */
@Component
public class Formulierbinding {

    private final Validator validator;
    private final ConversionService conversie;

    Formulierbinding(Validator validator, ConversionService mvcConversionService) {
        this.validator = validator;
        this.conversie = mvcConversionService;
    }

    public void valideerOokNaTypefouten(HttpServletRequest request, BindingResult resultaat, Class<?> type) {
        if (resultaat.getTarget() != null || !resultaat.hasFieldErrors()) {
            return;
        }
        Set<String> fout = new HashSet<>();
        resultaat.getFieldErrors().forEach(f -> fout.add(f.getField()));
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, resultaat.getObjectName());
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversie);
        binder.setValidator(validator);
        binder.construct(zonder(request, fout));
        if (binder.getTarget() == null) {
            return;
        }
        binder.validate();
        for (FieldError f : binder.getBindingResult().getFieldErrors()) {
            if (!fout.contains(f.getField())) {
                resultaat.addError(new FieldError(resultaat.getObjectName(), f.getField(), f.getRejectedValue(), false,
                        f.getCodes(), f.getArguments(), f.getDefaultMessage()));
            }
        }
    }

    /**
     * {@link #valideerOokNaTypefouten}, and when a value did not convert (so Spring built no form object),
     * the form object from the other fields. It goes into the model with a binding result that holds every
     * error, so the page shows each field as typed (the unconvertible value as the user typed it) with its
     * error beside it, and a template that reads the form object directly still finds one. Use the returned
     * result from here on.
     */
    public BindingResult herbouw(HttpServletRequest request, BindingResult resultaat, Class<?> type, Model model) {
        valideerOokNaTypefouten(request, resultaat, type);
        if (resultaat.getTarget() != null || !resultaat.hasFieldErrors()) {
            return resultaat;
        }
        Set<String> fout = new HashSet<>();
        resultaat.getFieldErrors().forEach(f -> fout.add(f.getField()));
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, resultaat.getObjectName());
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversie);
        binder.construct(zonder(request, fout));
        return binder.getTarget() == null ? resultaat : toon(binder.getTarget(), resultaat, model);
    }

    /** Shows the page with {@code formulier} as its form object, keeping every error (and what was typed) of {@code resultaat}. */
    public static BindingResult toon(Object formulier, BindingResult resultaat, Model model) {
        BeanPropertyBindingResult nieuw = new BeanPropertyBindingResult(formulier, resultaat.getObjectName());
        nieuw.addAllErrors(resultaat);
        model.addAttribute(resultaat.getObjectName(), formulier);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + resultaat.getObjectName(), nieuw);
        return nieuw;
    }

    private static HttpServletRequest zonder(HttpServletRequest request, Set<String> velden) {
        Map<String, String[]> over = new HashMap<>(request.getParameterMap());
        velden.forEach(over::remove);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String naam) {
                String[] w = over.get(naam);
                return w == null || w.length == 0 ? null : w[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(over);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(over.keySet());
            }

            @Override
            public String[] getParameterValues(String naam) {
                return over.get(naam);
            }
        };
    }
}

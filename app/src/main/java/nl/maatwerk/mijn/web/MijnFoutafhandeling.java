package nl.maatwerk.mijn.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.mijn.OnbekendeInwonerException;
import nl.maatwerk.mijn.TeLaagNiveauException;
import nl.maatwerk.platform.NietGevondenException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The resident area's own error pages, in its layout and words: unknown resident, login too low, not found. */
@ControllerAdvice(basePackageClasses = MijnFoutafhandeling.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MijnFoutafhandeling {

    private final MijnModel mijnModel;
    private final nl.maatwerk.platform.GebruikerRegister gebruikers;

    MijnFoutafhandeling(MijnModel mijnModel, nl.maatwerk.platform.GebruikerRegister gebruikers) {
        this.mijnModel = mijnModel;
        this.gebruikers = gebruikers;
    }

    private void vul(HttpServletRequest request, Model model) {
        org.springframework.ui.ModelMap map = new org.springframework.ui.ModelMap();
        gebruikers.huidigeOptioneel().ifPresent(g -> map.addAttribute("gebruiker", g));
        try {
            mijnModel.vul(request, map);
        } catch (RuntimeException e) {
            // An error page must show even when the resident cannot be read.
            map.addAttribute("inwonersessie", null);
        }
        model.addAllAttributes(map);
    }

    @ExceptionHandler(OnbekendeInwonerException.class)
    String onbekend(HttpServletRequest request, Model model, HttpServletResponse response) {
        vul(request, model);
        // Logged in, but not as someone the municipality knows: a page, not an error of ours.
        response.setStatus(HttpServletResponse.SC_OK);
        return "mijn/onbekend";
    }

    @ExceptionHandler(TeLaagNiveauException.class)
    String teLaag(TeLaagNiveauException e, HttpServletRequest request, Model model, HttpServletResponse response) {
        vul(request, model);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("niveau", e.niveau());
        model.addAttribute("vereist", MijnInwoner.VEREIST);
        return "mijn/hoger-inloggen";
    }

    @ExceptionHandler(NietGevondenException.class)
    String nietGevonden(HttpServletRequest request, Model model, HttpServletResponse response) {
        vul(request, model);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "mijn/niet-gevonden";
    }
}

package nl.maatwerk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.Menuteller;
import nl.maatwerk.platform.security.OidcInstellingen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts what every page needs into the model of each view: for the header the user, their team and
 * demo mode; {@code vandaag}, today from the app's clock, for what depends on the day (how a
 * deadline stands, whether a consent holds); and {@code tijdzone}, the app's one zone
 * ({@link Klok#ZONE}), in which a page shows a moment ({@code #temporals.format(op.atZone(tijdzone), ...)}).
 * A controller that already put {@code vandaag} there (because it counted with it) keeps its own.
 * {@code menu}: the main menu of the user's role with the current page marked ({@link Hoofdmenu}).
 */
@Component
class PaginaModel implements HandlerInterceptor, WebMvcConfigurer {

    private final GebruikerRegister gebruikers;
    private final boolean demo;
    private final boolean oidc;
    private final boolean digid;
    private final Clock klok;
    private final Map<String, Menuteller> tellers;

    PaginaModel(GebruikerRegister gebruikers, @Value("${maatwerk.demo}") boolean demo, OidcInstellingen oidc, nl.maatwerk.platform.security.DigidInstellingen digid, Clock klok,
            List<Menuteller> tellers) {
        this.gebruikers = gebruikers;
        this.demo = demo;
        this.oidc = oidc.actief();
        this.digid = digid.actief();
        this.klok = klok;
        this.tellers = tellers.stream().collect(Collectors.toUnmodifiableMap(Menuteller::sleutel, t -> t));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**", "/actuator/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        mav.addObject("demo", demo);
        mav.addObject("oidc", oidc);
        mav.addObject("digid", digid);
        mav.addObject("tijdzone", Klok.ZONE);
        if (!mav.getModelMap().containsAttribute("vandaag")) {
            mav.addObject("vandaag", LocalDate.now(klok));
        }
        gebruikers.huidigeOptioneel().ifPresent(g -> {
            mav.addObject("gebruiker", g);
            mav.addObject("teamNaam", gebruikers.teamNaam(g.teamId()));
            String pad = request.getRequestURI().substring(request.getContextPath().length());
            mav.addObject("menu", Hoofdmenu.voor(g.rol(), pad, sleutel -> {
                Menuteller t = tellers.get(sleutel);
                return t == null ? 0 : t.aantal(g);
            }));
        });
    }
}

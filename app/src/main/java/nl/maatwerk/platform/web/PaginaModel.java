package nl.maatwerk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.security.OidcInstellingen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts what every page's header needs (the user, their team, demo mode) into the model of each view. */
@Component
class PaginaModel implements HandlerInterceptor, WebMvcConfigurer {

    private final GebruikerRegister gebruikers;
    private final boolean demo;
    private final boolean oidc;

    PaginaModel(GebruikerRegister gebruikers, @Value("${maatwerk.demo}") boolean demo, OidcInstellingen oidc) {
        this.gebruikers = gebruikers;
        this.demo = demo;
        this.oidc = oidc.actief();
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
        gebruikers.huidigeOptioneel().ifPresent(g -> {
            mav.addObject("gebruiker", g);
            mav.addObject("teamNaam", gebruikers.teamNaam(g.teamId()));
        });
    }
}

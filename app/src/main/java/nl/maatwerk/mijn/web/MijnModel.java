package nl.maatwerk.mijn.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import nl.maatwerk.mijn.MijnInwoner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Puts what the resident layout needs in the model of every /mijn page: the menu ({@link Mijnmenu}, only items
 * whose page exists) and {@code inwonersessie} (who is logged in and for whom they act; null for a login the
 * municipality does not know).
 */
@Component
class MijnModel implements HandlerInterceptor, WebMvcConfigurer {

    private final MijnInwoner mijn;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile Set<String> paden;

    MijnModel(MijnInwoner mijn, @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
            ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mijn = mijn;
        this.mappings = mappings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/mijn", "/mijn/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        vul(request, mav.getModelMap());
    }

    /** Also for the error pages of {@link MijnFoutafhandeling}, which no interceptor's postHandle reaches. */
    void vul(HttpServletRequest request, org.springframework.ui.ModelMap model) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute("mijnMenu", Mijnmenu.voor(pad, paden()));
        if (!model.containsAttribute("inwonersessie")) {
            model.addAttribute("inwonersessie", mijn.huidige().orElse(null));
        }
    }

    /** The GET paths of the pages, read once from Spring MVC's own list. */
    private Set<String> paden() {
        Set<String> p = paden;
        if (p == null) {
            p = mappings.getObject().getHandlerMethods().keySet().stream()
                    .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                            || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                    .flatMap(info -> info.getPatternValues().stream()).collect(Collectors.toUnmodifiableSet());
            paden = p;
        }
        return p;
    }
}

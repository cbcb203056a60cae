package nl.maatwerk.mijn.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session that expires keeps what the resident typed (issue 16). When a form of Mijn Maatwerk (a message, asking
 * for help, an objection, a comment on the plan) is posted without a logged-in session, this filter, in front of
 * Spring Security (whose CSRF check would refuse the post), keeps the typed fields in a new server-side session and
 * sends the browser to the form's own page. That page needs a login, so Spring Security asks for it and remembers the
 * page; the login keeps the session's contents (it only changes the session id). Back on the form, the page calls
 * {@link #herstel} and the text is there again, once, with a message to check it and send it again: nothing is ever
 * sent without the resident pressing the button. The text never goes into a URL. Only a post from our own pages
 * (Origin or Sec-Fetch-Site same-origin) is kept, so another site cannot put words in a resident's form; a file in
 * the post is not kept (the resident adds it again).
 */
@Component
// Before Spring Security's filter chain (order -100), after UploadTeGroot (-110) which answers a too large upload.
@Order(-105)
public class Concepten extends OncePerRequestFilter {

    /** The session attribute with the kept form. */
    static final String SLEUTEL = Concepten.class.getName() + ".concept";

    static final String MELDING = "U was een tijd niet actief en moest opnieuw inloggen. Wat u typte, staat er nog. "
            + "Kijk het na en verstuur het opnieuw. Had u een bestand toegevoegd? Voeg dat dan opnieuw toe.";

    private static final int MAX_VELDEN = 20;
    private static final int MAX_TEKENS = 10_000;

    /** A form's post address and the page it is on ({@code $1}: the id in the address). */
    private record Formulier(Pattern post, String pagina) {
    }

    private static final List<Formulier> FORMULIEREN = List.of(
            new Formulier(Pattern.compile("/mijn/berichten"), "/mijn/berichten"),
            new Formulier(Pattern.compile("/mijn/hulp"), "/mijn/hulp"),
            new Formulier(Pattern.compile("/mijn/hulp/wijziging"), "/mijn/hulp"),
            new Formulier(Pattern.compile("/mijn/besluiten/([0-9a-fA-F-]{36})/bezwaar"), "/mijn/besluiten/$1"),
            new Formulier(Pattern.compile("/mijn/plan/instemming"), "/mijn/plan"),
            new Formulier(Pattern.compile("/mijn/plan/acties"), "/mijn/plan"));

    /** What was typed in one form, kept until the resident is back on its page. */
    record Concept(String post, String pagina, LinkedHashMap<String, String[]> velden) implements Serializable {
    }

    private static final DefaultFormattingConversionService CONVERSIE = new DefaultFormattingConversionService();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !pad(request).startsWith("/mijn/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pad = pad(request);
        for (Formulier f : FORMULIEREN) {
            Matcher m = f.post().matcher(pad);
            if (m.matches() && !ingelogd(request) && vanOnsZelf(request)) {
                LinkedHashMap<String, String[]> velden = new LinkedHashMap<>();
                request.getParameterMap().forEach((naam, waarden) -> {
                    if (!"_csrf".equals(naam) && velden.size() < MAX_VELDEN) {
                        velden.put(naam, java.util.Arrays.stream(waarden)
                                .map(w -> w.length() > MAX_TEKENS ? w.substring(0, MAX_TEKENS) : w).toArray(String[]::new));
                    }
                });
                String pagina = m.replaceFirst(f.pagina());
                request.getSession(true).setAttribute(SLEUTEL, new Concept(pad, pagina, velden));
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + pagina);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The form kept for the post address {@code post}, bound to a new {@code type} (a bean or a record) as Spring MVC
     * would, and put in the model as {@code naam} with a message. Once: the concept is gone afterwards. False when
     * there is none for this form.
     */
    public static boolean herstel(HttpServletRequest request, Model model, String post, String naam, Class<?> type) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null || !(sessie.getAttribute(SLEUTEL) instanceof Concept c) || !c.post().equals(post)) {
            return false;
        }
        sessie.removeAttribute(SLEUTEL);
        DataBinder binder = new DataBinder(null, naam);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(CONVERSIE);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String veld, Class<?> soort) {
                String[] w = c.velden().get(veld);
                return w == null ? null : w.length == 1 ? w[0] : w;
            }

            @Override
            public Set<String> getNames() {
                return c.velden().keySet();
            }
        });
        Map<String, Object> waarden = new LinkedHashMap<>();
        c.velden().forEach((k, v) -> waarden.put(k, v.length == 1 ? v[0] : v));
        binder.bind(new MutablePropertyValues(waarden));
        model.addAttribute(naam, binder.getTarget());
        model.addAttribute("melding", MELDING);
        return true;
    }

    private static String pad(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Logged in through this session: the security context Spring Security keeps in it. */
    private static boolean ingelogd(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        return sessie != null && sessie.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    /** The post came from one of our own pages: the browser says so (Sec-Fetch-Site) or its Origin is ours. */
    private static boolean vanOnsZelf(HttpServletRequest request) {
        String fetch = request.getHeader("Sec-Fetch-Site");
        if (fetch != null) {
            return "same-origin".equals(fetch);
        }
        String herkomst = request.getHeader("Origin");
        if (herkomst == null || herkomst.equals("null")) {
            return false;
        }
        try {
            URI u = URI.create(herkomst);
            int poort = u.getPort() == -1 ? ("https".equals(u.getScheme()) ? 443 : 80) : u.getPort();
            return request.getServerName().equalsIgnoreCase(u.getHost()) && request.getServerPort() == poort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package nl.maatwerk.mijn;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Woonsituaties;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.Verzoekgeheugen;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The logged-in resident, for every page and API of Mijn Maatwerk: person, BSN, the household they live in today,
 * the level of assurance of their login and the child they act for. Nothing here takes an id from the request: a
 * resident can only ever reach their own (or their young child's) data.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class MijnInwoner {

    /** Decisions, letters and data need at least this level (issue 16): DigiD Substantieel. */
    public static final Betrouwbaarheid VEREIST = Betrouwbaarheid.SUBSTANTIEEL;

    /** Until this age a parent acts for a child (16: from then a child decides on their own care, WGBO art. 7:447 BW). */
    public static final int LEEFTIJD_ZELFSTANDIG = 16;

    /** The session attribute with the id of the child the parent acts for. */
    static final String VOOR_KIND = MijnInwoner.class.getName() + ".voorKind";

    private final GebruikerRegister gebruikers;
    private final Woonsituaties woonsituaties;
    private final Clock klok;

    MijnInwoner(GebruikerRegister gebruikers, Woonsituaties woonsituaties, Clock klok) {
        this.gebruikers = gebruikers;
        this.woonsituaties = woonsituaties;
        this.klok = klok;
    }

    /** The resident of this request; empty for a login that is not a resident known to the municipality. */
    public Optional<Inwonersessie> huidige() {
        return Verzoekgeheugen.onthoud("mijn.inwonersessie", this::bepaal);
    }

    /** The resident of this request, or {@link OnbekendeInwonerException}. */
    public Inwonersessie vereis() {
        return huidige().orElseThrow(OnbekendeInwonerException::new);
    }

    /** The resident, logged in at least at {@link #VEREIST}; otherwise {@link TeLaagNiveauException}. */
    public Inwonersessie vereisGegevenstoegang() {
        Inwonersessie s = vereis();
        if (!s.magGegevensZien()) {
            throw new TeLaagNiveauException(s.niveau());
        }
        return s;
    }

    /** The resident's current household, or {@link nl.maatwerk.platform.NietGevondenException}: a former member sees nothing current. */
    public UUID vereisHuishouden(Inwonersessie s) {
        if (s.huishoudenId() == null) {
            throw new nl.maatwerk.platform.NietGevondenException("Huishouden");
        }
        return s.huishoudenId();
    }

    /** The person a read is logged for: the child acted for, or the resident. */
    public static Betrokkene betrokkene(Inwonersessie s) {
        return Betrokkene.bsn(s.betrokkeneBsn());
    }

    /**
     * Act for a child under 16 in the household ({@code null}: for oneself). A child that is not (or no longer) such
     * a child is refused; the choice lasts for the web session only.
     */
    public void kiesVoor(UUID kindId) {
        Inwonersessie s = vereis();
        if (kindId != null && s.kinderen().stream().noneMatch(k -> k.id().equals(kindId))) {
            throw new nl.maatwerk.platform.NietGevondenException("Kind");
        }
        RequestAttributes verzoek = RequestContextHolder.currentRequestAttributes();
        if (kindId == null) {
            verzoek.removeAttribute(VOOR_KIND, RequestAttributes.SCOPE_SESSION);
        } else {
            verzoek.setAttribute(VOOR_KIND, kindId, RequestAttributes.SCOPE_SESSION);
        }
        Verzoekgeheugen.vergeet("mijn.inwonersessie");
    }

    private Optional<Inwonersessie> bepaal() {
        Optional<Gebruiker> g = gebruikers.huidigeOptioneel();
        if (g.isEmpty() || g.get().rol() != Rol.INWONER || g.get().inwonerId() == null) {
            return Optional.empty();
        }
        Betrouwbaarheid niveau = niveau(SecurityContextHolder.getContext().getAuthentication());
        return woonsituaties.van(g.get().inwonerId()).map(w -> {
            LocalDate vandaag = LocalDate.now(klok);
            List<Inwonersessie.Kind> kinderen = w.huishoudenId() == null ? List.of() : w.huisgenoten().stream()
                    .filter(h -> h.rol() == LidRol.KIND && h.geboortedatum() != null
                            && Period.between(h.geboortedatum(), vandaag).getYears() < LEEFTIJD_ZELFSTANDIG)
                    .map(h -> new Inwonersessie.Kind(h.inwonerId(), h.naam(), h.bsn())).toList();
            Inwonersessie.Kind voor = gekozenKind().flatMap(id -> kinderen.stream().filter(k -> k.id().equals(id)).findFirst()).orElse(null);
            return new Inwonersessie(w.inwonerId(), w.bsn(), w.naam(), w.huishoudenId(), niveau, voor, kinderen);
        });
    }

    private static Optional<UUID> gekozenKind() {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((UUID) verzoek.getAttribute(VOOR_KIND, RequestAttributes.SCOPE_SESSION));
        } catch (IllegalStateException geenSessie) {
            return Optional.empty();
        }
    }

    /**
     * The level of assurance of this login: the {@code acr} claim of a DigiD login (web) or token (API). The demo
     * login stands for DigiD Substantieel, so that the demo resident sees the whole story.
     */
    static Betrouwbaarheid niveau(Authentication auth) {
        if (auth == null) {
            return Betrouwbaarheid.BASIS;
        }
        if (auth.getPrincipal() instanceof OidcUser oidc) {
            return Betrouwbaarheid.vanAcr(oidc.getClaims().get("acr"));
        }
        if (auth instanceof JwtAuthenticationToken jwt) {
            return Betrouwbaarheid.vanAcr(jwt.getToken().getClaims().get("acr"));
        }
        return Betrouwbaarheid.SUBSTANTIEEL;
    }
}

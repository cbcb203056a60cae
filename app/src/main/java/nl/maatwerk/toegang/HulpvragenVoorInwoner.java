package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.GebruikerRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a resident sees of their household's requests in Mijn Maatwerk (issue 16): the kind, the law, when it came
 * in, where it stands and the legal deadline, and the actions in the plan that are theirs to do, plus who their
 * regisseur is. Never what professionals wrote (the question as registered, status reasons, notes). Need-to-know
 * as for any user; every read is logged for the person the resident names (themselves, or the child they act for).
 */
@Service
public class HulpvragenVoorInwoner {

    private final Hulpvragen hulpvragen;
    private final Gezinsplannen plannen;
    private final Regie regie;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final JdbcClient jdbc;

    HulpvragenVoorInwoner(Hulpvragen hulpvragen, Gezinsplannen plannen, Regie regie, Inzage inzage, GebruikerRegister gebruikers,
            Logboek logboek, JdbcClient jdbc) {
        this.hulpvragen = hulpvragen;
        this.plannen = plannen;
        this.regie = regie;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.jdbc = jdbc;
    }

    /** A request as the resident sees it. {@code termijn}: the legal clock that runs out first, if one runs. */
    public record Aanvraag(UUID id, Vorm vorm, List<Wet> wetten, LocalDate ontvangenOp, HulpvraagStatus status, boolean allesGeregeld,
            Optional<Deadline> termijn) {
    }

    /** The last day the municipality must act by, what that day is for, and its legal source (juriconnect). */
    public record Deadline(LocalDate uiterlijk, String omschrijving, String bron) {
    }

    /** An action in the plan that the resident does. */
    public record EigenActie(String omschrijving, LocalDate uiterlijk, PlanStatus status) {
    }

    /** The requests of the household, newest first, logged as read for {@code voor}. */
    public List<Aanvraag> aanvragen(UUID huishoudenId, Collection<Betrokkene> voor) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("mijn.hulpvragen", Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN, voor, () -> hulpvragen.laadAlle(
                jdbc.sql("select id from toegang.hulpvraag where huishouden_id = ? order by ontvangen_op desc, geregistreerd_op desc")
                        .param(huishoudenId).query(UUID.class).list()).stream().map(HulpvragenVoorInwoner::alsAanvraag).toList());
    }

    /** One request of the household; another household's is not found. */
    public Aanvraag aanvraag(UUID huishoudenId, UUID id, Collection<Betrokkene> voor) {
        return aanvragen(huishoudenId, voor).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new nl.maatwerk.platform.NietGevondenException("Aanvraag"));
    }

    private static Aanvraag alsAanvraag(Hulpvraag h) {
        Optional<Deadline> termijn = h.eersteOpenTermijn().map(t -> new Deadline(t.uitersteDatum(), t.omschrijving(), t.bron()));
        boolean geregeld = h.status() == HulpvraagStatus.BESLUIT && termijn.isEmpty();
        return new Aanvraag(h.id(), h.vorm(), h.wetten(), h.ontvangenOp(), h.status(), geregeld, termijn);
    }

    /** The open actions of the plan that are the resident's to do ("what the municipality needs from me"). Logged. */
    public List<EigenActie> eigenActies(UUID huishoudenId, Collection<Betrokkene> voor) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("mijn.plan-acties", Verwerkingsactiviteit.PLAN_RAADPLEGEN, voor, () -> plannen.huidig(huishoudenId).inhoud()
                .doelen().stream().flatMap(d -> d.acties().stream())
                .filter(a -> a.eigenaarType() == PlanEigenaar.INWONER && a.status() != null && a.status().lopend())
                .map(a -> new EigenActie(a.omschrijving(), a.uiterlijk(), a.status())).toList());
    }

    /** The name of the household's regisseur, if it has one. Not logged: the name of a professional, no data about the resident. */
    public Optional<Regisseur> regisseur(UUID huishoudenId) {
        return regie.huidige(huishoudenId).map(r -> new Regisseur(r.regisseur(), r.naam()));
    }

    /** The regisseur: user name (for the team) and display name. */
    public record Regisseur(String gebruikersnaam, String naam) {
    }
}

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
 * in, the question as the resident put it, where it stands and the legal deadline, and the actions in the plan that
 * are theirs to do, plus who their regisseur is. Never what professionals wrote about it (status reasons, notes). Need-to-know
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
    public record Aanvraag(UUID id, Vorm vorm, String vraag, List<Wet> wetten, LocalDate ontvangenOp, HulpvraagStatus status, boolean allesGeregeld,
            Optional<Deadline> termijn) {
    }

    /** The last day the municipality must act by, what that day is for, and its legal source (juriconnect). */
    public record Deadline(LocalDate uiterlijk, String omschrijving, String bron) {
    }

    /** An action in the plan that the resident does. */
    public record EigenActie(String omschrijving, LocalDate uiterlijk, PlanStatus status) {
    }

    /**
     * The requests of {@code inwoners} (the resident, or the child they act for) and of the household as a whole,
     * newest first, logged as read for {@code voor}. Another member's request is theirs, not the resident's (issue 13).
     */
    public List<Aanvraag> aanvragen(UUID huishoudenId, Collection<UUID> inwoners, Collection<Betrokkene> voor) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("mijn.hulpvragen", Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN, voor, () -> hulpvragen.laadAlle(
                jdbc.sql("""
                        select id from toegang.hulpvraag where huishouden_id = ? and (inwoner_id is null or inwoner_id = any(?::uuid[]))
                        order by ontvangen_op desc, geregistreerd_op desc
                        """).params(huishoudenId, nl.maatwerk.platform.SqlLijsten.uuids(inwoners)).query(UUID.class).list())
                .stream().map(HulpvragenVoorInwoner::alsAanvraag).toList());
    }

    private static Aanvraag alsAanvraag(Hulpvraag h) {
        Optional<Deadline> termijn = h.eersteOpenTermijn().map(t -> new Deadline(t.uitersteDatum(), t.omschrijving(), t.bron()));
        boolean geregeld = h.status() == HulpvraagStatus.BESLUIT && termijn.isEmpty();
        return new Aanvraag(h.id(), h.vorm(), h.vraag(), h.wetten(), h.ontvangenOp(), h.status(), geregeld, termijn);
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

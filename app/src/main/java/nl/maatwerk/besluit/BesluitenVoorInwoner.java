package nl.maatwerk.besluit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.regels.termijn.Termijnen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a resident sees of decisions in Mijn Maatwerk (issue 16): the decisions sent to them (or about their household
 * as a whole), each with its letter as sent, and the objection (bezwaar) they can file online. A decision still in
 * preparation, or addressed to another member, is not theirs to see. Every read is logged for the person the resident
 * names (themselves, or the child they act for).
 */
@Service
public class BesluitenVoorInwoner {

    /** The terms of an objection: filing it (Awb 6:7) and deciding on it (Awb 7:10), in termijnen.csv with their sources. */
    static final String BEZWAARTERMIJN = "awb-bezwaartermijn";
    static final String BESLISTERMIJN_BEZWAAR = "awb-beslissen-op-bezwaar";

    private final Besluitdossier dossier;
    private final BesluitOpslag opslag;
    private final Beschikking beschikking;
    private final Besluiten besluiten;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final JdbcClient jdbc;
    private final Clock klok;
    private final Termijnen termijnen = Termijnen.standaard();
    private final nl.maatwerk.inwoner.Huishoudens huishoudens;
    private final org.springframework.context.ApplicationEventPublisher gebeurtenissen;

    BesluitenVoorInwoner(Besluitdossier dossier, BesluitOpslag opslag, Beschikking beschikking, Besluiten besluiten, Inzage inzage,
            GebruikerRegister gebruikers, Logboek logboek, JdbcClient jdbc, Clock klok, nl.maatwerk.inwoner.Huishoudens huishoudens,
            org.springframework.context.ApplicationEventPublisher gebeurtenissen) {
        this.huishoudens = huishoudens;
        this.gebeurtenissen = gebeurtenissen;
        this.dossier = dossier;
        this.opslag = opslag;
        this.beschikking = beschikking;
        this.besluiten = besluiten;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** A decision as the resident sees it, with the last day to object and the objection filed, if any. */
    public record Besluitbrief(UUID id, BesluitSoort soort, LocalDate verzondenOp, LocalDate bezwaarUiterlijk, Optional<Bezwaar> bezwaar) {

        public String onderwerp() {
            return soort.omschrijving();
        }

        public String wet() {
            return soort.wet();
        }
    }

    /** An objection filed online, with its own legal deadline. */
    public record Bezwaar(UUID id, UUID besluitId, Instant ingediendOp, boolean eerstBellen, String telefoonnummer, String waarom,
            boolean opTijd, LocalDate beslissenUiterlijk, String bron, String ingediendDoor) {
    }

    /** The decisions sent about {@code inwoners} (the resident, the child) or the household as a whole, newest first. Logged. */
    public List<Besluitbrief> verzonden(UUID huishoudenId, Collection<UUID> inwoners, Collection<Betrokkene> voor) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("mijn.besluiten", Verwerkingsactiviteit.BESLUIT_RAADPLEGEN, voor, () -> eigen(huishoudenId, inwoners).stream()
                .map(this::alsBrief).toList());
    }

    /** One of those decisions; any other (another household's, a concept, a housemate's) is not found. Logged. */
    public Besluitbrief lees(UUID huishoudenId, Collection<UUID> inwoners, UUID id, Collection<Betrokkene> voor) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("mijn.besluit", Verwerkingsactiviteit.BESLUIT_RAADPLEGEN, voor, () -> alsBrief(vind(huishoudenId, inwoners, id)));
    }

    /** The letter as it was sent, as HTML (the same rendering as the professionals' letter). Logged. */
    public String briefHtml(UUID huishoudenId, Collection<UUID> inwoners, UUID id, Collection<Betrokkene> voor) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return logboek.verwerk("mijn.brief", Verwerkingsactiviteit.BESLUIT_RAADPLEGEN, voor, () -> {
            Besluit b = vind(huishoudenId, inwoners, id);
            return beschikking.toonbaar(b, b.briefHtml() != null ? b.briefHtml() : beschikking.html(b, besluiten.controle(b)));
        });
    }

    /** The letter as PDF/A, from {@link #briefHtml}. */
    public byte[] briefPdf(String html) {
        return beschikking.pdf(html);
    }

    /** What a resident writes to object. {@code telefoonnummer} is needed when they want a call first. */
    public record Bezwaarschrift(boolean eerstBellen, String telefoonnummer, String waarom) {
    }

    /**
     * Records an objection against one of the resident's decisions, filed by the logged-in resident for {@code inwonerId}
     * (themselves or their child). One per decision: a second is a conflict. Late is allowed (Awb 6:11 lets the
     * municipality accept it when the lateness is excusable); the record says so.
     */
    @Transactional
    public Bezwaar dienBezwaarIn(UUID huishoudenId, Collection<UUID> inwoners, UUID besluitId, UUID inwonerId, Bezwaarschrift schrift,
            Collection<Betrokkene> voor) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        List<OngeldigeInvoerException.Fout> fouten = new ArrayList<>();
        String waarom = schrift.waarom() == null ? "" : schrift.waarom().strip();
        String telefoon = schrift.telefoonnummer() == null ? "" : schrift.telefoonnummer().strip();
        if (waarom.isEmpty()) {
            fouten.add(new OngeldigeInvoerException.Fout("waarom", "required", "Schrijf op waarom u het niet eens bent met het besluit."));
        } else if (waarom.length() > 4000) {
            fouten.add(new OngeldigeInvoerException.Fout("waarom", "size", "Schrijf het in 4000 tekens of minder."));
        }
        if (schrift.eerstBellen() && !telefoon.matches("\\+?[0-9][0-9 \\-]{8,16}")) {
            fouten.add(new OngeldigeInvoerException.Fout("telefoonnummer", "pattern",
                    "Vul een telefoonnummer in waarop wij u kunnen bellen, bijvoorbeeld 06 12345678."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return logboek.verwerk("mijn.bezwaar", Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, voor, () -> {
            Besluit b = vind(huishoudenId, inwoners, besluitId);
            Instant nu = Instant.now(klok);
            LocalDate vandaag = LocalDate.ofInstant(nu, Klok.ZONE);
            LocalDate bezwaarTot = bezwaarUiterlijk(b);
            Termijnen.Uitkomst beslissen = termijnen.bereken(BESLISTERMIJN_BEZWAAR, bezwaarTot);
            UUID id = UUID.randomUUID();
            int rijen = jdbc.sql("""
                    insert into besluit.bezwaar (id, besluit_id, inwoner_id, ingediend_door, ingediend_op, eerst_bellen, telefoonnummer, waarom,
                        bezwaartermijn_tot, op_tijd, beslissen_uiterlijk, beslistermijn_bron)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (besluit_id) do nothing
                    """).params(id, b.id(), inwonerId, gebruikers.huidige().gebruikersnaam(), Timestamp.from(nu), schrift.eerstBellen(),
                    telefoon.isEmpty() ? null : telefoon, waarom, bezwaarTot, !vandaag.isAfter(bezwaarTot), beslissen.uitersteDatum(),
                    beslissen.termijn().bron()).update();
            if (rijen == 0) {
                throw new nl.maatwerk.platform.BotsingException("waarom", "U heeft al bezwaar gemaakt tegen dit besluit.");
            }
            // With the objection in one transaction: the registry hands it to the listeners once this commits.
            String team = huishoudens.koppen(List.of(huishoudenId)).values().stream().findFirst().map(k -> k.teamId()).orElse(null);
            gebeurtenissen.publishEvent(new BezwaarIngediend(id, b.id(), huishoudenId, team, schrift.eerstBellen()));
            return bezwaren(List.of(b.id())).getFirst();
        });
    }

    /** The objections against a decision, for the professionals' decision page. Need-to-know as for the decision. */
    public List<Bezwaar> bezwarenVan(UUID besluitId) {
        dossier.zichtbaar(besluitId);
        return bezwaren(List.of(besluitId));
    }

    private List<Bezwaar> bezwaren(Collection<UUID> besluitIds) {
        if (besluitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, besluit_id, ingediend_op, eerst_bellen, telefoonnummer, waarom, op_tijd, beslissen_uiterlijk, beslistermijn_bron,
                    ingediend_door from besluit.bezwaar where besluit_id = any(?::uuid[]) order by ingediend_op
                """).param(nl.maatwerk.platform.SqlLijsten.uuids(besluitIds))
                .query((rs, i) -> new Bezwaar(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getObject(8, LocalDate.class),
                        rs.getString(9), rs.getString(10))).list();
    }

    /** The resident's sent decisions: addressed to one of {@code inwoners}, or to no one person (the household). */
    private List<Besluit> eigen(UUID huishoudenId, Collection<UUID> inwoners) {
        return dossier.laadAlle(opslag.vanHuishouden(huishoudenId)).stream()
                .filter(b -> b.status() == BesluitStatus.VERZONDEN && b.verzondenOp() != null)
                .filter(b -> b.inwonerId() == null || inwoners.contains(b.inwonerId()))
                .sorted(java.util.Comparator.comparing(Besluit::verzondenOp).reversed()).toList();
    }

    private Besluit vind(UUID huishoudenId, Collection<UUID> inwoners, UUID id) {
        return eigen(huishoudenId, inwoners).stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Besluit"));
    }

    private Besluitbrief alsBrief(Besluit b) {
        return new Besluitbrief(b.id(), b.soort(), LocalDate.ofInstant(b.verzondenOp(), Klok.ZONE), bezwaarUiterlijk(b),
                bezwaren(List.of(b.id())).stream().findFirst());
    }

    /** The bezwaartermijn: six weeks from the day after the letter was sent (Awb 6:7, 6:8), moved past a weekend or holiday. */
    private LocalDate bezwaarUiterlijk(Besluit b) {
        return termijnen.bereken(BEZWAARTERMIJN, LocalDate.ofInstant(b.verzondenOp(), Klok.ZONE)).uitersteDatum();
    }
}

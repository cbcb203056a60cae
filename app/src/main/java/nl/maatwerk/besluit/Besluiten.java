package nl.maatwerk.besluit;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.inwoner.Zichtbaarheid;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Uitleg;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions from concept to sent. Every step checks need-to-know for the household, validates what
 * it stores and is logged; a departure from the rule needs the approval of a team lead who is not
 * its author; a final decision never changes (the database refuses it too) and a correction is a
 * new decision that refers to it.
 */
@Service
public class Besluiten {

    static final int MAX_TEKST = 4000;

    /** The existence-minimum check beside a decision: under the standard rule and as proposed, or why it could not run. */
    /**
     * The existence-minimum check beside a decision: under the standard rule and as proposed, or why it
     * could not run. Screen, API and letter take every amount from here, so they cannot disagree.
     *
     * @param wmoBijdrage the Wmo contribution per month as the rules applied it
     * @param overPerMaand what the household keeps per month after this decision (norm minus repayment and contribution)
     */
    public record Controle(Optional<Bestaanszekerheid.Resultaat> standaard, Optional<Bestaanszekerheid.Resultaat> voorstel,
            Optional<Integer> maandenBijAflossing, Optional<BigDecimal> wmoBijdrage, Optional<BigDecimal> overPerMaand,
            Optional<String> melding) {

        static Controle niet(String melding) {
            return new Controle(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(melding));
        }

        public boolean onderBeslagvrijeVoet() {
            return voorstel.map(r -> r.signalen().stream().anyMatch(s -> s.code().equals(Bestaanszekerheid.ONDER_BESLAGVRIJE_VOET)))
                    .orElse(false);
        }
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Hulpvragen hulpvragen;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Berekeningen berekeningen;
    private final Catalogus catalogus;
    private final Beschikking beschikking;
    private final Afwijkingen afwijkingen;
    private final java.time.Clock klok;

    Besluiten(JdbcClient jdbc, Huishoudens huishoudens, Hulpvragen hulpvragen, Inzage inzage, GebruikerRegister gebruikers,
            Logboek logboek, Berekeningen berekeningen, Catalogus catalogus, Beschikking beschikking, Afwijkingen afwijkingen,
            java.time.Clock klok) {
        this.klok = klok;
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.hulpvragen = hulpvragen;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.berekeningen = berekeningen;
        this.catalogus = catalogus;
        this.beschikking = beschikking;
        this.afwijkingen = afwijkingen;
    }

    /** A new concept for a request for help, for the person who asked (or the applicant). */
    @Transactional
    public Besluit maak(UUID hulpvraagId, BesluitSoort soort, LocalDate peildatum) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        List<Fout> fouten = new ArrayList<>();
        if (hulpvraagId == null) {
            fouten.add(new Fout("hulpvraagId", "required", "Kies de hulpvraag waar het besluit bij hoort."));
        }
        if (soort == null) {
            fouten.add(new Fout("soort", "required", "Kies de soort besluit."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (soort.isTerugvordering()) {
            throw new OngeldigeInvoerException("soort", "ambtshalve", "Een terugvordering start de gemeente zelf (ambtshalve), niet op een"
                    + " aanvraag van de inwoner. Start die vanuit het huishouden met 'Terugvordering starten'.");
        }
        Hulpvraag vraag = hulpvragen.lees(hulpvraagId);
        if (!vraag.isOpen()) {
            throw new OngeldigeInvoerException("hulpvraagId", "invalid", "Deze hulpvraag is afgesloten. Een besluit hoort bij een open hulpvraag.");
        }
        staandBesluit(null, vraag.huishoudenId(), hulpvraagId, soort, null, null, null).ifPresent(d -> {
            throw new BesluitStatusException(tweedeBesluit(d));
        });
        UUID inwoner = vraag.inwonerId() != null ? vraag.inwonerId()
                : huishoudens.samenstellingOp(vraag.huishoudenId(), LocalDate.now(klok)).stream()
                        .filter(l -> l.rol() == nl.maatwerk.inwoner.LidRol.AANVRAGER).map(l -> l.inwoner().id()).findFirst().orElse(null);
        UUID id = UUID.randomUUID();
        LocalDate dag = peildatum == null ? LocalDate.now(klok) : peildatum;
        return logboek.verwerk("besluit.aanmaken", Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, huishoudens.huidigeBetrokkenen(vraag.huishoudenId()), () -> {
            jdbc.sql("""
                    insert into besluit.besluit (id, huishouden_id, hulpvraag_id, inwoner_id, soort, peildatum, aangemaakt_door, gewijzigd_door)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, vraag.huishoudenId(), hulpvraagId, inwoner, soort.code(), dag, g.gebruikersnaam(), g.gebruikersnaam()).update();
            stap(id, null, BesluitStatus.CONCEPT, "Besluit voorbereid", g);
            return laad(id);
        });
    }

    /**
     * A recovery the municipality starts itself (ambtshalve): it answers no request, so no legal clock
     * for a request runs. It is addressed to the applicant on the peildatum.
     */
    @Transactional
    public Besluit maakTerugvordering(UUID huishoudenId, LocalDate peildatum) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        if (huishoudenId == null) {
            throw new OngeldigeInvoerException("huishoudenId", "required", "Kies het huishouden waarvan u terugvordert.");
        }
        inzage.vereisZichtbaar(g, huishoudenId);
        LocalDate dag = peildatum == null ? LocalDate.now(klok) : peildatum;
        UUID inwoner = huishoudens.samenstellingOp(huishoudenId, dag).stream()
                .filter(l -> l.rol() == nl.maatwerk.inwoner.LidRol.AANVRAGER).map(l -> l.inwoner().id()).findFirst().orElse(null);
        UUID id = UUID.randomUUID();
        return logboek.verwerk("besluit.aanmaken", Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, huishoudens.huidigeBetrokkenen(huishoudenId), () -> {
            jdbc.sql("""
                    insert into besluit.besluit (id, huishouden_id, inwoner_id, soort, peildatum, aangemaakt_door, gewijzigd_door)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """).params(id, huishoudenId, inwoner, BesluitSoort.PW_TERUGVORDERING.code(), dag, g.gebruikersnaam(), g.gebruikersnaam())
                    .update();
            stap(id, null, BesluitStatus.CONCEPT, "Terugvordering gestart door de gemeente (ambtshalve)", g);
            return laad(id);
        });
    }

    /** A correction: a new concept with the content of a final decision, which stays as it was. */
    @Transactional
    public Besluit corrigeer(UUID origineel) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = zichtbaar(origineel);
        if (!b.status().isDefinitief()) {
            throw new OngeldigeInvoerException("status", "invalid", "Alleen een definitief besluit kan worden gecorrigeerd. Een concept past u gewoon aan.");
        }
        UUID id = UUID.randomUUID();
        return logboek.verwerk("besluit.corrigeren", Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, huishoudens.huidigeBetrokkenen(b.huishoudenId()), () -> {
            jdbc.sql("""
                    insert into besluit.besluit (id, huishouden_id, hulpvraag_id, inwoner_id, soort, peildatum, corrigeert, aangemaakt_door, gewijzigd_door)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, b.huishoudenId(), b.hulpvraagId(), b.inwonerId(), b.soort().code(), b.inhoud().peildatum(), origineel,
                    g.gebruikersnaam(), g.gebruikersnaam()).update();
            schrijfInhoud(id, b.inhoud(), g);
            stap(id, null, BesluitStatus.CONCEPT, "Correctie van het besluit van " + datum(b.definitiefOp()), g);
            return laad(id);
        });
    }

    /** Saves a concept. Every filled field must be valid; the version must be the one that was read. */
    @Transactional
    public Besluit wijzig(UUID id, BesluitGegevens g, Integer versie) {
        Gebruiker gebruiker = gebruikers.huidige();
        inzage.vereisProfessional(gebruiker);
        Besluit b = vergrendeld(id, versie);
        if (!b.isBewerkbaar()) {
            throw new BesluitStatusException(b.status().isDefinitief()
                    ? "Een definitief besluit verandert niet meer. Maak een correctiebesluit als er iets niet klopt."
                    : "Dit besluit ligt ter goedkeuring of is goedgekeurd en kan nu niet worden aangepast.");
        }
        List<Fout> fouten = new ArrayList<>();
        valideerVelden(b.soort(), g, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return vastleggen("besluit.wijzigen", b, () -> {
            schrijfInhoud(id, g, gebruiker);
            bijgewerkt(laad(id));
        });
    }

    /** A departure goes to a team lead; everything must be complete first. */
    @Transactional
    public Besluit dienIn(UUID id, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = bijgewerkt(vergrendeld(id, versie));
        vereisStap(b, BesluitStatus.TER_GOEDKEURING);
        if (!b.isAfwijking()) {
            throw new BesluitStatusException("Dit besluit wijkt niet af van de regel. U kunt het zelf definitief maken.");
        }
        vereisCompleet(b);
        vereisGeenTweedeBesluit(b);
        String waarom = b.onderBeslagvrijeVoet() ? "Ter goedkeuring aangeboden, want het huishouden komt onder de beslagvrije voet"
                : "Ter goedkeuring aangeboden, want het besluit wijkt af van de regel";
        return vastleggen("besluit.indienen", b, () -> zetStatus(b, BesluitStatus.TER_GOEDKEURING, "ingediend", waarom, g));
    }

    /** The second pair of eyes: a team lead who neither wrote nor submitted the decision. */
    @Transactional
    public Besluit beoordeel(UUID id, boolean akkoord, String toelichting, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER) {
            throw new NietToegestaanException("Alleen een teamleider keurt een afwijking goed");
        }
        Besluit b = bijgewerkt(vergrendeld(id, versie));
        if (b.status() != BesluitStatus.TER_GOEDKEURING) {
            throw new BesluitStatusException("Dit besluit ligt niet ter goedkeuring.");
        }
        if (!b.magBeoordelenDoor(g.gebruikersnaam())) {
            throw new NietToegestaanException("U heeft aan dit besluit meegeschreven of het zelf voorgesteld, dus u kunt de afwijking niet"
                    + " zelf goedkeuren. Vraag een andere teamleider.");
        }
        String tekst = toelichting == null ? "" : toelichting.strip();
        if (!akkoord && tekst.isEmpty()) {
            throw new OngeldigeInvoerException("toelichting", "required", "Schrijf op waarom u het besluit niet goedkeurt, zodat de collega het kan aanpassen.");
        }
        if (tekst.length() > MAX_TEKST) {
            throw new OngeldigeInvoerException("toelichting", "size", "De toelichting is te lang (hoogstens " + MAX_TEKST + " tekens).");
        }
        if (akkoord) {
            Controle controle = controle(b);
            List<Fout> fouten = new ArrayList<>(Waarborg.onrechtmatig(b, controle));
            Waarborg.goedkeuring(b, controle).ifPresent(r -> fouten.add(new Fout("akkoord", "invalid", r)));
            if (!fouten.isEmpty()) {
                throw new OngeldigeInvoerException(fouten);
            }
        }
        BesluitStatus naar = akkoord ? BesluitStatus.GOEDGEKEURD : BesluitStatus.CONCEPT;
        return vastleggen("besluit.beoordelen", b, () -> {
            jdbc.sql("""
                    update besluit.besluit set status = ?, beoordeeld_door = ?, beoordeeld_op = now(), beoordeling = ?, beoordeling_toelichting = ?,
                        versie = versie + 1
                    where id = ?
                    """).params(naar.code(), g.gebruikersnaam(), akkoord ? "goedgekeurd" : "afgewezen", tekst.isEmpty() ? null : tekst, id).update();
            stap(id, b.status(), naar, akkoord ? "Goedgekeurd" + (tekst.isEmpty() ? "" : ": " + tekst) : "Niet goedgekeurd: " + tekst, g);
        });
    }

    /**
     * Final: complete, approved if it departs, justified if it leaves the household below the
     * beslagvrije voet. The letter is fixed and a departure is counted in the register.
     */
    @Transactional
    public Besluit maakDefinitief(UUID id, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = bijgewerkt(vergrendeld(id, versie));
        vereisStap(b, BesluitStatus.DEFINITIEF);
        if (b.status() == BesluitStatus.CONCEPT && b.isAfwijking()) {
            throw new BesluitStatusException(b.onderBeslagvrijeVoet()
                    ? "Met dit besluit houdt het huishouden minder over dan de beslagvrije voet. Dat beslist niemand alleen: bied het ter"
                            + " goedkeuring aan bij een teamleider, of verlaag de aflossing."
                    : "Dit besluit wijkt af van de regel. Een teamleider moet het eerst goedkeuren.");
        }
        vereisCompleet(b);
        Controle controle = controle(b);
        Waarborg.goedkeuring(b, controle).ifPresent(r -> {
            throw new OngeldigeInvoerException("inningswijze", "invalid", r);
        });
        vereisGeenTweedeBesluit(b);
        return vastleggen("besluit.definitief", b, () -> {
            Instant nu = Instant.now(klok);
            // The letter is fixed in the same update that makes the decision final; the database allows no later change.
            String brief = beschikking.html(b.alsDefinitief(g.gebruikersnaam(), nu), controle);
            jdbc.sql("""
                    update besluit.besluit set status = ?, definitief_door = ?, definitief_op = ?, brief_html = ?, onder_beslagvrije_voet = ?,
                        versie = versie + 1
                    where id = ?
                    """).params(BesluitStatus.DEFINITIEF.code(), g.gebruikersnaam(), Timestamp.from(nu), brief, b.onderBeslagvrijeVoet(), id)
                    .update();
            stap(id, b.status(), BesluitStatus.DEFINITIEF, "Definitief gemaakt", g);
            LocalDate dag = nu.atZone(nl.maatwerk.platform.Klok.ZONE).toLocalDate();
            afwijkingen.telBesluit(b.soort(), dag);
            if (b.isAfwijking()) {
                afwijkingen.registreer(b.soort(), b.inhoud().afwijkingRedensoort(), b.richting(), dag);
            }
        });
    }

    @Transactional
    public Besluit verzend(UUID id, Integer versie) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        Besluit b = vergrendeld(id, versie);
        vereisStap(b, BesluitStatus.VERZONDEN);
        return vastleggen("besluit.verzenden", b, () -> {
            zetStatus(b, BesluitStatus.VERZONDEN, "verzonden", "Brief verzonden aan de inwoner", g);
            if (b.hulpvraagId() != null) {
                hulpvragen.besluitVerzonden(b.hulpvraagId(), "Besluit verzonden: " + b.soort().omschrijving().toLowerCase(Locale.ROOT));
            }
        });
    }

    public Besluit lees(UUID id) {
        Besluit b = zichtbaar(id);
        logboek.registreer("besluit.raadplegen", Verwerkingsactiviteit.BESLUIT_RAADPLEGEN, huishoudens.huidigeBetrokkenen(b.huishoudenId()),
                Instant.now(klok), true);
        return b;
    }

    /** The decisions of a household, newest first, without logging: for the household page, which logs itself. */
    public List<Besluit> vanHuishoudenZonderLog(UUID huishoudenId) {
        inzage.vereisZichtbaar(gebruikers.huidige(), huishoudenId);
        return jdbc.sql("select id from besluit.besluit where huishouden_id = ? order by aangemaakt_op desc").param(huishoudenId)
                .query(UUID.class).list().stream().map(this::laad).toList();
    }

    /** For a team lead: departures waiting for approval in the households they may see, not their own. */
    public List<Besluit> terGoedkeuring() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER) {
            throw new NietToegestaanException("Alleen een teamleider keurt afwijkingen goed");
        }
        Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        List<UUID> ids = jdbc.sql("""
                select b.id from besluit.besluit b
                where b.status = 'ter-goedkeuring' and b.huishouden_id in (%s)
                order by b.ingediend_op
                """.formatted(zichtbaar.subquery())).params(zichtbaar.parameters()).query(UUID.class).list();
        List<Besluit> lijst = ids.stream().map(this::laad).filter(b -> b.magBeoordelenDoor(g.gebruikersnaam())).toList();
        if (!lijst.isEmpty()) {
            logboek.registreer("besluit.lijst", Verwerkingsactiviteit.BESLUIT_RAADPLEGEN,
                    huishoudens.huidigeBetrokkenen(lijst.stream().map(Besluit::huishoudenId).distinct().toList()), Instant.now(klok), true);
        }
        return lijst;
    }

    /** What a team lead must weigh first: below the voet, missing agreement, unlawful collection. */
    public List<String> aandachtspunten(Besluit b) {
        return Waarborg.aandachtspunten(b, controle(b));
    }

    /**
     * The existence-minimum check on the household as it was on the decision's peildatum: for a
     * recovery once with the full claim (the standard outcome of the rule) and once as proposed.
     */
    public Controle controle(Besluit b) {
        List<Huishouden.Lidmaatschap> leden = huishoudens.samenstellingOp(b.huishoudenId(), b.inhoud().peildatum());
        if (leden.isEmpty()) {
            return Controle.niet("Op de peildatum woonde niemand in het huishouden.");
        }
        List<Berekeningen.Lid> invoer = leden.stream().map(l -> new Berekeningen.Lid(l.rol().name().toLowerCase(Locale.ROOT),
                l.inwoner().geboortedatum(), l.uitzondering() == null ? null : l.uitzondering().code())).toList();
        BesluitGegevens i = b.inhoud();
        Berekeningen.WmoBijdrage wmo = i.metWmoBijdrage() ? new Berekeningen.WmoBijdrage(null) : null;
        try {
            Optional<Bestaanszekerheid.Resultaat> standaard = Optional.empty();
            Berekeningen.Terugvordering voorstel = null;
            Optional<Integer> maanden = Optional.empty();
            if (b.soort().isTerugvordering() && i.vordering() != null) {
                standaard = Optional.of(berekeningen.bereken(i.peildatum(), invoer, new Berekeningen.Terugvordering(i.vordering(), null), wmo, null));
                BigDecimal bedrag = i.beslotenBedrag() == null ? i.vordering() : i.beslotenBedrag();
                voorstel = new Berekeningen.Terugvordering(bedrag, i.aflossingPerMaand());
                if (i.aflossingPerMaand() != null && i.aflossingPerMaand().signum() > 0) {
                    maanden = Optional.of(bedrag.divide(i.aflossingPerMaand(), 0, java.math.RoundingMode.CEILING).intValueExact());
                }
            }
            Bestaanszekerheid.Resultaat r = berekeningen.bereken(i.peildatum(), invoer, voorstel, wmo, null);
            Optional<BigDecimal> bijdrage = Optional.ofNullable(wmo).flatMap(w -> r.uitleg().stream().flatMap(u -> u.alleKnopen().stream())
                    .filter(u -> u.regel().equals("wmo-bijdrage")).map(Uitleg::invoer).findFirst())
                    .map(x -> x.get("Wmo-bijdrage per maand")).map(Besluiten::vanTekst);
            BigDecimal af = bijdrage.orElse(BigDecimal.ZERO);
            if (voorstel != null && voorstel.bedrag().signum() > 0 && i.aflossingPerMaand() != null) {
                af = af.add(i.aflossingPerMaand());
            }
            Optional<BigDecimal> over = af.signum() > 0 ? Optional.of(r.bijstandsnorm().inclusiefVakantietoeslag().subtract(af)) : Optional.empty();
            return new Controle(standaard, Optional.of(r), maanden, bijdrage, over, Optional.empty());
        } catch (OngeldigeInvoerException e) {
            return Controle.niet(e.fouten().stream().map(Fout::reden).reduce((x, y) -> x + " " + y).orElse("De berekening kon niet."));
        }
    }

    // --- validation ---------------------------------------------------------------------------

    private void valideerVelden(BesluitSoort soort, BesluitGegevens g, List<Fout> fouten) {
        if (g.peildatum() == null) {
            fouten.add(new Fout("peildatum", "required", "Vul de peildatum in: de dag waarop het besluit ingaat."));
        }
        lengte("beoogdEffect", g.beoogdEffect(), fouten);
        lengte("gevolgen", g.gevolgen(), fouten);
        lengte("bedoelingToelichting", g.bedoelingToelichting(), fouten);
        lengte("ethiek", g.ethiek(), fouten);
        lengte("standaardUitkomst", g.standaardUitkomst(), fouten);
        lengte("afwijkingMotivering", g.afwijkingMotivering(), fouten);
        lengte("motiveringOnderVoet", g.motiveringOnderVoet(), fouten);
        lengte("besluitTekst", g.besluitTekst(), fouten);
        lengte("doorbraakToelichting", g.doorbraakToelichting(), fouten);
        for (String code : g.bedoelingen()) {
            if (catalogus.bedoeling(soort, code).isEmpty()) {
                fouten.add(new Fout("bedoelingen", "invalid", "Kies een bedoeling uit de lijst van de " + soort.wet() + " (onbekend: " + code + ")."));
            }
        }
        if (g.bevoegdheid() != null && !g.bevoegdheid().isBlank() && catalogus.bevoegdheid(soort, g.bevoegdheid()).isEmpty()) {
            fouten.add(new Fout("bevoegdheid", "invalid", "Kies een bevoegdheid om af te wijken die bij dit soort besluit hoort."));
        }
        bedrag("vordering", g.vordering(), fouten);
        bedrag("beslotenBedrag", g.beslotenBedrag(), fouten);
        bedrag("aflossingPerMaand", g.aflossingPerMaand(), fouten);
        bedrag("kostenDoormodderen", g.kostenDoormodderen(), fouten);
        bedrag("kostenDoorbraak", g.kostenDoorbraak(), fouten);
        if (!soort.isTerugvordering() && (g.vordering() != null || g.beslotenBedrag() != null || g.aflossingPerMaand() != null)) {
            fouten.add(new Fout("vordering", "invalid", "Bedragen van een terugvordering horen alleen bij een besluit over terugvordering."));
        }
        if (g.vordering() != null && g.beslotenBedrag() != null && g.beslotenBedrag().compareTo(g.vordering()) > 0) {
            fouten.add(new Fout("beslotenBedrag", "range", "U kunt niet meer terugvorderen dan de vordering."));
        }
        if (g.metWmoBijdrage() && soort != BesluitSoort.WMO_MAATWERKVOORZIENING) {
            fouten.add(new Fout("wmoBijdrage", "invalid", "Een Wmo-bijdrage hoort bij een Wmo-maatwerkvoorziening."));
        }
        lengte("briefToelichting", g.briefToelichting(), fouten);
        lengte("voorziening", g.voorziening(), fouten);
        lengte("aanbieder", g.aanbieder(), fouten);
        if (!soort.isTerugvordering() && (g.inningswijze() != null || g.periodeVan() != null || g.periodeTot() != null
                || g.herzieningsbesluitOp() != null || g.eersteBetaling() != null || g.instemmingOp() != null)) {
            fouten.add(new Fout("inningswijze", "invalid", "Hoe er wordt terugbetaald en over welke periode, hoort alleen bij een terugvordering."));
        }
        if (soort.isTerugvordering() && (g.voorziening() != null || g.leveringsvorm() != null || g.aanbieder() != null
                || g.ingangsdatum() != null || g.einddatum() != null)) {
            fouten.add(new Fout("voorziening", "invalid", "Een voorziening met aanbieder en looptijd hoort niet bij een terugvordering."));
        }
        if (soort.isTerugvordering() && g.afwijkingRichting() != null) {
            fouten.add(new Fout("afwijkingRichting", "invalid", "Bij een terugvordering rekent Maatwerk zelf uit of het besluit milder of strenger is dan de regel."));
        }
        if (g.periodeVan() != null && g.periodeTot() != null && g.periodeVan().isAfter(g.periodeTot())) {
            fouten.add(new Fout("periodeTot", "range", "Het einde van de periode ligt voor het begin."));
        }
        if (g.ingangsdatum() != null && g.einddatum() != null && g.ingangsdatum().isAfter(g.einddatum())) {
            fouten.add(new Fout("einddatum", "range", "De einddatum ligt voor de ingangsdatum."));
        }
        if ((g.instemmingOp() != null || g.instemmingWijze() != null) && g.inningswijze() != Inningswijze.BETALINGSREGELING) {
            fouten.add(new Fout("instemmingOp", "invalid", "De instemming van de inwoner hoort bij een vrijwillige betalingsregeling. Kies die"
                    + " als manier van terugbetalen, of laat de instemming leeg."));
        }
        if (g.instemmingOp() != null && g.instemmingOp().isAfter(LocalDate.now(klok))) {
            fouten.add(new Fout("instemmingOp", "range", "De datum van instemming ligt in de toekomst. Vul de dag in waarop de inwoner instemde."));
        }
        if ((g.instemmingOp() == null) != (g.instemmingWijze() == null)) {
            fouten.add(new Fout(g.instemmingOp() == null ? "instemmingOp" : "instemmingWijze", "required",
                    "Leg de instemming vast met de datum en hoe de inwoner instemde."));
        }
    }

    /** Submitting and finalising need every step of the toets and whatever the situation asks for. */
    private void vereisCompleet(Besluit b) {
        BesluitGegevens g = b.inhoud();
        List<Fout> fouten = new ArrayList<>();
        valideerVelden(b.soort(), g, fouten);
        verplicht("beoogdEffect", g.beoogdEffect(), "Stap 1: beschrijf welk effect het besluit voor deze persoon moet hebben.", fouten);
        verplicht("gevolgen", g.gevolgen(), "Stap 2: beschrijf de gevolgen voor de persoon, het huishouden en de omgeving.", fouten);
        if (g.bedoelingen().isEmpty()) {
            fouten.add(new Fout("bedoelingen", "required", "Stap 3: kies minstens één bedoeling van de wet waar het besluit bij past."));
        }
        verplicht("bedoelingToelichting", g.bedoelingToelichting(), "Stap 3: leg uit hoe het besluit bij de bedoeling van de wet past.", fouten);
        verplicht("ethiek", g.ethiek(), "Stap 4: beschrijf of het besluit ethisch verantwoord is.", fouten);
        if (b.soort().isTerugvordering()) {
            if (g.vordering() == null) {
                fouten.add(new Fout("vordering", "required", "Stap 5: vul de vordering in, het bedrag dat te veel is betaald."));
            }
            if (g.beslotenBedrag() == null) {
                fouten.add(new Fout("beslotenBedrag", "required", "Vul in hoeveel u terugvordert (0 als u helemaal afziet)."));
            } else if (g.beslotenBedrag().signum() > 0 && g.aflossingPerMaand() == null) {
                fouten.add(new Fout("aflossingPerMaand", "required", "Vul de aflossing per maand in."));
            }
        } else {
            verplicht("standaardUitkomst", g.standaardUitkomst(), "Stap 5: beschrijf wat de regel zonder afwijking zou opleveren.", fouten);
        }
        verplicht("besluitTekst", g.besluitTekst(), "Schrijf in een of twee zinnen wat u besluit.", fouten);
        if (b.soort().isTerugvordering()) {
            if (g.periodeVan() == null) {
                fouten.add(new Fout("periodeVan", "required", "Vul in vanaf wanneer er te veel bijstand is betaald."));
            }
            if (g.periodeTot() == null) {
                fouten.add(new Fout("periodeTot", "required", "Vul in tot wanneer er te veel bijstand is betaald."));
            }
            if (g.beslotenBedrag() != null && g.beslotenBedrag().signum() > 0) {
                if (g.inningswijze() == null) {
                    fouten.add(new Fout("inningswijze", "required", "Kies hoe het geld wordt terugbetaald."));
                }
                if (g.eersteBetaling() == null) {
                    fouten.add(new Fout("eersteBetaling", "required", "Vul in vanaf wanneer de inwoner betaalt."));
                }
            }
        } else if (g.voorziening() != null) {
            if (g.leveringsvorm() == null) {
                fouten.add(new Fout("leveringsvorm", "required", "Kies zorg in natura of een persoonsgebonden budget (pgb)."));
            } else if (g.leveringsvorm() == Leveringsvorm.ZIN && g.aanbieder() == null) {
                fouten.add(new Fout("aanbieder", "required", "Vul de aanbieder in die de hulp geeft."));
            }
            if (g.ingangsdatum() == null) {
                fouten.add(new Fout("ingangsdatum", "required", "Vul in vanaf wanneer de inwoner de hulp krijgt."));
            }
        }
        boolean metBevoegdheid = g.metAfwijking() || g.mindervordering() || (g.bevoegdheid() != null && !g.bevoegdheid().isBlank());
        if (metBevoegdheid) {
            if (g.bevoegdheid() == null || g.bevoegdheid().isBlank()) {
                fouten.add(new Fout("bevoegdheid", "required", g.mindervordering() && !g.metAfwijking()
                        ? "U vordert minder terug dan de vordering. Kies de bevoegdheid waarmee u afwijkt."
                        : "Kies de bevoegdheid waarmee u afwijkt van de regel."));
            }
            verplicht("afwijkingMotivering", g.afwijkingMotivering(), "Leg uit waarom u afwijkt van de regel.", fouten);
        }
        if (b.isAfwijking() && g.afwijkingRedensoort() == null) {
            fouten.add(new Fout("afwijkingRedensoort", "required", "Kies de soort reden voor de afwijking."));
        }
        Controle controle = controle(b);
        if (controle.melding().isPresent() && (b.soort().isTerugvordering() || g.metWmoBijdrage())) {
            fouten.add(new Fout("peildatum", "invalid", "Wat het huishouden overhoudt, kon niet worden berekend: " + controle.melding().get()
                    + " Een besluit over geld wordt pas definitief als die berekening er is."));
        }
        fouten.addAll(Waarborg.onrechtmatig(b, controle));
        if (controle.onderBeslagvrijeVoet()) {
            verplicht("motiveringOnderVoet", g.motiveringOnderVoet(),
                    "Met dit besluit houdt het huishouden minder over dan de beslagvrije voet. Leg uit waarom dat toch verantwoord is, of pas het besluit aan.",
                    fouten);
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    private static void verplicht(String veld, String waarde, String melding, List<Fout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new Fout(veld, "required", melding));
        }
    }

    private static void lengte(String veld, String waarde, List<Fout> fouten) {
        if (waarde != null && waarde.length() > MAX_TEKST) {
            fouten.add(new Fout(veld, "size", "Deze tekst is te lang: hoogstens " + MAX_TEKST + " tekens."));
        }
    }

    private static void bedrag(String veld, BigDecimal waarde, List<Fout> fouten) {
        if (waarde == null) {
            return;
        }
        if (waarde.signum() < 0) {
            fouten.add(new Fout(veld, "range", "Een bedrag is 0 of meer."));
        } else if (waarde.stripTrailingZeros().scale() > 2) {
            fouten.add(new Fout(veld, "invalid", "Een bedrag heeft hoogstens twee cijfers achter de komma."));
        } else if (waarde.compareTo(new BigDecimal("10000000")) > 0) {
            fouten.add(new Fout(veld, "range", "Dit bedrag is te groot."));
        }
    }

    private static void vereisStap(Besluit b, BesluitStatus naar) {
        if (!b.status().kanNaar(naar)) {
            throw new BesluitStatusException("Een besluit met de status '" + b.status().omschrijving().toLowerCase(Locale.ROOT)
                    + "' kan niet naar '" + naar.omschrijving().toLowerCase(Locale.ROOT) + "'.");
        }
    }

    /** Every change names the version it was based on, so no one approves or overwrites what they did not see. */
    private static void controleerVersie(Besluit b, Integer versie) {
        if (versie == null) {
            throw new nl.maatwerk.platform.VersieOntbreektException("Geef de versie van het besluit mee die u las (If-Match), bijvoorbeeld \""
                    + b.versie() + "\".");
        }
        if (versie != b.versie()) {
            throw new BesluitStatusException("Iemand anders heeft dit besluit intussen aangepast (versie " + b.versie()
                    + "). Laad het opnieuw en kijk of uw wijziging nog nodig is.");
        }
    }

    // --- one decision where one stands --------------------------------------------------------

    /** A decision already final on the same matter, that no final decision corrects and that this one does not correct. */
    private Optional<Besluit> staandBesluit(UUID zelf, UUID huishoudenId, UUID hulpvraagId, BesluitSoort soort, LocalDate van, LocalDate tot,
            UUID corrigeert) {
        List<UUID> ids = jdbc.sql("""
                select d.id from besluit.besluit d
                where d.soort = ? and d.status in ('definitief', 'verzonden') and d.id is distinct from ? and d.id is distinct from ?
                  and not exists (select 1 from besluit.besluit c where c.corrigeert = d.id and c.status in ('definitief', 'verzonden'))
                  and (d.hulpvraag_id = ?
                       or (d.huishouden_id = ? and d.hulpvraag_id is null and cast(? as uuid) is null
                           and daterange(d.periode_van, d.periode_tot, '[]') && daterange(?, ?, '[]')))
                order by d.definitief_op
                """).params(soort.code(), zelf, corrigeert, hulpvraagId, huishoudenId, hulpvraagId, van, tot).query(UUID.class).list();
        return ids.stream().findFirst().map(this::laad);
    }

    /**
     * Two final decisions on one matter contradict each other: the same kind on one request, or two
     * recoveries of one household over overlapping periods (the same claim). Only a correction of
     * the first may follow it. Serialised per household so two steps at once cannot both pass.
     */
    private void vereisGeenTweedeBesluit(Besluit b) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("besluit:" + b.huishoudenId()).query((rs, n) -> 1).list();
        staandBesluit(b.id(), b.huishoudenId(), b.hulpvraagId(), b.soort(), b.inhoud().periodeVan(), b.inhoud().periodeTot(), b.corrigeert())
                .ifPresent(d -> {
                    throw new BesluitStatusException(tweedeBesluit(d));
                });
    }

    private static String tweedeBesluit(Besluit staand) {
        return "Hierover staat al een definitief besluit (" + staand.soort().omschrijving().toLowerCase(Locale.ROOT) + " van "
                + datum(staand.definitiefOp()) + "). Twee besluiten over hetzelfde spreken elkaar tegen. Klopt het eerdere besluit niet?"
                + " Maak dan een correctiebesluit op dat besluit.";
    }

    /**
     * The decision with its below-the-voet flag as the check computes it now: the household or the
     * norms may have changed since it was saved. Stored, so the database can hold the line too.
     */
    private Besluit bijgewerkt(Besluit b) {
        if (b.status().isDefinitief()) {
            return b;
        }
        boolean onder = controle(b).onderBeslagvrijeVoet();
        if (onder == b.onderBeslagvrijeVoet()) {
            return b;
        }
        jdbc.sql("update besluit.besluit set onder_beslagvrije_voet = ? where id = ?").params(onder, b.id()).update();
        return laad(b.id());
    }

    // --- storage ------------------------------------------------------------------------------

    private void schrijfInhoud(UUID id, BesluitGegevens g, Gebruiker gebruiker) {
        jdbc.sql("""
                update besluit.besluit set peildatum = ?, beoogd_effect = ?, gevolgen = ?, bedoelingen = ?::text[], bedoeling_toelichting = ?, ethiek = ?,
                    standaard_uitkomst = ?, vordering = ?, besloten_bedrag = ?, aflossing_per_maand = ?, wmo_bijdrage = ?, afwijking = ?,
                    bevoegdheid = ?, afwijking_redensoort = ?, afwijking_motivering = ?, motivering_onder_voet = ?, besluit_tekst = ?,
                    kosten_doormodderen = ?, kosten_doorbraak = ?, doorbraak_toelichting = ?, inningswijze = ?, instemming_op = ?,
                    instemming_wijze = ?, afwijking_richting = ?, brief_toelichting = ?, periode_van = ?, periode_tot = ?,
                    herzieningsbesluit_op = ?, eerste_betaling = ?, voorziening = ?, leveringsvorm = ?, aanbieder = ?, ingangsdatum = ?,
                    einddatum = ?, gewijzigd_door = ?, gewijzigd_op = now(),
                    bewerkt_door = case when ? = any (bewerkt_door) then bewerkt_door else array_append(bewerkt_door, ?) end,
                    versie = versie + 1
                where id = ?
                """).params(g.peildatum(), tekst(g.beoogdEffect()), tekst(g.gevolgen()), SqlLijsten.tekst(g.bedoelingen()),
                tekst(g.bedoelingToelichting()), tekst(g.ethiek()), tekst(g.standaardUitkomst()), g.vordering(), g.beslotenBedrag(),
                g.aflossingPerMaand(), g.metWmoBijdrage(), g.metAfwijking(), tekst(g.bevoegdheid()),
                g.afwijkingRedensoort() == null ? null : g.afwijkingRedensoort().code(), tekst(g.afwijkingMotivering()),
                tekst(g.motiveringOnderVoet()), tekst(g.besluitTekst()), g.kostenDoormodderen(), g.kostenDoorbraak(),
                tekst(g.doorbraakToelichting()), code(g.inningswijze()), g.instemmingOp(), code(g.instemmingWijze()),
                code(g.afwijkingRichting()), tekst(g.briefToelichting()), g.periodeVan(), g.periodeTot(), g.herzieningsbesluitOp(),
                g.eersteBetaling(), tekst(g.voorziening()), code(g.leveringsvorm()), tekst(g.aanbieder()), g.ingangsdatum(), g.einddatum(),
                gebruiker.gebruikersnaam(), gebruiker.gebruikersnaam(), gebruiker.gebruikersnaam(), id).update();
    }

    /** A step that records who took it and when in the columns {@code <wie>_door} and {@code <wie>_op}. */
    private void zetStatus(Besluit b, BesluitStatus naar, String wie, String toelichting, Gebruiker g) {
        jdbc.sql("update besluit.besluit set status = ?, " + wie + "_door = ?, " + wie + "_op = now(), versie = versie + 1 where id = ?")
                .params(naar.code(), g.gebruikersnaam(), b.id()).update();
        stap(b.id(), b.status(), naar, toelichting, g);
    }

    private void stap(UUID id, BesluitStatus van, BesluitStatus naar, String toelichting, Gebruiker g) {
        jdbc.sql("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door) values (?, ?, ?, ?, ?)")
                .params(id, van == null ? null : van.code(), naar.code(), toelichting, g.gebruikersnaam()).update();
    }

    /**
     * One recorded step on a decision: logged for the household's members and answered with the
     * decision as it now is. The version was checked when the row was locked.
     */
    private Besluit vastleggen(String naam, Besluit b, Runnable actie) {
        return logboek.verwerk(naam, Verwerkingsactiviteit.BESLUIT_VASTLEGGEN, huishoudens.huidigeBetrokkenen(b.huishoudenId()), () -> {
            actie.run();
            return laad(b.id());
        });
    }

    /** Reads for a change: the row stays locked until the transaction ends, so versions cannot cross. */
    private Besluit vergrendeld(UUID id, Integer versie) {
        jdbc.sql("select 1 from besluit.besluit where id = ? for update").param(id).query(Integer.class).optional();
        Besluit b = zichtbaar(id);
        controleerVersie(b, versie);
        return b;
    }

    private Besluit zichtbaar(UUID id) {
        Besluit b = jdbc.sql("select huishouden_id from besluit.besluit where id = ?").param(id).query(UUID.class).optional()
                .map(h -> inzage.magHuishoudenZien(gebruikers.huidige(), h) ? laad(id) : null)
                .orElse(null);
        if (b == null) {
            throw new NietGevondenException("Besluit");
        }
        return b;
    }

    Besluit laad(UUID id) {
        List<Besluit.Stap> stappen = jdbc.sql("select van, naar, toelichting, door, op from besluit.besluit_gebeurtenis where besluit_id = ? order by id")
                .param(id).query((rs, n) -> new Besluit.Stap(rs.getString(1) == null ? null : BesluitStatus.vanCode(rs.getString(1)),
                        BesluitStatus.vanCode(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())).list();
        return jdbc.sql("""
                select b.*, h.naam as huishouden_naam,
                       trim(coalesce(i.voornamen, '') || ' ' || coalesce(i.voorvoegsel || ' ', '') || coalesce(i.geslachtsnaam, '')) as inwoner_naam
                from besluit.besluit b join inwoner.huishouden h on h.id = b.huishouden_id left join inwoner.inwoner i on i.id = b.inwoner_id
                where b.id = ?
                """).param(id).query((rs, n) -> kaart(rs, stappen)).optional().orElseThrow(() -> new NietGevondenException("Besluit"));
    }

    private static Besluit kaart(ResultSet rs, List<Besluit.Stap> stappen) throws SQLException {
        String redensoort = rs.getString("afwijking_redensoort");
        BesluitGegevens inhoud = new BesluitGegevens(rs.getObject("peildatum", LocalDate.class), rs.getString("beoogd_effect"),
                rs.getString("gevolgen"), lijst(rs.getArray("bedoelingen")), rs.getString("bedoeling_toelichting"), rs.getString("ethiek"),
                rs.getString("standaard_uitkomst"), rs.getBigDecimal("vordering"), rs.getBigDecimal("besloten_bedrag"),
                rs.getBigDecimal("aflossing_per_maand"), rs.getBoolean("wmo_bijdrage"), rs.getBoolean("afwijking"), rs.getString("bevoegdheid"),
                redensoort == null ? null : Redensoort.vanCode(redensoort), rs.getString("afwijking_motivering"),
                rs.getString("motivering_onder_voet"), rs.getString("besluit_tekst"), rs.getBigDecimal("kosten_doormodderen"),
                rs.getBigDecimal("kosten_doorbraak"), rs.getString("doorbraak_toelichting"), optie(rs, "inningswijze", Inningswijze::vanCode),
                rs.getObject("instemming_op", LocalDate.class), optie(rs, "instemming_wijze", Instemmingswijze::vanCode),
                optie(rs, "afwijking_richting", Richting::vanCode), rs.getString("brief_toelichting"), rs.getObject("periode_van", LocalDate.class),
                rs.getObject("periode_tot", LocalDate.class), rs.getObject("herzieningsbesluit_op", LocalDate.class),
                rs.getObject("eerste_betaling", LocalDate.class), rs.getString("voorziening"), optie(rs, "leveringsvorm", Leveringsvorm::vanCode),
                rs.getString("aanbieder"), rs.getObject("ingangsdatum", LocalDate.class), rs.getObject("einddatum", LocalDate.class));
        return new Besluit(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class), rs.getString("huishouden_naam"),
                rs.getObject("hulpvraag_id", UUID.class), rs.getObject("inwoner_id", UUID.class), rs.getString("inwoner_naam"),
                BesluitSoort.vanCode(rs.getString("soort")), BesluitStatus.vanCode(rs.getString("status")), rs.getInt("versie"),
                rs.getObject("corrigeert", UUID.class), inhoud, rs.getBoolean("onder_beslagvrije_voet"), rs.getString("aangemaakt_door"), moment(rs, "aangemaakt_op"),
                rs.getString("gewijzigd_door"), moment(rs, "gewijzigd_op"), lijst(rs.getArray("bewerkt_door")), rs.getString("ingediend_door"),
                moment(rs, "ingediend_op"),
                rs.getString("beoordeeld_door"), moment(rs, "beoordeeld_op"), rs.getString("beoordeling"), rs.getString("beoordeling_toelichting"),
                rs.getString("definitief_door"), moment(rs, "definitief_op"), rs.getString("verzonden_door"), moment(rs, "verzonden_op"),
                rs.getString("brief_html"), stappen);
    }

    private static List<String> lijst(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static <T> T optie(ResultSet rs, String kolom, java.util.function.Function<String, T> vanCode) throws SQLException {
        String code = rs.getString(kolom);
        return code == null ? null : vanCode.apply(code);
    }

    private static String code(Gecodeerd c) {
        return c == null ? null : c.code();
    }

    /** An amount as the explanation writes it ("€ 21,80" or "21,80 euro") back to a number. */
    private static BigDecimal vanTekst(String tekst) {
        return new BigDecimal(tekst.replace("euro", "").replace("€", "").strip().replace(".", "").replace(",", "."));
    }

    private static String tekst(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String datum(Instant op) {
        return op == null ? "onbekende datum" : Beschikking.datum(op.atZone(nl.maatwerk.platform.Klok.ZONE).toLocalDate());
    }
}

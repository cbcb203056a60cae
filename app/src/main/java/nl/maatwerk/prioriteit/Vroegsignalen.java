package nl.maatwerk.prioriteit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import nl.maatwerk.inwoner.Zichtbaarheid;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.prioriteit.Vroegsignaal.Actie;
import nl.maatwerk.prioriteit.Vroegsignaal.SchuldeiserType;
import nl.maatwerk.prioriteit.Vroegsignaal.Soort;
import nl.maatwerk.regels.Bsn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early debt signals (vroegsignalering, Wgs): importing a batch, matching each signal to a household
 * (by BSN, else by address), the outreach that follows, and the dashboard. A signal of a household
 * belongs to the household's team; an unmatched one stays with the importing team as an outreach
 * record. Professionals import; need-to-know decides which signals they see.
 */
@Service
public class Vroegsignalen {

    /** What happened to one line of an import. */
    public record Regeluitkomst(int regel, String uitkomst, String reden) {
    }

    public record Verslag(UUID importId, int regels, int nieuw, int dubbel, int fout, List<Regeluitkomst> uitkomsten, String bestandsfout) {

        public List<Regeluitkomst> fouten() {
            return uitkomsten.stream().filter(u -> !"ingelezen".equals(u.uitkomst())).toList();
        }
    }

    public record Filter(UUID huishoudenId, Boolean open) {
    }

    public record Pagina(List<Vroegsignaal> signalen, int nummer, int grootte, long totaal) {
    }

    /** One line of the dashboard; null numbers are suppressed (fewer than {@link Aggregaten#MINIMALE_GROEP}). */
    public record Dashboardregel(String schuldeiserType, Long aantal, Long open, Integer binnen14, Integer binnen28) {
    }

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    private static final DateTimeFormatter NL_DATUM = DateTimeFormatter.ofPattern("d-M-uuuu");

    private final JdbcClient jdbc;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Huishoudens huishoudens;
    private final Logboek logboek;

    Vroegsignalen(JdbcClient jdbc, Inzage inzage, GebruikerRegister gebruikers, Huishoudens huishoudens, Logboek logboek) {
        this.jdbc = jdbc;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.huishoudens = huishoudens;
        this.logboek = logboek;
    }

    // --- import --------------------------------------------------------------------------------

    private record Geldig(int regel, SchuldeiserType type, String schuldeiser, String bsn, String straat, String postcode,
            Integer huisnummer, String toevoeging, BigDecimal bedrag, int maanden, LocalDate datum, String sleutel) {
    }

    /**
     * Imports a batch. Bad and duplicate lines are reported with their reason; the rest is imported.
     * A line that was imported before (same creditor, person, amount, months and date) is skipped, so
     * importing the same file twice adds nothing.
     */
    @Transactional
    public Verslag importeer(String bestandsnaam, String formaat, String inhoud) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        if (g.teamId() == null) {
            throw new AccessDeniedException("Alleen professionals van een team lezen signalen in");
        }
        String f = formaat == null ? raadFormaat(bestandsnaam, inhoud) : formaat.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("json")) {
            throw new OngeldigeInvoerException("formaat", "invalid", "Kies CSV of JSON.");
        }
        SignaalBestand.Inhoud gelezen = SignaalBestand.lees(inhoud, f);
        if (gelezen.fout() != null) {
            throw new OngeldigeInvoerException("bestand", "invalid", gelezen.fout());
        }
        LocalDate vandaag = Ordenaar.vandaag();
        List<Regeluitkomst> uitkomsten = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        List<Geldig> geldig = new ArrayList<>();
        for (SignaalBestand.Regel r : gelezen.regels()) {
            List<String> redenen = new ArrayList<>();
            Geldig v = controleer(r, vandaag, redenen);
            if (v == null) {
                uitkomsten.add(new Regeluitkomst(r.nummer(), "fout", String.join(" ", redenen)));
            } else if (gezien.containsKey(v.sleutel())) {
                uitkomsten.add(new Regeluitkomst(r.nummer(), "dubbel", "Hetzelfde signaal staat al op regel " + gezien.get(v.sleutel())
                        + " van dit bestand."));
            } else {
                gezien.put(v.sleutel(), r.nummer());
                geldig.add(v);
            }
        }
        UUID importId = UUID.randomUUID();
        jdbc.sql("""
                insert into prioriteit.vroegsignaal_import (id, bestandsnaam, formaat, team_id, door, aantal_regels, aantal_nieuw, aantal_dubbel, aantal_fout)
                values (?, ?, ?, ?, ?, ?, 0, 0, 0)
                """).params(importId, bestandsnaam == null ? "" : bestandsnaam, f, g.teamId(), g.gebruikersnaam(), gelezen.regels().size())
                .update();
        List<Betrokkene> betrokkenen = new ArrayList<>();
        int nieuw = 0;
        for (Geldig v : geldig) {
            Koppeling k = koppel(v);
            int rijen = jdbc.sql("""
                    insert into prioriteit.vroegsignaal (id, sleutel, import_id, regel, schuldeiser_type, schuldeiser, bsn, straat, postcode, huisnummer,
                        toevoeging, bedrag, maanden, signaaldatum, ontvangen_op, huishouden_id, inwoner_id, koppeling, team_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (sleutel) do nothing
                    """).params(UUID.randomUUID(), v.sleutel(), importId, v.regel(), v.type().code(), v.schuldeiser(), v.bsn(), v.straat(),
                    v.postcode(), v.huisnummer(), v.toevoeging(), v.bedrag(), v.maanden(), v.datum(), vandaag, k.huishouden(), k.inwoner(),
                    k.soort(), k.huishouden() == null ? g.teamId() : k.team()).update();
            if (rijen == 0) {
                uitkomsten.add(new Regeluitkomst(v.regel(), "dubbel", "Dit signaal is al eerder ingelezen; het is overgeslagen."));
            } else {
                nieuw++;
                uitkomsten.add(new Regeluitkomst(v.regel(), "ingelezen", null));
                betrokkenen.add(k.bsn() != null ? Betrokkene.bsn(k.bsn()) : v.bsn() != null ? Betrokkene.bsn(v.bsn())
                        : Betrokkene.adres(v.postcode() + " " + v.huisnummer() + (v.toevoeging() == null ? "" : " " + v.toevoeging())));
            }
        }
        uitkomsten.sort(java.util.Comparator.comparingInt(Regeluitkomst::regel));
        int dubbel = (int) uitkomsten.stream().filter(u -> u.uitkomst().equals("dubbel")).count();
        int fout = (int) uitkomsten.stream().filter(u -> u.uitkomst().equals("fout")).count();
        jdbc.sql("update prioriteit.vroegsignaal_import set aantal_nieuw = ?, aantal_dubbel = ?, aantal_fout = ? where id = ?")
                .params(nieuw, dubbel, fout, importId).update();
        logboek.registreer("vroegsignaal.inlezen", Verwerkingsactiviteit.VROEGSIGNAAL_INLEZEN, betrokkenen, Instant.now(), true);
        return new Verslag(importId, gelezen.regels().size(), nieuw, dubbel, fout, uitkomsten, null);
    }

    private static String raadFormaat(String naam, String inhoud) {
        if (naam != null && naam.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return "json";
        }
        String t = inhoud == null ? "" : inhoud.stripLeading();
        return t.startsWith("[") || t.startsWith("{") ? "json" : "csv";
    }

    private static Geldig controleer(SignaalBestand.Regel r, LocalDate vandaag, List<String> redenen) {
        if (r.velden().containsKey("_fout")) {
            redenen.add(r.velden().get("_fout"));
        }
        SchuldeiserType type = SchuldeiserType.vanTekst(r.veld("schuldeiserType"));
        if (type == null) {
            redenen.add(r.veld("schuldeiserType") == null ? "Het soort schuldeiser ontbreekt."
                    : "Onbekend soort schuldeiser \u201c" + r.veld("schuldeiserType") + "\u201d: kies verhuurder, energie, water of zorgverzekeraar.");
        }
        String schuldeiser = r.veld("schuldeiser");
        if (schuldeiser == null) {
            redenen.add("De naam van de schuldeiser ontbreekt.");
        } else if (schuldeiser.length() > 200) {
            redenen.add("De naam van de schuldeiser is langer dan 200 tekens.");
        }
        String bsn = r.veld("bsn");
        if (bsn != null) {
            bsn = bsn.replace(" ", "").replace(".", "");
            if (bsn.length() == 8) {
                bsn = "0" + bsn;
            }
            if (!Bsn.isGeldig(bsn)) {
                redenen.add("Het BSN \u201c" + r.veld("bsn") + "\u201d is geen geldig burgerservicenummer (9 cijfers en de elfproef).");
            }
        }
        String postcode = r.veld("postcode");
        Integer huisnummer = null;
        if (postcode != null) {
            if (!POSTCODE.matcher(postcode).matches()) {
                redenen.add("De postcode \u201c" + postcode + "\u201d is geen Nederlandse postcode (zoals 2511 AB).");
            }
            postcode = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        }
        if (r.veld("huisnummer") != null) {
            try {
                huisnummer = Integer.valueOf(r.veld("huisnummer"));
                if (huisnummer < 1 || huisnummer > 99999) {
                    redenen.add("Het huisnummer ligt niet tussen 1 en 99999.");
                }
            } catch (NumberFormatException e) {
                redenen.add("Het huisnummer \u201c" + r.veld("huisnummer") + "\u201d is geen getal.");
            }
        }
        if (bsn == null && (postcode == null || huisnummer == null)) {
            redenen.add("Geef een BSN, of een postcode met huisnummer, zodat we de inwoner kunnen vinden.");
        }
        BigDecimal bedrag = null;
        if (r.velden().containsKey(SignaalBestand.BEDRAG_FOUT)) {
            redenen.add(r.velden().get(SignaalBestand.BEDRAG_FOUT));
        } else if (r.veld("bedrag") == null) {
            redenen.add("Het bedrag van de achterstand ontbreekt.");
        } else {
            try {
                bedrag = new BigDecimal(r.veld("bedrag").replace("\u20ac", "").strip());
                if (bedrag.signum() <= 0 || bedrag.compareTo(new BigDecimal("100000")) > 0) {
                    redenen.add("Het bedrag moet meer dan € 0 en hoogstens € 100.000 zijn.");
                } else if (bedrag.scale() > 2) {
                    redenen.add("Het bedrag heeft meer dan twee cijfers achter de komma.");
                }
            } catch (NumberFormatException e) {
                redenen.add("Het bedrag \u201c" + r.veld("bedrag") + "\u201d is geen bedrag (zoals 412.50).");
            }
        }
        int maanden = 0;
        if (r.veld("maanden") == null) {
            redenen.add("Het aantal maanden achterstand ontbreekt.");
        } else {
            try {
                maanden = Integer.parseInt(r.veld("maanden"));
                if (maanden < 0 || maanden > 120) {
                    redenen.add("Het aantal maanden achterstand ligt niet tussen 0 en 120.");
                }
            } catch (NumberFormatException e) {
                redenen.add("Het aantal maanden \u201c" + r.veld("maanden") + "\u201d is geen heel getal.");
            }
        }
        LocalDate datum = null;
        if (r.veld("datum") == null) {
            redenen.add("De datum van het signaal ontbreekt.");
        } else {
            try {
                datum = r.veld("datum").matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(r.veld("datum"))
                        : LocalDate.parse(r.veld("datum"), NL_DATUM);
                if (datum.isAfter(vandaag)) {
                    redenen.add("De datum van het signaal ligt in de toekomst.");
                }
            } catch (DateTimeParseException e) {
                redenen.add("De datum \u201c" + r.veld("datum") + "\u201d is geen datum (zoals 2026-01-31).");
            }
        }
        if (!redenen.isEmpty()) {
            return null;
        }
        String toevoeging = r.veld("toevoeging") == null ? null : r.veld("toevoeging").toUpperCase(Locale.ROOT);
        String persoon = bsn != null ? "bsn:" + bsn : "adres:" + postcode + ":" + huisnummer + ":" + (toevoeging == null ? "" : toevoeging);
        String sleutel = hash(String.join("|", type.code(), schuldeiser.toLowerCase(Locale.ROOT), persoon, bedrag.setScale(2).toPlainString(),
                Integer.toString(maanden), datum.toString()));
        return new Geldig(r.nummer(), type, schuldeiser, bsn, r.veld("straat"), postcode, huisnummer, toevoeging, bedrag.setScale(2), maanden,
                datum, sleutel);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Koppeling(UUID huishouden, UUID inwoner, String team, String bsn, String soort) {
    }

    private static final String KOPPEL = """
            select l.huishouden_id, i.id, h.team_id, i.bsn from inwoner.inwoner i
            join inwoner.huishouden_lid l on l.inwoner_id = i.id and l.vanaf <= current_date and (l.tot_en_met is null or l.tot_en_met >= current_date)
            join inwoner.huishouden h on h.id = l.huishouden_id
            """;

    /** Residents at an address; the postcode expression is the one indexed in V7 (inwoner_postcode_genormaliseerd). */
    static final String OP_ADRES = KOPPEL + " where replace(upper(i.postcode), ' ', '') = ? and i.huisnummer = ?"
            + " and coalesce(upper(i.huisletter), '') || coalesce(upper(i.huisnummertoevoeging), '') = ?";

    /** By BSN to the resident's current household; otherwise by address, only when exactly one household lives there. */
    private Koppeling koppel(Geldig v) {
        if (v.bsn() != null) {
            List<Koppeling> k = jdbc.sql(KOPPEL + " where i.bsn = ?").param(v.bsn())
                    .query((rs, i) -> new Koppeling(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            "bsn")).list();
            if (!k.isEmpty()) {
                return k.getFirst();
            }
        }
        if (v.postcode() != null && v.huisnummer() != null) {
            List<Koppeling> k = jdbc.sql(OP_ADRES)
                    .params(v.postcode(), v.huisnummer(), v.toevoeging() == null ? "" : v.toevoeging().replace(" ", "").replace("-", ""))
                    .query((rs, i) -> new Koppeling(rs.getObject(1, UUID.class), null, rs.getString(3), null, "adres")).list();
            if (k.stream().map(Koppeling::huishouden).distinct().count() == 1) {
                return k.getFirst();
            }
        }
        return new Koppeling(null, null, null, null, "geen");
    }

    // --- reading ---------------------------------------------------------------------------------

    /** A signal matched to a household the user may see, or an unmatched one of the user's team. */
    private String zichtbaar(Gebruiker g, List<Object> params) {
        Zichtbaarheid zichtbaar = inzage.zichtbaarheid(g);
        params.addAll(zichtbaar.parameters());
        params.add(g.teamId());
        return "(s.huishouden_id in (" + zichtbaar.subquery() + ") or (s.huishouden_id is null and s.team_id = ?))";
    }

    public Pagina lijst(Filter filter, int pagina, int grootte) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        List<Object> params = new ArrayList<>();
        StringBuilder waar = new StringBuilder(" from prioriteit.vroegsignaal s where ")
                .append(zichtbaar(g, params));
        if (filter.huishoudenId() != null) {
            waar.append(" and s.huishouden_id = ?");
            params.add(filter.huishoudenId());
        }
        if (filter.open() != null) {
            waar.append(filter.open() ? " and s.status <> 'afgesloten'" : " and s.status = 'afgesloten'");
        }
        long totaal = jdbc.sql("select count(*)" + waar).params(params).query(Long.class).single();
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(grootte);
        metPagina.add((long) (pagina - 1) * grootte);
        List<UUID> ids = jdbc.sql("select s.id" + waar + " order by s.ontvangen_op desc, s.signaaldatum desc, s.id limit ? offset ?")
                .params(metPagina).query(UUID.class).list();
        List<Vroegsignaal> lijst = laad(ids);
        logboek.registreer("vroegsignaal.lijst", Verwerkingsactiviteit.VROEGSIGNAAL_RAADPLEGEN, betrokkenen(lijst), Instant.now(), true);
        return new Pagina(lijst, pagina, grootte, totaal);
    }

    public Vroegsignaal lees(UUID id) {
        Vroegsignaal s = zichtbaarSignaal(id);
        logboek.registreer("vroegsignaal.raadplegen", Verwerkingsactiviteit.VROEGSIGNAAL_RAADPLEGEN, betrokkenen(List.of(s)), Instant.now(),
                true);
        return s;
    }

    private Vroegsignaal zichtbaarSignaal(UUID id) {
        Gebruiker g = gebruikers.huidige();
        inzage.vereisProfessional(g);
        List<Object> params = new ArrayList<>();
        params.add(id);
        String conditie = zichtbaar(g, params);
        boolean mag = jdbc.sql("select exists (select 1 from prioriteit.vroegsignaal s where s.id = ? and "
                + conditie + ")").params(params).query(Boolean.class).single();
        if (!mag) {
            throw new NietGevondenException("Signaal");
        }
        return laad(List.of(id)).getFirst();
    }

    /** The signals of a household, newest first, without access check or log: for the household page, which does both. */
    List<Vroegsignaal> vanHuishoudenZonderLog(UUID huishoudenId) {
        return laad(jdbc.sql("select id from prioriteit.vroegsignaal where huishouden_id = ? order by ontvangen_op desc, id").param(huishoudenId)
                .query(UUID.class).list());
    }

    private List<Betrokkene> betrokkenen(List<Vroegsignaal> lijst) {
        List<Betrokkene> b = new ArrayList<>();
        List<UUID> metHuishouden = lijst.stream().map(Vroegsignaal::huishoudenId).filter(java.util.Objects::nonNull).distinct().toList();
        b.addAll(huishoudens.huidigeBetrokkenen(metHuishouden));
        for (Vroegsignaal s : lijst) {
            if (s.huishoudenId() == null) {
                b.add(s.bsn() != null ? Betrokkene.bsn(s.bsn()) : Betrokkene.adres(s.adres()));
            }
        }
        return b.stream().distinct().toList();
    }

    private List<Vroegsignaal> laad(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Object lijst = SqlLijsten.uuids(ids);
        Map<UUID, List<Actie>> acties = new HashMap<>();
        jdbc.sql("select * from prioriteit.vroegsignaal_actie where signaal_id = any(?::uuid[]) order by datum, op").param(lijst)
                .query((rs, i) -> acties.computeIfAbsent(rs.getObject("signaal_id", UUID.class), k -> new ArrayList<>()).add(new Actie(
                        rs.getObject("id", UUID.class), Soort.vanCode(rs.getString("soort")), (Boolean) rs.getObject("contact"),
                        rs.getString("notitie"), rs.getObject("datum", LocalDate.class), rs.getString("door_naam"),
                        rs.getTimestamp("op").toInstant())))
                .list();
        Map<UUID, Vroegsignaal> perId = new LinkedHashMap<>();
        jdbc.sql("select s.*, h.naam as huishouden_naam from prioriteit.vroegsignaal s left join inwoner.huishouden h on h.id = s.huishouden_id "
                        + "where s.id = any(?::uuid[])").param(lijst)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String adres = rs.getString("postcode") == null ? null : String.join(" ", java.util.stream.Stream.of(rs.getString("straat"),
                            rs.getString("huisnummer") == null ? null : rs.getString("huisnummer")
                                    + (rs.getString("toevoeging") == null ? "" : " " + rs.getString("toevoeging")),
                            rs.getString("postcode")).filter(java.util.Objects::nonNull).toList());
                    return perId.put(id, new Vroegsignaal(id, SchuldeiserType.vanTekst(rs.getString("schuldeiser_type")),
                            rs.getString("schuldeiser"), rs.getString("bsn"), adres, rs.getBigDecimal("bedrag"), rs.getInt("maanden"),
                            rs.getObject("signaaldatum", LocalDate.class), rs.getObject("ontvangen_op", LocalDate.class),
                            rs.getObject("huishouden_id", UUID.class), rs.getString("huishouden_naam"), rs.getObject("inwoner_id", UUID.class),
                            rs.getString("koppeling"),
                            rs.getString("team_id"), rs.getString("status"), rs.getObject("eerste_contact_op", LocalDate.class),
                            rs.getObject("teruggemeld_op", LocalDate.class), acties.getOrDefault(id, List.of())));
                })
                .list();
        return ids.stream().map(perId::get).filter(java.util.Objects::nonNull).toList();
    }

    // --- outreach --------------------------------------------------------------------------------

    /**
     * Records one outreach step. A contact attempt says whether contact was made; an answer needs an
     * offer first; the feedback to the creditor says by itself whether contact was made; a closed
     * signal takes no more steps. Every problem is reported at once.
     */
    @Transactional
    public Vroegsignaal legVast(UUID id, String soortCode, Boolean contact, String notitie, LocalDate datum) {
        Vroegsignaal s = zichtbaarSignaal(id);
        Gebruiker g = gebruikers.huidige();
        Soort soort = Soort.vanCode(soortCode);
        List<Fout> fouten = new ArrayList<>();
        LocalDate vandaag = Ordenaar.vandaag();
        if (soort == null) {
            fouten.add(new Fout("soort", soortCode == null ? "required" : "invalid", "Kies wat er is gedaan."));
        }
        if (soort != null && soort.poging() && contact == null) {
            fouten.add(new Fout("contact", "required", "Geef aan of er contact was."));
        }
        if (datum == null) {
            fouten.add(new Fout("datum", "required", "Vul de datum in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Fout("datum", "future", "De datum ligt in de toekomst."));
        } else if (datum.isBefore(s.signaaldatum())) {
            fouten.add(new Fout("datum", "range", "De datum ligt voor de datum van het signaal."));
        }
        if (notitie != null && notitie.length() > 1000) {
            fouten.add(new Fout("notitie", "size", "De notitie is hoogstens 1000 tekens."));
        }
        if (!s.open()) {
            fouten.add(new Fout("soort", "closed", "Dit signaal is afgesloten."));
        }
        boolean aanbodGedaan = s.acties().stream().anyMatch(a -> a.soort() == Soort.AANBOD);
        if ((soort == Soort.GEACCEPTEERD || soort == Soort.AFGEWEZEN) && !aanbodGedaan) {
            fouten.add(new Fout("soort", "order", "Leg eerst vast welke hulp is aangeboden."));
        }
        if (soort == Soort.AANBOD && s.eersteContactOp() == null) {
            fouten.add(new Fout("soort", "order", "Hulp aanbieden kan na contact: leg eerst het contact vast."));
        }
        if (soort == Soort.TERUGMELDING && s.teruggemeldOp() != null) {
            fouten.add(new Fout("soort", "exists", "Er is al teruggemeld aan de schuldeiser."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Boolean metContact = soort.poging() ? contact : soort == Soort.TERUGMELDING ? Boolean.valueOf(s.eersteContactOp() != null) : null;
        String status = switch (soort) {
            case BRIEF, TELEFOON, HUISBEZOEK -> Boolean.TRUE.equals(contact) && s.status().equals("open") ? "contact" : s.status();
            case AANBOD -> "aanbod";
            case GEACCEPTEERD -> "geaccepteerd";
            case AFGEWEZEN -> "afgewezen";
            case TERUGMELDING -> s.status();
            case AFGESLOTEN -> "afgesloten";
        };
        List<Betrokkene> wie = betrokkenen(List.of(s));
        logboek.verwerk("vroegsignaal.opvolgen", Verwerkingsactiviteit.VROEGSIGNAAL_OPVOLGEN, wie, () -> {
            jdbc.sql("insert into prioriteit.vroegsignaal_actie (id, signaal_id, soort, contact, notitie, datum, door, door_naam) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, soort.code(), metContact, notitie == null || notitie.isBlank() ? null : notitie.strip(), datum,
                            g.gebruikersnaam(), g.naam()).update();
            jdbc.sql("""
                    update prioriteit.vroegsignaal set status = ?,
                        eerste_contact_op = case when ? then least(coalesce(eerste_contact_op, ?), ?) else eerste_contact_op end,
                        teruggemeld_op = case when ? then ? else teruggemeld_op end
                    where id = ?
                    """).params(status, Boolean.TRUE.equals(contact) && soort.poging(), datum, datum, soort == Soort.TERUGMELDING, datum, id)
                    .update();
            return null;
        });
        return laad(List.of(id)).getFirst();
    }

    // --- dashboard -------------------------------------------------------------------------------

    /**
     * Per creditor type: how many signals, how many still open, and of the signals received at least
     * 14 (28) days ago the share with a first contact within 14 (28) days. Numbers only, no one's
     * data; groups under {@link Aggregaten#MINIMALE_GROEP} are suppressed.
     */
    public List<Dashboardregel> dashboard() {
        Gebruiker g = gebruikers.huidige();
        if (!g.isProfessional() && g.rol() != nl.maatwerk.platform.Rol.BELEID) {
            throw new AccessDeniedException("Alleen professionals en beleid");
        }
        List<Dashboardregel> regels = new ArrayList<>();
        for (SchuldeiserType t : SchuldeiserType.values()) {
            regels.add(jdbc.sql("""
                    select count(*), count(*) filter (where status <> 'afgesloten'),
                           count(*) filter (where ontvangen_op <= current_date - 14),
                           count(*) filter (where ontvangen_op <= current_date - 14 and eerste_contact_op <= ontvangen_op + 14),
                           count(*) filter (where ontvangen_op <= current_date - 28),
                           count(*) filter (where ontvangen_op <= current_date - 28 and eerste_contact_op <= ontvangen_op + 28)
                    from prioriteit.vroegsignaal where schuldeiser_type = ?
                    """).param(t.code()).query((rs, i) -> {
                        long aantal = rs.getLong(1);
                        boolean klein = aantal < Aggregaten.MINIMALE_GROEP;
                        return new Dashboardregel(t.omschrijving(), klein ? null : aantal, klein ? null : rs.getLong(2),
                                klein ? null : procent(rs.getLong(4), rs.getLong(3)), klein ? null : procent(rs.getLong(6), rs.getLong(5)));
                    }).single());
        }
        return regels;
    }

    private static Integer procent(long deel, long geheel) {
        return geheel < Aggregaten.MINIMALE_GROEP ? null : (int) Math.round(100.0 * deel / geheel);
    }
}

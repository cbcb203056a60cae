package nl.maatwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.maatwerk.ApiEindpunten;
import nl.maatwerk.TestData;
import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint × every role (and anonymous) × a household the caller is related to and one
 * they are not, against the real security stack with the demo accounts over HTTP Basic. The
 * endpoints come from Spring MVC itself, so a new endpoint without an entry here fails the build.
 *
 * <p>Each demo account logs in over HTTP Basic once, through the real filter chain and password
 * check; every cell then sends the authentication that login produced. The API is stateless, so
 * from there on the chain does exactly what it does after a Basic login: the URL rules, method
 * security and need-to-know all run for real. Logging in per cell cost a bcrypt check each, about
 * four fifths of this class's time.
 *
 * <p>The contract: no authentication is 401; a role that may not do this is 403; a household (or a
 * resident in one) the caller has no relation with is 404, indistinguishable from one that does not
 * exist; the policy role sees no personal data at all; the auditor only the logboek. Access that has
 * gone is gone (issue 13): an ended assignment and an expired doorbraak answer as a stranger's household,
 * and a resident who left the caller's household is shown there by name and period only, while their
 * own record is refused (403) and never shows their BSN or where they live now.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class ApiAutorisatieMatrixTest {

    private static final String CENTRUM = "wijkteam-centrum";
    private static final String ELDERS = "wijkteam-matrix-elders";

    enum Wie {
        CONSULENT, REGISSEUR, TEAMLEIDER, BELEID, AUDITOR, INWONER, BEHEERDER, ANONIEM;

        boolean professional() {
            return this == CONSULENT || this == REGISSEUR || this == TEAMLEIDER;
        }
    }

    /**
     * The household the request is about: one the caller belongs to (their team's, or their own), or another team's.
     * Three more (issue 13) ask the same for access that is no longer there: the caller's household with a resident
     * who left it for another team's household; another team's household whose assignment ended; and another
     * team's household whose doorbraak expired. They run where the answer differs between VERWANT and ONVERWANT.
     */
    enum Doel {
        VERWANT, ONVERWANT,
        /** The caller's own household (as VERWANT), asked about the partner who left it and lives in another team's household now. */
        VOORMALIG_LID,
        /** Another team's household that was assigned to each demo professional until yesterday (their regie passed on). */
        BEEINDIGDE_TOEWIJZING,
        /** Another team's household each demo professional opened with a doorbraak that has expired. */
        VERLOPEN_DOORBRAAK;

        /** Whether the household asked about is one the caller may see. */
        boolean verwant() {
            return this == VERWANT || this == VOORMALIG_LID;
        }
    }

    /** A household and one resident to ask about; {@code lid} is its aanvrager, whom a PUT of the household keeps. */
    record Doelwit(UUID huishouden, UUID inwoner, String bsn, String naam, UUID lid) {
    }

    /** What must happen. */
    enum Uitkomst {
        /** 2xx, and the body shows the household or resident asked about. */
        TOEGESTAAN,
        /** 2xx, but the household or resident asked about is not in the body (lists and searches). */
        VERBORGEN,
        /** 400 exactly as for an id that does not exist: the body reveals nothing. */
        ONBEKEND,
        NIET_INGELOGD, GEEN_TOEGANG, NIET_GEVONDEN,
        /** 2xx for a resource about no household at all (aggregates, the algorithm register): the body names no one. */
        ALGEMEEN
    }

    // The common base of a plain and a multipart request (an upload, issue 15).
    record Eindpunt(String sleutel, BiFunction<Doel, Gegevens, AbstractMockHttpServletRequestBuilder<?>> verzoek,
            BiFunction<Wie, Doel, Uitkomst> verwacht) {
    }

    /**
     * What the matrix works on; fixed for the class, fresh residents are made per request where needed.
     * {@code vertrokkenLid} is the former partner's membership of the VERWANT household as JSON, which a PUT of
     * that household repeats unchanged; {@code nieuwAdres} is where she lives now, which no answer about the
     * household she left may show.
     */
    record Gegevens(Map<Doel, Doelwit> doelen, String vertrokkenLid, String nieuwAdres,
            Function<String, UUID> vrijeInwonerVanTeam, Function<UUID, UUID> nieuweHulpvraag,
            Function<UUID, Integer> planVersie, BiFunction<UUID, String, UUID> nieuwBesluit, Function<UUID, UUID> nieuwSignaal,
            Function<UUID, String> huishoudenVersie, Function<UUID, String> inwonerVersie,
            Function<UUID, UUID> nieuweNotitie, Function<UUID, UUID> nieuwDocument) {

        UUID huishouden(Doel d) {
            return doelen.get(d).huishouden();
        }

        UUID inwoner(Doel d) {
            return doelen.get(d).inwoner();
        }

        String bsn(Doel d) {
            return doelen.get(d).bsn();
        }

        String naam(Doel d) {
            return doelen.get(d).naam();
        }

        /** The body of a PUT of the household asked about that changes nothing but keeps its members. */
        String huishoudenOngewijzigd(Doel d) {
            String body = ApiAutorisatieMatrixTest.huishouden(naam(d), doelen.get(d).lid());
            return d.verwant() ? body.replace("]}", vertrokkenLid + "]}") : body;
        }

        String verwantBsn() {
            return bsn(Doel.VERWANT);
        }

        String onverwantBsn() {
            return bsn(Doel.ONVERWANT);
        }

        String verwanteNaam() {
            return naam(Doel.VERWANT);
        }

        String onverwanteNaam() {
            return naam(Doel.ONVERWANT);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock klok;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Gegevens gegevens;

    @BeforeAll
    void legGegevensVast() {
        TestData data = new TestData(jdbc);
        data.team(ELDERS);
        String achtervoegsel = UUID.randomUUID().toString().substring(0, 8);
        String verwanteNaam = "Matrixeigen-" + achtervoegsel;
        String onverwanteNaam = "Matrixelders-" + achtervoegsel;
        UUID eigenHuishouden = data.huishouden(verwanteNaam, CENTRUM);
        UUID ik = data.inwoner(verwanteNaam, LocalDate.of(1980, 3, 3));
        data.lid(eigenHuishouden, ik, "aanvrager", LocalDate.of(2020, 1, 1), null);
        UUID andersHuishouden = data.huishouden(onverwanteNaam, ELDERS);
        UUID ander = data.inwoner(onverwanteNaam, LocalDate.of(1981, 4, 4));
        data.lid(andersHuishouden, ander, "aanvrager", LocalDate.of(2020, 1, 1), null);
        // Issue 13. The partner lived in the caller's household until a month ago and lives in another team's now.
        String vertrokkenNaam = "Matrixvertrokken-" + achtervoegsel;
        UUID vertrokken = data.inwoner(vertrokkenNaam, LocalDate.of(1982, 5, 5));
        LocalDate laatsteDag = LocalDate.now(klok).minusDays(31);
        data.lid(eigenHuishouden, vertrokken, "partner", LocalDate.of(2020, 1, 1), laatsteDag);
        UUID opvang = data.huishouden("Matrixopvang-" + achtervoegsel, ELDERS);
        data.lid(opvang, vertrokken, "aanvrager", laatsteDag.plusDays(1), null);
        String nieuwAdres = "Matrixschuilplaats";
        jdbc.sql("update inwoner.inwoner set straat = ?, telefoonnummer = '06 1111 2222' where id = ?").params(nieuwAdres, vertrokken).update();
        String vertrokkenLid = """
                ,{"inwonerId":"%s","rol":"partner","vanaf":"2020-01-01","totEnMet":"%s"}""".formatted(vertrokken, laatsteDag);
        // Another team's household assigned to each demo professional until yesterday, and one each opened with a doorbraak that expired.
        String toewijzingNaam = "Matrixtoewijzing-" + achtervoegsel;
        UUID toegewezen = data.huishouden(toewijzingNaam, ELDERS);
        UUID toegewezenLid = data.inwoner(toewijzingNaam, LocalDate.of(1983, 6, 6));
        data.lid(toegewezen, toegewezenLid, "aanvrager", LocalDate.of(2020, 1, 1), null);
        String doorbraakNaam = "Matrixdoorbraak-" + achtervoegsel;
        UUID doorbroken = data.huishouden(doorbraakNaam, ELDERS);
        UUID doorbrokenLid = data.inwoner(doorbraakNaam, LocalDate.of(1984, 7, 7));
        data.lid(doorbroken, doorbrokenLid, "aanvrager", LocalDate.of(2020, 1, 1), null);
        java.time.Instant nu = klok.instant();
        for (String professional : List.of("consulent", "regisseur", "teamleider")) {
            jdbc.sql("insert into inwoner.huishouden_toewijzing (huishouden_id, gebruikersnaam, vanaf, tot) values (?, ?, ?, ?)")
                    .params(toegewezen, professional, java.sql.Timestamp.from(nu.minusSeconds(30 * 86400)),
                            java.sql.Timestamp.from(nu.minusSeconds(86400))).update();
            jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), professional, CENTRUM, doorbroken, "Matrix: acute zorg, inmiddels voorbij",
                            java.sql.Timestamp.from(nu.minusSeconds(2 * 86400)), java.sql.Timestamp.from(nu.minusSeconds(86400))).update();
        }
        // The demo resident account is this resident for the duration; the verwante household is their own.
        demoInwoner = jdbc.sql("select inwoner_id from platform.gebruiker where gebruikersnaam = 'inwoner'").query(UUID.class).optional()
                .orElse(null);
        jdbc.sql("update platform.gebruiker set inwoner_id = ? where gebruikersnaam = 'inwoner'").param(ik).update();
        Map<Doel, Doelwit> doelen = new EnumMap<>(Doel.class);
        doelen.put(Doel.VERWANT, new Doelwit(eigenHuishouden, ik, data.bsnVan(ik), verwanteNaam, ik));
        doelen.put(Doel.ONVERWANT, new Doelwit(andersHuishouden, ander, data.bsnVan(ander), onverwanteNaam, ander));
        // The list filters on the household's name, so the name asked about is the household's; the resident is the partner who left.
        doelen.put(Doel.VOORMALIG_LID, new Doelwit(eigenHuishouden, vertrokken, data.bsnVan(vertrokken), verwanteNaam, ik));
        doelen.put(Doel.BEEINDIGDE_TOEWIJZING, new Doelwit(toegewezen, toegewezenLid, data.bsnVan(toegewezenLid), toewijzingNaam, toegewezenLid));
        doelen.put(Doel.VERLOPEN_DOORBRAAK, new Doelwit(doorbroken, doorbrokenLid, data.bsnVan(doorbrokenLid), doorbraakNaam, doorbrokenLid));
        // Stores the matrix's documents: not one of the callers, so that only the team lead may withdraw them.
        String uploader = data.account("matrix-uploader", "CONSULENT", CENTRUM);
        gegevens = new Gegevens(doelen, vertrokkenLid, nieuwAdres, team -> {
                    UUID vrij = data.inwoner("Matrixvrij-" + achtervoegsel, LocalDate.of(1990, 1, 1));
                    jdbc.sql("update inwoner.inwoner set team_id = ? where id = ?").params(team, vrij).update();
                    return vrij;
                }, huishouden -> {
                    UUID vraag = UUID.randomUUID();
                    jdbc.sql("""
                            insert into toegang.hulpvraag (id, huishouden_id, kanaal, vorm, vraag, urgentie, wetten, status, ontvangen_op, geregistreerd_door)
                            values (?, ?, 'balie', 'melding', 'Matrixvraag', 'gemiddeld', '{wmo}', 'melding', current_date, 'matrix')
                            """).params(vraag, huishouden).update();
                    return vraag;
                }, huishouden -> jdbc.sql("select coalesce(max(versie), 0) from toegang.gezinsplan where huishouden_id = ?")
                        .param(huishouden).query(Integer.class).single(),
                (huishouden, stand) -> besluit(huishouden, stand), huishouden -> {
                    UUID signaal = UUID.randomUUID();
                    jdbc.sql("""
                            insert into prioriteit.vroegsignaal (id, sleutel, schuldeiser_type, schuldeiser, postcode, huisnummer, bedrag, maanden,
                                signaaldatum, ontvangen_op, huishouden_id, koppeling, team_id)
                            select ?, ?, 'energie', 'Matrix Energie', '2511AB', 1, 120.00, 2, current_date, current_date, h.id, 'adres', h.team_id
                            from inwoner.huishouden h where h.id = ?
                            """).params(signaal, "matrix-" + signaal, huishouden).update();
                    return signaal;
                },
                huishouden -> jdbc.sql("select versie from inwoner.huishouden where id = ?").param(huishouden).query(Integer.class).optional().orElse(0).toString(),
                inwoner -> jdbc.sql("select versie from inwoner.inwoner where id = ?").param(inwoner).query(Integer.class).optional().orElse(0).toString(),
                // Issue 15: a note and a document shared with the residents, so the resident's answer shows the household too.
                huishouden -> {
                    UUID notitie = UUID.randomUUID();
                    jdbc.sql("insert into dossier.notitie (id, huishouden_id, kanaal, tekst, gedeeld, door, op) values (?, ?, 'telefoon', 'Matrixnotitie', true, 'consulent', ?)")
                            .params(notitie, huishouden, java.sql.Timestamp.from(klok.instant())).update();
                    return notitie;
                }, huishouden -> {
                    UUID document = UUID.randomUUID();
                    jdbc.sql("""
                            insert into dossier.document (id, huishouden_id, documenttype, bestandsnaam, mediatype, grootte, sha256, gedeeld, geupload_door,
                                geupload_op, bewaren_tot) values (?, ?, 'overig', 'matrix.pdf', 'application/pdf', 8, ?, true, ?, ?, '2999-01-01')
                            """).params(document, huishouden, "0".repeat(64), uploader, java.sql.Timestamp.from(klok.instant())).update();
                    jdbc.sql("insert into dossier.document_inhoud (document_id, inhoud) values (?, ?)").params(document, "%PDF-1.4".getBytes()).update();
                    return document;
                });
        maakThermometerMeting();
        regelvoorstel = this::maakRegelvoorstel;
        planDoel = huishouden -> jdbc.sql("select (inhoud -> 'doelen' -> 0 ->> 'id')::uuid from toegang.gezinsplan where huishouden_id = ?")
                .param(huishouden).query(UUID.class).single();
        logElkeRolIn();
    }

    /** Per role the authentication that a real HTTP Basic login with the demo account produced. */
    private final Map<Wie, Authentication> aangemeld = new EnumMap<>(Wie.class);

    /**
     * One HTTP Basic login per demo account, on an endpoint that needs a login, through the whole
     * chain. The stateless API chain keeps the resulting security context in a request attribute,
     * where it is picked up for reuse.
     */
    private void logElkeRolIn() {
        for (Wie wie : Wie.values()) {
            if (wie == Wie.ANONIEM) {
                continue;
            }
            String naam = wie.name().toLowerCase(java.util.Locale.ROOT);
            MvcResult login;
            try {
                login = mvc.perform(get("/api/v1/openapi.json.yaml").with(httpBasic(naam, "demo"))).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(login.getResponse().getStatus()).as("HTTP Basic login of %s", naam).isEqualTo(200);
            SecurityContext context = (SecurityContext) login.getRequest()
                    .getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
            assertThat(context).as("security context after the login of %s", naam).isNotNull();
            Authentication a = context.getAuthentication();
            assertThat(a.isAuthenticated()).as("%s is authenticated", naam).isTrue();
            assertThat(a.getName()).isEqualTo(naam);
            assertThat(a.getAuthorities()).extracting(GrantedAuthority::getAuthority).filteredOn(r -> r.startsWith("ROLE_"))
                    .containsExactly("ROLE_" + wie.name());
            aangemeld.put(wie, a);
        }
    }

    /** A complete decision in a given state, written by someone else ('matrix'): see {@link TestData#besluit}. */
    private UUID besluit(UUID huishouden, String stand) {
        return new TestData(jdbc).besluit(huishouden, stand, "matrix", klok);
    }

    private UUID demoInwoner;

    /** Thermometer rounds for the endpoints that need one; they hold no personal data. */
    private static UUID thermometerMeting;
    private static UUID openThermometerMeting;

    private void maakThermometerMeting() {
        // Results exist only for a closed round; links are made only for an open one.
        thermometerMeting = thermometerMeting("current_date - 1");
        openThermometerMeting = thermometerMeting("current_date + 30");
    }

    private UUID thermometerMeting(String einddatum) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into thermometer.thermometer_meting (id, naam, einddatum, aangemaakt_door) values (?, 'Matrixmeting', " + einddatum + ", 'matrix')")
                .param(id).update();
        jdbc.sql("insert into thermometer.thermometer_laag (meting_id, laag) values (?, 'uitvoering')").param(id).update();
        return id;
    }

    /** Thermometer aggregates: the policy role and team leads read them; only the policy role changes rounds. */
    private static Uitkomst thermometerLezen(Wie wie, Doel doel) {
        return switch (wie) {
            case ANONIEM -> Uitkomst.NIET_INGELOGD;
            case BELEID, TEAMLEIDER -> Uitkomst.TOEGESTAAN;
            default -> Uitkomst.GEEN_TOEGANG;
        };
    }

    private static Uitkomst thermometerWijzigen(Wie wie, Doel doel) {
        return switch (wie) {
            case ANONIEM -> Uitkomst.NIET_INGELOGD;
            case BELEID -> Uitkomst.TOEGESTAAN;
            default -> Uitkomst.GEEN_TOEGANG;
        };
    }

    @AfterAll
    void herstelDemoInwoner() {
        jdbc.sql("update platform.gebruiker set inwoner_id = ? where gebruikersnaam = 'inwoner'").param(demoInwoner).update();
        // The demo professionals keep only the demo's own assignment and doorbraken (DemoGegevensTest counts them).
        jdbc.sql("delete from inwoner.huishouden_toewijzing where huishouden_id = ?").param(gegevens.huishouden(Doel.BEEINDIGDE_TOEWIJZING)).update();
        jdbc.sql("delete from inwoner.doorbraak where huishouden_id = ?").param(gegevens.huishouden(Doel.VERLOPEN_DOORBRAAK)).update();
    }

    // --- the matrix -------------------------------------------------------------------------

    /** Reading a household or a resident in it: their professionals and the resident themselves. */
    private static Uitkomst lezen(Wie wie, Doel doel) {
        if (wie == Wie.ANONIEM) {
            return Uitkomst.NIET_INGELOGD;
        }
        if (wie == Wie.BELEID || wie == Wie.AUDITOR || wie == Wie.BEHEERDER) {
            return Uitkomst.GEEN_TOEGANG;
        }
        return doel.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.NIET_GEVONDEN;
    }

    /**
     * Reading a resident: as {@link #lezen}, but someone who left the caller's household is not the caller's to read
     * any more. The old team and a housemate of that time hear why (403), and nothing of where she lives now.
     */
    private static Uitkomst inwonerLezen(Wie wie, Doel doel) {
        Uitkomst zoals = lezen(wie, doel);
        return doel == Doel.VOORMALIG_LID && zoals == Uitkomst.TOEGESTAAN ? Uitkomst.GEEN_TOEGANG : zoals;
    }

    /** Changing a resident: as {@link #wijzigen}; the old team may not change the record of someone who left. */
    private static Uitkomst inwonerWijzigen(Wie wie, Doel doel) {
        Uitkomst zoals = wijzigen(wie, doel);
        return doel == Doel.VOORMALIG_LID && zoals == Uitkomst.TOEGESTAAN ? Uitkomst.GEEN_TOEGANG : zoals;
    }

    /** Changing a household or a resident in it: only professionals; others never learn whether it exists. */
    private static Uitkomst wijzigen(Wie wie, Doel doel) {
        if (wie == Wie.ANONIEM) {
            return Uitkomst.NIET_INGELOGD;
        }
        if (wie == Wie.BELEID || wie == Wie.AUDITOR || wie == Wie.BEHEERDER) {
            return Uitkomst.GEEN_TOEGANG;
        }
        if (!doel.verwant()) {
            return Uitkomst.NIET_GEVONDEN;
        }
        return wie.professional() ? Uitkomst.TOEGESTAAN : Uitkomst.GEEN_TOEGANG;
    }

    /** A list the caller may open, in which only what they are related to shows up. */
    private static Uitkomst lijst(Wie wie, Doel doel) {
        if (wie == Wie.ANONIEM) {
            return Uitkomst.NIET_INGELOGD;
        }
        if (wie == Wie.BELEID || wie == Wie.AUDITOR || wie == Wie.BEHEERDER) {
            return Uitkomst.GEEN_TOEGANG;
        }
        return doel.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.VERBORGEN;
    }

    /** Searching residents and recording new data: professionals only. */
    private static Uitkomst alleenProfessionals(Wie wie, Uitkomst verwantOfOnverwant) {
        if (wie == Wie.ANONIEM) {
            return Uitkomst.NIET_INGELOGD;
        }
        return wie.professional() ? verwantOfOnverwant : Uitkomst.GEEN_TOEGANG;
    }

    /** Professionals of the household only; the URL rule refuses other roles before the household is looked at. */
    /** Aggregates for the policy role only (the beleidsdossiers): they name no one. */
    private static Uitkomst alleenBeleid(Wie wie) {
        return wie == Wie.ANONIEM ? Uitkomst.NIET_INGELOGD : wie == Wie.BELEID ? Uitkomst.ALGEMEEN : Uitkomst.GEEN_TOEGANG;
    }

    private static Uitkomst professionalVanHuishouden(Wie wie, Doel doel) {
        return alleenProfessionals(wie, doel.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.NIET_GEVONDEN);
    }

    /** The resident's own API: the resident only; every other role is refused by the URL rule. */
    private static Uitkomst alleenInwoner(Wie wie, Uitkomst alsInwoner) {
        if (wie == Wie.ANONIEM) {
            return Uitkomst.NIET_INGELOGD;
        }
        return wie == Wie.INWONER ? alsInwoner : Uitkomst.GEEN_TOEGANG;
    }

    private static Uitkomst alleenAuditor(Wie wie, Doel doel) {
        if (wie == Wie.ANONIEM) {
            return Uitkomst.NIET_INGELOGD;
        }
        return wie == Wie.AUDITOR ? Uitkomst.TOEGESTAAN : Uitkomst.GEEN_TOEGANG;
    }

    /** Rule parameters hold no personal data: readable by professionals, policy and the functional administrator. */
    private static Uitkomst regelparametersLezen(Wie wie, Doel doel) {
        return switch (wie) {
            case ANONIEM -> Uitkomst.NIET_INGELOGD;
            case CONSULENT, REGISSEUR, TEAMLEIDER, BELEID, BEHEERDER -> Uitkomst.ALGEMEEN;
            default -> Uitkomst.GEEN_TOEGANG;
        };
    }

    private static Uitkomst alleenBeheerder(Wie wie, Doel doel) {
        return switch (wie) {
            case ANONIEM -> Uitkomst.NIET_INGELOGD;
            case BEHEERDER -> Uitkomst.ALGEMEEN;
            default -> Uitkomst.GEEN_TOEGANG;
        };
    }

    /** A fresh proposal by the second demo beheerder, for a date far ahead, so approving it changes no calculation. */
    private static java.util.function.Supplier<UUID> regelvoorstel;

    /** The first goal of a household's plan (the plan the professionals' PUT above saved). */
    private static Function<UUID, UUID> planDoel;

    @Autowired
    nl.maatwerk.regelbeheer.Regelparameters regelparameters;

    private final java.util.concurrent.atomic.AtomicInteger regeldag = new java.util.concurrent.atomic.AtomicInteger();

    private UUID maakRegelvoorstel() {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("beheerder2", null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_BEHEERDER"))));
        var vorige = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return regelparameters.stelVoor(new nl.maatwerk.regelbeheer.NieuwVoorstel("Matrixvoorstel", List.of(new nl.maatwerk.regelbeheer.Regelwaarde(
                    "wmo-abonnementstarief", new java.math.BigDecimal("23.00"), LocalDate.of(2999, 1, 1).plusDays(regeldag.getAndIncrement()),
                    "jci1.3:c:BWBR0035362&artikel=2.1.4", "te verifiëren", "Matrix")))).id();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(vorige);
        }
    }

    private static Uitkomst openbaar(Wie wie, Doel doel) {
        return Uitkomst.TOEGESTAAN;
    }

    /** Aggregates without personal data: professionals and policy. */
    private static Uitkomst cijfers(Wie wie, Doel doel) {
        return switch (wie) {
            case ANONIEM -> Uitkomst.NIET_INGELOGD;
            case CONSULENT, REGISSEUR, TEAMLEIDER, BELEID -> Uitkomst.ALGEMEEN;
            default -> Uitkomst.GEEN_TOEGANG;
        };
    }

    private static Uitkomst ingelogd(Wie wie, Doel doel) {
        return wie == Wie.ANONIEM ? Uitkomst.NIET_INGELOGD : Uitkomst.TOEGESTAAN;
    }

    static List<Eindpunt> matrix() {
        List<Eindpunt> m = new ArrayList<>();
        m.add(new Eindpunt("GET /api/v1/huishoudens",
                (d, g) -> get("/api/v1/huishoudens").param("naam", g.naam(d)),
                ApiAutorisatieMatrixTest::lijst));
        m.add(new Eindpunt("GET /api/v1/huishoudens/{id}",
                (d, g) -> get("/api/v1/huishoudens/" + g.huishouden(d)),
                ApiAutorisatieMatrixTest::lezen));
        m.add(new Eindpunt("POST /api/v1/huishoudens",
                (d, g) -> {
                    UUID lid = g.vrijeInwonerVanTeam().apply(d.verwant() ? CENTRUM : ELDERS);
                    return post("/api/v1/huishoudens").contentType(MediaType.APPLICATION_JSON)
                            .content(huishouden("Matrix nieuw", lid));
                },
                // A resident of another team is as unknown as one that does not exist.
                (w, d) -> alleenProfessionals(w, d.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.ONBEKEND)));
        m.add(new Eindpunt("PUT /api/v1/huishoudens/{id}",
                (d, g) -> put("/api/v1/huishoudens/" + g.huishouden(d)).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", g.huishoudenVersie().apply(g.huishouden(d)))
                        .content(g.huishoudenOngewijzigd(d)),
                ApiAutorisatieMatrixTest::wijzigen));
        m.add(new Eindpunt("GET /api/v1/huishoudens/{id}/plan",
                (d, g) -> get("/api/v1/huishoudens/" + g.huishouden(d) + "/plan"),
                ApiAutorisatieMatrixTest::lezen));
        m.add(new Eindpunt("GET /api/v1/huishoudens/{id}/plan/versies",
                (d, g) -> get("/api/v1/huishoudens/" + g.huishouden(d) + "/plan/versies"),
                ApiAutorisatieMatrixTest::lezen));
        // The current version each time, so that every allowed role's save succeeds instead of answering 409.
        m.add(new Eindpunt("PUT /api/v1/huishoudens/{id}/plan",
                (d, g) -> put("/api/v1/huishoudens/" + g.huishouden(d) + "/plan").contentType(MediaType.APPLICATION_JSON)
                        .content(plan(g.planVersie().apply(g.huishouden(d)))),
                ApiAutorisatieMatrixTest::wijzigen));
        // Issue 15: the dossier. A resident reads what is shared with their household; only professionals add to it.
        m.add(new Eindpunt("GET /api/v1/huishoudens/{huishoudenId}/notities",
                (d, g) -> {
                    g.nieuweNotitie().apply(g.huishouden(d));
                    return get("/api/v1/huishoudens/" + g.huishouden(d) + "/notities");
                },
                ApiAutorisatieMatrixTest::lezen));
        m.add(new Eindpunt("GET /api/v1/huishoudens/{huishoudenId}/notities/{id}",
                (d, g) -> get("/api/v1/huishoudens/" + g.huishouden(d) + "/notities/" + g.nieuweNotitie().apply(g.huishouden(d))),
                ApiAutorisatieMatrixTest::lezen));
        m.add(new Eindpunt("POST /api/v1/huishoudens/{huishoudenId}/notities",
                (d, g) -> post("/api/v1/huishoudens/" + g.huishouden(d) + "/notities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kanaal\":\"telefoon\",\"tekst\":\"Matrix\"}"),
                ApiAutorisatieMatrixTest::wijzigen));
        m.add(new Eindpunt("GET /api/v1/huishoudens/{huishoudenId}/documenten",
                (d, g) -> {
                    g.nieuwDocument().apply(g.huishouden(d));
                    return get("/api/v1/huishoudens/" + g.huishouden(d) + "/documenten");
                },
                ApiAutorisatieMatrixTest::lezen));
        m.add(new Eindpunt("GET /api/v1/huishoudens/{huishoudenId}/documenten/{id}",
                (d, g) -> get("/api/v1/huishoudens/" + g.huishouden(d) + "/documenten/" + g.nieuwDocument().apply(g.huishouden(d))),
                ApiAutorisatieMatrixTest::lezen));
        m.add(new Eindpunt("GET /api/v1/huishoudens/{huishoudenId}/documenten/{id}/inhoud",
                (d, g) -> get("/api/v1/huishoudens/" + g.huishouden(d) + "/documenten/" + g.nieuwDocument().apply(g.huishouden(d)) + "/inhoud"),
                ApiAutorisatieMatrixTest::lezen));
        m.add(new Eindpunt("POST /api/v1/huishoudens/{huishoudenId}/documenten",
                (d, g) -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/huishoudens/" + g.huishouden(d) + "/documenten")
                        .file(new org.springframework.mock.web.MockMultipartFile("bestand", "matrix.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .param("documenttype", "overig"),
                ApiAutorisatieMatrixTest::wijzigen));
        // Withdrawing: the uploader or the team lead; the matrix's documents were stored by someone else.
        m.add(new Eindpunt("POST /api/v1/huishoudens/{huishoudenId}/documenten/{id}/intrekking",
                (d, g) -> post("/api/v1/huishoudens/" + g.huishouden(d) + "/documenten/" + g.nieuwDocument().apply(g.huishouden(d)) + "/intrekking")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reden\":\"Matrix trekt in.\"}"),
                (w, d) -> {
                    Uitkomst u = wijzigen(w, d);
                    return u == Uitkomst.TOEGESTAAN && w != Wie.TEAMLEIDER ? Uitkomst.GEEN_TOEGANG : u;
                }));
        m.add(new Eindpunt("GET /api/v1/inwoners",
                (d, g) -> get("/api/v1/inwoners").param("burgerservicenummer", g.bsn(d)),
                // Only the caller's own current residents; the partner who left is as hidden as a stranger.
                (w, d) -> alleenProfessionals(w, Doel.VERWANT == d ? Uitkomst.TOEGESTAAN : Uitkomst.VERBORGEN)));
        m.add(new Eindpunt("GET /api/v1/inwoners/{id}",
                (d, g) -> get("/api/v1/inwoners/" + g.inwoner(d)),
                ApiAutorisatieMatrixTest::inwonerLezen));
        m.add(new Eindpunt("POST /api/v1/inwoners",
                (d, g) -> post("/api/v1/inwoners").contentType(MediaType.APPLICATION_JSON)
                        .content(inwoner(TestData.nieuwBsn(), g.naam(d))),
                (w, d) -> alleenProfessionals(w, Uitkomst.TOEGESTAAN)));
        m.add(new Eindpunt("PUT /api/v1/inwoners/{id}",
                (d, g) -> put("/api/v1/inwoners/" + g.inwoner(d)).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", g.inwonerVersie().apply(g.inwoner(d)))
                        .content(inwoner(g.bsn(d), g.naam(d))),
                ApiAutorisatieMatrixTest::inwonerWijzigen));
        // Requests for help are the professionals' work; a resident sees them on the household page, not through this API.
        m.add(new Eindpunt("GET /api/v1/hulpvragen",
                (d, g) -> {
                    g.nieuweHulpvraag().apply(g.huishouden(d));
                    return get("/api/v1/hulpvragen").param("huishouden", g.huishouden(d).toString());
                },
                (w, d) -> alleenProfessionals(w, d.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.VERBORGEN)));
        m.add(new Eindpunt("GET /api/v1/hulpvragen/{id}",
                (d, g) -> get("/api/v1/hulpvragen/" + g.nieuweHulpvraag().apply(g.huishouden(d))),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("POST /api/v1/hulpvragen",
                (d, g) -> post("/api/v1/hulpvragen").contentType(MediaType.APPLICATION_JSON).content("""
                        {"huishoudenId":"%s","kanaal":"balie","vorm":"melding","vraag":"Hulp bij de post","levensdomeinen":["financien"],
                         "urgentie":"gemiddeld","wetten":["wmo"],"ontvangenOp":"2026-01-05"}
                        """.formatted(g.huishouden(d))),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("POST /api/v1/hulpvragen/{id}/statuswijzigingen",
                (d, g) -> post("/api/v1/hulpvragen/" + g.nieuweHulpvraag().apply(g.huishouden(d)) + "/statuswijzigingen")
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"onderzoek\",\"reden\":\"Gesprek gepland\"}"),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        // Decisions: the professionals of the household; approving a departure is for a team lead who did not write it.
        m.add(new Eindpunt("POST /api/v1/besluiten",
                (d, g) -> post("/api/v1/besluiten").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hulpvraagId\":\"%s\",\"soort\":\"pw-bijzondere-bijstand\",\"peildatum\":\"2025-09-01\"}"
                                .formatted(g.nieuweHulpvraag().apply(g.huishouden(d)))),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("GET /api/v1/besluiten/{id}",
                (d, g) -> get("/api/v1/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "concept")),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("PUT /api/v1/besluiten/{id}",
                (d, g) -> put("/api/v1/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "concept")).header("If-Match", "1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"peildatum\":\"2025-09-01\",\"beoogdEffect\":\"Schone kleren\"}"),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("POST /api/v1/besluiten/{id}/indiening",
                (d, g) -> post("/api/v1/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "afwijking") + "/indiening").header("If-Match", "1"),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("POST /api/v1/besluiten/{id}/beoordeling",
                (d, g) -> post("/api/v1/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "ter-goedkeuring") + "/beoordeling").header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":true}"),
                (w, d) -> switch (w) {
                    case ANONIEM -> Uitkomst.NIET_INGELOGD;
                    case TEAMLEIDER -> d.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.NIET_GEVONDEN;
                    default -> Uitkomst.GEEN_TOEGANG;
                }));
        m.add(new Eindpunt("POST /api/v1/besluiten/{id}/definitief",
                (d, g) -> post("/api/v1/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "concept") + "/definitief").header("If-Match", "1"),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("POST /api/v1/besluiten/{id}/verzending",
                (d, g) -> post("/api/v1/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "definitief") + "/verzending").header("If-Match", "1"),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("POST /api/v1/besluiten/{id}/correctie",
                (d, g) -> post("/api/v1/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "definitief") + "/correctie"),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("GET /api/v1/besluiten/{id}/brief",
                (d, g) -> get("/api/v1/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "concept") + "/brief").accept(MediaType.TEXT_HTML),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        // The register of departures: aggregates without personal data, for policy advisors and team leads.
        m.add(new Eindpunt("GET /api/v1/afwijkingen", (d, g) -> get("/api/v1/afwijkingen"),
                (w, d) -> switch (w) {
                    case ANONIEM -> Uitkomst.NIET_INGELOGD;
                    case BELEID, TEAMLEIDER -> Uitkomst.TOEGESTAAN;
                    default -> Uitkomst.GEEN_TOEGANG;
                }));
        // Stem van de inwoner: anonymous aggregates for team leads (their own team) and policy advisors.
        m.add(new Eindpunt("GET /api/v1/waarderingen", (d, g) -> get("/api/v1/waarderingen"),
                (w, d) -> switch (w) {
                    case ANONIEM -> Uitkomst.NIET_INGELOGD;
                    case BELEID, TEAMLEIDER -> Uitkomst.TOEGESTAAN;
                    default -> Uitkomst.GEEN_TOEGANG;
                }));
        // Knelpunten (issue 18): any professional reports, from a household they may see (the check reads its names); the dossiers
        // are for policy only and name no one.
        m.add(new Eindpunt("POST /api/v1/knelpunten", (d, g) -> post("/api/v1/knelpunten").contentType(MediaType.APPLICATION_JSON)
                .content("{\"onderwerp\":\"Matrix\",\"wat\":\"De regel past niet.\",\"watZouHelpen\":\"Ruimte.\",\"hoeVaak\":\"per-week\","
                        + "\"regel\":\"pw-terugvordering\",\"huishouden\":\"" + g.huishouden(d) + "\"}"),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("GET /api/v1/knelpunten", (d, g) -> get("/api/v1/knelpunten"),
                (w, d) -> alleenProfessionals(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("GET /api/v1/beleidsdossiers", (d, g) -> get("/api/v1/beleidsdossiers"), (w, d) -> alleenBeleid(w)));
        m.add(new Eindpunt("GET /api/v1/beleidsdossiers/{code}", (d, g) -> get("/api/v1/beleidsdossiers/pw-terugvordering"), (w, d) -> alleenBeleid(w)));
        m.add(new Eindpunt("POST /api/v1/beleidsdossiers/{code}/reacties", (d, g) -> post("/api/v1/beleidsdossiers/pw-terugvordering/reacties")
                .contentType(MediaType.APPLICATION_JSON).content("{\"soort\":\"in-behandeling\",\"toelichting\":\"Matrix\"}"), (w, d) -> alleenBeleid(w)));
        m.add(new Eindpunt("POST /api/v1/beleidsdossiers/{code}/aanvragen", (d, g) -> post("/api/v1/beleidsdossiers/pw-terugvordering/aanvragen")
                .contentType(MediaType.APPLICATION_JSON).content("{\"soort\":\"parameterset\",\"toelichting\":\"Matrix\"}"), (w, d) -> alleenBeleid(w)));
        m.add(new Eindpunt("PUT /api/v1/beleidsdossiers/{code}/thema", (d, g) -> put("/api/v1/beleidsdossiers/bestaat-niet/thema").header("If-Match", "0")
                .contentType(MediaType.APPLICATION_JSON).content("{\"thema\":\"financien\"}"),
                (w, d) -> w == Wie.ANONIEM ? Uitkomst.NIET_INGELOGD : w == Wie.BELEID ? Uitkomst.NIET_GEVONDEN : Uitkomst.GEEN_TOEGANG));
        m.add(new Eindpunt("GET /api/v1/beleidsdossiers/{code}/thema", (d, g) -> get("/api/v1/beleidsdossiers/pw-terugvordering/thema"),
                (w, d) -> alleenBeleid(w)));
        // Wat als? (issue 19): runs over every household, aggregates only, for policy advisors alone. A run of
        // another id is 404 for them; everyone else is refused before that.
        m.add(new Eindpunt("POST /api/v1/wat-als", (d, g) -> post("/api/v1/wat-als").contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\"Matrix\",\"wijzigingen\":[]}"),
                (w, d) -> switch (w) {
                    case ANONIEM -> Uitkomst.NIET_INGELOGD;
                    case BELEID -> Uitkomst.ALGEMEEN;
                    default -> Uitkomst.GEEN_TOEGANG;
                }));
        m.add(new Eindpunt("GET /api/v1/wat-als/{id}", (d, g) -> get("/api/v1/wat-als/" + UUID.randomUUID()),
                (w, d) -> switch (w) {
                    case ANONIEM -> Uitkomst.NIET_INGELOGD;
                    case BELEID -> Uitkomst.NIET_GEVONDEN;
                    default -> Uitkomst.GEEN_TOEGANG;
                }));
        m.add(new Eindpunt("GET /api/v1/huishoudens/{id}/zrm-metingen",
                (d, g) -> get("/api/v1/huishoudens/" + g.huishouden(d) + "/zrm-metingen"),
                ApiAutorisatieMatrixTest::lezen));
        m.add(new Eindpunt("POST /api/v1/huishoudens/{id}/zrm-metingen",
                (d, g) -> post("/api/v1/huishoudens/" + g.huishouden(d) + "/zrm-metingen").contentType(MediaType.APPLICATION_JSON)
                        .content(zrmMeting(g.doelen().get(d).lid())),
                ApiAutorisatieMatrixTest::wijzigen));
        // A calculation on a described household: no personal data, so policy advisors may use it as well.
        m.add(new Eindpunt("POST /api/v1/berekeningen/bestaanszekerheid",
                (d, g) -> post("/api/v1/berekeningen/bestaanszekerheid").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"peildatum\":\"2025-09-01\",\"leden\":[{\"rol\":\"aanvrager\",\"geboortedatum\":\"1990-05-01\"}]}"),
                (w, d) -> switch (w) {
                    case ANONIEM -> Uitkomst.NIET_INGELOGD;
                    case CONSULENT, REGISSEUR, TEAMLEIDER, BELEID -> Uitkomst.TOEGESTAAN;
                    default -> Uitkomst.GEEN_TOEGANG;
                }));
        m.add(new Eindpunt("GET /api/v1/thermometer/metingen", (d, g) -> get("/api/v1/thermometer/metingen"),
                ApiAutorisatieMatrixTest::thermometerLezen));
        m.add(new Eindpunt("POST /api/v1/thermometer/metingen",
                (d, g) -> post("/api/v1/thermometer/metingen").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"naam\":\"Matrix\",\"einddatum\":\"" + LocalDate.now().plusDays(10)
                                + "\",\"lagen\":[\"uitvoering\"],\"themas\":[\"eigen-kracht\"]}"),
                ApiAutorisatieMatrixTest::thermometerWijzigen));
        m.add(new Eindpunt("GET /api/v1/thermometer/metingen/{id}", (d, g) -> get("/api/v1/thermometer/metingen/" + thermometerMeting),
                ApiAutorisatieMatrixTest::thermometerLezen));
        m.add(new Eindpunt("GET /api/v1/thermometer/metingen/{id}/resultaten",
                (d, g) -> get("/api/v1/thermometer/metingen/" + thermometerMeting + "/resultaten"),
                ApiAutorisatieMatrixTest::thermometerLezen));
        m.add(new Eindpunt("POST /api/v1/thermometer/metingen/{id}/uitnodigingen",
                (d, g) -> post("/api/v1/thermometer/metingen/" + openThermometerMeting + "/uitnodigingen").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"laag\":\"uitvoering\",\"aantal\":1}"),
                ApiAutorisatieMatrixTest::thermometerWijzigen));
        // Prioriteit naar nood: the team's queue (the household asked about is in it only for its own team),
        // early debt signals (import by professionals; reading and outreach under need-to-know), aggregates, and the public register.
        m.add(new Eindpunt("GET /api/v1/werkvoorraad",
                (d, g) -> {
                    g.nieuweHulpvraag().apply(g.huishouden(d));
                    return get("/api/v1/werkvoorraad").param("huishouden", g.huishouden(d).toString());
                },
                (w, d) -> alleenProfessionals(w, d.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.VERBORGEN)));
        m.add(new Eindpunt("POST /api/v1/vroegsignalen",
                (d, g) -> post("/api/v1/vroegsignalen").contentType(MediaType.APPLICATION_JSON).content("""
                        [{"schuldeiserType":"water","schuldeiser":"Matrix Water","bsn":"%s","bedrag":55.10,"maanden":2,"datum":"2026-01-05"}]
                        """.formatted(g.bsn(d))),
                (w, d) -> alleenProfessionals(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("GET /api/v1/vroegsignalen",
                (d, g) -> {
                    g.nieuwSignaal().apply(g.huishouden(d));
                    return get("/api/v1/vroegsignalen").param("huishouden", g.huishouden(d).toString());
                },
                (w, d) -> alleenProfessionals(w, d.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.VERBORGEN)));
        m.add(new Eindpunt("GET /api/v1/vroegsignalen/{id}",
                (d, g) -> get("/api/v1/vroegsignalen/" + g.nieuwSignaal().apply(g.huishouden(d))),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("POST /api/v1/vroegsignalen/{id}/contactmomenten",
                (d, g) -> post("/api/v1/vroegsignalen/" + g.nieuwSignaal().apply(g.huishouden(d)) + "/contactmomenten").header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"soort\":\"brief\",\"contact\":false,\"datum\":\"" + LocalDate.now() + "\"}"),
                ApiAutorisatieMatrixTest::professionalVanHuishouden));
        m.add(new Eindpunt("GET /api/v1/vroegsignalen/overzicht", (d, g) -> get("/api/v1/vroegsignalen/overzicht"),
                ApiAutorisatieMatrixTest::cijfers));
        // Rule parameters: no personal data. Everyone who calculates may read the values; only the functional
        // administrator proposes and reviews (the proposal reviewed here was made by the other beheerder).
        m.add(new Eindpunt("GET /api/v1/regelparameters", (d, g) -> get("/api/v1/regelparameters").param("naam", "pw-norm-gehuwden"),
                ApiAutorisatieMatrixTest::regelparametersLezen));
        m.add(new Eindpunt("GET /api/v1/regelparameters/bestand", (d, g) -> get("/api/v1/regelparameters/bestand"),
                ApiAutorisatieMatrixTest::regelparametersLezen));
        m.add(new Eindpunt("GET /api/v1/regelparameters/voorstellen", (d, g) -> get("/api/v1/regelparameters/voorstellen"),
                ApiAutorisatieMatrixTest::alleenBeheerder));
        m.add(new Eindpunt("POST /api/v1/regelparameters/voorstellen",
                (d, g) -> post("/api/v1/regelparameters/voorstellen").contentType(MediaType.APPLICATION_JSON).content("""
                        {"reden":"Matrix","waarden":[{"naam":"wmo-abonnementstarief","waarde":22.00,"geldigVanaf":"2998-01-01",
                         "bron":"jci1.3:c:BWBR0035362&artikel=2.1.4","status":"te verifiëren","toelichting":"Matrix"}]}
                        """),
                ApiAutorisatieMatrixTest::alleenBeheerder));
        m.add(new Eindpunt("GET /api/v1/regelparameters/voorstellen/{id}",
                (d, g) -> get("/api/v1/regelparameters/voorstellen/" + regelvoorstel.get()),
                ApiAutorisatieMatrixTest::alleenBeheerder));
        m.add(new Eindpunt("POST /api/v1/regelparameters/voorstellen/{id}/beoordeling",
                (d, g) -> post("/api/v1/regelparameters/voorstellen/" + regelvoorstel.get() + "/beoordeling").header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":true}"),
                ApiAutorisatieMatrixTest::alleenBeheerder));
        // The resident's own API (issue 16): no household id in the request; only the logged-in resident's own data.
        m.add(new Eindpunt("GET /api/v1/mijn/huishouden", (d, g) -> get("/api/v1/mijn/huishouden"),
                (w, d) -> alleenInwoner(w, d.verwant() ? Uitkomst.TOEGESTAAN : Uitkomst.VERBORGEN)));
        m.add(new Eindpunt("GET /api/v1/mijn/hulpvragen", (d, g) -> get("/api/v1/mijn/hulpvragen"),
                (w, d) -> alleenInwoner(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("GET /api/v1/mijn/besluiten", (d, g) -> get("/api/v1/mijn/besluiten"), (w, d) -> alleenInwoner(w, Uitkomst.ALGEMEEN)));
        // A decision not sent to the resident (here a concept, of their own household or another) is not found.
        m.add(new Eindpunt("GET /api/v1/mijn/besluiten/{id}",
                (d, g) -> get("/api/v1/mijn/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "concept")),
                (w, d) -> alleenInwoner(w, Uitkomst.NIET_GEVONDEN)));
        m.add(new Eindpunt("GET /api/v1/mijn/besluiten/{id}/brief",
                (d, g) -> get("/api/v1/mijn/besluiten/" + g.nieuwBesluit().apply(g.huishouden(d), "concept") + "/brief"),
                (w, d) -> alleenInwoner(w, Uitkomst.NIET_GEVONDEN)));
        // Who looked at my data, my consents, my messages (issue 16): about the logged-in resident only; an id of
        // anything that is not theirs is not found.
        m.add(new Eindpunt("GET /api/v1/mijn/inzagen", (d, g) -> get("/api/v1/mijn/inzagen"), (w, d) -> alleenInwoner(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("GET /api/v1/mijn/toestemmingen", (d, g) -> get("/api/v1/mijn/toestemmingen"),
                (w, d) -> alleenInwoner(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("POST /api/v1/mijn/toestemmingen", (d, g) -> post("/api/v1/mijn/toestemmingen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"partij\":\"Matrix\",\"onderdelen\":[\"plan\"],\"doel\":\"Afstemmen\"}"),
                (w, d) -> alleenInwoner(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("GET /api/v1/mijn/toestemmingen/{id}", (d, g) -> get("/api/v1/mijn/toestemmingen/" + UUID.randomUUID()),
                (w, d) -> alleenInwoner(w, Uitkomst.NIET_GEVONDEN)));
        m.add(new Eindpunt("POST /api/v1/mijn/toestemmingen/{id}/intrekking",
                (d, g) -> post("/api/v1/mijn/toestemmingen/" + UUID.randomUUID() + "/intrekking").header("If-Match", "0"),
                (w, d) -> alleenInwoner(w, Uitkomst.NIET_GEVONDEN)));
        m.add(new Eindpunt("GET /api/v1/mijn/berichten", (d, g) -> get("/api/v1/mijn/berichten"), (w, d) -> alleenInwoner(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("POST /api/v1/mijn/berichten", (d, g) -> post("/api/v1/mijn/berichten").contentType(MediaType.APPLICATION_JSON)
                .content("{\"tekst\":\"Een vraag\"}"), (w, d) -> alleenInwoner(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("GET /api/v1/mijn/berichten/bijlagen/{id}", (d, g) -> get("/api/v1/mijn/berichten/bijlagen/" + UUID.randomUUID()),
                (w, d) -> alleenInwoner(w, Uitkomst.NIET_GEVONDEN)));
        // My plan (issue 16): always the resident's own household (VERWANT's), whose plan the PUT above saved. Reading names
        // no one (before the resident added an action in their own name); a write on the version they read is allowed, for
        // either household asked about, since it is about their own; an action id that is not in their plan is not found.
        m.add(new Eindpunt("GET /api/v1/mijn/plan", (d, g) -> get("/api/v1/mijn/plan"), (w, d) -> alleenInwoner(w, Uitkomst.ALGEMEEN)));
        m.add(new Eindpunt("POST /api/v1/mijn/plan/instemming", (d, g) -> post("/api/v1/mijn/plan/instemming")
                .header("If-Match", "\"" + g.planVersie().apply(g.huishouden(Doel.VERWANT)) + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":true}"), (w, d) -> alleenInwoner(w, Uitkomst.TOEGESTAAN)));
        m.add(new Eindpunt("POST /api/v1/mijn/plan/acties", (d, g) -> post("/api/v1/mijn/plan/acties")
                .header("If-Match", "\"" + g.planVersie().apply(g.huishouden(Doel.VERWANT)) + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"doelId\":\"" + planDoel.apply(g.huishouden(Doel.VERWANT)) + "\",\"omschrijving\":\"Bellen\"}"),
                (w, d) -> alleenInwoner(w, Uitkomst.TOEGESTAAN)));
        m.add(new Eindpunt("POST /api/v1/mijn/plan/acties/{id}/klaar",
                (d, g) -> post("/api/v1/mijn/plan/acties/" + UUID.randomUUID() + "/klaar").header("If-Match", "1"),
                (w, d) -> alleenInwoner(w, Uitkomst.NIET_GEVONDEN)));
        m.add(new Eindpunt("GET /api/v1/algoritmeregister", (d, g) -> get("/api/v1/algoritmeregister"), (w, d) -> Uitkomst.ALGEMEEN));
        // The sociale kaart (issue 17): public to read, about no one; only the beheerder imports.
        m.add(new Eindpunt("GET /api/v1/sociale-kaart/diensten", (d, g) -> get("/api/v1/sociale-kaart/diensten"), (w, d) -> Uitkomst.ALGEMEEN));
        m.add(new Eindpunt("GET /api/v1/sociale-kaart/diensten/{id}", (d, g) -> get("/api/v1/sociale-kaart/diensten/" + UUID.randomUUID()),
                (w, d) -> Uitkomst.NIET_GEVONDEN));
        m.add(new Eindpunt("GET /api/v1/sociale-kaart/hsds/services", (d, g) -> get("/api/v1/sociale-kaart/hsds/services").param("paginagrootte", "5"),
                (w, d) -> Uitkomst.ALGEMEEN));
        m.add(new Eindpunt("POST /api/v1/sociale-kaart/diensten/import", (d, g) -> post("/api/v1/sociale-kaart/diensten/import")
                .contentType("text/csv").content(String.join(",", nl.maatwerk.socialekaart.Inlezen.KOLOMMEN) + "\n"),
                ApiAutorisatieMatrixTest::alleenBeheerder));
        // What is coming (issue 18): about no one; professionals, policy and the beheerder read, policy and the beheerder write.
        m.add(new Eindpunt("GET /api/v1/invliegers", (d, g) -> get("/api/v1/invliegers"), (w, d) -> invliegers(w, Uitkomst.ALGEMEEN, false)));
        m.add(new Eindpunt("GET /api/v1/invliegers/{id}", (d, g) -> get("/api/v1/invliegers/" + UUID.randomUUID()),
                (w, d) -> invliegers(w, Uitkomst.NIET_GEVONDEN, false)));
        m.add(new Eindpunt("GET /api/v1/invliegers/agenda", (d, g) -> get("/api/v1/invliegers/agenda"),
                (w, d) -> invliegers(w, Uitkomst.ALGEMEEN, false)));
        m.add(new Eindpunt("GET /api/v1/invliegers/belasting", (d, g) -> get("/api/v1/invliegers/belasting"),
                (w, d) -> invliegers(w, Uitkomst.ALGEMEEN, false)));
        m.add(new Eindpunt("POST /api/v1/invliegers", (d, g) -> post("/api/v1/invliegers").contentType(MediaType.APPLICATION_JSON).content("""
                {"titel":"Matrix","soort":"intern-beleid","herkomst":"gemeente","fase":"aangekondigd","watVerandert":"Iets",
                 "eigenaar":"Beleid","voorbereiding":"te-bekijken","bron":"Test"}"""), (w, d) -> invliegers(w, Uitkomst.ALGEMEEN, true)));
        m.add(new Eindpunt("PUT /api/v1/invliegers/{id}", (d, g) -> put("/api/v1/invliegers/" + UUID.randomUUID()).header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), (w, d) -> invliegers(w, Uitkomst.NIET_GEVONDEN, true)));
        m.add(new Eindpunt("GET /api/v1/logboek", (d, g) -> get("/api/v1/logboek"), ApiAutorisatieMatrixTest::alleenAuditor));
        m.add(new Eindpunt("GET /api/v1/logboek/verificatie", (d, g) -> get("/api/v1/logboek/verificatie"),
                ApiAutorisatieMatrixTest::alleenAuditor));
        // The OpenAPI document is public by contract; its YAML twin needs no role either, but a login.
        m.add(new Eindpunt("GET /api/v1/openapi.json", (d, g) -> get("/api/v1/openapi.json"), ApiAutorisatieMatrixTest::openbaar));
        m.add(new Eindpunt("GET /api/v1/openapi.json.yaml", (d, g) -> get("/api/v1/openapi.json.yaml"),
                ApiAutorisatieMatrixTest::ingelogd));
        return m;
    }

    /** Samenhang: reading for professionals, policy and the beheerder; writing for policy and the beheerder only. */
    static Uitkomst invliegers(Wie w, Uitkomst toegestaan, boolean schrijven) {
        if (w == Wie.ANONIEM) {
            return Uitkomst.NIET_INGELOGD;
        }
        boolean mag = schrijven ? w == Wie.BELEID || w == Wie.BEHEERDER : w.professional() || w == Wie.BELEID || w == Wie.BEHEERDER;
        return mag ? toegestaan : Uitkomst.GEEN_TOEGANG;
    }

    static String huishouden(String naam, UUID lid) {
        return """
                {"naam":"%s","leden":[{"inwonerId":"%s","rol":"aanvrager","vanaf":"2020-01-01"}]}
                """.formatted(naam, lid);
    }

    static String plan(int versie) {
        return """
                {"versie":%d,"doelen":[{"levensdomein":"financien","doel":"Rust in de post","acties":[
                  {"omschrijving":"Post samen openen","eigenaarType":"netwerk","eigenaar":"Tante Wil","status":"open"}]}]}
                """.formatted(versie);
    }

    /** About the household's applicant: the ZRM scores one adult per assessment (issue 15). */
    static String zrmMeting(UUID over) {
        StringBuilder scores = new StringBuilder();
        for (nl.maatwerk.toegang.Levensdomein d : nl.maatwerk.toegang.Levensdomein.values()) {
            scores.append(scores.isEmpty() ? "" : ",").append("{\"domein\":\"").append(d.code()).append("\",\"score\":3}");
        }
        return "{\"datum\":\"2025-06-01\",\"inwonerId\":\"" + over + "\",\"scores\":[" + scores + "]}";
    }

    static String inwoner(String bsn, String achternaam) {
        return """
                {"burgerservicenummer":"%s","naam":{"voornamen":"Test","geslachtsnaam":"%s"},"geboortedatum":"1980-03-03",
                 "verblijfplaats":{"straat":"Teststraat","huisnummer":1,"postcode":"2511AB","woonplaats":"'s-Gravenhage"}}
                """.formatted(bsn, achternaam);
    }

    // --- the tests --------------------------------------------------------------------------

    /** The endpoints Spring MVC serves under /api/v1, as "METHOD /path". */
    private Set<String> apiEindpunten() {
        return ApiEindpunten.van(mappings, m -> true);
    }

    @Test
    void everyApiEndpointHasAnEntryInTheMatrixAndEveryEntryAnEndpoint() {
        Set<String> inMatrix = new TreeSet<>(matrix().stream().map(Eindpunt::sleutel).toList());
        Set<String> bestaand = apiEindpunten();
        assertThat(bestaand).as("the authorization matrix is too small: API endpoints are found without an entry")
                .isSubsetOf(inMatrix);
        assertThat(inMatrix).as("the matrix names endpoints that do not exist (any more)").isSubsetOf(bestaand);
        assertThat(bestaand).contains("GET /api/v1/huishoudens", "PUT /api/v1/inwoners/{id}", "GET /api/v1/logboek");
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsWhatTheContractAllowsOnEachEndpointForRelatedAndUnrelatedHouseholds() {
        Map<String, Eindpunt> matrix = new LinkedHashMap<>();
        matrix().forEach(e -> matrix.put(e.sleutel(), e));
        List<DynamicTest> tests = new ArrayList<>();
        for (Eindpunt e : matrix.values()) {
            for (Wie wie : Wie.values()) {
                boolean hangtAfVanHuishouden = e.verwacht().apply(wie, Doel.VERWANT) != e.verwacht().apply(wie, Doel.ONVERWANT);
                for (Doel doel : Doel.values()) {
                    if (doel != Doel.VERWANT && doel != Doel.ONVERWANT && !hangtAfVanHuishouden) {
                        continue; // refused before the household is looked at, or about no household: nothing more to learn
                    }
                    Uitkomst verwacht = e.verwacht().apply(wie, doel);
                    tests.add(DynamicTest.dynamicTest(e.sleutel() + " as " + wie + " on " + doel + " household → " + verwacht,
                            () -> controleer(e, wie, doel, verwacht)));
                }
            }
        }
        return tests.stream();
    }

    private void controleer(Eindpunt e, Wie wie, Doel doel, Uitkomst verwacht) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> verzoek = e.verzoek().apply(doel, gegevens);
        if (wie != Wie.ANONIEM) {
            verzoek.with(authentication(aangemeld.get(wie)));
        }
        MockHttpServletResponse antwoord = mvc.perform(verzoek).andReturn().getResponse();
        int status = antwoord.getStatus();
        String body = antwoord.getContentAsString();
        String id = String.valueOf(e.sleutel().contains("inwoners") ? gegevens.inwoner(doel) : gegevens.huishouden(doel));
        String bsn = gegevens.bsn(doel);
        String wat = e.sleutel() + " as " + wie + " on " + doel + ": " + status + " " + body;

        assertThat(antwoord.getHeader("API-Version")).as("API-Version header; " + wat).isNotBlank();
        switch (verwacht) {
            case TOEGESTAAN -> {
                assertThat(status).as(wat).isBetween(200, 299);
                // Aggregates and letters do not carry the household's id; the rest must show what was asked for.
                if (e.sleutel().startsWith("GET") && !e.sleutel().contains("logboek") && !e.sleutel().contains("openapi")
                        && !e.sleutel().contains("thermometer") && !e.sleutel().contains("afwijkingen") && !e.sleutel().contains("waarderingen") && !e.sleutel().endsWith("/brief")
                        && !e.sleutel().endsWith("/inhoud")) {
                    assertThat(body).as("shows what was asked for; " + wat).contains(id);
                }
            }
            case ALGEMEEN -> {
                assertThat(status).as(wat).isBetween(200, 299);
                assertThat(body).as("names no one; " + wat).doesNotContain(bsn).doesNotContain(gegevens.naam(doel));
            }
            case VERBORGEN -> {
                assertThat(status).as(wat).isEqualTo(200);
                assertThat(body).as("shows nothing of an unrelated household; " + wat)
                        .doesNotContain(gegevens.inwoner(doel).toString()).doesNotContain(bsn).doesNotContain(gegevens.naam(doel));
            }
            case ONBEKEND -> {
                assertThat(status).as(wat).isEqualTo(400);
                assertThat(antwoord.getContentType()).as(wat).startsWith("application/problem+json");
                String alsOfHetNietBestaat = mvc.perform(post("/api/v1/huishoudens").with(authentication(aangemeld.get(wie)))
                                .contentType(MediaType.APPLICATION_JSON).content(huishouden("Matrix nieuw", UUID.randomUUID())))
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).as("a resident of another team is answered exactly like one that does not exist; " + wat)
                        .isEqualTo(alsOfHetNietBestaat);
            }
            case NIET_INGELOGD, GEEN_TOEGANG, NIET_GEVONDEN -> {
                int code = switch (verwacht) {
                    case NIET_INGELOGD -> 401;
                    case GEEN_TOEGANG -> 403;
                    default -> 404;
                };
                assertThat(status).as(wat).isEqualTo(code);
                assertThat(antwoord.getContentType()).as(wat).startsWith("application/problem+json");
                assertThat(body).as(wat).contains("\"status\":" + code).contains("\"title\"").contains("\"detail\"");
                assertThat(body).as("a refusal carries no personal data; " + wat)
                        .doesNotContain(bsn).doesNotContain(gegevens.naam(doel));
            }
        }
        if (doel == Doel.VOORMALIG_LID) {
            assertThat(body).as("nothing of where the partner who left lives now, nor her BSN; " + wat)
                    .doesNotContain(gegevens.nieuwAdres()).doesNotContain(gegevens.bsn(Doel.VOORMALIG_LID));
        }
        if (wie == Wie.BELEID || wie == Wie.BEHEERDER) {
            assertThat(body).as("the policy and the functional administrator's roles see no personal data at all; " + wat)
                    .doesNotContain(gegevens.verwantBsn()).doesNotContain(gegevens.onverwantBsn())
                    .doesNotContain(gegevens.verwanteNaam()).doesNotContain(gegevens.onverwanteNaam());
        }
    }
}

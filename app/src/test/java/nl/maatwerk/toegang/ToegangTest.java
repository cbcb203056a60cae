package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.regels.termijn.Werkdagen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@WithMockUser(username = "consulent", roles = "CONSULENT")
class ToegangTest {

    @Autowired
    Hulpvragen hulpvragen;

    @Autowired
    Regie regie;

    @Autowired
    Toestemmingen toestemmingen;

    @Autowired
    Werkvoorraad werkvoorraad;

    @Autowired
    nl.maatwerk.platform.GebruikerRegister gebruikers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock klok;

    TestData data;
    UUID huishouden;
    UUID fatima;
    UUID youssef;

    @BeforeEach
    void gegevens() {
        data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Toegangtest", "wijkteam-centrum");
        fatima = data.inwoner("Toegangtest", LocalDate.of(1985, 4, 12));
        youssef = data.inwoner("Toegangtest", LocalDate.of(2012, 9, 1));
        data.lid(huishouden, fatima, "aanvrager", LocalDate.of(2019, 1, 1), null);
        data.lid(huishouden, youssef, "kind", LocalDate.of(2019, 1, 1), null);
    }

    private HulpvraagGegevens vraag(Vorm vorm, List<Wet> wetten, Dreiging dreiging, LocalDate ontvangen) {
        return new HulpvraagGegevens(null, fatima, Kanaal.BALIE, vorm, "Ik kan de huur niet meer betalen en de post stapelt op.",
                "Dat mijn zoon in zijn school kan blijven.", List.of(Levensdomein.FINANCIEN, Levensdomein.HUISVESTING), Urgentie.HOOG,
                wetten, dreiging, ontvangen);
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    private static LocalDate maandag(int terug) {
        LocalDate d = LocalDate.now().minusDays(terug);
        while (!Werkdagen.isWerkdag(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Test
    void aWmoMeldingStartsTheSixWeekInvestigationClockWithItsSourceAndLogsPerMember() {
        long logVoor = data.aantalLogboekRecords();
        LocalDate ontvangen = maandag(3);
        Hulpvraag v = hulpvragen.registreer(huishouden, vraag(Vorm.MELDING, List.of(Wet.WMO), null, ontvangen));

        assertThat(v.status()).isEqualTo(HulpvraagStatus.MELDING);
        assertThat(v.termijnen()).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("wmo-onderzoek");
            assertThat(t.bron()).isEqualTo("jci1.3:c:BWBR0035362&artikel=2.3.2&lid=1");
            assertThat(t.uitersteDatum()).isEqualTo(Werkdagen.eersteWerkdagVanaf(ontvangen.plusWeeks(6)));
            assertThat(t.standOp(vandaag())).isEqualTo(Termijn.Stand.OP_TIJD);
        });
        assertThat(v.geschiedenis()).singleElement().satisfies(w -> assertThat(w.reden()).contains("aan de balie"));
        assertThat(data.aantalLogboekRecords() - logVoor).as("one record per member").isEqualTo(2);
    }

    @Test
    void aDebtRequestUnderThreatGetsThreeWorkingDaysAndOtherwiseFourWeeks() {
        LocalDate ontvangen = maandag(0);
        Hulpvraag dreigend = hulpvragen.registreer(huishouden, vraag(Vorm.AANVRAAG, List.of(Wet.WGS), Dreiging.ONTRUIMING, ontvangen));
        assertThat(dreigend.termijnen()).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("wgs-eerste-gesprek-dreiging");
            assertThat(t.uitersteDatum()).isEqualTo(Werkdagen.plus(ontvangen, 3));
        });
        Hulpvraag gewoon = hulpvragen.registreer(huishouden, vraag(Vorm.AANVRAAG, List.of(Wet.WGS, Wet.PARTICIPATIEWET), null, ontvangen));
        assertThat(gewoon.termijnen()).extracting(Termijn::code).containsExactlyInAnyOrder("wgs-eerste-gesprek", "pw-besluit");
    }

    @Test
    void anOverdueClockShowsAsOverdueAndOneNearItsEndAsAWarning() {
        Hulpvraag oud = hulpvragen.registreer(huishouden, vraag(Vorm.AANVRAAG, List.of(Wet.WMO), null, LocalDate.now().minusWeeks(3)));
        assertThat(oud.termijnen()).singleElement().satisfies(t -> {
            assertThat(t.standOp(vandaag())).isEqualTo(Termijn.Stand.VERLOPEN);
            assertThat(t.standTekstOp(vandaag())).startsWith("Te laat");
        });
        Termijn bijna = new Termijn(UUID.randomUUID(), "x", "x", LocalDate.now().minusDays(10), LocalDate.now().plusDays(3), "b", null, null,
                false);
        assertThat(bijna.standOp(vandaag())).isEqualTo(Termijn.Stand.LET_OP);
    }

    @Test
    void movingToAanvraagEndsTheInvestigationAndStartsTheDecisionClockAndABesluitMeetsIt() {
        Hulpvraag v = hulpvragen.registreer(huishouden, vraag(Vorm.MELDING, List.of(Wet.WMO), null, maandag(10)));
        v = hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.ONDERZOEK, "Keukentafelgesprek op 3 december.", v.versie());
        v = hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.AANVRAAG, "Onderzoeksverslag besproken; mevrouw vraagt huishoudelijke hulp aan.",
                v.versie());
        assertThat(v.termijnen()).extracting(Termijn::code, Termijn::isOpen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wmo-onderzoek", false), org.assertj.core.groups.Tuple.tuple("wmo-beschikking", true));
        v = hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.BESLUIT, "Beschikking verstuurd.", v.versie());
        assertThat(v.termijnen()).allSatisfy(t -> assertThat(t.standOp(vandaag())).isEqualTo(Termijn.Stand.AFGEROND));
        assertThat(v.geschiedenis()).extracting(Hulpvraag.StatusWijziging::naar).containsExactly(HulpvraagStatus.MELDING,
                HulpvraagStatus.ONDERZOEK, HulpvraagStatus.AANVRAAG, HulpvraagStatus.BESLUIT);
    }

    @Test
    void closingStopsOpenClocksWithTheReason() {
        Hulpvraag v = hulpvragen.registreer(huishouden, vraag(Vorm.AANVRAAG, List.of(Wet.PARTICIPATIEWET), null, maandag(1)));
        v = hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.AFGESLOTEN, "Mevrouw heeft werk gevonden en trekt de aanvraag in.", v.versie());
        assertThat(v.termijnen()).singleElement().satisfies(t -> {
            assertThat(t.standOp(vandaag())).isEqualTo(Termijn.Stand.GESTOPT);
            assertThat(t.gestoptReden()).contains("werk gevonden");
        });
        UUID id = v.id();
        int versie = v.versie();
        assertThatThrownBy(() -> hulpvragen.wijzigStatus(id, HulpvraagStatus.BESLUIT, "Toch nog", versie))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("afgesloten");
    }

    @Test
    void aStatusChangeNamesTheVersionItWasBasedOnNoneIsRefusedAndAStaleOneConflicts() {
        Hulpvraag v = hulpvragen.registreer(huishouden, vraag(Vorm.MELDING, List.of(Wet.WMO), null, maandag(1)));
        assertThatThrownBy(() -> hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.ONDERZOEK, "Gesprek gepland.", null))
                .isInstanceOf(nl.maatwerk.platform.VersieOntbreektException.class).hasMessageContaining("If-Match");
        Hulpvraag verder = hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.ONDERZOEK, "Gesprek gepland.", v.versie());
        assertThatThrownBy(() -> hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.AANVRAAG, "Verslag besproken.", v.versie()))
                .isInstanceOf(nl.maatwerk.platform.VersieConflictException.class);
        assertThat(hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.AANVRAAG, "Verslag besproken.", verder.versie()).status())
                .isEqualTo(HulpvraagStatus.AANVRAAG);
    }

    @Test
    void aStatusCannotGoBackNeedsAReasonAndBothProblemsAreListedAtOnce() {
        Hulpvraag v = hulpvragen.registreer(huishouden, vraag(Vorm.AANVRAAG, List.of(Wet.WMO), null, maandag(1)));
        assertThatThrownBy(() -> hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.MELDING, " ", v.versie()))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(OngeldigeInvoerException.Fout::veld).containsExactlyInAnyOrder("status", "reden"));
    }

    @Test
    void aStatusChangeOnAStaleVersionIsRefusedSoNobodyOverwritesAColleague() {
        Hulpvraag v = hulpvragen.registreer(huishouden, vraag(Vorm.MELDING, List.of(Wet.WMO), null, maandag(1)));
        hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.ONDERZOEK, "Gesprek gepland", v.versie());
        assertThatThrownBy(() -> hulpvragen.wijzigStatus(v.id(), HulpvraagStatus.AANVRAAG, "Aanvraag", v.versie()))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("heeft deze hulpvraag");
    }

    @Test
    void dreigingWithoutWgsAndGeenWetWithAnotherLawAreRefused() {
        assertThatThrownBy(() -> hulpvragen.registreer(huishouden, vraag(Vorm.MELDING, List.of(Wet.WMO, Wet.GEEN), Dreiging.AFSLUITING_WATER,
                maandag(1)))).isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                .extracting(OngeldigeInvoerException.Fout::veld).containsExactlyInAnyOrder("dreiging", "wetten"));
        assertThat(hulpvragen.vanHuishoudenZonderLog(huishouden)).isEmpty();
    }

    @Test
    void aRequestOfAnotherTeamsHouseholdIsNotFound() {
        UUID elders = data.huishouden("Huishouden Elders", "wijkteam-escamp");
        assertThatThrownBy(() -> hulpvragen.registreer(elders, vraag(Vorm.MELDING, List.of(Wet.WMO), null, maandag(1))))
                .isInstanceOf(NietGevondenException.class);
        UUID vraagElders = UUID.randomUUID();
        jdbc.sql("""
                insert into toegang.hulpvraag (id, huishouden_id, kanaal, vorm, vraag, urgentie, wetten, status, ontvangen_op, geregistreerd_door)
                values (?, ?, 'balie', 'melding', 'Elders', 'laag', '{geen}', 'melding', current_date, 'x')
                """).params(vraagElders, elders).update();
        assertThatThrownBy(() -> hulpvragen.lees(vraagElders)).isInstanceOf(NietGevondenException.class);
    }

    @Test
    void thereIsExactlyOneRegisseurAndATransferKeepsTheHistoryAndGivesAccessAcrossTeams() {
        regie.wijsToe(huishouden, "regisseur", "Meerdere hulpvragen tegelijk; één aanspreekpunt nodig.");
        assertThat(regie.huidige(huishouden)).get().extracting(Regie.Regisseurschap::regisseur).isEqualTo("regisseur");
        jdbc.sql("insert into platform.team (id, naam) values ('wijkteam-escamp', 'Wijkteam Escamp') on conflict do nothing").update();
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values ('escamp-regie', 'Els Escamp', 'REGISSEUR', 'wijkteam-escamp') "
                + "on conflict do nothing").update();
        regie.wijsToe(huishouden, "escamp-regie", "Gezin verhuist naar Escamp; overdracht na warm contact.");
        assertThat(regie.geschiedenis(huishouden)).hasSize(2).first().satisfies(r -> {
            assertThat(r.regisseur()).isEqualTo("escamp-regie");
            assertThat(r.tot()).isNull();
        });
        assertThat(regie.geschiedenis(huishouden).get(1).tot()).isNotNull();
        assertThat(jdbc.sql("select count(*) from toegang.regie where huishouden_id = ? and tot is null").param(huishouden).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from inwoner.huishouden_toewijzing where huishouden_id = ? and gebruikersnaam = 'escamp-regie'")
                .param(huishouden).query(Long.class).single()).as("the new regisseur may see the household").isEqualTo(1);
        assertThatThrownBy(() -> regie.wijsToe(huishouden, "escamp-regie", "nog eens"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("al de regisseur");
        assertThatThrownBy(() -> regie.wijsToe(huishouden, "beleid", ""))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(OngeldigeInvoerException.Fout::veld).containsExactlyInAnyOrder("regisseur", "reden"));
    }

    @Test
    void sharingNeedsAConsentForThatPartyAndEveryPartAndStopsWhenItIsRevoked() {
        assertThatThrownBy(() -> toestemmingen.deel(huishouden, "Schuldhulpmaatje", List.of(Onderdeel.PLAN)))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geen geldige toestemming");
        UUID toestemming = toestemmingen.leg(huishouden, fatima, "Schuldhulpmaatje", List.of(Onderdeel.PLAN, Onderdeel.HULPVRAGEN),
                "Maatje helpt met de administratie en moet weten wat er is afgesproken.", LocalDate.now(), null);

        assertThatThrownBy(() -> toestemmingen.deel(huishouden, "Schuldhulpmaatje", List.of(Onderdeel.PLAN, Onderdeel.ZRM)))
                .as("the ZRM is outside the consent").isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> toestemmingen.deel(huishouden, "Woningcorporatie", List.of(Onderdeel.PLAN)))
                .as("another party").isInstanceOf(OngeldigeInvoerException.class);
        Toestemmingen.Verstrekking v = toestemmingen.deel(huishouden, "schuldhulpmaatje", List.of(Onderdeel.PLAN));
        assertThat(v.partij()).isEqualTo("Schuldhulpmaatje");
        assertThat(toestemmingen.verstrekkingen(huishouden)).hasSize(1);

        toestemmingen.trekIn(huishouden, toestemming);
        assertThatThrownBy(() -> toestemmingen.deel(huishouden, "Schuldhulpmaatje", List.of(Onderdeel.PLAN)))
                .as("revoked today").isInstanceOf(OngeldigeInvoerException.class);
        assertThat(toestemmingen.verstrekkingen(huishouden)).hasSize(1);
    }

    @Test
    void aConsentNeedsAMemberAPartyAPartAPurposeAndADateNotInTheFuture() {
        assertThatThrownBy(() -> toestemmingen.leg(huishouden, UUID.randomUUID(), " ", List.of(), "", LocalDate.now().plusDays(1),
                LocalDate.now()))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(OngeldigeInvoerException.Fout::veld)
                        .containsExactlyInAnyOrder("inwonerId", "partij", "onderdelen", "doel", "gegevenOp", "geldigTot"));
        assertThat(toestemmingen.vanHuishouden(huishouden)).isEmpty();
    }

    @Test
    void theWorkListIsOrderedByNeedAndExplainsEveryPlace() {
        // With the prioriteit module present, "Mijn werkvoorraad" is ordered by need (deadline and waiting time among the factors).
        Hulpvraag recent = hulpvragen.registreer(huishouden, vraag(Vorm.AANVRAAG, List.of(Wet.PARTICIPATIEWET), null, maandag(1)));
        Hulpvraag teLaat = hulpvragen.registreer(huishouden, vraag(Vorm.AANVRAAG, List.of(Wet.WMO), null, LocalDate.now().minusWeeks(4)));
        List<Werkvoorraad.Werkitem> lijst = werkvoorraad.voor(gebruikers.huidige());
        assertThat(lijst).isNotEmpty().allSatisfy(w -> assertThat(w.waarom()).isNotNull());
        List<UUID> vanDitHuishouden = lijst.stream().filter(w -> w.hulpvraag() != null && w.hulpvraag().huishoudenId().equals(huishouden))
                .map(w -> w.hulpvraag().id()).toList();
        assertThat(vanDitHuishouden).as("the request waiting longer with the nearer deadline comes first").containsExactly(teLaat.id(), recent.id());
        List<Werkvoorraad.Werkitem> berekend = lijst.stream().filter(w -> w.waarom().opmerking() == null).toList();
        for (int i = 1; i < berekend.size(); i++) {
            assertThat(berekend.get(i - 1).waarom().punten()).isGreaterThanOrEqualTo(berekend.get(i).waarom().punten());
        }
        assertThat(werkvoorraad.ordening().uitleg()).contains("nood", "termijn");
    }

    @Test
    void regieCandidatesAreTheProfessionalsOfTheHouseholdsTeamFirstThenTheOthersEachByName() {
        jdbc.sql("insert into platform.team (id, naam) values ('wijkteam-kandidaat', 'Wijkteam Kandidaat') on conflict do nothing").update();
        jdbc.sql("""
                insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values
                    ('kandidaat-a', 'Aafke Anders', 'CONSULENT', 'wijkteam-kandidaat'),
                    ('kandidaat-b', 'Bram Anders', 'TEAMLEIDER', 'wijkteam-kandidaat'),
                    ('kandidaat-y', 'Yvonne Zelfde', 'CONSULENT', 'wijkteam-centrum'),
                    ('kandidaat-z', 'Zeger Zelfde', 'REGISSEUR', 'wijkteam-centrum'),
                    ('kandidaat-beleid', 'Aart Beleid', 'BELEID', null)
                on conflict do nothing
                """).update();

        List<Regie.Kandidaat> kandidaten = regie.kandidaten(huishouden);
        List<String> namen = kandidaten.stream().map(Regie.Kandidaat::gebruikersnaam).toList();

        assertThat(namen).doesNotContain("kandidaat-beleid", "beleid", "inwoner");
        assertThat(kandidaten).contains(new Regie.Kandidaat("kandidaat-a", "Aafke Anders", "Wijkteam Kandidaat"));
        String eigenTeam = gebruikers.teamNaam("wijkteam-centrum");
        int eersteAnder = (int) kandidaten.stream().takeWhile(k -> k.team().equals(eigenTeam)).count();
        assertThat(kandidaten.subList(eersteAnder, kandidaten.size())).as("the household's own team comes first, as one group")
                .extracting(Regie.Kandidaat::team).doesNotContain(eigenTeam);
        assertThat(namen.subList(0, eersteAnder)).contains("consulent", "kandidaat-y", "kandidaat-z");
        assertThat(namen.indexOf("kandidaat-y")).as("by name within the team").isLessThan(namen.indexOf("kandidaat-z"));
        assertThat(namen.indexOf("kandidaat-a")).as("by name among the others").isLessThan(namen.indexOf("kandidaat-b"));
    }

    @Test
    void requestsConsentsAndRegieCarryTheNamesOfHouseholdResidentAndRegisseur() {
        Hulpvraag vraag = hulpvragen.registreer(huishouden, vraag(Vorm.MELDING, List.of(Wet.WMO), null, maandag(1)));
        assertThat(vraag.huishoudenNaam()).isEqualTo("Huishouden Toegangtest");
        assertThat(vraag.inwonerNaam()).isEqualTo("Test Toegangtest");
        assertThat(hulpvragen.vanHuishoudenZonderLog(huishouden)).singleElement()
                .satisfies(v -> assertThat(v.inwonerNaam()).isEqualTo("Test Toegangtest"));

        // Youssef is 14: his mother gives consent for him (issue 15).
        toestemmingen.leg(huishouden, fatima, "Schoolmaatschappelijk werk", List.of(Onderdeel.PLAN), "Afstemming met school.",
                LocalDate.now(), null);
        assertThat(toestemmingen.vanHuishouden(huishouden)).singleElement()
                .satisfies(t -> assertThat(t.inwonerNaam()).isEqualTo("Test Toegangtest"));

        regie.wijsToe(huishouden, "regisseur", "Eén aanspreekpunt voor het gezin.");
        assertThat(regie.huidige(huishouden)).get().extracting(Regie.Regisseurschap::naam)
                .isEqualTo(gebruikers.zoek("regisseur").orElseThrow().naam());
    }

    @Test
    void theTeamsItemsAreItsOpenRequestsAndItsHouseholdsUnderRegieWithoutOneAndNothingOfAnotherTeam() {
        UUID metVraag = data.huishouden("Huishouden Teamvraag", "wijkteam-centrum");
        UUID vraag = data.aanvraagParticipatiewet(metVraag, null, "Bijstand aangevraagd");
        UUID alleenRegie = data.huishouden("Huishouden Teamregie", "wijkteam-centrum");
        regie.wijsToe(alleenRegie, "regisseur", "Regie zonder open hulpvraag.");
        UUID elders = data.huishouden("Huishouden Teamelders", "wijkteam-escamp");
        UUID vraagElders = data.aanvraagParticipatiewet(elders, null, "Elders aangevraagd");

        List<Werkvoorraad.Werkitem> items = werkvoorraad.teamItemsZonderLog("wijkteam-centrum");

        assertThat(items).filteredOn(w -> w.hulpvraag() != null && w.hulpvraag().id().equals(vraag)).singleElement()
                .satisfies(w -> assertThat(w.huishoudenNaam()).isEqualTo("Huishouden Teamvraag"));
        assertThat(items).filteredOn(w -> w.huishoudenId().equals(alleenRegie)).singleElement()
                .satisfies(w -> {
                    assertThat(w.hulpvraag()).isNull();
                    assertThat(w.huishoudenNaam()).isEqualTo("Huishouden Teamregie");
                });
        assertThat(items).noneMatch(w -> w.huishoudenId().equals(elders))
                .noneMatch(w -> w.hulpvraag() != null && w.hulpvraag().id().equals(vraagElders));
    }

    @Test
    void myWorkListHasTheHouseholdsIAmRegisseurOfWithoutAnOpenRequestByName() {
        regie.wijsToe(huishouden, "consulent", "Ik ben het eerste aanspreekpunt.");

        assertThat(werkvoorraad.voor(gebruikers.huidige())).filteredOn(w -> w.huishoudenId().equals(huishouden)).singleElement()
                .satisfies(w -> {
                    assertThat(w.hulpvraag()).isNull();
                    assertThat(w.ikBenRegisseur()).isTrue();
                    assertThat(w.huishoudenNaam()).isEqualTo("Huishouden Toegangtest");
                });
    }
}

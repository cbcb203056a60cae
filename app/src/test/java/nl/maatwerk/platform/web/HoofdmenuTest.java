package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.platform.Rol;
import org.junit.jupiter.api.Test;

/** The main menu as a pure function of role and page: groups, the current page, the counts. */
class HoofdmenuTest {

    private static List<String> koppen(List<Hoofdmenu.Menugroep> menu) {
        return menu.stream().map(Hoofdmenu.Menugroep::kop).filter(k -> k != null).toList();
    }

    @Test
    void theTeamLeadsSeventeenLinksComeInThreeGroups() {
        List<Hoofdmenu.Menugroep> menu = Hoofdmenu.voor(Rol.TEAMLEIDER, "/", s -> 0);
        assertThat(koppen(menu)).containsExactly("Werk", "Team", "Beleid en verantwoording");
        assertThat(menu.stream().mapToInt(g -> g.links().size()).sum()).isEqualTo(17);
        assertThat(menu.getFirst().links()).extracting(Hoofdmenu.Link::tekst).containsExactly("Start");
    }

    @Test
    void consulentAndRegisseurFindTheirKnelpuntenInTheMenuWhileTheTeamLeadsMenuStaysAtSeventeen() {
        for (Rol rol : List.of(Rol.CONSULENT, Rol.REGISSEUR)) {
            assertThat(Hoofdmenu.voor(rol, "/knelpunten/nieuw", s -> 0).stream().flatMap(g -> g.links().stream())
                    .filter(l -> l.pad().equals("/knelpunten")).map(l -> l.tekst() + "=" + l.huidig())).as(rol.name()).containsExactly("Mijn knelpunten=true");
        }
        assertThat(Hoofdmenu.voor(Rol.TEAMLEIDER, "/", s -> 0).stream().flatMap(g -> g.links().stream()).map(Hoofdmenu.Link::pad))
                .doesNotContain("/knelpunten");
        assertThat(Hoofdmenu.voor(Rol.BELEID, "/", s -> 0).stream().flatMap(g -> g.links().stream()).map(Hoofdmenu.Link::pad))
                .contains("/beleidsdossiers").doesNotContain("/knelpunten");
    }

    @Test
    void eachRoleSeesOnlyItsOwnGroups() {
        assertThat(koppen(Hoofdmenu.voor(Rol.CONSULENT, "/", s -> 0))).containsExactly("Werk");
        assertThat(koppen(Hoofdmenu.voor(Rol.BELEID, "/", s -> 0))).containsExactly("Beleid en verantwoording");
        assertThat(koppen(Hoofdmenu.voor(Rol.AUDITOR, "/", s -> 0))).containsExactly("Beleid en verantwoording");
        assertThat(koppen(Hoofdmenu.voor(Rol.BEHEERDER, "/", s -> 0))).containsExactly("Beheer");
        assertThat(koppen(Hoofdmenu.voor(Rol.INWONER, "/", s -> 0))).containsExactly("Mijn zaken");
    }

    @Test
    void theLongestMatchingItemIsCurrentAPageBelowItIsMarkedAsPartOfIt() {
        assertThat(huidige(Hoofdmenu.voor(Rol.CONSULENT, "/werkvoorraad/team", s -> 0))).containsExactly("Werkvoorraad team=page");
        assertThat(huidige(Hoofdmenu.voor(Rol.CONSULENT, "/huishoudens/123", s -> 0))).containsExactly("Huishoudens=true");
        assertThat(huidige(Hoofdmenu.voor(Rol.CONSULENT, "/", s -> 0))).containsExactly("Start=page");
        assertThat(huidige(Hoofdmenu.voor(Rol.CONSULENT, "/hulpvragen/123", s -> 0))).isEmpty();
    }

    @Test
    void aCountIsAskedOnlyForItemsTheRoleSees() {
        List<String> gevraagd = new ArrayList<>();
        Hoofdmenu.voor(Rol.CONSULENT, "/", s -> {
            gevraagd.add(s);
            return 5;
        });
        // A professional's only count: their tasks due today or overdue (issue 15).
        assertThat(gevraagd).containsExactly("taken-te-doen");
        gevraagd.clear();
        List<Hoofdmenu.Menugroep> menu = Hoofdmenu.voor(Rol.TEAMLEIDER, "/", s -> {
            gevraagd.add(s);
            return 3;
        });
        assertThat(gevraagd).containsExactly("taken-te-doen", "besluiten-ter-goedkeuring");
        assertThat(menu.stream().flatMap(g -> g.links().stream()).filter(l -> l.aantal() > 0))
                .extracting(Hoofdmenu.Link::tekst).containsExactly("Taken", "Besluiten ter goedkeuring");
    }

    private static List<String> huidige(List<Hoofdmenu.Menugroep> menu) {
        return menu.stream().flatMap(g -> g.links().stream()).filter(l -> l.huidig() != null).map(l -> l.tekst() + "=" + l.huidig()).toList();
    }
}

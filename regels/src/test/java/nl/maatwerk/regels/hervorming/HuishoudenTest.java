package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;

class HuishoudenTest {

    private static final String KOP_OUD = Huishouden.KOP + ",inkomen,vermogen,wijk,kinderen";
    private static final String KOP_NIEUW = KOP_OUD + ",kinderen_onder_12,loon_aanvrager,vrijlating_aanvrager,loon_partner,vrijlating_partner,giften_per_jaar";

    private static Huishouden lees(String kop, String regel) {
        return Huishouden.lees(regel, 0, 2, Huishouden.kop(kop));
    }

    private static Doorrekening.Uitkomst reken(Huishouden h) {
        Doorrekening.Uitkomst u = new Doorrekening.Uitkomst();
        new Doorrekening(Parameters.standaard()).bereken(h, u);
        return u;
    }

    @Test
    void anOldFileWithIncomeCountsThatIncomeInFullAsBefore() {
        // Single of 35 on 1 March 2026: norm 1,401.50; 600.00 income counts in full: bijstand 801.50, no allowance.
        Huishouden h = lees(KOP_OUD, "1,2026-03-01,1990-05-01,,,,,600.00,0,Noord,0");
        assertThat(h.loonAanvrager()).isZero();
        assertThat(h.vrijlatingAanvrager()).isEqualTo(Inkomsten.Vrijlating.GEEN);
        Doorrekening.Uitkomst u = reken(h);
        assertThat(u.bijstand).isEqualTo(80_150);
        assertThat(u.vrijgelaten).isZero();
        assertThat(u.besteedbaar).isEqualTo(140_150);
    }

    @Test
    void theSameAmountAsWagesWithTheGeneralAllowanceGivesMoreBijstand() {
        // 600.00 wages, 25% free = 150.00: counted 450.00, bijstand 951.50.
        Huishouden h = lees(KOP_NIEUW, "1,2026-03-01,1990-05-01,,,,,0,0,Noord,0,0,600.00,algemeen,,,");
        assertThat(h.nettoInkomen()).isEqualTo(60_000);
        Doorrekening.Uitkomst u = reken(h);
        assertThat(u.vrijgelaten).isEqualTo(15_000);
        assertThat(u.bijstand).isEqualTo(95_150);
        assertThat(h.alsInRegel() + "," + h.extraKolommen()).isEqualTo("1,2026-03-01,1990-05-01,,,,,0.00,0.00,Noord,0,0,600.00,algemeen,0.00,geen,0.00");
    }

    @Test
    void badIncomeColumnsAreRefusedWithTheLineAndTheColumnInDutch() {
        List<String[]> fout = List.of(
                new String[] {"1,2026-03-01,1990-05-01,,,,,0,0,,0,0,-5,algemeen,,,", "Regel 2 van de invoer: de kolom loon_aanvrager ('-5') is negatief"},
                new String[] {"1,2026-03-01,1990-05-01,,,,,0,0,,0,0,500,veel,,,", "de kolom vrijlating_aanvrager ('veel') is onbekend"},
                new String[] {"1,2026-03-01,1990-05-01,,,,,0,0,,0,0,0,,300,,", "loon_partner of vrijlating_partner is ingevuld, maar er is geen partner"},
                new String[] {"1,2026-03-01,1990-05-01,1991-01-01,,,,0,0,,0,0,0,,300,alleenstaande-ouder,", "vrijlating_partner kan niet alleenstaande-ouder zijn"},
                new String[] {"1,2026-03-01,1990-05-01,,,,,0,0,,1,2,0,,,,", "kinderen_onder_12 (2) is meer dan kinderen (1)"},
                new String[] {"1,2026-03-01,1990-05-01,,,,,0,0,,0,0,0,,,,12.345", "de kolom giften_per_jaar ('12.345') heeft meer dan twee cijfers"});
        for (String[] f : fout) {
            assertThatThrownBy(() -> lees(KOP_NIEUW, f[0])).as(f[0]).isInstanceOf(Huishouden.OngeldigeInvoerException.class).hasMessageContaining(f[1]);
        }
    }

    @Test
    void theOldThirteenArgumentConstructorMeansNoWagesNoAllowanceAndNoGifts() {
        Huishouden h = new Huishouden(0, "1", 20_000, 0, Long.MIN_VALUE, new long[0], new byte[0], -1, -1, 50_000, 0, "", 2);
        assertThat(h.kinderenOnder12()).isZero();
        assertThat(h.loonAanvrager() + h.loonPartner() + h.giftenPerJaar()).isZero();
        assertThat(h.vrijlatingAanvrager()).isEqualTo(Inkomsten.Vrijlating.GEEN);
        assertThat(h.nettoInkomen()).isEqualTo(50_000);
    }
}

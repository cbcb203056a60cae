package nl.maatwerk.waardering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.besluit.BesluitSoort;
import org.junit.jupiter.api.Test;

/** The code itself, without Spring: its form, that it stays the same for a decision, and how typed input is read. */
class VragenlijstcodesTest {

    private final Vragenlijstcodes codes = new Vragenlijstcodes("een-sleutel-alleen-voor-deze-test-0123456789", "gemeente.example.nl/vragenlijst");

    @Test
    void aDecisionAlwaysGetsTheSameCodeOfTwoGroupsOfFourWithoutConfusingCharacters() {
        UUID besluit = UUID.randomUUID();
        String code = codes.code(besluit);
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}").isEqualTo(codes.code(besluit));
        Set<String> verschillend = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            verschillend.add(codes.code(UUID.randomUUID()));
        }
        assertThat(verschillend).hasSize(1000);
        // Another key gives other codes: without the key no code can be made.
        assertThat(new Vragenlijstcodes("een-andere-sleutel-alleen-voor-deze-test-0123", "").code(besluit)).isNotEqualTo(code);
        assertThat(codes.voorBesluit(besluit, BesluitSoort.WMO_MAATWERKVOORZIENING)).get()
                .extracting(c -> c.code() + " " + c.adres() + " " + c.dagen()).isEqualTo(code + " gemeente.example.nl/vragenlijst " + Uitnodigingen.GELDIG_DAGEN);
        assertThat(codes.voorBesluit(besluit, BesluitSoort.PW_TERUGVORDERING)).as("a recovery gets no questionnaire").isEmpty();
    }

    @Test
    void typedInputIsReadForgivinglyButOnlyAsACodeOfEightCharacters() {
        assertThat(Vragenlijstcodes.normaliseer("k7qm 4xpt")).contains("K7QM4XPT");
        assertThat(Vragenlijstcodes.normaliseer(" K7QM-4XPT ")).contains("K7QM4XPT");
        assertThat(Vragenlijstcodes.normaliseer("O1IL-0000")).as("O is read as 0, I and L as 1").contains("01110000");
        assertThat(Vragenlijstcodes.normaliseer("K7QM-4XP")).isEmpty();
        assertThat(Vragenlijstcodes.normaliseer("K7QM-4XPTT")).isEmpty();
        assertThat(Vragenlijstcodes.normaliseer("K7QM-4XPU")).as("no U in a code").isEmpty();
        assertThat(Vragenlijstcodes.normaliseer(null)).isEmpty();
        UUID besluit = UUID.randomUUID();
        assertThat(codes.hashVanBesluit(besluit)).isEqualTo(codes.hash(Vragenlijstcodes.normaliseer(codes.code(besluit).toLowerCase()).orElseThrow()));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64AndAnIpv4AddressByItself() {
        assertThat(Vragenlijstcodes.adresgroep("2001:db8:1:2:aaaa::1")).isEqualTo(Vragenlijstcodes.adresgroep("2001:db8:1:2:bbbb::9"))
                .isNotEqualTo(Vragenlijstcodes.adresgroep("2001:db8:1:3::1"));
        assertThat(Vragenlijstcodes.adresgroep("192.0.2.1")).isNotEqualTo(Vragenlijstcodes.adresgroep("192.0.2.2"));
        assertThat(Vragenlijstcodes.adresgroep(null)).isEqualTo("onbekend");
    }
}

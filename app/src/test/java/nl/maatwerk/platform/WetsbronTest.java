package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Legal sources as people read them (issue 15): never a raw juriconnect string. */
class WetsbronTest {

    @Test
    void aJuriconnectReferenceReadsAsLawArticleAndMemberWithALinkToTheLaw() {
        String crisis = "jci1.3:c:BWBR0031331&artikel=4&lid=2";
        assertThat(Wetsbron.kort(crisis)).isEqualTo("Wgs art. 4 lid 2");
        assertThat(Wetsbron.voluit(crisis)).isEqualTo("Wet gemeentelijke schuldhulpverlening, artikel 4 lid 2");
        assertThat(Wetsbron.url(crisis)).isEqualTo("https://wetten.overheid.nl/jci1.3:c:BWBR0031331&artikel=4&lid=2");
        assertThat(Wetsbron.kort("jci1.3:c:BWBR0015703&artikel=22a")).isEqualTo("Participatiewet art. 22a");
        assertThat(Wetsbron.kort("jci1.3:c:BWBR0005537&artikel=4:13")).isEqualTo("Awb art. 4:13");
        assertThat(Wetsbron.kort("jci1.3:c:BWBR0035362&artikel=2.3.5&lid=3")).isEqualTo("Wmo 2015 art. 2.3.5 lid 3");
        assertThat(Wetsbron.voluit("jci1.3:c:BWBR0015703&artikel=18&lid=1")).isEqualTo("Participatiewet, artikel 18 lid 1");
        // A dated reference (the huurtoeslag rules of 2026) reads the same; the date stays in the link.
        assertThat(Wetsbron.kort("jci1.3:c:BWBR0008659&artikel=21&z=2026-01-01")).isEqualTo("Wet op de huurtoeslag art. 21");
        assertThat(Wetsbron.url("jci1.3:c:BWBR0008659&artikel=21&z=2026-01-01"))
                .isEqualTo("https://wetten.overheid.nl/jci1.3:c:BWBR0008659&artikel=21&z=2026-01-01");
        assertThat(Wetsbron.kort("jci1.3:c:BWBR0018472&artikel=7")).isEqualTo("Awir art. 7");
    }

    @Test
    void anythingElseReadsAsItIsWithoutALink() {
        assertThat(Wetsbron.kort("Stb. 2020, 240")).isEqualTo("Stb. 2020, 240");
        assertThat(Wetsbron.url("Stb. 2020, 240")).isNull();
        assertThat(Wetsbron.kort(null)).isEmpty();
        // An unknown law keeps its BWB id, so a reader can still look it up.
        assertThat(Wetsbron.kort("jci1.3:c:BWBR9999999&artikel=1")).isEqualTo("BWBR9999999 art. 1");
    }
}

package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import org.junit.jupiter.api.Test;

class ItemsleutelTest {

    @Test
    void theKeysOfWorkItemsReadBackAsTheirKindAndId() {
        UUID huishouden = UUID.randomUUID();
        Itemsleutel k = Itemsleutel.lees(new Werkitem(huishouden, "Huishouden Sleutel", null, false).sleutel());
        assertThat(k).isEqualTo(new Itemsleutel(Itemsleutel.Soort.HUISHOUDEN, huishouden));
        assertThat(k.toString()).isEqualTo("huishouden:" + huishouden);
        UUID vraag = UUID.randomUUID();
        assertThat(Itemsleutel.lees("hulpvraag:" + vraag)).isEqualTo(new Itemsleutel(Itemsleutel.Soort.HULPVRAAG, vraag));
    }

    @Test
    void aKeyOfNoKnownKindOrWithoutAnIdIsRefusedNamingTheKeyAndTheExpectedForm() {
        for (String fout : new String[] {"besluit:" + UUID.randomUUID(), "hulpvraag:", "hulpvraag:abc", "huishouden", ":" + UUID.randomUUID(),
                "HULPVRAAG:" + UUID.randomUUID(), ""}) {
            assertThatThrownBy(() -> Itemsleutel.lees(fout)).as(fout).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\u201c" + fout + "\u201d").hasMessageContaining("hulpvraag:<id> of huishouden:<id>");
        }
        assertThatThrownBy(() -> Itemsleutel.lees(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

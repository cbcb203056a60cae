package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignaalBestandTest {

    private static List<SignaalBestand.Regel> lees(char scheiding, String... bedragen) {
        StringBuilder csv = new StringBuilder("schuldeiser" + scheiding + "bedrag\n");
        for (String b : bedragen) {
            // A value with the separator in it is quoted, as spreadsheets do.
            csv.append("Woonstad").append(scheiding).append(b.indexOf(scheiding) >= 0 ? "\"" + b + "\"" : b).append('\n');
        }
        return SignaalBestand.lees(csv.toString(), "csv").regels();
    }

    @Test
    void aDotAloneIsADecimalPointWithEitherSeparator() {
        for (char scheiding : new char[] {';', ','}) {
            List<SignaalBestand.Regel> r = lees(scheiding, "412.50", "88", "0.845", "€ 12.5");
            assertThat(r).extracting(x -> x.veld("bedrag")).as("separator %s", scheiding).containsExactly("412.50", "88", "0.845", "€ 12.5");
            assertThat(r).allSatisfy(x -> assertThat(x.velden()).doesNotContainKey(SignaalBestand.BEDRAG_FOUT));
        }
    }

    @Test
    void aDotIsAThousandsSeparatorOnlyNextToADecimalComma() {
        for (char scheiding : new char[] {';', ','}) {
            List<SignaalBestand.Regel> r = lees(scheiding, "1.845,50", "412,50", "12.345.678,9");
            assertThat(r).extracting(x -> x.veld("bedrag")).as("separator %s", scheiding).containsExactly("1845.50", "412.50", "12345678.9");
        }
    }

    @Test
    void anAmbiguousOrMixedAmountIsALineErrorNotAGuess() {
        for (char scheiding : new char[] {';', ','}) {
            List<SignaalBestand.Regel> r = lees(scheiding, "1.845", "€ 12.500", "1,845.50", "1.84,50");
            assertThat(r).as("separator %s", scheiding).allSatisfy(x -> assertThat(x.velden()).containsKey(SignaalBestand.BEDRAG_FOUT));
            assertThat(r.get(0).velden().get(SignaalBestand.BEDRAG_FOUT)).contains("\u201c1.845\u201d", "niet eenduidig", "twee cijfers");
            assertThat(r.get(2).velden().get(SignaalBestand.BEDRAG_FOUT)).contains("niet te lezen");
        }
    }
}

package nl.maatwerk.demo;

import java.util.Optional;
import java.util.SplittableRandom;
import nl.maatwerk.inwoner.InwonerGegevens;
import nl.maatwerk.inwoner.PersoonBevraging;
import nl.maatwerk.regels.Bsn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A fictitious BRP for demo mode, like the test environments of the RvIG: every valid BSN in the
 * 999 test range belongs to a made-up person in Den Haag, always the same one for the same number.
 * Other numbers are unknown, as a real register would not know them either.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
class DemoBrp implements PersoonBevraging {

    @Override
    public Optional<InwonerGegevens> vraagOp(String bsn) {
        if (bsn == null || !Bsn.isGeldig(bsn) || !bsn.startsWith("999")) {
            return Optional.empty();
        }
        SplittableRandom r = new SplittableRandom(Long.parseLong(bsn));
        String achternaam = DemoNamen.achternaam(r);
        Wijk wijk = Wijk.values()[r.nextInt(Wijk.values().length)];
        int postcode = r.nextInt(wijk.postcodeVan(), wijk.postcodeTot() + 1);
        String letters = "" + (char) ('A' + r.nextInt(18)) + (char) ('T' + r.nextInt(6));
        return Optional.of(new InwonerGegevens(bsn,
                new InwonerGegevens.Naam(DemoNamen.voornaam(r), DemoNamen.voorvoegsel(achternaam), DemoNamen.zonderVoorvoegsel(achternaam)),
                DemoGenerator.PEILDATUM.minusYears(18).minusDays(r.nextInt(365 * 60)),
                new InwonerGegevens.Verblijfplaats(DemoNamen.straat(r, wijk), 1 + r.nextInt(150), null, null,
                        postcode + " " + letters, "'s-Gravenhage", wijk.naam()),
                InwonerGegevens.Contact.leeg()));
    }

    @Override
    public String bron() {
        return "demo-BRP (verzonnen personen)";
    }
}

package nl.maatwerk.besluit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Uitleg;
import org.springframework.stereotype.Component;

/**
 * The existence-minimum check beside a decision, on the household as it was on the decision's
 * peildatum: for a recovery once with the full claim (the standard outcome of the rule) and once as
 * proposed. Screen, API and letter take every amount from here, so they cannot disagree.
 */
@Component
class Bestaanscontrole {

    private final Huishoudens huishoudens;
    private final Berekeningen berekeningen;
    private final BesluitOpslag opslag;

    Bestaanscontrole(Huishoudens huishoudens, Berekeningen berekeningen, BesluitOpslag opslag) {
        this.huishoudens = huishoudens;
        this.berekeningen = berekeningen;
        this.opslag = opslag;
    }

    /** The household's own income recorded on the decision (issue 19); without it the check assumes the household lives on the norm. */
    Optional<BesluitInkomen> inkomen(java.util.UUID besluitId) {
        return opslag.inkomen(besluitId);
    }

    Besluiten.Controle voor(Besluit b) {
        List<Huishouden.Lidmaatschap> leden = huishoudens.samenstellingOp(b.huishoudenId(), b.inhoud().peildatum());
        if (leden.isEmpty()) {
            return Besluiten.Controle.niet("Op de peildatum woonde niemand in het huishouden.");
        }
        List<Berekeningen.Lid> invoer = leden.stream().map(l -> new Berekeningen.Lid(l.rol().name().toLowerCase(Locale.ROOT),
                l.inwoner().geboortedatum(), l.uitzondering() == null ? null : l.uitzondering().code())).toList();
        BesluitGegevens i = b.inhoud();
        Optional<nl.maatwerk.regels.inkomen.Inkomsten> inkomsten = inkomen(b.id()).map(BesluitInkomen::alsInkomsten);
        Berekeningen.WmoBijdrage wmo = i.metWmoBijdrage() ? new Berekeningen.WmoBijdrage(null) : null;
        try {
            Optional<Bestaanszekerheid.Resultaat> standaard = Optional.empty();
            Berekeningen.Terugvordering voorstel = null;
            Optional<Integer> maanden = Optional.empty();
            if (b.soort().isTerugvordering() && i.vordering() != null) {
                standaard = Optional.of(berekeningen.bereken(i.peildatum(), invoer, new Berekeningen.Terugvordering(i.vordering(), null), wmo, null,
                        inkomsten));
                BigDecimal bedrag = i.beslotenBedrag() == null ? i.vordering() : i.beslotenBedrag();
                voorstel = new Berekeningen.Terugvordering(bedrag, i.aflossingPerMaand());
                if (i.aflossingPerMaand() != null && i.aflossingPerMaand().signum() > 0) {
                    maanden = Optional.of(bedrag.divide(i.aflossingPerMaand(), 0, RoundingMode.CEILING).intValueExact());
                }
            }
            Bestaanszekerheid.Resultaat r = berekeningen.bereken(i.peildatum(), invoer, voorstel, wmo, null, inkomsten);
            Optional<BigDecimal> bijdrage = Optional.ofNullable(wmo).flatMap(w -> r.uitleg().stream().flatMap(u -> u.alleKnopen().stream())
                    .filter(u -> u.regel().equals("wmo-bijdrage")).map(Uitleg::invoer).findFirst())
                    .map(x -> x.get("Wmo-bijdrage per maand")).map(Bestaanscontrole::vanTekst);
            BigDecimal af = bijdrage.orElse(BigDecimal.ZERO);
            if (voorstel != null && voorstel.bedrag().signum() > 0 && i.aflossingPerMaand() != null) {
                af = af.add(i.aflossingPerMaand());
            }
            // What the household has: its own income with the bijstand next to it when recorded, else the norm.
            Optional<BigDecimal> over = af.signum() > 0 ? Optional.of(r.inkomenPerMaand().subtract(af)) : Optional.empty();
            return new Besluiten.Controle(standaard, Optional.of(r), maanden, bijdrage, over, Optional.empty());
        } catch (OngeldigeInvoerException e) {
            return Besluiten.Controle.niet(e.fouten().stream().map(Fout::reden).reduce((x, y) -> x + " " + y).orElse("De berekening kon niet."));
        }
    }

    /** An amount as the explanation writes it ("€ 21,80" or "21,80 euro") back to a number. */
    static BigDecimal vanTekst(String tekst) {
        return new BigDecimal(tekst.replace("euro", "").replace("€", "").strip().replace(".", "").replace(",", "."));
    }
}

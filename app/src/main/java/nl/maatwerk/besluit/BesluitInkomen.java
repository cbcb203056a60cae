package nl.maatwerk.besluit;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.regels.inkomen.Inkomsten;

/**
 * The household's own income on the decision's peildatum, as the professional records it on the
 * decision (issue 19): net per month, gifts per calendar year, and per earner the earnings allowance
 * that applies now ({@code geen}, {@code algemeen}, {@code alleenstaande-ouder}, {@code medisch-urenbeperkt}).
 * Without it the existence-minimum check assumes the household lives on the norm.
 */
@org.springframework.modulith.NamedInterface("intern")
public record BesluitInkomen(@PositiveOrZero(message = BesluitGegevens.NUL_OF_MEER) BigDecimal nettoLoonAanvrager, String vrijlatingAanvrager,
        @PositiveOrZero(message = BesluitGegevens.NUL_OF_MEER) BigDecimal nettoLoonPartner, String vrijlatingPartner,
        @PositiveOrZero(message = BesluitGegevens.NUL_OF_MEER) BigDecimal uitkeringen,
        @PositiveOrZero(message = BesluitGegevens.NUL_OF_MEER) BigDecimal alimentatie,
        @PositiveOrZero(message = BesluitGegevens.NUL_OF_MEER) BigDecimal giftenPerJaar) {

    /** More per month than anyone in bijstand earns; guards against a typo of a few zeros. */
    static final BigDecimal HOOGSTENS = new BigDecimal("100000");

    public static BesluitInkomen leeg() {
        return new BesluitInkomen(null, "geen", null, "geen", null, null, null);
    }

    /** Nothing filled in: saving it removes the recorded income. */
    public boolean isLeeg() {
        return leeg(nettoLoonAanvrager) && leeg(nettoLoonPartner) && leeg(uitkeringen) && leeg(alimentatie) && leeg(giftenPerJaar)
                && geen(vrijlatingAanvrager) && geen(vrijlatingPartner);
    }

    private static boolean leeg(BigDecimal b) {
        return b == null || b.signum() == 0;
    }

    private static boolean geen(String v) {
        return v == null || v.isBlank() || v.equals("geen");
    }

    /** For the rules. Call only when {@link #fouten()} is empty. */
    public Inkomsten alsInkomsten() {
        return new Inkomsten(nettoLoonAanvrager, Inkomsten.Vrijlating.vanCode(geen(vrijlatingAanvrager) ? "geen" : vrijlatingAanvrager),
                nettoLoonPartner, Inkomsten.Vrijlating.vanCode(geen(vrijlatingPartner) ? "geen" : vrijlatingPartner), uitkeringen, alimentatie,
                giftenPerJaar);
    }

    /** Every field that is not valid, by its name on the form. */
    List<Fout> fouten() {
        List<Fout> fouten = new ArrayList<>();
        bedrag(fouten, "nettoLoonAanvrager", nettoLoonAanvrager);
        bedrag(fouten, "nettoLoonPartner", nettoLoonPartner);
        bedrag(fouten, "uitkeringen", uitkeringen);
        bedrag(fouten, "alimentatie", alimentatie);
        if (giftenPerJaar != null && giftenPerJaar.signum() < 0) {
            fouten.add(new Fout("giftenPerJaar", "range", BesluitGegevens.NUL_OF_MEER));
        } else if (giftenPerJaar != null && giftenPerJaar.compareTo(HOOGSTENS.multiply(BigDecimal.valueOf(12))) > 0) {
            fouten.add(new Fout("giftenPerJaar", "range", "Dat bedrag is te hoog. Controleer het aantal nullen."));
        }
        if (!geen(vrijlatingAanvrager) && !List.of("algemeen", "alleenstaande-ouder", "medisch-urenbeperkt").contains(vrijlatingAanvrager)) {
            fouten.add(new Fout("vrijlatingAanvrager", "invalid", "Kies een vrijlating uit de lijst."));
        }
        if (!geen(vrijlatingPartner) && !List.of("algemeen", "medisch-urenbeperkt").contains(vrijlatingPartner)) {
            fouten.add(new Fout("vrijlatingPartner", "invalid", "Kies voor de partner geen, de algemene vrijlating of medisch urenbeperkt."));
        }
        return fouten;
    }

    private static void bedrag(List<Fout> fouten, String veld, BigDecimal b) {
        if (b == null) {
            return;
        }
        if (b.signum() < 0) {
            fouten.add(new Fout(veld, "range", BesluitGegevens.NUL_OF_MEER));
        } else if (b.compareTo(HOOGSTENS) > 0) {
            fouten.add(new Fout(veld, "range", "Dat bedrag per maand is te hoog. Controleer het aantal nullen."));
        } else if (b.scale() > 2 && b.stripTrailingZeros().scale() > 2) {
            fouten.add(new Fout(veld, "invalid", "Een bedrag heeft hoogstens twee cijfers achter de komma."));
        }
    }
}

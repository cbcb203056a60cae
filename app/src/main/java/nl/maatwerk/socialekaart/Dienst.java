package nl.maatwerk.socialekaart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.toegang.Levensdomein;

/**
 * One service on the sociale kaart: who offers it, what it is, for whom (structured eligibility plus text), what it
 * costs, when and where, and when someone last checked that it is still so. The ids are null for a service read
 * from an import that is not stored yet; {@code externId} is the id in the source, stable across imports.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Dienst(UUID id, String externId, Organisatie organisatie, String naam, String beschrijving, Soort soort,
        Voorwaarden voorwaarden, Kosten kosten, BigDecimal kostenBedrag, String kostenToelichting, String openingstijden,
        String bereikbaarheid, String telefoon, String email, String website, Locatie locatie, LocalDate laatstGecontroleerd,
        Integer capaciteit, Integer vrijePlaatsen, Integer wachttijdWeken, int versie) {

    /** The organisation that offers the service (HSDS organization). */
    public record Organisatie(UUID id, String externId, String naam, String beschrijving, String website, String email, String telefoon) {
    }

    /**
     * Who the service is for. Every field is the offer's own rule; an empty field means "everyone". The income
     * limit is a percentage of the social minimum (the bijstandsnorm), as municipalities write it.
     */
    public record Voorwaarden(Set<Levensdomein> levensdomeinen, Integer leeftijdVan, Integer leeftijdTot, Set<Huishoudtype> huishoudtypen,
            Integer inkomensgrensProcent, String tekst) {

        public Voorwaarden {
            levensdomeinen = levensdomeinen == null ? Set.of() : Set.copyOf(levensdomeinen);
            huishoudtypen = huishoudtypen == null ? Set.of() : Set.copyOf(huishoudtypen);
            tekst = tekst == null ? "" : tekst;
        }

        /** True when somebody of this age may use the service by its age limits. */
        public boolean leeftijdPast(int leeftijd) {
            return (leeftijdVan == null || leeftijd >= leeftijdVan) && (leeftijdTot == null || leeftijd <= leeftijdTot);
        }

        public boolean heeftLeeftijdsgrens() {
            return leeftijdVan != null || leeftijdTot != null;
        }

        /** "18 tot en met 67 jaar", "vanaf 55 jaar", "tot en met 23 jaar" or "" without a limit. */
        public String leeftijdTekst() {
            if (leeftijdVan != null && leeftijdTot != null) {
                return leeftijdVan + " tot en met " + leeftijdTot + " jaar";
            }
            if (leeftijdVan != null) {
                return "vanaf " + leeftijdVan + " jaar";
            }
            return leeftijdTot == null ? "" : "tot en met " + leeftijdTot + " jaar";
        }
    }

    /** Where the service is given (HSDS location); wijk empty means the whole city. */
    public record Locatie(String naam, String adres, String postcode, String plaats, String wijk) {

        public boolean heleStad() {
            return wijk == null || wijk.isBlank();
        }
    }

    /** True when the service was last checked 12 months or longer before {@code vandaag}. */
    public boolean verouderdOp(LocalDate vandaag) {
        return !laatstGecontroleerd.isAfter(vandaag.minusMonths(12));
    }

    /** General and informal offers come before a provider's (voorliggend). */
    public boolean voorliggend() {
        return soort != Soort.AANBIEDER;
    }

    /** "Gratis", "Eigen bijdrage" or "€ 12,50", for pages and reasons. */
    public String kostenTekst() {
        return switch (kosten) {
            case GRATIS -> "Gratis";
            case EIGEN_BIJDRAGE -> kostenBedrag == null ? "Eigen bijdrage" : "Eigen bijdrage van " + Bedrag.tekst(kostenBedrag);
            case BEDRAG -> kostenBedrag == null ? "Kosten: vraag het de organisatie" : Bedrag.tekst(kostenBedrag);
        };
    }

    /** Whether there is a waiting list or no free place, to show on the service. */
    public boolean vol() {
        return (vrijePlaatsen != null && vrijePlaatsen == 0) || (wachttijdWeken != null && wachttijdWeken > 0);
    }
}

package nl.maatwerk.inwoner;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A resident as stored. */
public record Inwoner(UUID id, InwonerGegevens gegevens, int versie) {

    public String bsn() {
        return gegevens.burgerservicenummer();
    }

    public LocalDate geboortedatum() {
        return gegevens.geboortedatum();
    }

    /**
     * Whether this member is shown by name only: name (and, for the rules on past dates, birth date)
     * without BSN, address or contact details. Someone who left, to a user who may not see where they
     * live now (issue 13); and every member but themselves, to a resident (issue 13 follow-up).
     * Pages and the API show neither the birth date nor a link to the record of such a member.
     */
    public boolean isAfgeschermd() {
        return gegevens.burgerservicenummer() == null;
    }

    Inwoner afgeschermd() {
        return new Inwoner(id, new InwonerGegevens(null, gegevens.naam(), gegevens.geboortedatum(), null, null), versie);
    }

    /** "Jan Pieter de Vries": how a professional addresses the file. */
    public String volledigeNaam() {
        var n = gegevens.naam();
        StringBuilder s = new StringBuilder(n.voornamen());
        if (n.voorvoegsel() != null && !n.voorvoegsel().isBlank()) {
            s.append(' ').append(n.voorvoegsel());
        }
        return s.append(' ').append(n.geslachtsnaam()).toString();
    }

    public int leeftijdOp(LocalDate datum) {
        return Period.between(geboortedatum(), datum).getYears();
    }

    public String adresregel() {
        var v = gegevens.verblijfplaats();
        if (v == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(v.straat()).append(' ').append(v.huisnummer());
        if (v.huisletter() != null && !v.huisletter().isBlank()) {
            s.append(v.huisletter());
        }
        if (v.huisnummertoevoeging() != null && !v.huisnummertoevoeging().isBlank()) {
            s.append('-').append(v.huisnummertoevoeging());
        }
        return s.append(", ").append(v.postcode()).append(' ').append(v.woonplaats()).toString();
    }
}

package nl.maatwerk.regels.inkomen;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people who live in one dwelling, as far as the rules need them: role, date of birth and an
 * exception that keeps a housemate from counting as kostendeler. No personal identifiers.
 */
public record Huishoudsituatie(List<Persoon> leden) {

    public enum Rol { AANVRAGER, PARTNER, KIND, MEDEBEWONER }

    /** Why a housemate does not count as kostendeler even at 27 or older. */
    public enum Uitzondering {
        /** Student with study finance (WSF 2000 or WTOS). */
        STUDENT,
        /** Tenant or lodger on a commercial basis. */
        COMMERCIELE_HUURDER;

        /** From the code used in files and the API: {@code student} or {@code commerciele-huurder}. */
        public static Uitzondering vanCode(String code) {
            return switch (code.strip()) {
                case "student" -> STUDENT;
                case "commerciele-huurder" -> COMMERCIELE_HUURDER;
                default -> throw new IllegalArgumentException("Onbekende uitzondering '" + code + "'; kies student of commerciele-huurder");
            };
        }
    }

    public record Persoon(Rol rol, LocalDate geboortedatum, Optional<Uitzondering> uitzondering) {

        public Persoon {
            Objects.requireNonNull(rol, "rol");
            Objects.requireNonNull(geboortedatum, "geboortedatum");
            Objects.requireNonNull(uitzondering, "uitzondering");
        }

        public Persoon(Rol rol, LocalDate geboortedatum) {
            this(rol, geboortedatum, Optional.empty());
        }

        /** Age in whole years on a date; the new year of life starts on the birthday itself. */
        public int leeftijdOp(LocalDate datum) {
            return Period.between(geboortedatum, datum).getYears();
        }
    }

    public Huishoudsituatie {
        leden = List.copyOf(leden);
        long aanvragers = leden.stream().filter(p -> p.rol() == Rol.AANVRAGER).count();
        long partners = leden.stream().filter(p -> p.rol() == Rol.PARTNER).count();
        if (aanvragers != 1) {
            throw new IllegalArgumentException("Een huishouden heeft precies één aanvrager, niet " + aanvragers);
        }
        if (partners > 1) {
            throw new IllegalArgumentException("Een huishouden heeft hoogstens één partner, niet " + partners);
        }
    }

    public static Huishoudsituatie van(Persoon... leden) {
        return new Huishoudsituatie(List.of(leden));
    }

    public Persoon aanvrager() {
        return leden.stream().filter(p -> p.rol() == Rol.AANVRAGER).findFirst().orElseThrow();
    }

    public Optional<Persoon> partner() {
        return leden.stream().filter(p -> p.rol() == Rol.PARTNER).findFirst();
    }

    public boolean heeftPartner() {
        return partner().isPresent();
    }

    /** Children under 18 on a date: the "ten laste komende kinderen" that raise a youth norm (art. 20 lid 2). */
    public boolean heeftKinderenJongerDan18(LocalDate datum) {
        return leden.stream().anyMatch(p -> p.rol() == Rol.KIND && !p.geboortedatum().isAfter(datum) && p.leeftijdOp(datum) < 18);
    }

    /** The applicant and, when there is one, the partner: the people the norm is for. */
    public List<Persoon> belanghebbenden() {
        return leden.stream().filter(p -> p.rol() == Rol.AANVRAGER || p.rol() == Rol.PARTNER).toList();
    }
}

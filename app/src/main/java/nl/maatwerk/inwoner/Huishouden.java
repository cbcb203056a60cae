package nl.maatwerk.inwoner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A household: who lived there when, and the people around it. */
public record Huishouden(UUID id, String naam, String teamId, List<Lidmaatschap> leden, List<Netwerkrelatie> netwerk,
        int versie) {

    public record Lidmaatschap(UUID id, Inwoner inwoner, LidRol rol, Uitzondering uitzondering, LocalDate vanaf,
            LocalDate totEnMet) {

        public boolean actiefOp(LocalDate datum) {
            return !vanaf.isAfter(datum) && (totEnMet == null || !totEnMet.isBefore(datum));
        }
    }

    public record Netwerkrelatie(UUID id, String naam, Relatiesoort relatie, String bijdrage, String telefoonnummer) {
    }

    /** The composition on a date: the members whose period includes that date. */
    public List<Lidmaatschap> ledenOp(LocalDate datum) {
        return leden.stream().filter(l -> l.actiefOp(datum)).toList();
    }

    public Optional<Lidmaatschap> aanvragerOp(LocalDate datum) {
        return ledenOp(datum).stream().filter(l -> l.rol() == LidRol.AANVRAGER).findFirst();
    }

    /** The household as input again, to change one part and save the whole. */
    public HuishoudenGegevens alsGegevens() {
        return new HuishoudenGegevens(naam,
                leden.stream().map(l -> new HuishoudenGegevens.Lid(l.inwoner().id(), l.rol(), l.uitzondering(), l.vanaf(),
                        l.totEnMet())).toList(),
                netwerk.stream().map(p -> new HuishoudenGegevens.Netwerkpersoon(p.naam(), p.relatie(), p.bijdrage(),
                        p.telefoonnummer())).toList());
    }

    /** The same household with these memberships: how one user may see it ({@link Afscherming}). */
    Huishouden metLeden(List<Lidmaatschap> andere) {
        return new Huishouden(id, naam, teamId, List.copyOf(andere), netwerk, versie);
    }

    /** Every resident who ever belonged to the household: the data subjects of a read. */
    List<Inwoner> alleInwoners() {
        return leden.stream().map(Lidmaatschap::inwoner).distinct().toList();
    }
}

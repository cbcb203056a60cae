package nl.maatwerk.socialekaart;

import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.LidRol;

/**
 * The only facts about a household that matching uses: the ages of its current members (to compare with an offer's
 * age limit), its kind (to compare with the kinds an offer names) and the wijk of its applicant (for distance).
 */
record Huishoudprofiel(List<Integer> leeftijden, Huishoudtype type, String wijk) {

    static Huishoudprofiel van(Huishouden h, LocalDate vandaag) {
        List<Huishouden.Lidmaatschap> leden = h.ledenOp(vandaag);
        List<Integer> leeftijden = leden.stream().map(l -> l.inwoner().geboortedatum()).filter(java.util.Objects::nonNull)
                .map(g -> java.time.Period.between(g, vandaag).getYears()).toList();
        boolean partner = leden.stream().anyMatch(l -> l.rol() == LidRol.PARTNER);
        boolean kinderen = leden.stream().anyMatch(l -> l.rol() == LidRol.KIND);
        Huishoudtype type = kinderen ? (partner ? Huishoudtype.GEZIN : Huishoudtype.EENOUDERGEZIN)
                : (partner ? Huishoudtype.PAAR : Huishoudtype.ALLEENSTAAND);
        String wijk = h.aanvragerOp(vandaag).or(() -> leden.stream().findFirst())
                .map(l -> l.inwoner().gegevens().verblijfplaats() == null ? null : l.inwoner().gegevens().verblijfplaats().wijk()).filter(w -> w != null && !w.isBlank()).orElse(null);
        return new Huishoudprofiel(leeftijden, type, wijk);
    }
}

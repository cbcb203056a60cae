package nl.maatwerk.inwoner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import org.springframework.stereotype.Component;

/**
 * A household as one user may see it (issue 13). For a professional, who lives there now, or is going
 * to, is shown in full. Who left is shown by name and the period they lived there, and nothing else (no
 * BSN, address, phone or e-mail), unless the user may see them where they live now.
 *
 * <p>A resident sees their own data in full and of everyone else only name, role and period, also of
 * whoever lives with them today: a housemate's BSN and contact details are that housemate's, not the
 * household's (issue 13 follow-up). Of those who left, the resident sees only who lived there at the
 * same time as they did, and only for the time they shared; someone who left before the resident came
 * is not there at all.
 *
 * <p>The birth date of a shielded member stays in the record for the rules that count who lived there
 * on a past date (kostendelers on a peildatum); pages and the API do not show it.
 */
@Component
class Afscherming {

    private final Inzage inzage;
    private final Clock klok;

    Afscherming(Inzage inzage, Clock klok) {
        this.inzage = inzage;
        this.klok = klok;
    }

    Huishouden voor(Gebruiker g, Huishouden h) {
        return voor(g, List.of(h)).getFirst();
    }

    List<Huishouden> voor(Gebruiker g, List<Huishouden> huishoudens) {
        LocalDate vandaag = LocalDate.now(klok);
        if (g.rol() == Rol.INWONER) {
            return huishoudens.stream().map(h -> voorInwoner(g.inwonerId(), h, vandaag)).toList();
        }
        // Who lives in a household the user may see, now or later, is visible through it; only those who left need a look-up.
        List<UUID> vertrokken = huishoudens.stream().flatMap(h -> h.leden().stream())
                .filter(l -> vertrokken(l, vandaag)).map(l -> l.inwoner().id()).distinct().toList();
        Set<UUID> zichtbaar = inzage.zichtbareInwoners(g, vertrokken);
        return huishoudens.stream().map(h -> h.metLeden(h.leden().stream()
                .map(l -> vertrokken(l, vandaag) && !zichtbaar.contains(l.inwoner().id()) ? afgeschermd(l, l.vanaf(), l.totEnMet()) : l)
                .toList())).toList();
    }

    private static boolean vertrokken(Huishouden.Lidmaatschap l, LocalDate vandaag) {
        return l.totEnMet() != null && l.totEnMet().isBefore(vandaag);
    }

    private static Huishouden voorInwoner(UUID ik, Huishouden h, LocalDate vandaag) {
        List<Huishouden.Lidmaatschap> eigen = h.leden().stream().filter(l -> l.inwoner().id().equals(ik)).toList();
        List<Huishouden.Lidmaatschap> leden = new ArrayList<>();
        for (Huishouden.Lidmaatschap l : h.leden()) {
            if (l.inwoner().id().equals(ik)) {
                leden.add(l);
                continue;
            }
            if (l.actiefOp(vandaag) && eigen.stream().anyMatch(e -> e.actiefOp(vandaag))) {
                // Who lives with the resident today: with their own period, by name only.
                leden.add(afgeschermd(l, l.vanaf(), l.totEnMet()));
                continue;
            }
            // The shared time: from the latest start to the earliest end of this membership and the resident's own.
            LocalDate van = null;
            LocalDate tot = null;
            boolean open = false;
            for (Huishouden.Lidmaatschap e : eigen) {
                if (!Huishoudens.overlapt(l.vanaf(), l.totEnMet(), e.vanaf(), e.totEnMet())) {
                    continue;
                }
                LocalDate begin = l.vanaf().isAfter(e.vanaf()) ? l.vanaf() : e.vanaf();
                LocalDate eind = eerste(l.totEnMet(), e.totEnMet());
                van = van == null || begin.isBefore(van) ? begin : van;
                if (eind == null) {
                    open = true;
                } else if (tot == null || eind.isAfter(tot)) {
                    tot = eind;
                }
            }
            if (van != null) {
                leden.add(afgeschermd(l, van, open ? null : tot));
            }
        }
        return h.metLeden(leden);
    }

    private static LocalDate eerste(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Huishouden.Lidmaatschap afgeschermd(Huishouden.Lidmaatschap l, LocalDate vanaf, LocalDate totEnMet) {
        return new Huishouden.Lidmaatschap(l.id(), l.inwoner().afgeschermd(), l.rol(), l.uitzondering(), vanaf, totEnMet);
    }
}

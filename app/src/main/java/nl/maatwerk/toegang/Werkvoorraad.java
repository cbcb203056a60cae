package nl.maatwerk.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inzage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Mijn werkvoorraad": the households I coordinate and the open requests I handle or that belong to
 * them. The order comes from a {@link Ordening}, so a later module can order by need instead.
 */
@Service
public class Werkvoorraad {

    /** One line of the work list: a request, or a household I coordinate without an open request. */
    public record Werkitem(UUID huishoudenId, String huishoudenNaam, Hulpvraag hulpvraag, boolean ikBenRegisseur) {

        public Optional<Termijn> termijn() {
            return hulpvraag == null ? Optional.empty() : hulpvraag.eersteOpenTermijn();
        }
    }

    /** How the work list is ordered; the reason is shown to the user so the order is explainable. */
    public interface Ordening {
        String uitleg();

        Comparator<Werkitem> volgorde();
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Hulpvragen hulpvragen;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;
    private final Ordening ordening;

    Werkvoorraad(JdbcClient jdbc, Hulpvragen hulpvragen, Inzage inzage, GebruikerRegister gebruikers, Logboek logboek,
            org.springframework.beans.factory.ObjectProvider<Ordening> ordening, Huishoudens huishoudens) {
        this.huishoudens = huishoudens;
        this.jdbc = jdbc;
        this.hulpvragen = hulpvragen;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.ordening = ordening.getIfAvailable(OpTermijn::new);
    }

    public Ordening ordening() {
        return ordening;
    }

    public List<Werkitem> voor(Gebruiker g) {
        inzage.vereisProfessional(g);
        // Only what need-to-know allows today: a request I once handled may since have moved elsewhere.
        List<Object> params = new ArrayList<>(List.of(g.gebruikersnaam(), g.gebruikersnaam()));
        String zichtbaar = inzage.zichtbaarVoor(g, params);
        List<UUID> vragen = jdbc.sql("""
                select v.id from hulpvraag v join huishouden h on h.id = v.huishouden_id
                where v.status <> 'afgesloten' and (v.behandelaar = ?
                   or exists (select 1 from regie r where r.huishouden_id = v.huishouden_id and r.regisseur = ? and r.tot is null))
                  and """ + zichtbaar).params(params).query(UUID.class).list();
        List<Werkitem> items = new ArrayList<>();
        List<UUID> mijnRegie = jdbc.sql("select huishouden_id from regie where regisseur = ? and tot is null")
                .param(g.gebruikersnaam()).query(UUID.class).list();
        for (Hulpvraag h : hulpvragen.laadAlle(vragen)) {
            items.add(new Werkitem(h.huishoudenId(), h.huishoudenNaam(), h, mijnRegie.contains(h.huishoudenId())));
        }
        jdbc.sql("select h.id, h.naam from huishouden h join regie r on r.huishouden_id = h.id where r.regisseur = ? and r.tot is null")
                .param(g.gebruikersnaam()).query((rs, i) -> new Werkitem(rs.getObject(1, UUID.class), rs.getString(2), null, true)).list()
                .stream().filter(w -> items.stream().noneMatch(x -> x.huishoudenId().equals(w.huishoudenId())))
                .filter(w -> inzage.magHuishoudenZien(g, w.huishoudenId())).forEach(items::add);
        items.sort(ordening.volgorde());
        List<Betrokkene> getoond = huishoudens.huidigeBetrokkenen(items.stream().map(Werkitem::huishoudenId).distinct().toList());
        logboek.registreer("werkvoorraad.tonen", Verwerkingsactiviteit.HULPVRAAG_RAADPLEGEN, getoond, Instant.now(), true);
        return items;
    }

    /** The default: the legal deadline that runs out first comes first; overdue at the top; then urgency. */
    static final class OpTermijn implements Ordening {

        @Override
        public String uitleg() {
            return "Op volgorde van de wettelijke termijn die het eerst afloopt. Termijnen die al verlopen zijn staan bovenaan. "
                    + "Daarna telt de urgentie die bij de intake is gekozen.";
        }

        @Override
        public Comparator<Werkitem> volgorde() {
            Comparator<Werkitem> opTermijn = Comparator.comparing(w -> w.termijn().map(Termijn::uitersteDatum).orElse(LocalDate.MAX));
            Comparator<Werkitem> opUrgentie = Comparator.comparing(
                    (Werkitem w) -> w.hulpvraag() == null ? -1 : w.hulpvraag().urgentie().ordinal()).reversed();
            return opTermijn.thenComparing(opUrgentie).thenComparing(Werkitem::huishoudenNaam);
        }
    }
}

package nl.maatwerk.regelbeheer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.regels.inkomen.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The managed parameter set and the way it changes: propose, then a second beheerder approves or
 * rejects. {@link #actueel()} is what every calculation uses: the values built into the release plus
 * every approved value (an approved value with the same name and date as a built-in one counts
 * instead of it). It is cached; after an approval on this node it is rebuilt at once, and at most
 * {@link #HERCONTROLE_MILLIS} ms later on every other node, which compares a counter of approvals.
 */
@Service
public class Regelparameters {

    static final long HERCONTROLE_MILLIS = 1000;
    private static final long HERCONTROLE_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(HERCONTROLE_MILLIS);
    private static final Logger LOG = LoggerFactory.getLogger(Regelparameters.class);

    /** One page of proposals. */
    public record Voorstellen(List<Voorstel> voorstellen, int pagina, int paginagrootte, long totaal) {
    }

    private record Stand(long teller, Parameters parameters, Map<String, VoorstelOpslag.Goedgekeurd> goedgekeurd, long gecontroleerd) {
    }

    private final VoorstelOpslag opslag;
    private final GebruikerRegister gebruikers;
    private final Set<String> namen;
    private final Clock klok;
    private volatile Stand stand;

    Regelparameters(VoorstelOpslag opslag, GebruikerRegister gebruikers, Clock klok) {
        this.opslag = opslag;
        this.gebruikers = gebruikers;
        this.klok = klok;
        this.namen = Collections.unmodifiableSortedSet(Parameters.standaard().alle().stream().map(Parameters.Parameter::naam)
                .collect(Collectors.toCollection(TreeSet<String>::new)));
    }

    /** The parameter set calculations use now: built in, plus everything two beheerders approved. */
    public Parameters actueel() {
        return stand().parameters();
    }

    /** The names a value may be proposed for: those the rules know. */
    public Set<String> namen() {
        return namen;
    }

    /**
     * Every value of the managed set, built in and approved, per name with the newest date first;
     * with a name only that name's. Marks the value in force today and the built-in ones replaced.
     */
    public List<Regelparameter> overzicht(String naam) {
        Stand s = stand();
        LocalDate vandaag = LocalDate.now(klok);
        List<Regelparameter> lijst = new ArrayList<>();
        for (Parameters.Parameter p : Parameters.standaard().alle()) {
            if (naam == null || naam.equals(p.naam())) {
                boolean vervangen = s.goedgekeurd().containsKey(sleutel(p.naam(), p.geldigVanaf()));
                lijst.add(new Regelparameter(waarde(p), Regelparameter.Herkomst.INGEBOUWD, null, null, null,
                        !vervangen && inGebruik(s.parameters(), p, vandaag), vervangen));
            }
        }
        for (VoorstelOpslag.Goedgekeurd g : s.goedgekeurd().values()) {
            if (naam == null || naam.equals(g.waarde().naam())) {
                lijst.add(new Regelparameter(g.waarde(), Regelparameter.Herkomst.GOEDGEKEURD, g.voorstelId(), g.door(), g.op(),
                        inGebruik(s.parameters(), g.waarde().alsParameter(), vandaag), false));
            }
        }
        lijst.sort(Comparator.comparing((Regelparameter r) -> r.waarde().naam())
                .thenComparing(r -> r.waarde().geldigVanaf(), Comparator.reverseOrder())
                .thenComparing(r -> r.herkomst() == Regelparameter.Herkomst.GOEDGEKEURD ? 0 : 1));
        return lijst;
    }

    private static boolean inGebruik(Parameters set, Parameters.Parameter p, LocalDate vandaag) {
        return set.geldig(p.naam(), vandaag).map(g -> g.geldigVanaf().equals(p.geldigVanaf()) && Objects.equals(g.waarde(), p.waarde())
                && Objects.equals(g.toelichting(), p.toelichting())).orElse(false);
    }

    /** The managed set in the format of {@code parameters.csv}, for the bulk command's {@code --parameters}. */
    public String alsBestand() {
        StringBuilder s = new StringBuilder();
        s.append("# Regelparameters van Maatwerk: ingebouwd plus goedgekeurd door beheer, gemaakt op ").append(LocalDate.now(klok)).append('\n');
        s.append("# naam;waarde;geldig_vanaf;bron;status;toelichting\n");
        for (Parameters.Parameter p : actueel().alle()) {
            s.append(p.naam()).append(';').append(p.waarde().toPlainString()).append(';').append(p.geldigVanaf()).append(';')
                    .append(p.bron()).append(';').append(p.status()).append(';')
                    .append(p.toelichting().replaceAll("[\\r\\n]+", " ")).append('\n');
        }
        return s.toString();
    }

    // --- proposing and reviewing ------------------------------------------------------------------

    /** Stores a proposal when every value is valid; otherwise nothing is stored and every invalid field is named. */
    @Transactional
    public Voorstel stelVoor(NieuwVoorstel nieuw) {
        Gebruiker ik = beheerder();
        NieuwVoorstel v = Voorstelcontrole.opgeschoond(Objects.requireNonNullElse(nieuw, new NieuwVoorstel(null, List.of())));
        List<OngeldigeInvoerException.Fout> fouten = Voorstelcontrole.fouten(v, namen, opslag::isGoedgekeurd);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        UUID id = UUID.randomUUID();
        opslag.voegToe(id, v, ik.gebruikersnaam(), Instant.now(klok));
        LOG.info("Regelparameters: {} stelt voor {} ({} waarden: {})", ik.gebruikersnaam(), id, v.waarden().size(),
                v.waarden().stream().map(w -> w.naam() + " " + w.waarde().toPlainString() + " vanaf " + w.geldigVanaf())
                        .collect(Collectors.joining(", ")));
        return lees(id);
    }

    public Voorstel lees(UUID id) {
        return opslag.lees(id).orElseThrow(() -> new NietGevondenException("Voorstel"));
    }

    /** Someone reviewed the proposal since the user read it: who and when, what it is now, and the version now. */
    private static String intussenGoedgekeurd(List<String> bezet) {
        return "Intussen is al een waarde goedgekeurd voor " + String.join(", ", bezet)
                + ". Die blijft staan. Wijs dit voorstel af en doe een nieuw voorstel met een nieuwe datum.";
    }

    private VersieConflictException verouderd(Voorstel nu) {
        if (nu.beoordeeldOp() == null) {
            // Nobody reviewed it: the version sent was never one this proposal had.
            return new VersieConflictException("Dit voorstel is versie " + nu.versie() + ", niet de versie die u noemde. Laad het opnieuw.",
                    nu.versie());
        }
        String door = nu.beoordeeldDoor() == null ? null : gebruikers.namen(List.of(nu.beoordeeldDoor()))
                .getOrDefault(nu.beoordeeldDoor(), nu.beoordeeldDoor());
        return new VersieConflictException(nl.maatwerk.platform.Versieconflict.bericht("dit voorstel", door, nu.beoordeeldOp())
                + " Het is nu " + nu.status().omschrijving().toLowerCase(java.util.Locale.ROOT) + ".", nu.versie());
    }

    /** Proposals, newest first; with a status only those. */
    public Voorstellen voorstellen(VoorstelStatus status, int pagina, int paginagrootte) {
        return new Voorstellen(opslag.lijst(status, pagina, paginagrootte), pagina, paginagrootte, opslag.aantal(status));
    }

    /**
     * Approves or rejects a waiting proposal, by a beheerder who did not propose it, at the version
     * they read. Rejecting needs a reason. An approval makes its values count from their dates on.
     */
    @Transactional
    public Voorstel beoordeel(UUID id, Boolean akkoord, String toelichting, Integer versie) {
        Gebruiker ik = beheerder();
        Voorstel v = lees(id);
        // The version first: a reviewer who read it while it was still open hears who decided meanwhile.
        VersieConflictException.vereisActueel(versie, "het voorstel", v.versie(), () -> verouderd(v));
        String reden = toelichting == null ? null : toelichting.replaceAll("\\s+", " ").strip();
        List<OngeldigeInvoerException.Fout> fouten = new ArrayList<>();
        if (akkoord == null) {
            fouten.add(new OngeldigeInvoerException.Fout("akkoord", "required", "Kies: goedkeuren of afwijzen."));
        } else if (!akkoord && (reden == null || reden.isEmpty())) {
            fouten.add(new OngeldigeInvoerException.Fout("toelichting", "required", "Schrijf op waarom u het voorstel afwijst."));
        }
        if (reden != null && reden.length() > 2000) {
            fouten.add(new OngeldigeInvoerException.Fout("toelichting", "range", "De toelichting is hoogstens 2000 tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        VoorstelStatus naar = akkoord ? VoorstelStatus.GOEDGEKEURD : VoorstelStatus.AFGEWEZEN;
        if (!v.status().kanNaar(naar)) {
            throw new ConflictException("Dit voorstel is al " + v.status().omschrijving().toLowerCase(java.util.Locale.ROOT)
                    + " en verandert niet meer.");
        }
        if (v.voorgesteldDoor().equals(ik.gebruikersnaam())) {
            throw new NietToegestaanException("U kunt uw eigen voorstel niet beoordelen. Een andere beheerder doet dat (vier ogen).");
        }
        if (akkoord) {
            List<String> bezet = v.waarden().stream().filter(w -> opslag.isGoedgekeurd(w.naam(), w.geldigVanaf()))
                    .map(w -> w.naam() + " vanaf " + Voorstelcontrole.DATUM.format(w.geldigVanaf())).toList();
            if (!bezet.isEmpty()) {
                throw new ConflictException(intussenGoedgekeurd(bezet));
            }
        }
        Instant nu = Instant.now(klok);
        if (!opslag.beoordeel(id, versie, naar, reden == null || reden.isEmpty() ? null : reden, ik.gebruikersnaam(), nu)) {
            throw verouderd(lees(id));
        }
        if (akkoord) {
            // The check above cannot see an approval of the same name and date at this moment; the primary key can.
            List<String> bezet = opslag.keurWaardenGoed(id);
            if (!bezet.isEmpty()) {
                throw new ConflictException(intussenGoedgekeurd(bezet));
            }
            verversNaAfloop();
        }
        opslag.stap(id, v.status(), naar, reden, ik.gebruikersnaam(), nu);
        LOG.info("Regelparameters: {} heeft voorstel {} van {} {}{}", ik.gebruikersnaam(), id, v.voorgesteldDoor(),
                naar.code(), reden == null || reden.isEmpty() ? "" : " (" + reden + ")");
        return lees(id);
    }

    private Gebruiker beheerder() {
        Gebruiker ik = gebruikers.huidige();
        if (ik.rol() != Rol.BEHEERDER) {
            throw new NietToegestaanException("Alleen een functioneel beheerder stelt regelparameters voor of beoordeelt ze.");
        }
        return ik;
    }

    // --- the cache ------------------------------------------------------------------------------

    private Stand stand() {
        Stand s = stand;
        // A duration on the monotonic timer: how long ago this node last compared, whatever the clock says.
        long nu = System.nanoTime();
        if (s != null && nu - s.gecontroleerd() < HERCONTROLE_NANOS) {
            return s;
        }
        long teller = opslag.goedgekeurdTeller();
        if (s != null && s.teller() == teller) {
            s = new Stand(teller, s.parameters(), s.goedgekeurd(), nu);
        } else {
            s = bouw(teller, nu);
        }
        stand = s;
        return s;
    }

    private Stand bouw(long teller, long nu) {
        Map<String, VoorstelOpslag.Goedgekeurd> goedgekeurd = new java.util.LinkedHashMap<>();
        for (VoorstelOpslag.Goedgekeurd g : opslag.goedgekeurd()) {
            goedgekeurd.put(sleutel(g.waarde().naam(), g.waarde().geldigVanaf()), g);
        }
        Parameters samen = samenvoegen(Parameters.standaard(), goedgekeurd.values().stream().map(VoorstelOpslag.Goedgekeurd::waarde).toList());
        return new Stand(teller, samen, Collections.unmodifiableMap(new HashMap<>(goedgekeurd)), nu);
    }

    /** The built-in set plus approved values: one with the same name and date as a built-in value replaces it, any other adds a line. */
    static Parameters samenvoegen(Parameters ingebouwd, List<Regelwaarde> goedgekeurd) {
        Map<String, Parameters.Parameter> samen = new java.util.LinkedHashMap<>();
        ingebouwd.alle().forEach(p -> samen.put(sleutel(p.naam(), p.geldigVanaf()), p));
        goedgekeurd.forEach(w -> samen.put(sleutel(w.naam(), w.geldigVanaf()), w.alsParameter()));
        return Parameters.van(new ArrayList<>(samen.values()));
    }

    private static String sleutel(String naam, LocalDate vanaf) {
        return naam + "|" + vanaf;
    }

    /** After the approval is committed, this node rebuilds the set on its next use. */
    private void verversNaAfloop() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    stand = null;
                }
            });
        } else {
            stand = null;
        }
    }

    private static Regelwaarde waarde(Parameters.Parameter p) {
        return new Regelwaarde(p.naam(), p.waarde(), p.geldigVanaf(), p.bron(), p.status(), p.toelichting());
    }
}

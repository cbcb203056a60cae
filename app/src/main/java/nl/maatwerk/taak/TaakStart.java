package nl.maatwerk.taak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.StartOnderdeel;
import nl.maatwerk.platform.Vervaldagen;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.stereotype.Component;

/** The tasks on the start page (issue 15): a professional's own, by when they are due; for the team lead the caseload per worker. */
final class TaakStart {

    private TaakStart() {
    }

    /** My open tasks: overdue, due today, due later this week, and how many after that. */
    @Component
    static class MijnTaken implements StartOnderdeel {

        private final Taken taken;
        private final java.time.Clock klok;

        MijnTaken(Taken taken, java.time.Clock klok) {
            this.taken = taken;
            this.klok = klok;
        }

        @Override
        public int volgorde() {
            return 10;
        }

        @Override
        public String sjabloon() {
            return "taak/start";
        }

        @Override
        public String fragment() {
            return "mijn-taken";
        }

        @Override
        public Optional<Map<String, Object>> voor(Gebruiker g) {
            if (!g.isProfessional()) {
                return Optional.empty();
            }
            Vervaldagen<Taak> open = Vervaldagen.indelen(taken.mijnOpen(g), Taak::vervaldatum, LocalDate.now(klok));
            return Optional.of(Map.of("teLaat", open.teLaat(), "vandaag", open.vandaag(), "dezeWeek", open.dezeWeek(),
                    "later", (long) open.later().size()));
        }
    }

    /** One worker's caseload: open requests they handle, open tasks, of which overdue. */
    record Werklast(String naam, long hulpvragen, long taken, long teLaat) {
    }

    /**
     * The caseload per worker of the team lead's team. Counts of the worker's own work, no data of residents,
     * so no small-group suppression: the team lead sees each colleague's work list by name anyway.
     */
    @Component
    static class WerklastPerMedewerker implements StartOnderdeel {

        private final Taken taken;
        private final Hulpvragen hulpvragen;
        private final GebruikerRegister gebruikers;
        private final java.time.Clock klok;

        WerklastPerMedewerker(Taken taken, Hulpvragen hulpvragen, GebruikerRegister gebruikers, java.time.Clock klok) {
            this.taken = taken;
            this.hulpvragen = hulpvragen;
            this.gebruikers = gebruikers;
            this.klok = klok;
        }

        @Override
        public int volgorde() {
            return 40;
        }

        @Override
        public String sjabloon() {
            return "taak/start";
        }

        @Override
        public String fragment() {
            return "werklast";
        }

        @Override
        public Optional<Map<String, Object>> voor(Gebruiker g) {
            if (g.rol() != Rol.TEAMLEIDER || g.teamId() == null) {
                return Optional.empty();
            }
            return Optional.of(Map.of("werklast", werklast(g.teamId())));
        }

        List<Werklast> werklast(String teamId) {
            Map<String, Long> vragen = hulpvragen.openPerBehandelaar(teamId);
            Map<String, Long> open = taken.openPerEigenaar(teamId);
            Map<String, Long> teLaat = taken.teLaatPerEigenaar(teamId, LocalDate.now(klok));
            List<Werklast> uit = new ArrayList<>();
            for (GebruikerRegister.Professional p : taken.collegas(teamId)) {
                uit.add(new Werklast(p.naam(), vragen.getOrDefault(p.gebruikersnaam(), 0L), open.getOrDefault(p.gebruikersnaam(), 0L),
                        teLaat.getOrDefault(p.gebruikersnaam(), 0L)));
            }
            return uit;
        }
    }
}

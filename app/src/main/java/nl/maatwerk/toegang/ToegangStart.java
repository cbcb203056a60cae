package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.StartOnderdeel;
import nl.maatwerk.platform.Vervaldagen;
import org.springframework.stereotype.Component;

/** Legal deadlines and unassigned requests on the start page (issue 15). */
final class ToegangStart {

    /** A team lead sees the deadlines that run out within this many days across the team, and every overrun one. */
    static final int DAGEN_IN_GEVAAR = 7;

    private ToegangStart() {
    }

    /** The deadlines of my own requests: overrun, today, later this week. */
    @Component
    static class MijnTermijnen implements StartOnderdeel {

        private final Hulpvragen hulpvragen;
        private final java.time.Clock klok;

        MijnTermijnen(Hulpvragen hulpvragen, java.time.Clock klok) {
            this.hulpvragen = hulpvragen;
            this.klok = klok;
        }

        @Override
        public int volgorde() {
            return 20;
        }

        @Override
        public String sjabloon() {
            return "toegang/start";
        }

        @Override
        public String fragment() {
            return "mijn-termijnen";
        }

        @Override
        public Optional<Map<String, Object>> voor(Gebruiker g) {
            if (!g.isProfessional()) {
                return Optional.empty();
            }
            LocalDate vandaag = LocalDate.now(klok);
            Vervaldagen<Hulpvragen.Deadline> lijst = Vervaldagen.indelen(hulpvragen.deadlines(g, false, Vervaldagen.zondag(vandaag)),
                    d -> d.termijn().uitersteDatum(), vandaag);
            return Optional.of(Map.of("verlopen", lijst.teLaat(), "vandaag", lijst.vandaag(), "dezeWeek", lijst.dezeWeek()));
        }
    }

    /** For the team lead: deadlines at risk across the team, and open requests no one handles. */
    @Component
    static class TeamInGevaar implements StartOnderdeel {

        /** How many of each list the start page shows; the rest is a link away. */
        static final int TONEN = 10;

        private final Hulpvragen hulpvragen;
        private final nl.maatwerk.platform.GebruikerRegister gebruikers;
        private final java.time.Clock klok;

        TeamInGevaar(Hulpvragen hulpvragen, nl.maatwerk.platform.GebruikerRegister gebruikers, java.time.Clock klok) {
            this.hulpvragen = hulpvragen;
            this.gebruikers = gebruikers;
            this.klok = klok;
        }

        @Override
        public int volgorde() {
            return 30;
        }

        @Override
        public String sjabloon() {
            return "toegang/start";
        }

        @Override
        public String fragment() {
            return "team";
        }

        @Override
        public Optional<Map<String, Object>> voor(Gebruiker g) {
            if (g.rol() != Rol.TEAMLEIDER) {
                return Optional.empty();
            }
            LocalDate vandaag = LocalDate.now(klok);
            List<Hulpvragen.Deadline> alle = hulpvragen.deadlines(g, true, vandaag.plusDays(DAGEN_IN_GEVAAR));
            // The start page shows the first ones and the counts; the whole list is the team queue (a team of 200 open requests
            // made this page 3,000 px tall).
            List<Hulpvragen.Deadline> inGevaar = alle.subList(0, Math.min(alle.size(), TONEN));
            long verlopen = alle.stream().filter(d -> d.termijn().uitersteDatum().isBefore(vandaag)).count();
            List<Hulpvraag> zonder = hulpvragen.nietToegewezen(g);
            // Users by name, not login.
            Map<String, String> behandelaars = gebruikers.namen(inGevaar.stream().map(d -> d.hulpvraag().behandelaar())
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
            return Optional.of(Map.of("inGevaar", inGevaar, "aantalInGevaar", alle.size(), "aantalVerlopen", verlopen,
                    "nietToegewezen", zonder.subList(0, Math.min(zonder.size(), TONEN)), "aantalNietToegewezen", zonder.size(),
                    "dagen", DAGEN_IN_GEVAAR, "behandelaars", behandelaars));
        }
    }
}

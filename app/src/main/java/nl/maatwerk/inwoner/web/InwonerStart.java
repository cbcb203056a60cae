package nl.maatwerk.inwoner.web;

import java.util.Map;
import java.util.Optional;
import nl.maatwerk.inwoner.Doorbraken;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.StartOnderdeel;
import org.springframework.stereotype.Component;

/** inwoner's parts of the start page (issue 15): the households I opened last; for the auditor the newest doorbraken. */
final class InwonerStart {

    static final int RECENT = 8;
    static final int DOORBRAKEN = 10;

    private InwonerStart() {
    }

    /** The households this professional opened last, not the team's first ten by name. */
    @Component
    static class RecentGeopend implements StartOnderdeel {

        private final Huishoudens huishoudens;

        RecentGeopend(Huishoudens huishoudens) {
            this.huishoudens = huishoudens;
        }

        @Override
        public int volgorde() {
            return 60;
        }

        @Override
        public String sjabloon() {
            return "inwoner/start";
        }

        @Override
        public String fragment() {
            return "recent";
        }

        @Override
        public Optional<Map<String, Object>> voor(Gebruiker g) {
            return g.isProfessional() ? Optional.of(Map.of("recent", huishoudens.recentGeopend(RECENT))) : Optional.empty();
        }
    }

    /** The newest doorbraken across all teams, for the privacy auditor. */
    @Component
    static class RecenteDoorbraken implements StartOnderdeel {

        private final Doorbraken doorbraken;

        RecenteDoorbraken(Doorbraken doorbraken) {
            this.doorbraken = doorbraken;
        }

        @Override
        public int volgorde() {
            return 10;
        }

        @Override
        public String sjabloon() {
            return "inwoner/start";
        }

        @Override
        public String fragment() {
            return "doorbraken";
        }

        @Override
        public Optional<Map<String, Object>> voor(Gebruiker g) {
            return g.rol() == Rol.AUDITOR ? Optional.of(Map.of("doorbraken", doorbraken.recent(DOORBRAKEN))) : Optional.empty();
        }
    }
}

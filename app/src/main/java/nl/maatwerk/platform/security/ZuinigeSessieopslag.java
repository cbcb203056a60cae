package nl.maatwerk.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The session store as the web layer sees it: Spring Session JDBC underneath, but a session that only
 * moved its last-access time is written back once per {@code drempel}, not on every request.
 *
 * <p>Spring Session marks a session changed on every request because the filter sets its last-access
 * time, so each page cost an extra UPDATE and commit of {@code platform.spring_session} (plus resolving
 * the principal index), about a tenth of a household page under load (docs/performance.md). A real
 * change (an attribute, a new id at login, a new timeout) is still written at once, so logging in, out
 * and CSRF tokens behave as before. The price: the stored last access can lag by up to {@code drempel},
 * so an idle session may end that much before its full timeout.
 */
final class ZuinigeSessieopslag implements SessionRepository<ZuinigeSessieopslag.Sessie> {

    private final SessionRepository<Session> opslag;
    private final Duration drempel;

    @SuppressWarnings("unchecked")
    ZuinigeSessieopslag(SessionRepository<? extends Session> opslag, Duration drempel) {
        // Spring Session JDBC's own session type is package-private; it is handed back as it came.
        this.opslag = (SessionRepository<Session>) opslag;
        this.drempel = drempel;
    }

    @Override
    public Sessie createSession() {
        return new Sessie(opslag.createSession(), null);
    }

    @Override
    public void save(Sessie sessie) {
        if (sessie.opgeslagenToegang != null && !sessie.gewijzigd
                && Duration.between(sessie.opgeslagenToegang, sessie.getLastAccessedTime()).compareTo(drempel) < 0) {
            return;
        }
        opslag.save(sessie.sessie);
        sessie.opgeslagenToegang = sessie.getLastAccessedTime();
        sessie.gewijzigd = false;
    }

    @Override
    public Sessie findById(String id) {
        Session gevonden = opslag.findById(id);
        return gevonden == null ? null : new Sessie(gevonden, gevonden.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        opslag.deleteById(id);
    }

    /** A stored session that remembers whether anything other than its last access changed. */
    static final class Sessie implements Session {

        private final Session sessie;
        /** The last access as stored; null while the session was never saved. */
        private Instant opgeslagenToegang;
        private boolean gewijzigd;

        private Sessie(Session sessie, Instant opgeslagenToegang) {
            this.sessie = sessie;
            this.opgeslagenToegang = opgeslagenToegang;
        }

        @Override
        public String getId() {
            return sessie.getId();
        }

        @Override
        public String changeSessionId() {
            gewijzigd = true;
            return sessie.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String naam) {
            return sessie.getAttribute(naam);
        }

        @Override
        public Set<String> getAttributeNames() {
            return sessie.getAttributeNames();
        }

        @Override
        public void setAttribute(String naam, Object waarde) {
            gewijzigd = true;
            sessie.setAttribute(naam, waarde);
        }

        @Override
        public void removeAttribute(String naam) {
            gewijzigd = true;
            sessie.removeAttribute(naam);
        }

        @Override
        public Instant getCreationTime() {
            return sessie.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant moment) {
            sessie.setLastAccessedTime(moment);
        }

        @Override
        public Instant getLastAccessedTime() {
            return sessie.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration duur) {
            gewijzigd = true;
            sessie.setMaxInactiveInterval(duur);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return sessie.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return sessie.isExpired();
        }
    }
}

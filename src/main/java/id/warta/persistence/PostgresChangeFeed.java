package id.warta.persistence;

import id.warta.service.ChangeFeed;
import id.warta.service.FeedStatus;
import id.warta.service.FeedStatus.Reason;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team database's change feed (V14) over a dedicated connection: {@code LISTEN warta_changes},
 * then a loop on {@code getNotifications}. A notification carries only a revision, so it is a hint:
 * the feed reads {@code sync_state} and {@code change_log} itself, which is also how it catches up
 * after any (re)connect, since notifications sent while disconnected are gone for good.
 *
 * <p>A frozen server (or a half-open network) sends nothing and closes nothing, so an idle listener
 * would wait forever: a {@code SELECT 1} every {@code ping} with a socket timeout turns silence into an
 * error. The revision is also polled every {@code poll}, in case notifications are lost on the way
 * (a pooler in between, for one). Lost connections are retried with a growing pause.
 */
public final class PostgresChangeFeed implements ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeFeed.class);
    static final String CHANNEL = "warta_changes";

    /**
     * How often things happen. Production: detection of a frozen server within ping + socket
     * timeout = 25 s; tests shrink everything to fractions of a second.
     */
    public record Timings(Duration listenWait, Duration ping, Duration socketTimeout, Duration poll, Duration firstRetry,
                          Duration maxRetry) {
        public Timings {
            for (Duration d : new Duration[] {listenWait, ping, socketTimeout, poll, firstRetry, maxRetry}) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("every interval must be positive");
                }
            }
        }

        public static Timings production() {
            return new Timings(Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofSeconds(10),
                    Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(60));
        }
    }

    private final String url;
    private final Properties properties;
    private final Timings timings;
    private final AtomicLong lastRevision = new AtomicLong(-1);
    private final Object sleeper = new Object();
    private volatile boolean closed;
    private volatile Connection current;
    private Thread thread;
    private Listener listener;
    /** Only the feed's thread touches it. */
    private FeedStatus reported;

    public PostgresChangeFeed(String url, Properties login, String schema, Timings timings) {
        this.url = url;
        this.timings = Objects.requireNonNull(timings);
        this.properties = new Properties();
        properties.putAll(login);
        properties.setProperty("currentSchema", schema);
        properties.setProperty("ApplicationName", "Warta live updates");
        properties.setProperty("tcpKeepAlive", "true");
        // pgjdbc counts these in whole seconds.
        String seconds = String.valueOf(Math.max(1, (timings.socketTimeout().toMillis() + 999) / 1000));
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("connectTimeout", seconds);
    }

    /** The feed for a signed-in team login (same TLS settings as the workspace's connection). */
    public static PostgresChangeFeed forTeam(TeamProfile profile, TeamLogin login, Timings timings) {
        return new PostgresChangeFeed(TeamConnections.url(profile), TeamConnections.properties(profile, login),
                profile.schema(), timings);
    }

    @Override
    public synchronized void start(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        this.listener = Objects.requireNonNull(listener);
        thread = new Thread(this::run, "warta-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public long lastRevision() {
        return lastRevision.get();
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
        }
        Connection c = current;
        if (c != null) {
            abortQuietly(c);
        }
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(timings.socketTimeout().plusSeconds(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Duration retry = timings.firstRetry();
        while (!closed) {
            Connection c;
            try {
                c = DriverManager.getConnection(url, properties);
            } catch (SQLException e) {
                offline(Reason.UNREACHABLE, e);
                pause(retry);
                retry = longer(retry);
                continue;
            }
            current = c;
            try {
                if (closed) {
                    return;
                }
                listen(c);
            } catch (SQLException e) {
                if (!closed) {
                    offline(timedOut(e) ? Reason.NOT_RESPONDING : Reason.LOST, e);
                    retry = timings.firstRetry();
                }
            } finally {
                current = null;
                abortQuietly(c);
            }
            pause(retry);
        }
    }

    private void listen(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        catchUp(c);
        report(FeedStatus.ONLINE);
        long nextPing = System.nanoTime() + timings.ping().toNanos();
        long nextPoll = System.nanoTime() + timings.poll().toNanos();
        int wait = (int) Math.max(1, timings.listenWait().toMillis());
        while (!closed) {
            PGNotification[] hints = pg.getNotifications(wait);
            if (hints != null && hints.length > 0) {
                // Read the feed, never count notifications: equal payloads in one transaction arrive once.
                catchUp(c);
            }
            long now = System.nanoTime();
            if (now - nextPoll >= 0) {
                catchUp(c);
                nextPoll = now + timings.poll().toNanos();
                nextPing = now + timings.ping().toNanos();
            } else if (now - nextPing >= 0) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT 1");
                }
                nextPing = now + timings.ping().toNanos();
            }
        }
    }

    /** Reports what changed since the last revision seen; the first connection only records where things stand. */
    private void catchUp(Connection c) throws SQLException {
        long now;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT rev FROM sync_state WHERE id = 1")) {
            now = rs.next() ? rs.getLong(1) : 0;
        }
        long after = lastRevision.get();
        if (after < 0) {
            lastRevision.set(now);
            return;
        }
        if (now == after) {
            return;
        }
        Set<String> entities = new LinkedHashSet<>();
        if (now > after) {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT DISTINCT entity FROM change_log WHERE rev > ? AND rev <= ? ORDER BY entity")) {
                st.setLong(1, after);
                st.setLong(2, now);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        entities.add(rs.getString(1));
                    }
                }
            }
        }
        // A lower revision means the database was replaced (restored, re-imported): everything may have changed.
        lastRevision.set(now);
        try {
            listener.changed(new Changes(Math.min(after, now), now, entities));
        } catch (RuntimeException e) {
            LOG.warn("Change listener failed", e);
        }
    }

    private void offline(Reason reason, SQLException e) {
        if (reported == null || reported.online()) {
            LOG.info("Team server offline ({}): {}", reason, e.getMessage());
        }
        report(FeedStatus.offline(reason));
    }

    private void report(FeedStatus status) {
        if (status.equals(reported)) {
            return;
        }
        reported = status;
        try {
            listener.status(status);
        } catch (RuntimeException e) {
            LOG.warn("Status listener failed", e);
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private Duration longer(Duration retry) {
        Duration doubled = retry.multipliedBy(2);
        return doubled.compareTo(timings.maxRetry()) > 0 ? timings.maxRetry() : doubled;
    }

    private void pause(Duration d) {
        synchronized (sleeper) {
            if (closed) {
                return;
            }
            try {
                sleeper.wait(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }
    }

    private static void abortQuietly(Connection c) {
        try {
            // abort, not close: close would wait on a frozen server; abort drops the socket.
            c.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Dropping the feed connection: {}", e.getMessage());
        }
    }
}

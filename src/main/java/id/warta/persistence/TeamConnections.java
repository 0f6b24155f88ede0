package id.warta.persistence;

import id.warta.service.TeamException;
import id.warta.service.TeamException.Reason;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Connection settings for a team profile. TLS is always {@code verify-full} against the profile's
 * CA (pgjdbc's default {@code prefer}, and even {@code require}, accept a wrong CA silently), with
 * SCRAM channel binding required. Nothing here is logged: the properties carry the password.
 */
public final class TeamConnections {
    private TeamConnections() {
    }

    public static String url(TeamProfile profile) {
        String host = profile.host().contains(":") ? "[" + profile.host() + "]" : profile.host();
        return "jdbc:postgresql://" + host + ":" + profile.port() + "/" + profile.database();
    }

    public static Properties properties(TeamProfile profile, TeamLogin login) {
        Properties p = properties(profile, login.user());
        p.setProperty("password", new String(login.password()));
        return p;
    }

    /** The settings without a password: the desktop hands it over through {@link TeamPasswordPlugin}. */
    public static Properties properties(TeamProfile profile, String user) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("ssl", "true");
        p.setProperty("sslmode", "verify-full");
        p.setProperty("sslrootcert", profile.caFile().toAbsolutePath().toString());
        p.setProperty("channelBinding", "require");
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "120");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "Warta");
        return p;
    }

    /**
     * Connects the desktop to the team database: verify-full TLS, the password from {@code password} (asked by the
     * driver only during authentication), the schema version checked. Refusals come back as {@code TeamException}s
     * with readable reasons; a schema at another version as a {@code StorageException} naming the version needed.
     */
    public static PostgresDatabase open(TeamProfile profile, String user, TeamPasswordPlugin.Registration password) {
        Properties p = properties(profile, user);
        password.applyTo(p);
        return PostgresDatabase.open(url(profile), p, profile.schema(), e -> translate(e, profile, user));
    }

    /** A refused connection in words the admin can act on; anything else as a storage error. */
    static RuntimeException translate(SQLException e, TeamProfile profile, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = messages(e).toLowerCase(Locale.ROOT);
        if (text.contains("hostname") && text.contains("verif")) {
            return new TeamException(Reason.TLS_HOSTNAME, e, profile.host());
        }
        if (text.contains("pkix") || text.contains("certification path") || text.contains("unable to find valid cert")) {
            return new TeamException(Reason.TLS_UNTRUSTED, e, profile.host(), profile.caFile().toString());
        }
        if (text.contains("does not support ssl")) {
            return new TeamException(Reason.TLS_UNSUPPORTED, e, profile.host());
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new TeamException(Reason.LOGIN_FAILED, e, user, profile.address());
        }
        if (state.equals("42501")) {
            return new TeamException(Reason.NOT_PERMITTED, e, user, profile.address());
        }
        if (state.startsWith("08")) {
            return new TeamException(Reason.UNREACHABLE, e, profile.address());
        }
        return PostgresErrors.translate(e, "connect", profile.address());
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString();
    }
}

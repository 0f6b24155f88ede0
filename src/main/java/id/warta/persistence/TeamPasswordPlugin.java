package id.warta.persistence;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.postgresql.plugin.AuthenticationPlugin;
import org.postgresql.plugin.AuthenticationRequestType;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Gives pgjdbc the team password when the server asks for it (SCRAM), so the password is never put
 * into the connection URL or properties, where a logged or dumped configuration would show it.
 *
 * <p>pgjdbc builds the plugin itself, by class name, with only the string properties, so the
 * password source is found through a random, unguessable token in those properties. The token
 * table is the one piece of static state this needs (the driver offers no other way in); an entry
 * lives as long as its workspace and is removed when the workspace closes.
 */
public final class TeamPasswordPlugin implements AuthenticationPlugin {
    /** Connection property naming the registered password source; a random token, no secret. */
    public static final String TOKEN_PROPERTY = "wartaPasswordToken";
    private static final Map<String, Supplier<char[]>> SOURCES = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;

    /** Called by pgjdbc with the connection's properties. */
    public TeamPasswordPlugin(Properties properties) {
        this.token = properties.getProperty(TOKEN_PROPERTY, "");
    }

    @Override
    public char[] getPassword(AuthenticationRequestType type) throws PSQLException {
        Supplier<char[]> source = SOURCES.get(token);
        char[] password = source == null ? null : source.get();
        if (password == null) {
            throw new PSQLException("No password available for this team connection", PSQLState.INVALID_PASSWORD);
        }
        return password;
    }

    /** A registered password source; closing it unregisters. */
    public static final class Registration implements AutoCloseable {
        private final String token;

        private Registration(String token) {
            this.token = token;
        }

        /** Adds the plugin's class name and this registration's token to connection properties. */
        public void applyTo(Properties properties) {
            properties.remove("password");
            properties.setProperty("authenticationPluginClassName", TeamPasswordPlugin.class.getName());
            properties.setProperty(TOKEN_PROPERTY, token);
        }

        @Override
        public void close() {
            SOURCES.remove(token);
        }
    }

    /**
     * Registers where the password comes from; {@code source} returns a fresh copy each time (pgjdbc wipes it
     * after use).
     */
    public static Registration register(Supplier<char[]> source) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        SOURCES.put(token, source);
        return new Registration(token);
    }
}

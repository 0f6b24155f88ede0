package id.warta.service;

import id.warta.service.TeamException.Reason;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the team database is, made by the admin and handed out (docs/team-mode.md): host, port,
 * database, schema and the team's CA certificate. It never holds a login or a password; a file
 * that does is refused, so a copy passed around cannot leak one.
 *
 * <pre>
 * host=db.diskominfo.example.go.id
 * port=5432
 * database=warta
 * schema=warta
 * ca.file=warta-ca.pem    # relative to this file
 * </pre>
 */
public record TeamProfile(Path file, String host, int port, String database, String schema, Path caFile) {

    public static TeamProfile load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TeamException(Reason.PROFILE_MISSING, file.toString());
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new TeamException(Reason.PROFILE_UNREADABLE, e, file.toString());
        }
        for (String key : p.stringPropertyNames()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.contains("password") || k.contains("secret") || k.equals("user") || k.contains("token")) {
                throw new TeamException(Reason.PROFILE_HAS_SECRET, file.toString(), key);
            }
        }
        String host = required(p, "host", file);
        String database = required(p, "database", file);
        String schema = p.getProperty("schema", "warta").strip();
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new TeamException(Reason.PROFILE_INCOMPLETE, file.toString(), "schema");
        }
        int port;
        try {
            port = Integer.parseInt(p.getProperty("port", "5432").strip());
        } catch (NumberFormatException e) {
            throw new TeamException(Reason.PROFILE_INCOMPLETE, e, file.toString(), "port");
        }
        Path base = file.toAbsolutePath().getParent();
        Path ca = base.resolve(required(p, "ca.file", file)).normalize();
        if (!Files.isRegularFile(ca)) {
            throw new TeamException(Reason.CA_MISSING, ca.toString(), file.toString());
        }
        return new TeamProfile(file, host, port, database, schema, ca);
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new TeamException(Reason.PROFILE_INCOMPLETE, file.toString(), key);
        }
        return value;
    }

    /** host:port/database (schema), for messages. */
    public String address() {
        return host + ":" + port + "/" + database + " (" + schema + ")";
    }
}

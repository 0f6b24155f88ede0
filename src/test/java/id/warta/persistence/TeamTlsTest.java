package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.service.TeamException;
import id.warta.service.TeamException.Reason;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team connection over TLS: a second embedded PostgreSQL with a server certificate for
 * {@code localhost} signed by a CA made here with the JDK's keytool, {@code hostssl} +
 * scram-sha-256 only for everyone but the local superuser. verify-full with channel binding
 * succeeds; another host name, an unknown CA and a server without TLS are readable refusals.
 */
@TestInstance(Lifecycle.PER_CLASS)
class TeamTlsTest {
    static final String PASSWORD = "owner-tls-pw";
    static final String STORE_PASSWORD = "changeit";

    @TempDir
    static Path dir;
    EmbeddedPostgres tlsServer;
    Path teamCa;
    Path otherCa;

    @BeforeAll
    void startTlsServer() throws Exception {
        Path certs = Files.createDirectories(dir.resolve("certs"));
        keytool(certs, "-genkeypair", "-keystore", "ca.p12", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Warta Test CA", "-ext", "bc:c", "-validity", "2");
        keytool(certs, "-genkeypair", "-keystore", "other.p12", "-alias", "other", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Someone Else CA", "-ext", "bc:c", "-validity", "2");
        keytool(certs, "-genkeypair", "-keystore", "server.p12", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-validity", "2");
        keytool(certs, "-certreq", "-keystore", "server.p12", "-alias", "server", "-file", "server.csr");
        keytool(certs, "-gencert", "-keystore", "ca.p12", "-alias", "ca", "-infile", "server.csr", "-outfile", "server.crt",
                "-rfc", "-ext", "san=dns:localhost", "-validity", "2");
        keytool(certs, "-exportcert", "-keystore", "ca.p12", "-alias", "ca", "-rfc", "-file", "ca.pem");
        keytool(certs, "-exportcert", "-keystore", "other.p12", "-alias", "other", "-rfc", "-file", "other.pem");
        teamCa = certs.resolve("ca.pem");
        otherCa = certs.resolve("other.pem");

        tlsServer = EmbeddedPostgres.builder().start();
        Path data;
        Path hba;
        try (Connection c = tlsServer.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            data = Path.of(single(st, "SELECT current_setting('data_directory')"));
            hba = Path.of(single(st, "SELECT current_setting('hba_file')"));
        }
        UserPrincipal owner = Files.getOwner(data);
        Files.copy(certs.resolve("server.crt"), data.resolve("server.crt"));
        Files.writeString(data.resolve("server.key"), privateKeyPem(certs.resolve("server.p12")), StandardCharsets.US_ASCII);
        for (String f : List.of("server.crt", "server.key")) {
            Files.setOwner(data.resolve(f), owner);
            Files.setPosixFilePermissions(data.resolve(f), PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(hba, String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "hostssl all all 127.0.0.1/32 scram-sha-256",
                "hostssl all all ::1/128 scram-sha-256", ""));
        try (Connection c = tlsServer.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER SYSTEM SET ssl = on");
            st.execute("ALTER SYSTEM SET ssl_cert_file = 'server.crt'");
            st.execute("ALTER SYSTEM SET ssl_key_file = 'server.key'");
            st.execute("ALTER SYSTEM SET password_encryption = 'scram-sha-256'");
            st.execute("SELECT pg_reload_conf()");
        }
        try (Connection c = tlsServer.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE warta_owner LOGIN CREATEROLE PASSWORD '" + PASSWORD + "'");
            st.execute("CREATE DATABASE warta OWNER warta_owner");
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (tlsServer != null) {
            tlsServer.close();
        }
    }

    private static String single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void keytool(Path in, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-noprompt"));
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String output;
        try (InputStream out = p.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("keytool " + String.join(" ", args) + ": " + output).isZero();
    }

    private static String privateKeyPem(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, STORE_PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) ks.getKey("server", STORE_PASSWORD.toCharArray());
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }

    private TeamProfile profile(String host, int port, Path ca) throws IOException {
        Path file = dir.resolve("team-" + host + "-" + port + "-" + ca.getFileName() + ".properties");
        Files.writeString(file, "host=" + host + "\nport=" + port + "\ndatabase=warta\nschema=warta\nca.file="
                + ca.toAbsolutePath() + "\n");
        return TeamProfile.load(file);
    }

    private static TeamLogin owner() {
        return new TeamLogin("warta_owner", PASSWORD.toCharArray());
    }

    @Test
    void verifyFullWithTheTeamCaMigratesTheTeamDatabase() throws Exception {
        int version = new PostgresTeamAdministration().migrate(profile("localhost", tlsServer.getPort(), teamCa), owner());
        assertThat(version).isEqualTo(SchemaVersion.latest());
        assertThat(new PostgresTeamAdministration().verifyAudit(profile("localhost", tlsServer.getPort(), teamCa), owner(),
                java.util.Optional.empty()).intact()).isTrue();
        var props = TeamConnections.properties(profile("localhost", tlsServer.getPort(), teamCa), owner());
        try (PostgresDatabase db = PostgresDatabase.open(TeamConnections.url(profile("localhost", tlsServer.getPort(), teamCa)),
                props, "warta"); Statement st = db.connection().createStatement()) {
            assertThat(single(st, "SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).isEqualTo("true");
        }
    }

    @Test
    void aCertificateForAnotherHostNameIsRefused() {
        assertThatThrownBy(() -> new PostgresTeamAdministration().migrate(profile("127.0.0.1", tlsServer.getPort(), teamCa),
                owner())).isInstanceOfSatisfying(TeamException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TLS_HOSTNAME));
    }

    @Test
    void aServerCertificateFromAnUnknownCaIsRefused() {
        assertThatThrownBy(() -> new PostgresTeamAdministration().migrate(profile("localhost", tlsServer.getPort(), otherCa),
                owner())).isInstanceOfSatisfying(TeamException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TLS_UNTRUSTED));
    }

    @Test
    void aServerWithoutTlsIsRefused() {
        int plainPort = EmbeddedPostgresSupport.server().getPort();
        assertThatThrownBy(() -> new PostgresTeamAdministration().migrate(profile("localhost", plainPort, teamCa), owner()))
                .isInstanceOfSatisfying(TeamException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TLS_UNSUPPORTED));
    }

    @Test
    void aWrongPasswordIsRefusedByName() {
        assertThatThrownBy(() -> new PostgresTeamAdministration().migrate(profile("localhost", tlsServer.getPort(), teamCa),
                new TeamLogin("warta_owner", "salah".toCharArray())))
                .isInstanceOfSatisfying(TeamException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.LOGIN_FAILED);
                    assertThat(e.arguments()).doesNotContain("salah");
                });
    }

    /** team-gui: the desktop's way in gives the password only through the authentication plugin, never in the settings. */
    @Test
    void theDesktopConnectsWithThePasswordFromThePluginOnly() throws Exception {
        TeamProfile p = profile("localhost", tlsServer.getPort(), teamCa);
        new PostgresTeamAdministration().migrate(p, owner());
        int[] asked = new int[1];
        try (TeamPasswordPlugin.Registration password = TeamPasswordPlugin.register(() -> {
            asked[0]++;
            return PASSWORD.toCharArray();
        })) {
            java.util.Properties settings = TeamConnections.properties(p, "warta_owner");
            password.applyTo(settings);
            assertThat(settings.stringPropertyNames()).doesNotContain("password");
            assertThat(settings.values()).doesNotContain(PASSWORD);
            try (PostgresDatabase db = TeamConnections.open(p, "warta_owner", password);
                 Statement st = db.connection().createStatement()) {
                assertThat(single(st, "SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).isEqualTo("true");
            }
        }
        assertThat(asked[0]).isPositive();
    }

    @Test
    void theDesktopGetsAReadableRefusalForAWrongPassword() throws Exception {
        TeamProfile p = profile("localhost", tlsServer.getPort(), teamCa);
        try (TeamPasswordPlugin.Registration password = TeamPasswordPlugin.register(() -> "salah".toCharArray())) {
            assertThatThrownBy(() -> TeamConnections.open(p, "warta_owner", password))
                    .isInstanceOfSatisfying(TeamException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOGIN_FAILED));
        }
        try (TeamPasswordPlugin.Registration password = TeamPasswordPlugin.register(() -> PASSWORD.toCharArray())) {
            assertThatThrownBy(() -> TeamConnections.open(profile("127.0.0.1", tlsServer.getPort(), teamCa), "warta_owner",
                    password)).isInstanceOfSatisfying(TeamException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TLS_HOSTNAME));
        }
    }

    /** team-gui: the window's change feed and offline copy connect with the same plugin-held password over TLS. */
    @Test
    void theChangeFeedAndTheOfflineCopyConnectWithThePluginPassword() throws Exception {
        TeamProfile p = profile("localhost", tlsServer.getPort(), teamCa);
        new PostgresTeamAdministration().migrate(p, owner());
        java.util.concurrent.BlockingQueue<id.warta.service.FeedStatus> statuses =
                new java.util.concurrent.LinkedBlockingQueue<>();
        try (TeamPasswordPlugin.Registration password = TeamPasswordPlugin.register(() -> PASSWORD.toCharArray())) {
            java.util.Properties settings = TeamConnections.properties(p, "warta_owner");
            password.applyTo(settings);
            try (PostgresChangeFeed feed = new PostgresChangeFeed(TeamConnections.url(p), settings, p.schema(),
                    PostgresChangeFeed.Timings.production())) {
                feed.start(new id.warta.service.ChangeFeed.Listener() {
                    @Override
                    public void changed(id.warta.service.ChangeFeed.Changes changes) {
                    }

                    @Override
                    public void status(id.warta.service.FeedStatus status) {
                        statuses.add(status);
                    }
                });
                assertThat(statuses.poll(20, TimeUnit.SECONDS)).isEqualTo(id.warta.service.FeedStatus.ONLINE);
            }
            TeamCache cache = new TeamCache(TeamConnections.url(p), settings, p.schema(), dir.resolve("cache-plugin.db"));
            assertThat(cache.refresh().file()).exists();
        }
    }
}

package id.warta.app;

import id.warta.domain.User;
import id.warta.ethics.EthicsChecker;
import id.warta.persistence.PostgresDatabase;
import id.warta.persistence.TeamConnections;
import id.warta.persistence.TeamPasswordPlugin;
import id.warta.service.MediaLibrary;
import id.warta.service.PasswordHasher;
import id.warta.service.ServerBackups;
import id.warta.service.TeamProfile;
import id.warta.service.TeamSignIn;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The services over the team's PostgreSQL database (docs/team-mode.md). Opening never migrates: a
 * schema at another version than this build's is refused before any service exists (the message
 * names what is needed), so a staff login can never change the schema. Backups are the server
 * admin's; media stay in a folder beside the profile on this computer.
 */
public final class TeamWorkspace extends DatabaseWorkspace implements TeamSession {
    private final PostgresDatabase database;
    private final TeamPasswordPlugin.Registration password;
    private final TeamSignIn signIn;
    private final String address;

    private TeamWorkspace(PostgresDatabase database, Path profileFile, String address,
                          TeamPasswordPlugin.Registration password, Clock clock, Supplier<EthicsChecker> checker,
                          String appVersion, PasswordHasher hasher) {
        super(database, new LocalParts(profileFile, tx -> new ServerBackups(database.location()),
                MediaLibrary.folderFor(profileFile)), clock, checker, appVersion, hasher);
        this.database = database;
        this.address = address;
        this.password = password;
        this.signIn = new TeamSignIn(transactor(), users().repository(), users().current(), audit());
    }

    /**
     * Connects with verify-full TLS; {@code password} is asked by the driver during authentication (and again on a
     * reconnect), so the password never sits in the connection settings.
     *
     * @throws id.warta.service.TeamException a refused connection, in words the user can act on
     * @throws id.warta.service.StorageException the team schema is older or newer than this build
     */
    public static TeamWorkspace connect(TeamProfile profile, String login, Supplier<char[]> password, Clock clock,
                                        Supplier<EthicsChecker> checker, String appVersion) {
        TeamPasswordPlugin.Registration registration = TeamPasswordPlugin.register(password);
        PostgresDatabase db;
        try {
            db = TeamConnections.open(profile, login, registration);
        } catch (RuntimeException e) {
            registration.close();
            throw e;
        }
        return new TeamWorkspace(db, profile.file(), profile.address(), registration, clock, checker, appVersion,
                SqliteWorkspace.productionHasher());
    }

    /** Over a database opened elsewhere (tests on the embedded server without TLS). */
    static TeamWorkspace over(PostgresDatabase database, Path profileFile, Clock clock, PasswordHasher hasher) {
        return new TeamWorkspace(database, profileFile, database.location(), null, clock, new LazyChecker(), "test",
                hasher);
    }

    /**
     * Signs in the Warta user whose username is the login the server accepted.
     *
     * @throws id.warta.service.TeamException when no active Warta user has that name
     */
    @Override
    public User signIn(String login) {
        return signIn.enter(login, database.location());
    }

    /**
     * Settings for further connections of this login to the same server (the change feed, the offline copy): the
     * password again only through the authentication plugin, never in the settings.
     */
    java.util.Properties connectionSettings(TeamProfile profile, String login) {
        if (password == null) {
            throw new IllegalStateException("Not connected through a team profile");
        }
        java.util.Properties settings = TeamConnections.properties(profile, login);
        password.applyTo(settings);
        return settings;
    }

    /** The team server as the status bar names it: host:port/database (schema). */
    @Override
    public String location() {
        return address;
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            if (password != null) {
                password.close();
            }
        }
    }
}

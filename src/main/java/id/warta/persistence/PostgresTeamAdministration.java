package id.warta.persistence;

import id.warta.domain.AuditChain;
import id.warta.service.TeamAdministration;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** {@code warta team migrate|import|export} on PostgreSQL, with the owner's login. */
public final class PostgresTeamAdministration implements TeamAdministration {

    @Override
    public int migrate(TeamProfile profile, TeamLogin owner) {
        Properties props = TeamConnections.properties(profile, owner);
        String url = TeamConnections.url(profile);
        checkConnection(url, props, profile, owner.user());
        PostgresDatabase.migrate(url, props, profile.schema());
        try (PostgresDatabase db = PostgresDatabase.open(url, props, profile.schema())) {
            return PostgresDatabase.schemaVersion(db.connection());
        } catch (SQLException e) {
            throw TeamConnections.translate(e, profile, owner.user());
        }
    }

    @Override
    public TeamTransfer importFrom(TeamProfile profile, TeamLogin owner, Path sqliteFile) {
        Properties props = TeamConnections.properties(profile, owner);
        String url = TeamConnections.url(profile);
        checkConnection(url, props, profile, owner.user());
        return TeamTransfers.importInto(url, props, profile.schema(), sqliteFile);
    }

    @Override
    public TeamTransfer exportTo(TeamProfile profile, TeamLogin owner, Path sqliteFile) {
        Properties props = TeamConnections.properties(profile, owner);
        String url = TeamConnections.url(profile);
        checkConnection(url, props, profile, owner.user());
        return TeamTransfers.exportFrom(url, props, profile.schema(), sqliteFile);
    }

    @Override
    public AuditChain.Verification verifyAudit(TeamProfile profile, TeamLogin login, Optional<String> expectedHead) {
        Properties props = TeamConnections.properties(profile, login);
        String url = TeamConnections.url(profile);
        checkConnection(url, props, profile, login.user());
        try (PostgresDatabase db = PostgresDatabase.open(url, props, profile.schema())) {
            JdbcAuditRepository audit = new JdbcAuditRepository(db);
            return AuditChain.verify(db.newTransactor().read(audit::all), expectedHead);
        }
    }

    /** Connects once so that TLS and login problems come back as readable refusals. */
    static void checkConnection(String url, Properties props, TeamProfile profile, String user) {
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw TeamConnections.translate(e, profile, user);
        }
    }
}

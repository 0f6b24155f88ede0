package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Client;
import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;
import org.junit.jupiter.api.Test;

/** A desktop never migrates the team database: another schema version is refused with the version needed. */
class PostgresDatabaseTest {

    @Test
    void anUnmigratedTeamDatabaseIsRefusedWithTheVersionNeeded() {
        String db = EmbeddedPostgresSupport.newEmptyDatabase();
        assertThatThrownBy(() -> PostgresDatabase.open(EmbeddedPostgresSupport.url(db),
                EmbeddedPostgresSupport.superuserProperties(), EmbeddedPostgresSupport.SCHEMA))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OLDER_SCHEMA);
                    assertThat(e.arguments()).contains("0", String.valueOf(SchemaVersion.latest()));
                });
    }

    @Test
    void aTeamDatabaseFromANewerWartaIsRefusedNamingTheWartaThatWroteIt() {
        String db = EmbeddedPostgresSupport.newDatabase();
        EmbeddedPostgresSupport.superuserIn(db, "INSERT INTO warta.setting(key, value) VALUES ('app.version', '9.1.0')");
        EmbeddedPostgresSupport.superuserIn(db, "INSERT INTO warta.flyway_schema_history(installed_rank, version, "
                + "description, type, script, checksum, installed_by, execution_time, success) "
                + "VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 0, 'x', 0, TRUE)");
        assertThatThrownBy(() -> PostgresDatabase.open(EmbeddedPostgresSupport.url(db),
                EmbeddedPostgresSupport.superuserProperties(), EmbeddedPostgresSupport.SCHEMA))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
                    assertThat(e.arguments()).contains("999", "9.1.0");
                });
    }

    @Test
    void aServerThatDropsTheConnectionMidSaveLeavesNothingHalfSaved() {
        String db = EmbeddedPostgresSupport.newDatabase();
        try (PostgresDatabase team = PostgresDatabase.open(EmbeddedPostgresSupport.url(db),
                EmbeddedPostgresSupport.superuserProperties(), EmbeddedPostgresSupport.SCHEMA)) {
            JdbcClientRepository clients = new JdbcClientRepository(team);
            assertThatThrownBy(() -> team.newTransactor().writeRun(() -> {
                clients.save(Client.create("Dinas Kominfo", null));
                EmbeddedPostgresSupport.superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE datname = '" + db + "' AND application_name = 'Warta'");
                clients.save(Client.create("BPBD", null));
            })).isInstanceOfSatisfying(StorageException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
        }
        try (PostgresDatabase again = PostgresDatabase.open(EmbeddedPostgresSupport.url(db),
                EmbeddedPostgresSupport.superuserProperties(), EmbeddedPostgresSupport.SCHEMA)) {
            assertThat(again.newTransactor().read(new JdbcClientRepository(again)::count)).isZero();
        }
    }

    @Test
    void migratingAgainChangesNothing() {
        String db = EmbeddedPostgresSupport.newDatabase();
        assertThat(PostgresDatabase.migrate(EmbeddedPostgresSupport.url(db), EmbeddedPostgresSupport.superuserProperties(),
                EmbeddedPostgresSupport.SCHEMA)).isZero();
    }
}

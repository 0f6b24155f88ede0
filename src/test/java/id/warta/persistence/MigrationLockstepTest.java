package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both backends must reach the same schema version through the same numbers: a version that
 * exists for one database only fails here, naming the file to add. A PostgreSQL-only change
 * (triggers, row-level security) gets a {@code SELECT 1;} file in {@code sqlite/} and vice versa;
 * the team rights are a repeatable script ({@code postgresql/R__...}), which has no version.
 */
class MigrationLockstepTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:\\.\\d+)?)__(.+)\\.sql");

    /**
     * Checksums of the released migrations as SQLite databases recorded them. Flyway refuses to
     * open a database whose applied script changed, so these files must stay byte-identical.
     */
    private static final Map<String, Integer> RELEASED = Map.of(
            "1", -1848005178, "2", -695962440, "3", 1926959512, "4", -250937013, "5", -1410939336, "6", -524757179,
            "7", -1859757495);

    @TempDir
    Path dir;

    @Test
    void everyVersionExistsForBothDatabases() throws Exception {
        Map<String, String> common = versions("common");
        Map<String, String> sqlite = versions("sqlite");
        Map<String, String> postgresql = versions("postgresql");
        List<String> problems = new ArrayList<>();
        for (String v : common.keySet()) {
            if (sqlite.containsKey(v) || postgresql.containsKey(v)) {
                problems.add("V" + v + " is in common/ and in a vendor folder: Flyway would find it twice");
            }
        }
        sqlite.forEach((v, file) -> {
            if (!postgresql.containsKey(v) && !common.containsKey(v)) {
                problems.add("V" + v + " exists for SQLite only (sqlite/" + file + "): add db/migration/postgresql/" + file
                        + " (a SELECT 1; file if PostgreSQL needs nothing)");
            }
        });
        postgresql.forEach((v, file) -> {
            if (!sqlite.containsKey(v) && !common.containsKey(v)) {
                problems.add("V" + v + " exists for PostgreSQL only (postgresql/" + file + "): add db/migration/sqlite/" + file
                        + " (a SELECT 1; file if SQLite needs nothing)");
            }
        });
        assertThat(problems).as("migration versions out of step").isEmpty();
    }

    @Test
    void bothBackendsMigrateToTheSameTopVersion() throws Exception {
        int sqliteVersion;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("warta.db"), "test")) {
            sqliteVersion = SqliteDatabase.schemaVersion(db.connection());
        }
        int postgresVersion;
        try (PostgresDatabase db = EmbeddedPostgresSupport.openFresh()) {
            postgresVersion = PostgresDatabase.schemaVersion(db.connection());
        }
        assertThat(sqliteVersion).isEqualTo(postgresVersion).isEqualTo(SchemaVersion.latest());
    }

    @Test
    void releasedScriptsKeepTheirChecksumsAndBothBackendsRecordTheSame() throws Exception {
        Map<String, Integer> sqlite;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("warta.db"), "test")) {
            sqlite = checksums(db.connection());
        }
        Map<String, Integer> postgres;
        try (PostgresDatabase db = EmbeddedPostgresSupport.openFresh()) {
            postgres = checksums(db.connection());
        }
        assertThat(sqlite).as("checksums on SQLite").containsAllEntriesOf(RELEASED);
        // Placeholders are replaced after summing: a shared script has one checksum on both databases.
        versions("common").keySet().forEach(v ->
                assertThat(postgres.get(v)).as("checksum of common V" + v + " on PostgreSQL").isEqualTo(sqlite.get(v)));
    }

    private static Map<String, Integer> checksums(Connection c) throws SQLException {
        Map<String, Integer> sums = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, checksum FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                sums.put(rs.getString(1), rs.getInt(2));
            }
        }
        return sums;
    }

    /** Version to file name in one folder under db/migration. */
    static Map<String, String> versions(String folder) throws IOException, URISyntaxException {
        Map<String, String> found = new TreeMap<>();
        var url = MigrationLockstepTest.class.getResource("/db/migration/" + folder);
        if (url == null) {
            return found;
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            files.forEach(p -> {
                Matcher m = VERSIONED.matcher(p.getFileName().toString());
                if (m.matches()) {
                    found.put(m.group(1), p.getFileName().toString());
                }
            });
        }
        return found;
    }
}

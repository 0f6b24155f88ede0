package id.warta.app;

import id.warta.ethics.EthicsChecker;
import id.warta.persistence.MigrationListener;
import id.warta.persistence.SqliteBackups;
import id.warta.persistence.SqliteDatabase;
import id.warta.persistence.SqliteTransactor;
import id.warta.service.PasswordHasher;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** Opens a SQLite database file and wires the services over it; part of the composition root. */
public final class SqliteWorkspace extends DatabaseWorkspace {
    private final SqliteDatabase database;

    private SqliteWorkspace(SqliteDatabase database, Path backupFolder, Clock clock, Supplier<EthicsChecker> checker,
                            String appVersion, PasswordHasher hasher) {
        super(database, new LocalParts(database.file(),
                tx -> new SqliteBackups(database, (SqliteTransactor) tx, backupFolder, clock),
                id.warta.service.MediaLibrary.folderFor(database.file())), clock, checker, appVersion, hasher);
        this.database = database;
    }

    /** Opens the database; an existing database is backed up before its schema is upgraded. */
    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock) {
        return open(file, paths, appVersion, clock, new LazyChecker());
    }

    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock,
                                       Supplier<EthicsChecker> checker) {
        return open(file, paths, appVersion, clock, checker, productionHasher());
    }

    /** For tests: a hasher with few iterations keeps sign-in tests fast; production uses {@link #productionHasher()}. */
    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock, PasswordHasher hasher) {
        return open(file, paths, appVersion, clock, new LazyChecker(), hasher);
    }

    public static PasswordHasher productionHasher() {
        return new PasswordHasher(PasswordHasher.PRODUCTION_ITERATIONS, new SecureRandom());
    }

    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock,
                                       Supplier<EthicsChecker> checker, PasswordHasher hasher) {
        return open(file, paths, appVersion, clock, checker, hasher, MigrationListener.NONE);
    }

    /**
     * As above; {@code progress} is told before an existing database is backed up and its schema upgraded (the window shows that it is working).
     */
    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock,
                                       Supplier<EthicsChecker> checker, PasswordHasher hasher,
                                       MigrationListener progress) {
        Path backupFolder = SqliteBackups.folderFor(file, paths.defaultDatabase(), paths.folder());
        MigrationListener backupFirst = (existing, from, to) -> {
            progress.beforeMigration(existing, from, to);
            if (existing) {
                SqliteBackups.copyFile(file, backupFolder, clock);
            }
        };
        SqliteDatabase db = SqliteDatabase.open(file, appVersion, Duration.ofSeconds(5), backupFirst);
        return new SqliteWorkspace(db, backupFolder, clock, checker, appVersion, hasher);
    }

    /** For tests in this package that need a repository the services do not expose yet. */
    SqliteDatabase database() {
        return database;
    }

    @Override
    public String location() {
        return database.file().toString();
    }
}

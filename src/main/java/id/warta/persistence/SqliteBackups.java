package id.warta.persistence;

import id.warta.service.BackupInfo;
import id.warta.service.BackupStore;
import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Rolling copies made with SQLite's online backup API from a connection of their own, so a copy can
 * be taken before a migration too. A copy is kept only after {@code PRAGMA integrity_check} passes.
 */
public final class SqliteBackups implements BackupStore {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("warta-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");

    private final SqliteDatabase database;
    private final SqliteTransactor transactor;
    private final Path folder;
    private final Clock clock;

    public SqliteBackups(SqliteDatabase database, SqliteTransactor transactor, Path folder, Clock clock) {
        this.database = database;
        this.transactor = transactor;
        this.folder = folder;
        this.clock = clock;
    }

    /** The backup folder for a database: {@code backups/} in the data folder, else {@code <name>.backups/} beside it. */
    public static Path folderFor(Path databaseFile, Path defaultDatabase, Path dataFolder) {
        Path db = databaseFile.toAbsolutePath().normalize();
        if (defaultDatabase != null && db.equals(defaultDatabase.toAbsolutePath().normalize())) {
            return dataFolder.resolve("backups");
        }
        String name = db.getFileName().toString().replaceFirst("\\.db$", "");
        return db.resolveSibling(name + ".backups");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public BackupInfo backupNow() {
        return copyFile(database.file(), folder, clock);
    }

    /** Copies {@code source} into {@code folder}; used before a migration while the database is not open yet. */
    public static BackupInfo copyFile(Path source, Path folder, Clock clock) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException(Reason.IO, "Cannot create backup folder " + folder, e, folder.toString());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = freeName(folder, STAMP.format(now));
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            onlineBackup(source, partial);
            makeSelfContained(partial);
            verify(partial);
            moveAtomically(partial, target);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        } finally {
            deleteQuietly(partial.resolveSibling(partial.getFileName() + "-wal"));
            deleteQuietly(partial.resolveSibling(partial.getFileName() + "-shm"));
        }
        prune(folder);
        LOG.info("Backup {} of {}", target, source);
        return info(target).orElseThrow();
    }

    private static void onlineBackup(Path source, Path target) {
        String path = target.toAbsolutePath().toString();
        char quote = path.indexOf('"') < 0 ? '"' : '\'';
        if (path.indexOf(quote) >= 0) {
            throw new StorageException(Reason.IO, "Backup path contains both quote characters: " + path, path);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + source.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.executeUpdate("backup to " + quote + path + quote);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "backup " + source, source.toString());
        }
    }

    /**
     * The copy inherits WAL mode from the live database; switching it to a rollback journal makes
     * it one self-contained file that opens read-only without leaving -wal and -shm files beside it.
     */
    private static void makeSelfContained(Path copy) {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + copy.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "backup " + copy, copy.toString());
        }
    }

    /** Checks that a file is an intact Warta database this build can open. */
    static void verify(Path copy) {
        if (!Files.isRegularFile(copy) || !SqliteFiles.hasSqliteHeader(copy)) {
            throw new StorageException(Reason.BACKUP_INVALID, "Not a SQLite database: " + copy, copy.toString());
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + copy.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "no result";
            if (!"ok".equalsIgnoreCase(result)) {
                throw new StorageException(Reason.BACKUP_INVALID, "integrity_check: " + result, copy.toString());
            }
            int version = SqliteDatabase.schemaVersion(c);
            if (version == 0) {
                throw new StorageException(Reason.BACKUP_INVALID, "Not a Warta database: " + copy, copy.toString());
            }
            if (version > SchemaVersion.latest()) {
                throw new StorageException(Reason.NEWER_SCHEMA, "Backup has schema " + version, copy.toString(),
                        String.valueOf(version), "?");
            }
        } catch (SQLException e) {
            throw new StorageException(Reason.BACKUP_INVALID, "Cannot read backup " + copy + ": " + e.getMessage(), e,
                    copy.toString());
        }
    }

    @Override
    public List<BackupInfo> list() {
        return listIn(folder);
    }

    static List<BackupInfo> listIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(SqliteBackups::info)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupInfo::file, Comparator.comparing(Path::toString)).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StorageException(Reason.IO, "Cannot list " + folder, e, folder.toString());
        }
    }

    private static Optional<BackupInfo> info(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant created = LocalDateTime.parse(m.group(1), STAMP).atZone(ZoneId.systemDefault()).toInstant();
            return Optional.of(new BackupInfo(file, created, Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    private static Path freeName(Path folder, String stamp) {
        Path candidate = folder.resolve("warta-" + stamp + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("warta-" + stamp + "-" + n + ".db");
        }
        return candidate;
    }

    private static void prune(Path folder) {
        List<BackupInfo> all = listIn(folder);
        for (BackupInfo old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            deleteQuietly(old.file());
        }
    }

    @Override
    public Path restore(Path backup) {
        verify(backup);
        Path current = database.file();
        Path staged = current.resolveSibling(current.getFileName() + ".restoring");
        try {
            Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(staged);
            throw new StorageException(Reason.IO, "Cannot copy " + backup, e, backup.toString());
        }
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path aside = current.resolveSibling(current.getFileName().toString().replaceFirst("\\.db$", "")
                + ".before-restore-" + stamp + ".db");
        return transactor.exclusive(() -> {
            database.disconnect();
            Path wal = current.resolveSibling(current.getFileName() + "-wal");
            if (sizeOf(wal) > 0) {
                // Another process still has the file open: replacing it now would pair its WAL with our copy.
                database.reopen();
                throw new StorageException(Reason.IN_USE, "Database is open in another program: " + current,
                        current.toString());
            }
            deleteQuietly(wal);
            deleteQuietly(current.resolveSibling(current.getFileName() + "-shm"));
            try {
                moveAtomically(current, aside);
                moveAtomically(staged, current);
            } catch (RuntimeException e) {
                if (!Files.exists(current) && Files.exists(aside)) {
                    moveAtomically(aside, current);
                }
                deleteQuietly(staged);
                database.reopen();
                throw e;
            }
            database.reopen();
            LOG.info("Restored {} from {}; previous file kept as {}", current, backup, aside);
            return aside;
        });
    }

    private static void moveAtomically(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new StorageException(Reason.IO, "Cannot move " + from + " to " + to, e, from.toString());
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", file, e);
        }
    }
}

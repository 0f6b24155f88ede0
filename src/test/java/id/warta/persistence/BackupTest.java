package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Client;
import id.warta.service.BackupInfo;
import id.warta.service.BackupStore;
import id.warta.service.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path dir;
    SqliteDatabase db;
    SqliteTransactor tx;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    SqliteBackups backups;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("kantor.db"), "test");
        tx = new SqliteTransactor(db);
        backups = new SqliteBackups(db, tx, dir.resolve("kantor.backups"), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBackupIsAVerifiedCopyNamedByItsTime() {
        tx.write(() -> new JdbcClientRepository(db).save(Client.create("Dinkes Contoh", null)));
        BackupInfo info = backups.backupNow();
        assertThat(info.file().getFileName().toString()).matches("warta-\\d{8}-\\d{6}\\.db");
        assertThat(info.file().getParent()).isEqualTo(dir.resolve("kantor.backups"));
        try (SqliteDatabase copy = SqliteDatabase.open(info.file(), "test")) {
            assertThat(new JdbcClientRepository(copy).count()).isEqualTo(1);
        }
        assertThat(dir.resolve("kantor.backups")).isDirectoryNotContaining("glob:**.partial*")
                .isDirectoryNotContaining("glob:**-wal").isDirectoryNotContaining("glob:**-shm");
    }

    @Test
    void onlyTheLastTenCopiesAreKept() {
        for (int i = 0; i < 13; i++) {
            backups.backupNow();
            clock.advance(Duration.ofMinutes(1));
        }
        List<BackupInfo> kept = backups.list();
        assertThat(kept).hasSize(BackupStore.KEEP);
        assertThat(kept.get(0).createdAt()).isAfter(kept.get(9).createdAt());
    }

    @Test
    void twoBackupsInOneSecondGetDistinctNames() {
        BackupInfo a = backups.backupNow();
        BackupInfo b = backups.backupNow();
        assertThat(a.file()).isNotEqualTo(b.file());
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void restoreBringsBackTheCopyAndKeepsTheCurrentFileAside() throws Exception {
        var clients = new JdbcClientRepository(db);
        tx.write(() -> clients.save(Client.create("Sebelum", null)));
        BackupInfo copy = backups.backupNow();
        tx.write(() -> clients.save(Client.create("Sesudah", null)));
        clock.advance(Duration.ofMinutes(5));

        Path aside = backups.restore(copy.file());

        assertThat(tx.read(clients::findAll)).extracting(Client::name).containsExactly("Sebelum");
        assertThat(aside).exists();
        assertThat(aside.getFileName().toString()).matches("kantor\\.before-restore-\\d{8}-\\d{6}\\.db");
        try (SqliteDatabase old = SqliteDatabase.open(aside, "test")) {
            assertThat(new JdbcClientRepository(old).count()).isEqualTo(2);
        }
        tx.write(() -> clients.save(Client.create("Setelah pemulihan", null)));
        assertThat(tx.read(clients::count)).isEqualTo(2);
    }

    @Test
    void restoreRefusesAFileThatIsNotAnIntactWartaDatabaseAndChangesNothing() throws Exception {
        tx.write(() -> new JdbcClientRepository(db).save(Client.create("Tetap", null)));
        Path bogus = Files.writeString(dir.resolve("bogus.db"), "bukan cadangan".repeat(100));
        Path foreign = dir.resolve("foreign.db");
        try (var c = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + foreign, new java.util.Properties());
             var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t(x)");
        }
        assertThatThrownBy(() -> backups.restore(bogus)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.BACKUP_INVALID));
        assertThatThrownBy(() -> backups.restore(foreign)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.BACKUP_INVALID));
        assertThat(tx.read(() -> new JdbcClientRepository(db).count())).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void backupFolderIsBesideAGivenFileOrInTheDataFolderForTheDefault() {
        Path data = dir.resolve("data");
        assertThat(SqliteBackups.folderFor(data.resolve("warta.db"), data.resolve("warta.db"), data))
                .isEqualTo(data.resolve("backups"));
        assertThat(SqliteBackups.folderFor(dir.resolve("demo.db"), data.resolve("warta.db"), data))
                .isEqualTo(dir.resolve("demo.backups"));
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Jakarta");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

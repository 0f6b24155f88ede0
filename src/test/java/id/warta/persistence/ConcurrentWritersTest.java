package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Client;
import id.warta.service.StorageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two connections on one file behave as two Warta processes do. */
class ConcurrentWritersTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterWaitsItsTurnInsteadOfFailing() throws Exception {
        Path file = dir.resolve("shared.db");
        try (SqliteDatabase first = SqliteDatabase.open(file, "test");
             SqliteDatabase second = SqliteDatabase.open(file, "test", Duration.ofSeconds(10), MigrationListener.NONE)) {
            SqliteTransactor tx1 = new SqliteTransactor(first);
            SqliteTransactor tx2 = new SqliteTransactor(second);
            CountDownLatch holding = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> slow = pool.submit(() -> tx1.writeRun(() -> {
                    new JdbcClientRepository(first).save(Client.create("Pertama", null));
                    holding.countDown();
                    sleep(700);
                }));
                assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
                Future<?> waiting = pool.submit(() -> tx2.writeRun(
                        () -> new JdbcClientRepository(second).save(Client.create("Kedua", null))));
                slow.get(10, TimeUnit.SECONDS);
                waiting.get(10, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(tx1.read(() -> new JdbcClientRepository(first).count())).isEqualTo(2);
        }
    }

    @Test
    void aWriterThatWaitsTooLongGetsAClearInUseError() throws Exception {
        Path file = dir.resolve("busy.db");
        try (SqliteDatabase first = SqliteDatabase.open(file, "test");
             SqliteDatabase second = SqliteDatabase.open(file, "test", Duration.ofMillis(200), MigrationListener.NONE)) {
            SqliteTransactor tx1 = new SqliteTransactor(first);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> tx1.writeRun(() -> {
                new JdbcClientRepository(first).save(Client.create("Menahan kunci", null));
                holding.countDown();
                await(release);
            }));
            holder.start();
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            try {
                assertThatThrownBy(() -> new SqliteTransactor(second).writeRun(
                        () -> new JdbcClientRepository(second).save(Client.create("Terlambat", null))))
                        .isInstanceOfSatisfying(StorageException.class,
                                e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.IN_USE));
            } finally {
                release.countDown();
                holder.join(5000);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

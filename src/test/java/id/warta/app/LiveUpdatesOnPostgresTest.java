package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.domain.Client;
import id.warta.persistence.EmbeddedPostgresSupport;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.PostgresChangeFeed;
import id.warta.persistence.PostgresDatabase;
import id.warta.service.FeedStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Desktop B's window (a reload counter standing in for calendar and review queue) follows desktop
 * A's edits through the real feed on an embedded PostgreSQL; limits are functional, not speed.
 */
class LiveUpdatesOnPostgresTest {

    @Test
    void anEditOnDesktopAReloadsDesktopBWithinTwoSeconds() throws Exception {
        String url = EmbeddedPostgresSupport.url(EmbeddedPostgresSupport.newOwnedDatabase());
        Client client = Client.create("Dinas Kominfo", null);
        try (PostgresDatabase owner = PostgresDatabase.open(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA)) {
            owner.newTransactor().writeRun(() -> new JdbcClientRepository(owner).save(client));
        }
        AtomicInteger reloads = new AtomicInteger();
        List<FeedStatus> shown = new CopyOnWriteArrayList<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        PostgresChangeFeed feed = new PostgresChangeFeed(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA, new PostgresChangeFeed.Timings(Duration.ofMillis(200),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMillis(200),
                Duration.ofSeconds(1)));
        LiveUpdates live = new LiveUpdates(reloads::incrementAndGet, shown::add, Runnable::run,
                (task, delay) -> scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS), LiveUpdates.SETTLE,
                () -> { }, () -> {
                    feed.close();
                    scheduler.shutdownNow();
                });
        try (live) {
            feed.start(live);
            await(Duration.ofSeconds(10), () -> shown.contains(FeedStatus.ONLINE));
            assertThat(reloads.get()).isZero();

            Properties p = EmbeddedPostgresSupport.ownerProperties();
            p.setProperty("currentSchema", EmbeddedPostgresSupport.SCHEMA);
            try (Connection a = DriverManager.getConnection(url, p); Statement st = a.createStatement()) {
                st.executeUpdate("UPDATE client SET short_name = 'Kominfo' WHERE id = '" + client.id() + "'");
            }
            await(Duration.ofSeconds(2), () -> reloads.get() == 1);
        }
    }

    private static void await(Duration limit, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - end).as("condition not met within " + limit).isNegative();
            Thread.sleep(20);
        }
    }
}

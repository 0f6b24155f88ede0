package id.warta.bench;

import id.warta.domain.CalendarEntry;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcPostRepository;
import id.warta.persistence.SqliteDatabase;
import id.warta.persistence.SqliteTransactor;
import id.warta.service.PlanningService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Repository speed on a real SQLite file: loading a calendar month with 50,000 posts in the
 * database (target: under 5 ms) and inserting 100,000 posts.
 */
@Fork(1)
public class RepositoryBenchmark {

    @State(Scope.Benchmark)
    public static class FiftyThousandPosts {
        Path folder;
        SqliteDatabase db;
        PlanningService planning;
        YearMonth month = YearMonth.of(2026, 6);

        @Setup(Level.Trial)
        public void fill() throws IOException {
            folder = Files.createTempDirectory("warta-bench");
            db = SqliteDatabase.open(folder.resolve("bench.db"), "bench");
            BenchData.fill(db, 50_000);
            SqliteTransactor tx = new SqliteTransactor(db);
            planning = new PlanningService(tx, new JdbcClientRepository(db), new JdbcAccountRepository(db),
                    new JdbcPostRepository(db));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            db.close();
            Cleanup.delete(folder);
        }
    }

    @State(Scope.Thread)
    public static class EmptyDatabase {
        Path folder;
        SqliteDatabase db;

        @Setup(Level.Invocation)
        public void open() throws IOException {
            folder = Files.createTempDirectory("warta-bench-insert");
            db = SqliteDatabase.open(folder.resolve("insert.db"), "bench");
        }

        @TearDown(Level.Invocation)
        public void close() throws IOException {
            db.close();
            Cleanup.delete(folder);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<CalendarEntry> loadMonthOf50kPosts(FiftyThousandPosts data) {
        return data.planning.month(data.month, ZoneId.of("Asia/Jakarta"));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void insert100kPosts(EmptyDatabase empty) {
        BenchData.fill(empty.db, 100_000);
    }
}

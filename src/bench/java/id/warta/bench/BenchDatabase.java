package id.warta.bench;

import id.warta.persistence.SqliteDatabase;
import java.nio.file.Path;

/**
 * Adds the benchmark data set (BenchData: posts over five years, 3 more clients, 10 more accounts) to a database
 * file, for probes that start the real app on it (perf/run-all.sh: resident memory with 50,000 posts; the script
 * first makes the file with {@code warta demo}, so the window opens on the month view as the demo supervisor).
 * Usage: {@code BenchDatabase FILE [POSTS]} (default 50,000).
 */
public final class BenchDatabase {
    private BenchDatabase() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        try (SqliteDatabase db = SqliteDatabase.open(file, "bench")) {
            BenchData.fill(db, posts);
        }
        System.out.println("BENCHDB " + posts + " " + file);
    }
}

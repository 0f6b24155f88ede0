package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a writing process mid-burst, again and again: no committed post is lost, the file stays intact. */
class CrashSafetyTest {
    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    @Test
    void killingAWriterLosesNoCommittedChangeAndNeverDamagesTheFile() throws Exception {
        Path file = dir.resolve("crash.db");
        Random random = new Random(42);
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), file.toString(),
                    Integer.toString(round))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            CountDownLatch started = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.equals("START")) {
                            started.countDown();
                        } else {
                            committed.add(line);
                        }
                    }
                } catch (java.io.IOException e) {
                    // the pipe closes when the child is killed
                }
            });
            reader.start();
            assertThat(started.await(60, TimeUnit.SECONDS)).as("writer started").isTrue();
            Thread.sleep(150 + random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);

            try (SqliteDatabase db = SqliteDatabase.open(file, "test"); Statement st = db.connection().createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("ok");
                }
                List<String> present = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT id FROM post")) {
                    while (rs.next()) {
                        present.add(rs.getString(1));
                    }
                }
                assertThat(present).as("round %d", round).containsAll(committed);
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM post p LEFT JOIN post_target t "
                        + "ON t.post_id = p.id WHERE t.id IS NULL")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("posts without their target: a torn transaction").isZero();
                }
            }
        }
        assertThat(committed).as("the writers got some work done").hasSizeGreaterThan(ROUNDS * 10);
    }
}

package id.warta.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link LaterRepositoriesContract} on a SQLite file. */
class SqliteLaterRepositoriesTest extends LaterRepositoriesContract {
    @TempDir
    Path dir;

    @Override
    Database openDatabase() {
        return SqliteDatabase.open(dir.resolve("warta.db"), "test");
    }
}

package id.warta.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteRepositoryContractTest extends RepositoryContract {
    @TempDir
    Path dir;

    @Override
    Database openDatabase() {
        return SqliteDatabase.open(dir.resolve("warta.db"), "test");
    }
}

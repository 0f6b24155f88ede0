package id.warta.persistence;

import id.warta.service.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/** Instants as fixed-width UTC text with milliseconds and {@code Z} ({@link SqlTimes}), so text order is time order. */
final class SqliteDialect implements Dialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setString(index, SqlTimes.format(value));
    }

    @Override
    public Instant getInstant(ResultSet row, int index) throws SQLException {
        return SqlTimes.parse(row.getString(index));
    }

    @Override
    public Map<String, String> placeholders() {
        // Changing these values does not change the scripts' checksums (Flyway sums the raw text),
        // but it would change what new databases get: keep them as they are.
        return Map.of("strict", "STRICT", "instant", "TEXT", "bool", "INTEGER", "bigint", "INTEGER");
    }

    @Override
    public String insertionOrder() {
        return "rowid";
    }

    @Override
    public StorageException translate(SQLException e, String what, String location) {
        return SqliteErrors.translate(e, what, location);
    }
}

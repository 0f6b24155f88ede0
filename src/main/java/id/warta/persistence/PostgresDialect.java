package id.warta.persistence;

import id.warta.service.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** PostgreSQL 14+: instants as {@code timestamptz}, errors by SQLState. */
final class PostgresDialect implements Dialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            // Milliseconds, like SQLite's text, so a value reads back equal on both backends.
            statement.setObject(index, OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        }
    }

    @Override
    public Instant getInstant(ResultSet row, int index) throws SQLException {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("strict", "", "instant", "TIMESTAMPTZ", "bool", "BOOLEAN", "bigint", "BIGINT");
    }

    @Override
    public String insertionOrder() {
        // Append-only tables: the physical position follows insertion closely enough to break a tie of equal times.
        return "ctid";
    }

    @Override
    public StorageException translate(SQLException e, String what, String location) {
        return PostgresErrors.translate(e, what, location);
    }
}

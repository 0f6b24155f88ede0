package id.warta.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The few JDBC moves every repository makes, with SQLite errors translated once. */
final class Jdbc {

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Supplier<Connection> connection;
    private final String file;

    Jdbc(SqliteDatabase database) {
        this.connection = database::connection;
        this.file = database.file().toString();
    }

    Connection connection() {
        return connection.get();
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (PreparedStatement st = connection().prepareStatement(sql)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "query", file);
        }
    }

    <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = query(sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long queryLong(String sql) {
        return queryOne(sql, st -> { }, rs -> rs.getLong(1)).orElse(0L);
    }

    int update(String sql, Binder binder) {
        try (PreparedStatement st = connection().prepareStatement(sql)) {
            binder.bind(st);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "update", file);
        }
    }
}

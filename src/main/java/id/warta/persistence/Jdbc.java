package id.warta.persistence;

import id.warta.service.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The few JDBC moves every repository makes, with errors translated once by the database's dialect. */
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
    private final Dialect dialect;
    private final String location;

    Jdbc(Database database) {
        this.connection = database::connection;
        this.dialect = database.dialect();
        this.location = database.location();
    }

    Connection connection() {
        return connection.get();
    }

    Dialect dialect() {
        return dialect;
    }

    /** Binds an instant (or SQL NULL) the way this database stores times. */
    void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        dialect.setInstant(statement, index, value);
    }

    /** Reads an instant (or null) written by {@link #setInstant}. */
    Instant instant(ResultSet row, int index) throws SQLException {
        return dialect.getInstant(row, index);
    }

    StorageException translate(SQLException e, String what) {
        return dialect.translate(e, what, location);
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
            throw translate(e, "query");
        }
    }

    <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = query(sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long queryLong(String sql) {
        return queryOne(sql, st -> { }, rs -> rs.getLong(1)).orElse(0L);
    }

    /** INSERT, UPDATE or DELETE without RETURNING (pgjdbc refuses a result from executeUpdate: use {@link #query}). */
    int update(String sql, Binder binder) {
        try (PreparedStatement st = connection().prepareStatement(sql)) {
            binder.bind(st);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw translate(e, "update");
        }
    }
}

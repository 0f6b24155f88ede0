package id.warta.persistence;

import id.warta.service.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The few places where SQLite and PostgreSQL differ for Warta's SQL (docs/decisions, the dialect
 * ADR): how an instant is bound and read, the Flyway locations and type placeholders, a
 * tie-breaker for rows inserted in the same millisecond, full-text search over posts, and error
 * translation. Everything else
 * is one SQL text for both: {@code TRUE}/{@code FALSE} or bound booleans, {@code lower(col) LIKE
 * lower(?)} for case-insensitive matching, {@code ON CONFLICT ... DO UPDATE}, and RETURNING only
 * through {@code executeQuery}.
 */
public interface Dialect {

    /** "sqlite" or "postgresql": also the vendor folder under {@code db/migration}. */
    String name();

    void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException;

    Instant getInstant(ResultSet row, int index) throws SQLException;

    /** Flyway placeholders for the shared scripts in {@code db/migration/common}. */
    Map<String, String> placeholders();

    default List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + name());
    }

    /**
     * An expression that orders rows of an append-only table by insertion, used only to break
     * ties between equal timestamps.
     */
    String insertionOrder();

    /** {@code n} comma-separated parameter marks for an IN list. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** A case-insensitive LIKE on {@code column} against one bound pattern (SQLite's LIKE ignores case, PostgreSQL's does not). */
    static String likeIgnoringCase(String column) {
        return "lower(" + column + ") LIKE lower(?)";
    }

    StorageException translate(SQLException e, String what, String location);

    /**
     * The vendor's query text for what a user typed, built from its words only (each a prefix), so
     * no input is query syntax; empty when the text holds no word.
     */
    String postSearchMatch(String typed);

    /**
     * Full-text search over post titles and bodies in this database's own index, title matches
     * first. Parameters: the text of {@link #postSearchMatch}, then {@code clients} client ids, then
     * the limit. Columns: post id, title, client id, client name, state, first publication time
     * (an instant as {@link #getInstant} reads it), its channel, handle and zone, the number of
     * publications, and a short excerpt of the body around the match.
     */
    String postSearchSql(int clients);
}

package id.warta.persistence;

import id.warta.domain.AuditChain;
import id.warta.domain.AuditEntry;
import id.warta.domain.Ids;
import id.warta.service.StorageException;
import id.warta.service.TeamAdministration.TeamTransfer;
import id.warta.service.TeamException;
import id.warta.service.TeamException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One-time moves between a single-user SQLite file and a team database (docs/team-mode.md §6).
 * Tables and columns are read from the PostgreSQL catalogue (same schema version on both sides),
 * copied parents first, values converted by column type. Import: one transaction, the target must
 * be empty, user triggers off so historical actors and hashes stay verbatim, then an
 * {@code team.import} audit entry hashed by the server. Export: one REPEATABLE READ snapshot into
 * a temporary file renamed into place only when complete and verified.
 */
final class TeamTransfers {
    private static final Logger LOG = LoggerFactory.getLogger(TeamTransfers.class);
    private static final int BATCH = 500;
    private static final int COPY_CHUNK = 64 * 1024;

    private enum Kind { TEXT, INSTANT, BOOL, NUMBER }

    private record Table(String name, Map<String, Kind> columns) {
    }

    private TeamTransfers() {
    }

    static TeamTransfer importInto(String url, Properties props, String schema, Path sqliteFile) {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("currentSchema", schema);
        p.setProperty("reWriteBatchedInserts", "true");
        String where = url + " (" + schema + ")";
        String sha256 = sha256(sqliteFile);
        try (Connection source = openSqliteReadOnly(sqliteFile);
             Connection target = DriverManager.getConnection(url, p)) {
            requireSchema(source, sqliteFile, SqliteDatabase.schemaVersion(source));
            requireSchema(target, where, PostgresDatabase.schemaVersion(target));
            List<AuditEntry> sourceChain = readAudit(source, SqliteDialect.INSTANCE);
            AuditChain.Verification sourceCheck = AuditChain.verify(sourceChain, Optional.empty());
            if (!sourceCheck.intact()) {
                throw new TeamException(Reason.SOURCE_INVALID, sqliteFile.toString(),
                        "audit chain broken at entry " + sourceCheck.brokenSeq() + ": " + sourceCheck.reason());
            }
            target.setAutoCommit(false);
            target.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                List<Table> tables = tables(target, schema);
                try (Statement st = target.createStatement()) {
                    st.execute("LOCK TABLE " + String.join(", ", tables.stream().map(Table::name).toList())
                            + " IN EXCLUSIVE MODE");
                    for (String t : List.of("client", "post", "app_user", "audit_log")) {
                        try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + t + ")")) {
                            rs.next();
                            if (rs.getBoolean(1)) {
                                throw new TeamException(Reason.TARGET_NOT_EMPTY, where);
                            }
                        }
                    }
                    // Every table, not only post and audit_log: the change-feed triggers (V14) would otherwise log
                    // each copied row; the import is announced once, below.
                    for (Table t : tables) {
                        st.execute("ALTER TABLE " + t.name() + " DISABLE TRIGGER USER");
                    }
                }
                clear(tables, target);
                for (Table t : tables) {
                    copyIn(t, source, target);
                }
                try (Statement st = target.createStatement()) {
                    for (Table t : tables) {
                        st.execute("ALTER TABLE " + t.name() + " ENABLE TRIGGER USER");
                    }
                    announceImport(st);
                }
                String sourceHead = sourceCheck.head();
                appendImportEntry(target, sqliteFile, sha256, sourceHead, sourceChain.size());
                List<AuditEntry> chain = readAudit(target, PostgresDialect.INSTANCE);
                AuditChain.Verification v = AuditChain.verify(chain, Optional.empty());
                if (!v.intact() || chain.size() != sourceChain.size() + 1) {
                    throw new TeamException(Reason.CHAIN_BROKEN, v.intact() ? "count" : v.reason());
                }
                TeamTransfer result = new TeamTransfer(count(target, "client"), count(target, "post"), chain.size(),
                        v.head(), sha256);
                target.commit();
                LOG.info("Imported {} into {}: {} posts, {} audit entries", sqliteFile, where, result.posts(),
                        result.auditEntries());
                return result;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, "import", where);
        }
    }

    static TeamTransfer exportFrom(String url, Properties props, String schema, Path sqliteFile) {
        Path out = sqliteFile.toAbsolutePath().normalize();
        if (Files.exists(out)) {
            throw new TeamException(Reason.OUTPUT_EXISTS, out.toString());
        }
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            throw new StorageException(StorageException.Reason.MISSING_FOLDER, "No folder for " + out,
                    String.valueOf(out.getParent()));
        }
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("currentSchema", schema);
        String where = url + " (" + schema + ")";
        try {
            Files.deleteIfExists(part);
            TeamTransfer result;
            try (Connection source = DriverManager.getConnection(url, p)) {
                requireSchema(source, where, PostgresDatabase.schemaVersion(source));
                source.setAutoCommit(false);
                source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                source.setReadOnly(true);
                try (SqliteDatabase copy = SqliteDatabase.open(part, "team-export")) {
                    Connection target = copy.connection();
                    List<Table> tables = tables(source, schema);
                    try (Statement st = target.createStatement()) {
                        st.execute("BEGIN IMMEDIATE");
                    }
                    try {
                        clear(tables, target);
                        for (Table t : tables) {
                            copy(t, null, source, PostgresDialect.INSTANCE, target, SqliteDialect.INSTANCE);
                        }
                        try (Statement st = target.createStatement()) {
                            st.execute("COMMIT");
                        }
                    } catch (SQLException | RuntimeException e) {
                        try (Statement st = target.createStatement()) {
                            st.execute("ROLLBACK");
                        }
                        throw e;
                    }
                    source.commit();
                    List<AuditEntry> chain = readAudit(target, SqliteDialect.INSTANCE);
                    AuditChain.Verification v = AuditChain.verify(chain, Optional.empty());
                    if (!v.intact()) {
                        throw new TeamException(Reason.CHAIN_BROKEN, v.reason());
                    }
                    result = new TeamTransfer(count(target, "client"), count(target, "post"), chain.size(), v.head(), "");
                }
            } catch (SQLException e) {
                throw PostgresErrors.translate(e, "export", where);
            }
            Files.move(part, out, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.IO, "Export failed: " + e.getMessage(), e, out.toString());
        } finally {
            try {
                Files.deleteIfExists(part);
                Files.deleteIfExists(part.resolveSibling(part.getFileName() + "-wal"));
                Files.deleteIfExists(part.resolveSibling(part.getFileName() + "-shm"));
            } catch (IOException e) {
                LOG.warn("Could not remove {}", part, e);
            }
        }
    }

    private static void requireSchema(Connection c, Object where, int version) {
        if (version != SchemaVersion.latest()) {
            throw new TeamException(Reason.SOURCE_INVALID, where.toString(),
                    "schema version " + version + ", this Warta needs " + SchemaVersion.latest());
        }
    }

    private static Connection openSqliteReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TeamException(Reason.SOURCE_INVALID, file.toString(), "no such file");
        }
        SqliteFiles.checkUsable(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "open " + file, file.toString());
        }
    }

    /** Base tables of the team schema, parents before children, with each column's kind. */
    private static List<Table> tables(Connection pg, String schema) throws SQLException {
        Map<String, Map<String, Kind>> columns = new LinkedHashMap<>();
        try (PreparedStatement st = pg.prepareStatement("SELECT c.table_name, c.column_name, c.data_type "
                + "FROM information_schema.columns c JOIN information_schema.tables t "
                + "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                + "WHERE c.table_schema = ? AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER' "
                + "AND c.table_name NOT IN ('flyway_schema_history', 'sync_state', 'change_log') "
                + "ORDER BY c.table_name, c.ordinal_position")) {
            st.setString(1, schema);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), kind(rs.getString(3)));
                }
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (PreparedStatement st = pg.prepareStatement("SELECT child.relname, parent.relname FROM pg_constraint k "
                + "JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid "
                + "JOIN pg_namespace n ON n.oid = k.connamespace WHERE k.contype = 'f' AND n.nspname = ?")) {
            st.setString(1, schema);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(rs.getString(2))) {
                        parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                    }
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < columns.size()) {
            boolean progress = false;
            for (var e : columns.entrySet()) {
                if (!placed.contains(e.getKey()) && placed.containsAll(parents.getOrDefault(e.getKey(), Set.of()))) {
                    placed.add(e.getKey());
                    ordered.add(new Table(e.getKey(), e.getValue()));
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Foreign keys form a cycle among " + columns.keySet());
            }
        }
        return ordered;
    }

    /** Rows that migrations may have seeded (settings, built-in data): the copy brings its own. */
    private static void clear(List<Table> tables, Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                if (!tables.get(i).name().equals("audit_log")) {
                    st.executeUpdate("DELETE FROM " + tables.get(i).name());
                }
            }
        }
    }

    private static Kind kind(String dataType) {
        return switch (dataType) {
            case "timestamp with time zone" -> Kind.INSTANT;
            case "boolean" -> Kind.BOOL;
            case "integer", "bigint", "smallint" -> Kind.NUMBER;
            default -> Kind.TEXT;
        };
    }

    /**
     * The offline copy of what a team login may see (TeamCache): the same snapshot copy as an export,
     * but only rows of the clients assigned to the login (admins: all), without the feeds' secret
     * addresses, the CalDAV ledger or password hashes, and audit entries only for visible things. Run
     * inside the caller's REPEATABLE READ transaction on {@code source} and write transaction on
     * {@code target}; the audit chain of such a copy has gaps by design and is not verified.
     */
    static void copyVisible(Connection source, String schema, Connection target) throws SQLException {
        List<Table> tables = tables(source, schema).stream().filter(t -> !NOT_CACHED.contains(t.name())).toList();
        clear(tables, target);
        for (Table t : tables) {
            copy(t, visibleRows(t), source, PostgresDialect.INSTANCE, target, SqliteDialect.INSTANCE);
        }
    }

    /** Secrets (feed tokens) and this desktop's own ledgers (CalDAV): no business in an offline copy. */
    private static final Set<String> NOT_CACHED = Set.of("ical_feed", "caldav_resource");

    private static final String VISIBLE_POSTS = "SELECT id FROM post";
    private static final String VISIBLE_ACCOUNTS = "SELECT id FROM account WHERE warta_can_see_client(client_id)";

    /** The WHERE clause that keeps a table's rows to the login's clients; post's own rows are filtered by RLS. */
    private static String visibleRows(Table t) {
        Set<String> cols = t.columns().keySet();
        return switch (t.name()) {
            case "client" -> "warta_can_see_client(id)";
            case "blackout_account" -> "blackout_id IN (SELECT id FROM blackout WHERE client_id IS NULL "
                    + "OR warta_can_see_client(client_id)) AND account_id IN (" + VISIBLE_ACCOUNTS + ")";
            case "ical_publication" -> "target_id IN (SELECT id FROM post_target WHERE post_id IN (" + VISIBLE_POSTS + "))";
            case "audit_log" -> "CASE entity_type WHEN 'post' THEN entity_id IN (" + VISIBLE_POSTS + ") "
                    + "WHEN 'post_target' THEN entity_id IN (SELECT id FROM post_target WHERE post_id IN (" + VISIBLE_POSTS
                    + ")) WHEN 'client' THEN warta_can_see_client(entity_id) "
                    + "WHEN 'account' THEN entity_id IN (" + VISIBLE_ACCOUNTS + ") "
                    + "WHEN 'campaign' THEN entity_id IN (SELECT id FROM campaign WHERE warta_can_see_client(client_id)) "
                    + "WHEN 'watch_term' THEN entity_id IN (SELECT id FROM watch_term WHERE warta_can_see_client(client_id)) "
                    + "WHEN 'delegation' THEN entity_id IN (SELECT id FROM delegation WHERE warta_can_see_client(client_id)) "
                    + "ELSE TRUE END";
            default -> {
                if (cols.contains("client_id")) {
                    yield "client_id IS NULL OR warta_can_see_client(client_id)";
                } else if (cols.contains("post_id")) {
                    yield "post_id IN (" + VISIBLE_POSTS + ")";
                } else if (cols.contains("account_id")) {
                    yield "account_id IN (" + VISIBLE_ACCOUNTS + ")";
                }
                yield "";
            }
        };
    }

    /** {@code where}: null for a full copy; else the filter of a login's copy (may be empty: all rows). */
    private static void copy(Table t, String where, Connection from, Dialect fromDialect, Connection to,
                             Dialect toDialect) throws SQLException {
        List<String> names = new ArrayList<>(t.columns().keySet());
        List<Kind> kinds = new ArrayList<>(t.columns().values());
        String list = String.join(", ", names);
        String marks = String.join(", ", names.stream().map(n -> "?").toList());
        // A filtered copy leaves password hashes behind: the offline copy never signs anyone in.
        String selected = where == null ? list
                : String.join(", ", names.stream().map(n -> n.equals("password_hash") ? "'' AS password_hash" : n).toList());
        try (Statement read = from.createStatement();
             PreparedStatement write = to.prepareStatement("INSERT INTO " + t.name() + "(" + list + ") VALUES (" + marks + ")")) {
            read.setFetchSize(1000);
            try (ResultSet rs = read.executeQuery("SELECT " + selected + " FROM " + t.name()
                    + (where == null || where.isEmpty() ? "" : " WHERE " + where))) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 0; i < names.size(); i++) {
                        int col = i + 1;
                        switch (kinds.get(i)) {
                            case INSTANT -> toDialect.setInstant(write, col, fromDialect.getInstant(rs, col));
                            case BOOL -> {
                                boolean value = rs.getBoolean(col);
                                if (rs.wasNull()) {
                                    write.setObject(col, null);
                                } else {
                                    write.setBoolean(col, value);
                                }
                            }
                            case NUMBER -> {
                                long value = rs.getLong(col);
                                if (rs.wasNull()) {
                                    write.setObject(col, null);
                                } else {
                                    write.setLong(col, value);
                                }
                            }
                            case TEXT -> write.setString(col, rs.getString(col));
                        }
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /** One change-feed entry for the whole import, so open desktops reload once (V14). */
    private static void announceImport(Statement st) throws SQLException {
        st.execute("WITH bumped AS (UPDATE sync_state SET rev = rev + 1, tx = txid_current() WHERE id = 1 RETURNING rev) "
                + "INSERT INTO change_log (rev, entity, id, op) SELECT rev, 'database', 'import', 'I' FROM bumped");
        st.execute("SELECT pg_notify('warta_changes', rev::text) FROM sync_state WHERE id = 1");
    }

    /**
     * Streams a SQLite table into PostgreSQL with COPY (text format): one round trip per 64 KB
     * instead of parsed INSERTs, which is what keeps a 10,000-post import within seconds. Values are
     * escaped per the COPY text format, so no text is ever read as syntax; instants are written as
     * UTC with milliseconds, as the dialect binds them.
     */
    private static void copyIn(Table t, Connection from, Connection to) throws SQLException {
        List<String> names = new ArrayList<>(t.columns().keySet());
        List<Kind> kinds = new ArrayList<>(t.columns().values());
        String list = String.join(", ", names);
        CopyIn copy = to.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + t.name() + " (" + list + ") FROM STDIN");
        try (Statement read = from.createStatement();
             ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + t.name())) {
            StringBuilder rows = new StringBuilder(COPY_CHUNK + 4096);
            while (rs.next()) {
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        rows.append('\t');
                    }
                    appendCopyValue(rows, rs, i + 1, kinds.get(i));
                }
                rows.append('\n');
                if (rows.length() >= COPY_CHUNK) {
                    writeChunk(copy, rows);
                }
            }
            writeChunk(copy, rows);
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    private static void appendCopyValue(StringBuilder out, ResultSet rs, int col, Kind kind) throws SQLException {
        switch (kind) {
            case INSTANT -> {
                Instant value = SqliteDialect.INSTANCE.getInstant(rs, col);
                out.append(value == null ? "\\N" : SqlTimes.format(value));
            }
            case BOOL -> {
                boolean value = rs.getBoolean(col);
                out.append(rs.wasNull() ? "\\N" : value ? "t" : "f");
            }
            case NUMBER -> {
                long value = rs.getLong(col);
                out.append(rs.wasNull() ? "\\N" : Long.toString(value));
            }
            case TEXT -> {
                String value = rs.getString(col);
                if (value == null) {
                    out.append("\\N");
                } else {
                    for (int i = 0; i < value.length(); i++) {
                        char c = value.charAt(i);
                        switch (c) {
                            case '\\' -> out.append("\\\\");
                            case '\n' -> out.append("\\n");
                            case '\r' -> out.append("\\r");
                            case '\t' -> out.append("\\t");
                            default -> out.append(c);
                        }
                    }
                }
            }
        }
    }

    private static void writeChunk(CopyIn copy, StringBuilder rows) throws SQLException {
        if (!rows.isEmpty()) {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.setLength(0);
        }
    }

    private static void appendImportEntry(Connection target, Path file, String sha256, String sourceHead, int entries)
            throws SQLException {
        String after = "{\"file\":\"" + json(file.getFileName().toString()) + "\",\"sha256\":\"" + sha256
                + "\",\"sourceHead\":\"" + sourceHead + "\",\"sourceEntries\":" + entries + "}";
        try (PreparedStatement st = target.prepareStatement("INSERT INTO audit_log(seq, id, at, actor, action, "
                + "entity_type, entity_id, before_json, after_json, prev_hash, hash) VALUES (0, ?, ?, '', "
                + "'team.import', 'database', ?, '', ?, '', '')")) {
            st.setString(1, Ids.newId());
            PostgresDialect.INSTANCE.setInstant(st, 2, Instant.now());
            st.setString(3, sha256);
            st.setString(4, after);
            st.executeUpdate();
        }
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static List<AuditEntry> readAudit(Connection c, Dialect d) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT seq, id, at, actor, action, "
                + "entity_type, entity_id, before_json, after_json, prev_hash, hash FROM audit_log ORDER BY seq")) {
            while (rs.next()) {
                entries.add(new AuditEntry(rs.getLong(1), rs.getString(2), d.getInstant(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)));
            }
        }
        return entries;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new TeamException(Reason.SOURCE_INVALID, e, file.toString(), e.getMessage());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

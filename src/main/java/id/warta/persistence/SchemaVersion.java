package id.warta.persistence;

/**
 * The newest schema this build knows. A test keeps it equal to the highest migration file, so the
 * cheap start-up check (one query instead of a Flyway scan) cannot drift from the migrations.
 */
public final class SchemaVersion {
    private static final int LATEST = 14;

    private SchemaVersion() {
    }

    /** A method, not a constant: constants are copied into callers, and a stale caller would disagree. */
    public static int latest() {
        return LATEST;
    }
}

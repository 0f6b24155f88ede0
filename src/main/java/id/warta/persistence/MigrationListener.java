package id.warta.persistence;

/** Told before a schema upgrade starts, so the caller can back up first and show progress. */
@FunctionalInterface
public interface MigrationListener {
    MigrationListener NONE = (existing, from, to) -> { };

    void beforeMigration(boolean existingDatabase, int fromVersion, int toVersion);
}

package id.warta.service;

/** Someone else saved the row since it was read: the user resolves it, nothing is overwritten. */
public final class StaleVersionException extends StorageException {
    public StaleVersionException(String table, String id, long expectedVersion) {
        super(Reason.STALE_VERSION, "Row " + table + "/" + id + " changed since version " + expectedVersion, table, id);
    }
}

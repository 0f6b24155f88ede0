package id.warta.service;

import java.util.List;

/**
 * A problem with the database that the user must be told about in plain words. The reason picks
 * the message from the resource bundles; the arguments fill it in.
 */
public class StorageException extends RuntimeException {

    /** Why storage failed; each has a message key {@code storage.error.<name>}. */
    public enum Reason {
        NOT_A_DATABASE, DAMAGED, READ_ONLY, MISSING_FOLDER, NOT_A_FILE, NEWER_SCHEMA, IN_USE, STALE_VERSION,
        BACKUP_INVALID, DUPLICATE, IO,
        /** Team mode: the server refused the change (its rights, row-level security or a guard trigger). */
        NOT_ALLOWED,
        /** Team mode: the server cannot be reached or dropped the connection. */
        UNREACHABLE,
        /** Team mode: the server's schema is older than this build; the admin runs warta team migrate. */
        OLDER_SCHEMA
    }

    private final Reason reason;
    private final List<String> arguments;

    public StorageException(Reason reason, String detail, Throwable cause, String... arguments) {
        super(detail, cause);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public StorageException(Reason reason, String detail, String... arguments) {
        this(reason, detail, null, arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "storage.error." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    public List<String> arguments() {
        return arguments;
    }
}

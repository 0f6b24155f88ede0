package id.warta.persistence;

import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;
import java.sql.SQLException;

/** Translates PostgreSQL SQLStates into reasons a user can act on. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static StorageException translate(SQLException e, String what, String location) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StorageException(Reason.IN_USE, what + ": database busy", e, location);
        }
        if (state.equals("42501") || state.equals("25006")) {
            return new StorageException(Reason.NOT_ALLOWED, what + ": not allowed", e, location);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return new StorageException(Reason.UNREACHABLE, what + ": connection lost", e, location);
        }
        return new StorageException(Reason.IO, what + ": " + e.getMessage(), e, location);
    }
}

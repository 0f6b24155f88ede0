package id.warta.persistence;

import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** Translates SQLite's error codes into reasons a user can act on. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static StorageException translate(SQLException e, String what, String file) {
        int primary = e.getErrorCode() & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StorageException(Reason.IN_USE, what + ": database busy", e, file);
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new StorageException(Reason.DAMAGED, what + ": database damaged", e, file);
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new StorageException(Reason.NOT_A_DATABASE, what + ": not a database", e, file);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new StorageException(Reason.READ_ONLY, what + ": cannot write", e, file);
        }
        return new StorageException(Reason.IO, what + ": " + e.getMessage(), e, file);
    }
}

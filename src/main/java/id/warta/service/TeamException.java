package id.warta.service;

import java.util.Locale;

/** A team-mode refusal: a bad profile, a refused connection or login, an unsafe import or export. */
public final class TeamException extends RefusalException {

    /** Each reason has a message key {@code team.error.<name>}. */
    public enum Reason {
        PROFILE_MISSING, PROFILE_UNREADABLE, PROFILE_INCOMPLETE, PROFILE_HAS_SECRET, CA_MISSING,
        TLS_HOSTNAME, TLS_UNTRUSTED, TLS_UNSUPPORTED, LOGIN_FAILED, NOT_PERMITTED, UNREACHABLE,
        NO_CREDENTIALS, TARGET_NOT_EMPTY, SOURCE_INVALID, OUTPUT_EXISTS, CHAIN_BROKEN,
        /** The server accepted the login but no Warta user has that name (team-gui). */
        NO_APP_USER,
        /** The Warta user of the login is deactivated (team-gui). */
        APP_USER_INACTIVE,
        /** Team mode: backups are the server admin's (pg_dump), not the desktop's (team-gui). */
        SERVER_BACKUPS;

        String key() {
            return "team.error." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    private final Reason reason;

    public TeamException(Reason reason, Throwable cause, String... arguments) {
        super(reason.name(), reason.key(), cause, arguments);
        this.reason = reason;
    }

    public TeamException(Reason reason, String... arguments) {
        this(reason, null, arguments);
    }

    public Reason reason() {
        return reason;
    }
}

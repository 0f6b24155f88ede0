package id.warta.service;

/** A sign-in or account action that was refused; the reason picks the message {@code auth.error.<code>}. */
public final class AuthException extends RefusalException {
    public enum Reason {
        WRONG_CREDENTIALS("wrongCredentials"), TOO_SOON("tooSoon"), LOCKED("locked"), INACTIVE("inactive"),
        WEAK_PASSWORD("weakPassword"), NOT_PERMITTED("notPermitted"), ALREADY_SET_UP("alreadySetUp"),
        USERNAME_TAKEN("usernameTaken"), NOT_SIGNED_IN("notSignedIn"), NOT_DEMO("notDemo"),
        LAST_ADMIN("lastAdmin"), PASSWORDS_DIFFER("passwordsDiffer"), NO_SUCH_USER("noSuchUser");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String messageKey() {
            return "auth.error." + code;
        }
    }

    private final Reason reason;

    public AuthException(Reason reason, String... arguments) {
        super(reason.name(), reason.messageKey(), null, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

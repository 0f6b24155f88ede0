package id.warta.domain;

/** Why a user may not make a move; each reason has a message key {@code workflow.denied.<code>}. */
public enum PermissionDenied {
    TRANSITION_NOT_ALLOWED("transition"),
    ROLE_MISSING("role"),
    NOT_ASSIGNED("assignment"),
    OWN_POST("ownPost"),
    NOT_AUTHOR("notAuthor"),
    INACTIVE_USER("inactive"),
    SYSTEM_ONLY("systemOnly");

    private final String code;

    PermissionDenied(String code) {
        this.code = code;
    }

    public String messageKey() {
        return "workflow.denied." + code;
    }
}

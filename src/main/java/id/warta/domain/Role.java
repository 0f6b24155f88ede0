package id.warta.domain;

/** What a user may do: staff plan and write, supervisors approve, admins manage. */
public enum Role {
    STAFF,
    SUPERVISOR,
    ADMIN
}

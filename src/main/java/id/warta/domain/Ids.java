package id.warta.domain;

import java.util.UUID;

/** Keys are application-generated UUID text, so rows can move between databases unchanged. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}

package id.warta.ui.common;

import java.util.Arrays;
import java.util.Optional;

/** Light or dark; the two differ only in their token sheets. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static Optional<Theme> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}

package id.warta.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of content a post is; codes are used in data, the command line and exports. */
public enum ContentType {
    EDUCATIONAL("educational"),
    INFOGRAPHIC("infographic"),
    VIDEO("video"),
    LIVE("live"),
    QA_WEBINAR("qa_webinar"),
    ANNOUNCEMENT("announcement"),
    GREETING("greeting"),
    PRESS_RELEASE("press_release"),
    SINGLE_NARRATIVE("single_narrative"),
    HOAX_CLARIFICATION("hoax_clarification"),
    EMERGENCY("emergency");

    /** Reading rows calls this for every row of a month, so it is a map rather than a scan. */
    private static final Map<String, ContentType> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(v -> v.code, v -> v));

    private final String code;

    ContentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ContentType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(Locale.ROOT)));
    }
}

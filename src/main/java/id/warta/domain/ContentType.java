package id.warta.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst();
    }
}

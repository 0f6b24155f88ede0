package id.warta.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A publishing channel. The code is the name used in data, the command line and exports. */
public enum Channel {
    INSTAGRAM("instagram", "Instagram", 2_200),
    FACEBOOK("facebook", "Facebook", 63_206),
    X("x", "X", 280),
    TIKTOK("tiktok", "TikTok", 2_200),
    YOUTUBE("youtube", "YouTube", 5_000),
    LINKEDIN("linkedin", "LinkedIn", 3_000),
    THREADS("threads", "Threads", 500),
    WHATSAPP_CHANNEL("whatsapp_channel", "WhatsApp Channel", 1_024),
    WEBSITE("website", "Website", Integer.MAX_VALUE),
    PRESS_RELEASE("press_release", "Siaran pers / buletin", Integer.MAX_VALUE);

    /** Reading rows calls this for every row of a month, so it is a map rather than a scan. */
    private static final Map<String, Channel> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(v -> v.code, v -> v));

    private final String code;
    private final String displayName;
    private final int textLimit;

    Channel(String code, String displayName, int textLimit) {
        this.code = code;
        this.displayName = displayName;
        this.textLimit = textLimit;
    }

    public String code() {
        return code;
    }

    /** The brand name; brand names are not translated. */
    public String displayName() {
        return displayName;
    }

    /** Longest body the platform accepts, in characters; {@code Integer.MAX_VALUE} when unlimited. */
    public int textLimit() {
        return textLimit;
    }

    public static Optional<Channel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(Locale.ROOT)));
    }
}

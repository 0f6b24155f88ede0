package id.warta.service;

/** A hashtag group that cannot be saved as it is; nothing was saved. */
public final class HashtagGroupException extends RefusalException {
    public enum Reason {
        NO_NAME("noName"), NAME_TOO_LONG("nameTooLong"), NO_TAGS("noTags"), TOO_MANY_TAGS("tooManyTags"),
        DUPLICATE_NAME("duplicate"), NO_SUCH_GROUP("gone");

        private final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;

    public HashtagGroupException(Reason reason, String... arguments) {
        super(reason.name(), "hashtagGroup.error." + reason.code, null, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package id.warta.service;

/** A file the editor will not attach, or an attached file that is no longer there; nothing was stored. */
public final class MediaException extends RefusalException {
    public enum Reason {
        /** The file is not where it was given (moved, deleted, a folder). Argument: the name. */
        MISSING("missing"),
        /** Over the size limit. Arguments: name, its size in MB, the limit in MB. */
        TOO_BIG("tooBig"),
        /** Named as an image but its content is not one. Argument: the name. */
        NOT_AN_IMAGE("notImage"),
        /** Named as a video but its content is not one. Argument: the name. */
        NOT_A_VIDEO("notVideo"),
        /** Neither an image nor a video by its name. Argument: the name. */
        UNSUPPORTED("unsupported"),
        /** Could not be read or copied. Argument: the name. */
        UNREADABLE("unreadable");

        private final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;

    public MediaException(Reason reason, Throwable cause, String... arguments) {
        super(reason.name(), "media.error." + reason.code, cause, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

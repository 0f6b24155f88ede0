package id.warta.service;

/**
 * A save found the post changed, and re-reading it found it deleted or no longer visible to this
 * user (on the team server, row-level security hides it): there is nothing to merge with.
 */
public final class PostGoneException extends RefusalException {
    public PostGoneException() {
        super("POST_GONE", "editor.merge.gone", null);
    }
}

package id.warta.service;

import id.warta.domain.Post;

/**
 * What became of a save from the editor. {@code stored} in each case is the draft as it is now in
 * the database (with the new version), so the editor can show it and take it as its new base.
 */
public sealed interface SaveOutcome {

    /** Saved as typed: nobody else had saved in between. */
    record Saved(Post post, PostDraft stored) implements SaveOutcome { }

    /** Someone else had saved; their changes and mine touched different fields and were combined. */
    record Merged(Post post, PostDraft stored, StoredPost other) implements SaveOutcome { }

    /** Someone else changed some of the same fields: nothing was saved, a person chooses per field. */
    record Conflicted(DraftMerge merge, StoredPost other) implements SaveOutcome { }
}

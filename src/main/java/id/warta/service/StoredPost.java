package id.warta.service;

import java.time.Instant;

/**
 * A post as stored now, with who saved it last and when: the other side of a merge.
 *
 * @param savedBy the display name of the last person who changed it (their login when unknown)
 */
public record StoredPost(PostDraft draft, String savedBy, Instant savedAt) { }

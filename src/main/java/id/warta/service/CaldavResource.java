package id.warta.service;

import java.time.Instant;

/** What was last pushed for one UID to one collection, and the server's ETag for it. */
public record CaldavResource(String collection, String uid, String name, String etag, int sequence, String hash,
                             Instant pushedAt) {
}

package id.warta.service;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscription feed: a saved export filter served at a secret address. The token is the only
 * credential, so it is long and random, and revoking the feed makes its address answer 404.
 */
public record Feed(String id, String name, String token, ExportFilter filter, Instant createdAt, Instant revokedAt) {
    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean active() {
        return revokedAt == null;
    }
}

package id.warta.service;

import java.net.URI;
import java.util.Objects;

/**
 * Where to publish and as whom. The password lives only as long as this object (a session):
 * it is never written to settings or logs, and {@link #toString()} leaves it out.
 *
 * @param collection the calendar collection's address, ending in {@code /}
 */
public record CaldavTarget(URI collection, String username, String password) {
    public CaldavTarget {
        Objects.requireNonNull(collection, "collection");
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
    }

    /** Parses a typed address, adding the trailing slash servers expect on a collection. */
    public static CaldavTarget of(String url, String username, String password) {
        String u = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = URI.create(u.endsWith("/") ? u : u + "/");
        } catch (IllegalArgumentException e) {
            throw new CaldavException(CaldavException.Reason.BAD_URL, e, u);
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new CaldavException(CaldavException.Reason.BAD_URL, u);
        }
        return new CaldavTarget(uri, username, password);
    }

    /** The stable text used as the ledger's key: the address without user information. */
    public String collectionKey() {
        return collection.toString();
    }

    @Override
    public String toString() {
        return "CaldavTarget[" + collection + ", user=" + username + "]";
    }
}

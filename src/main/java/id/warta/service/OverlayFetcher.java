package id.warta.service;

import java.net.URI;

/**
 * Fetches a subscribed calendar over the network, implemented outside the service layer. It sends
 * the validators of the last answer (a 304 then means "unchanged"), follows redirects, refuses a
 * body larger than {@code maxBytes} while reading it, and throws {@link OverlayFetchException} for
 * anything that is not a calendar's bytes: an unreachable host, a timeout, an HTTP error status.
 */
public interface OverlayFetcher {
    /** The body (null for 304 Not Modified) and the validators the server sent with it. */
    record Response(byte[] body, String etag, String lastModified) {
        public static Response notModified(String etag, String lastModified) {
            return new Response(null, etag, lastModified);
        }

        public boolean isNotModified() {
            return body == null;
        }
    }

    /** @param etag sent as If-None-Match when not null; @param lastModified sent as If-Modified-Since */
    Response fetch(URI url, String etag, String lastModified, long maxBytes);
}

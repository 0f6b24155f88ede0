package id.warta.service;

/**
 * The HTTP side of CalDAV publishing, implemented outside the service layer. Implementations
 * retry network errors and 5xx answers with back-off and throw {@link CaldavException}
 * ({@code UNREACHABLE}, {@code SERVER_ERROR}) when retries run out; every other status is
 * returned for the publisher to interpret.
 */
public interface CaldavClient {
    /** A status and the ETag header, if the server sent one. */
    record Reply(int status, String etag) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** PROPFIND with depth 0 on the collection: 207 when it exists and the credentials fit. */
    Reply checkCollection(CaldavTarget target);

    /** PUT of one resource: with {@code ifMatch} null it sends {@code If-None-Match: *} (create only). */
    Reply put(CaldavTarget target, String name, byte[] body, String ifMatch);

    /** DELETE of one resource, with {@code If-Match} when an ETag is known. */
    Reply delete(CaldavTarget target, String name, String ifMatch);

    /** HEAD of one resource, to learn its current ETag. */
    Reply head(CaldavTarget target, String name);
}

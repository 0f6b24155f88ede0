package id.warta.ical;

import id.warta.service.OverlayFetchException;
import id.warta.service.OverlayFetchException.Reason;
import id.warta.service.OverlayFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Fetches subscribed calendars with the JDK's HTTP client: a conditional GET (If-None-Match,
 * If-Modified-Since), redirects followed as browsers do (never from https to http), a connect
 * timeout and a whole-request timeout, and the body read in pieces and refused as soon as it
 * passes the limit, so a huge or endless answer never fills the memory. It does not retry:
 * retrying with back-off is the scheduler's job, so a click on "refresh" answers within the timeout.
 */
public final class HttpOverlayFetcher implements OverlayFetcher {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private HttpClient http;

    public HttpOverlayFetcher() {
        this(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    public HttpOverlayFetcher(Duration connectTimeout, Duration requestTimeout) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** Built on first use: the client starts a selector thread that a window with no subscription never needs. */
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    @Override
    public Response fetch(URI url, String etag, String lastModified, long maxBytes) {
        String host = url.getHost() == null ? url.toString() : url.getHost();
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(url).timeout(requestTimeout).GET()
                    .header("Accept", "text/calendar, text/plain;q=0.8, */*;q=0.5")
                    .header("User-Agent", "Warta");
        } catch (IllegalArgumentException e) {
            throw new OverlayFetchException(Reason.MALFORMED_URL, e, url.toString());
        }
        if (etag != null && !etag.isBlank()) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            b.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> response;
        try {
            response = http().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new OverlayFetchException(Reason.TIMEOUT, e, host, String.valueOf(connectTimeout.toSeconds()));
        } catch (HttpTimeoutException e) {
            throw new OverlayFetchException(Reason.TIMEOUT, e, host, String.valueOf(requestTimeout.toSeconds()));
        } catch (ConnectException e) {
            throw new OverlayFetchException(Reason.UNREACHABLE, e, host);
        } catch (IOException e) {
            throw new OverlayFetchException(Reason.UNREACHABLE, e, host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverlayFetchException(Reason.UNREACHABLE, e, host);
        }
        String newEtag = response.headers().firstValue("ETag").orElse(null);
        String newModified = response.headers().firstValue("Last-Modified").orElse(null);
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 304) {
                return Response.notModified(newEtag, newModified);
            }
            if (status < 200 || status >= 300) {
                throw statusError(status, host);
            }
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            if (length.isPresent() && length.getAsLong() > maxBytes) {
                throw tooLarge(host, maxBytes);
            }
            return new Response(read(body, maxBytes, host), newEtag, newModified);
        } catch (HttpTimeoutException e) {
            throw new OverlayFetchException(Reason.TIMEOUT, e, host, String.valueOf(requestTimeout.toSeconds()));
        } catch (IOException e) {
            throw new OverlayFetchException(Reason.UNREACHABLE, e, host);
        }
    }

    private static byte[] read(InputStream in, long maxBytes, String host) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(host, maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static OverlayFetchException tooLarge(String host, long maxBytes) {
        return new OverlayFetchException(Reason.TOO_LARGE, host, String.valueOf(maxBytes / (1024 * 1024)));
    }

    private static OverlayFetchException statusError(int status, String host) {
        return switch (status) {
            case 401 -> new OverlayFetchException(Reason.UNAUTHORIZED, host);
            case 403 -> new OverlayFetchException(Reason.FORBIDDEN, host);
            case 404, 410 -> new OverlayFetchException(Reason.NOT_FOUND, host, String.valueOf(status));
            default -> status >= 500 ? new OverlayFetchException(Reason.SERVER_ERROR, host, String.valueOf(status))
                    : new OverlayFetchException(Reason.HTTP_ERROR, host, String.valueOf(status));
        };
    }
}

package id.warta.ical;

import id.warta.service.CaldavClient;
import id.warta.service.CaldavException;
import id.warta.service.CaldavTarget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * CalDAV over the JDK's HTTP client. Network errors and 5xx answers are retried with exponential
 * back-off (a busy or restarting server recovers within seconds); other statuses go back to the
 * publisher, which knows what a 412 or 404 means for the request it made. Credentials travel as
 * a preemptive Basic header on every request and are never logged.
 */
public final class CaldavHttpClient implements CaldavClient {
    private static final String PROPFIND_BODY = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>
            """;

    private final HttpClient http;
    private final int attempts;
    private final Duration firstDelay;

    /** Four attempts, waiting 0.5 s, 1 s and 2 s between them. */
    public CaldavHttpClient() {
        this(4, Duration.ofMillis(500));
    }

    public CaldavHttpClient(int attempts, Duration firstDelay) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.attempts = Math.max(1, attempts);
        this.firstDelay = firstDelay;
    }

    @Override
    public Reply checkCollection(CaldavTarget target) {
        HttpRequest.Builder b = request(target, target.collection())
                .header("Depth", "0").header("Content-Type", "application/xml; charset=utf-8")
                .method("PROPFIND", HttpRequest.BodyPublishers.ofString(PROPFIND_BODY, StandardCharsets.UTF_8));
        return send(target, b.build());
    }

    @Override
    public Reply put(CaldavTarget target, String name, byte[] body, String ifMatch) {
        HttpRequest.Builder b = request(target, resource(target, name))
                .header("Content-Type", "text/calendar; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (ifMatch == null) {
            b.header("If-None-Match", "*");
        } else {
            b.header("If-Match", ifMatch);
        }
        return send(target, b.build());
    }

    @Override
    public Reply delete(CaldavTarget target, String name, String ifMatch) {
        HttpRequest.Builder b = request(target, resource(target, name)).DELETE();
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(target, b.build());
    }

    @Override
    public Reply head(CaldavTarget target, String name) {
        return send(target, request(target, resource(target, name))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    private static URI resource(CaldavTarget target, String name) {
        return target.collection().resolve(name);
    }

    private static HttpRequest.Builder request(CaldavTarget target, URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (!target.username().isEmpty()) {
            String pair = target.username() + ":" + target.password();
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Reply send(CaldavTarget target, HttpRequest request) {
        Duration delay = firstDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status < 500 || attempt >= attempts) {
                    if (status >= 500) {
                        throw new CaldavException(CaldavException.Reason.SERVER_ERROR, String.valueOf(status),
                                target.collection().toString());
                    }
                    return new Reply(status, response.headers().firstValue("ETag").orElse(null));
                }
            } catch (IOException e) {
                if (attempt >= attempts) {
                    throw new CaldavException(CaldavException.Reason.UNREACHABLE, e, target.collection().getHost());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CaldavException(CaldavException.Reason.UNREACHABLE, e, target.collection().getHost());
            }
            pause(delay);
            delay = delay.multipliedBy(2);
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaldavException(CaldavException.Reason.UNREACHABLE, e, "");
        }
    }
}

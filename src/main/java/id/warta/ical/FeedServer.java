package id.warta.ical;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.warta.service.FeedDocument;
import id.warta.service.FeedService;
import id.warta.service.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves subscription feeds over HTTP with the JDK's server: {@code GET} and {@code HEAD} on
 * {@code /feeds/<token>.ics}, {@code text/calendar}, an ETag with {@code If-None-Match} answered
 * by 304. An unknown or revoked token, or any other path, is a bare 404 that tells nothing about
 * which tokens exist. Binds to 127.0.0.1 unless the caller passes another address on purpose.
 */
public final class FeedServer implements AutoCloseable {
    public static final String PATH_PREFIX = "/feeds/";
    private static final Logger LOG = LoggerFactory.getLogger(FeedServer.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;
    private final FeedService feeds;
    private final Messages messages;

    private FeedServer(HttpServer server, FeedService feeds, Messages messages) {
        this.server = server;
        this.feeds = feeds;
        this.messages = messages;
        // Two threads: calendar clients poll rarely, and the database serialises the work anyway.
        this.threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "warta-feed");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /** Starts serving on {@code address} (port 0 picks a free port). */
    public static FeedServer start(InetSocketAddress address, FeedService feeds, Messages messages)
            throws IOException {
        FeedServer f = new FeedServer(HttpServer.create(address, 16), feeds, messages);
        f.server.start();
        return f;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The http:// address of a token's feed; calendar apps also take it as webcal://. */
    public String urlOf(String token) {
        InetSocketAddress a = address();
        return "http://" + a.getHostString() + ":" + a.getPort() + PATH_PREFIX + token + ".ics";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                respond(exchange);
            } catch (RuntimeException e) {
                // The database may be busy or damaged; the client retries at its next refresh.
                LOG.warn("Feed request failed", e);
                exchange.sendResponseHeaders(500, -1);
            }
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        Optional<FeedDocument> doc = tokenOf(exchange.getRequestURI().getPath())
                .flatMap(t -> feeds.render(t, messages));
        if (doc.isEmpty()) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        FeedDocument d = doc.get();
        var headers = exchange.getResponseHeaders();
        headers.set("ETag", d.etag());
        headers.set("Cache-Control", "no-cache");
        if (matches(exchange.getRequestHeaders().getFirst("If-None-Match"), d.etag())) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        headers.set("Content-Type", CONTENT_TYPE);
        if (head) {
            headers.set("Content-Length", Integer.toString(d.body().length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, d.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(d.body());
        }
    }

    private static Optional<String> tokenOf(String path) {
        if (path == null || !path.startsWith(PATH_PREFIX) || !path.endsWith(".ics")) {
            return Optional.empty();
        }
        String token = path.substring(PATH_PREFIX.length(), path.length() - ".ics".length());
        return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals(etag) || t.equals("*"));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

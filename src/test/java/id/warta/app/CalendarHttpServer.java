package id.warta.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 serving one calendar at {@code /feed.ics} the way calendar hosts
 * do: an ETag, 304 for a matching If-None-Match, and whatever failure a test asks for.
 */
public final class CalendarHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-calendar-http");
        t.setDaemon(true);
        return t;
    });
    private volatile byte[] body = new byte[0];
    private volatile String etag;
    private volatile int status = 200;
    private volatile boolean chunked;
    private volatile long delayMillis;
    /** The If-None-Match header of every request to the feed, in order ("" when absent). */
    private final List<String> conditions = new CopyOnWriteArrayList<>();

    private CalendarHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/feed.ics", this::feed);
        server.createContext("/moved.ics", exchange -> {
            exchange.getResponseHeaders().add("Location", "/feed.ics");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
    }

    public static CalendarHttpServer start() throws IOException {
        return new CalendarHttpServer();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public URI feed() {
        return url("/feed.ics");
    }

    /** Serves this calendar with this ETag (null: none) from now on. */
    public void serve(String ics, String tag) {
        serve(ics.getBytes(StandardCharsets.UTF_8), tag);
    }

    public void serve(byte[] bytes, String tag) {
        this.body = bytes;
        this.etag = tag;
        this.status = 200;
    }

    /** Answers every request with this status and a short HTML page. */
    public void failWith(int code) {
        this.status = code;
    }

    /** Sends bodies without Content-Length (chunked), as a streaming server would. */
    public void chunked(boolean on) {
        this.chunked = on;
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public List<String> conditions() {
        return conditions;
    }

    private void feed(HttpExchange exchange) throws IOException {
        try (exchange) {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(ifNoneMatch == null ? "" : ifNoneMatch);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (status != 200) {
                byte[] page = ("<html><body>Error " + status + "</body></html>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(status, page.length);
                exchange.getResponseBody().write(page);
                return;
            }
            String tag = etag;
            if (tag != null) {
                exchange.getResponseHeaders().add("ETag", tag);
                if (tag.equals(ifNoneMatch)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            byte[] bytes = body;
            exchange.sendResponseHeaders(200, chunked ? 0 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < bytes.length; i += 64 * 1024) {
                    out.write(bytes, i, Math.min(64 * 1024, bytes.length - i));
                }
            } catch (IOException e) {
                // The client stopped reading (a body over its limit): expected.
            }
        }
    }

    /** Closes the port: later requests are refused by the operating system. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

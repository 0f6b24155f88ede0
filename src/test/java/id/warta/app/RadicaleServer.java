package id.warta.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Radicale CalDAV server on 127.0.0.1 with a free port, storing into a temporary folder
 * and checking passwords against a plain htpasswd file. Tests are skipped, not failed, where
 * Radicale is not installed (CI installs the Debian package {@code radicale}).
 */
final class RadicaleServer implements AutoCloseable {
    static final String USER = "humas";
    static final String PASSWORD = "rahasia-kominfo";

    private final Process process;
    private final Path storage;
    final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RadicaleServer(Process process, Path storage, int port) {
        this.process = process;
        this.storage = storage;
        this.port = port;
    }

    static RadicaleServer start(Path dir) throws Exception {
        List<String> launcher = launcher();
        Assumptions.assumeTrue(launcher != null,
                "Radicale is not installed (apt-get install radicale): CalDAV publishing tests skipped");
        Path storage = Files.createDirectories(dir.resolve("radicale"));
        Path users = dir.resolve("htpasswd");
        Files.writeString(users, USER + ":" + PASSWORD + "\n", StandardCharsets.UTF_8);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(launcher);
        command.addAll(List.of("--config", "", "--server-hosts", "127.0.0.1:" + port,
                "--storage-filesystem-folder", storage.toString(),
                "--auth-type", "htpasswd", "--auth-htpasswd-filename", users.toString(),
                "--auth-htpasswd-encryption", "plain", "--auth-delay", "0", "--logging-level", "warning"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("radicale.log").toFile()).start();
        RadicaleServer server = new RadicaleServer(process, storage, port);
        server.awaitListening(dir.resolve("radicale.log"));
        return server;
    }

    /** {@code radicale} on the PATH, else the Debian interpreter's module; null when neither exists. */
    private static List<String> launcher() {
        for (List<String> candidate : List.of(List.of("radicale"), List.of("/usr/bin/python3", "-m", "radicale"),
                List.of("python3", "-m", "radicale"))) {
            try {
                List<String> c = new java.util.ArrayList<>(candidate);
                c.add("--version");
                Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next way of starting it
            }
        }
        return null;
    }

    private void awaitListening(Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Radicale stopped: " + Files.readString(log));
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Radicale did not start listening: " + Files.readString(log));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Creates a calendar collection as a CalDAV client would, and returns its address. */
    String makeCalendar(String name) throws Exception {
        String url = url("/" + USER + "/" + name + "/");
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url))
                .method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("MKCALENDAR " + r.statusCode() + " " + r.body());
        }
        return url;
    }

    HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> put(String url, String body, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/calendar")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = b.header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(30)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException closedKeepAlive) {
            // Radicale may close an idle kept-alive connection just as it is reused; once more is enough.
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** The resource files Radicale stored in a collection, read straight from its folder. */
    List<Path> stored(String collection) throws IOException {
        Path folder = storage.resolve("collection-root").resolve(USER).resolve(collection);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ics")).sorted().toList();
        }
    }

    Optional<Path> storedNamed(String collection, String name) throws IOException {
        return stored(collection).stream().filter(p -> p.getFileName().toString().equals(name)).findFirst();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

package id.warta.app;

import id.warta.ical.FeedServer;
import id.warta.service.FeedHosting;
import id.warta.service.FeedService;
import id.warta.service.Messages;
import id.warta.ui.settings.FeedServerControl;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the window's subscription server: started after the first frame on a thread of its own,
 * restarted when the local-network switch changes, stopped when the window closes. A port that is
 * taken leaves the server off (the settings screen says so) instead of stopping the app.
 */
public final class FeedHost implements FeedServerControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedHost.class);

    private final FeedService feeds;
    private final FeedHosting hosting;
    private final Messages messages;
    private FeedServer server;
    private String base;
    private boolean closed;

    public FeedHost(FeedService feeds, FeedHosting hosting, Messages messages) {
        this.feeds = feeds;
        this.hosting = hosting;
        this.messages = messages;
    }

    /** Starts on a daemon thread so neither the FX thread nor the database queue waits for the socket. */
    public void startInBackground() {
        Thread t = new Thread(this::ensureStarted, "warta-feed-start");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public synchronized Optional<String> ensureStarted() {
        if (server == null && !closed) {
            start();
        }
        return Optional.ofNullable(base);
    }

    @Override
    public synchronized Optional<String> restart() {
        stopServer();
        return ensureStarted();
    }

    @Override
    public synchronized void close() {
        closed = true;
        stopServer();
    }

    private void start() {
        FeedHosting.Address address = hosting.address();
        try {
            InetAddress bind = address.localNetwork() ? new InetSocketAddress(0).getAddress()
                    : InetAddress.getLoopbackAddress();
            server = FeedServer.start(new InetSocketAddress(bind, address.port()), feeds, messages);
            base = "http://" + visibleHost(address.localNetwork()) + ":" + server.address().getPort()
                    + FeedServer.PATH_PREFIX;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Feed server cannot listen on port {}: {}", address.port(), e.getMessage());
            server = null;
            base = null;
        }
    }

    /** On the local network others need this computer's address, not the wildcard it listens on. */
    private static String visibleHost(boolean localNetwork) {
        if (!localNetwork) {
            return "127.0.0.1";
        }
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            return "127.0.0.1";
        }
    }

    private void stopServer() {
        if (server != null) {
            server.close();
            server = null;
            base = null;
        }
    }
}

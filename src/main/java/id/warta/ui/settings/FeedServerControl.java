package id.warta.ui.settings;

import java.util.Optional;

/** The running subscription server as the settings screen sees it; calls block briefly, so run them off the FX thread. */
public interface FeedServerControl {
    /** Starts the server if it is not running; the address feeds live under ({@code http://host:port/feeds/}), empty when it cannot listen. */
    Optional<String> ensureStarted();

    /** Stops and starts again with the current settings (after the local-network switch changed). */
    Optional<String> restart();
}

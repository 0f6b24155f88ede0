package id.warta.service;

import id.warta.domain.Role;
import id.warta.domain.User;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the subscription server listens: loopback on a fixed port by default, the whole local
 * network only when an administrator says so, because anyone on that network who learns a feed
 * address can then read the schedule.
 */
public final class FeedHosting {
    public static final String LOCAL_NETWORK_SETTING = "ical.feedLocalNetwork";
    public static final String PORT_SETTING = "ical.feedPort";
    public static final int DEFAULT_PORT = 8765;

    /** The server's listening choice; port 0 lets the system pick (used by tests). */
    public record Address(boolean localNetwork, int port) {
    }

    private final Transactor tx;
    private final SettingRepository settings;
    private final Supplier<Optional<User>> currentUser;

    public FeedHosting(Transactor tx, SettingRepository settings, Supplier<Optional<User>> currentUser) {
        this.tx = tx;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    public Address address() {
        return tx.read(() -> new Address(
                settings.get(LOCAL_NETWORK_SETTING).map("true"::equals).orElse(false),
                settings.get(PORT_SETTING).map(FeedHosting::port).orElse(DEFAULT_PORT)));
    }

    public boolean mayChange() {
        return currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
    }

    /** Opens or closes the server to the local network; administrators only. */
    public void setLocalNetwork(boolean allowed) {
        if (!mayChange()) {
            throw new FeedHostingException();
        }
        tx.writeRun(() -> settings.put(LOCAL_NETWORK_SETTING, Boolean.toString(allowed)));
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            return p >= 0 && p <= 65535 ? p : DEFAULT_PORT;
        } catch (NumberFormatException e) {
            return DEFAULT_PORT;
        }
    }
}

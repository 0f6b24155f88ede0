package id.warta.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether this session may write, and if not, why (a message key and its arguments, so the banner
 * speaks the user's language). Set by whoever knows: a schema mismatch, later the offline cache.
 * Writes are refused by {@link GuardedTransactor}, so no screen can bypass it.
 */
public final class ReadOnlyMode {
    /** Why the session is read-only; the banner shows {@code messageKey} formatted with {@code arguments}. */
    public record Reason(String messageKey, List<String> arguments) {
        public Reason {
            arguments = List.copyOf(arguments);
        }

        public static Reason of(String messageKey, String... arguments) {
            return new Reason(messageKey, List.of(arguments));
        }

        /** For the offline cache: the server is out of reach; {@code lastSynced} as the user reads it (HH:mm). */
        public static Reason offline(String lastSynced) {
            return of("readOnly.reason.offline", lastSynced);
        }
    }

    private volatile Reason reason;
    private final List<Consumer<Optional<Reason>>> listeners = new CopyOnWriteArrayList<>();

    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    public boolean active() {
        return reason != null;
    }

    public void set(Reason why) {
        reason = java.util.Objects.requireNonNull(why, "why");
        listeners.forEach(l -> l.accept(Optional.of(why)));
    }

    public void clear() {
        reason = null;
        listeners.forEach(l -> l.accept(Optional.empty()));
    }

    /** Told on every change, on the thread that made it. */
    public void addListener(Consumer<Optional<Reason>> listener) {
        listeners.add(listener);
    }
}

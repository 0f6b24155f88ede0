package id.warta.service;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a subscribed overlay comes from and how its last fetch went: the address (webcal:// already
 * turned into https://), how often to fetch it, the validators of the last answer for a conditional
 * GET, when it was last tried and last reached, and the message key and arguments of the last
 * failure ({@code null} when the last try succeeded).
 */
public record OverlaySubscription(URI url, Duration refreshInterval, Instant fetchedAt, Instant attemptedAt,
                                  String etag, String lastModified, String errorKey, List<String> errorArguments) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(6);

    public OverlaySubscription {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        errorArguments = errorArguments == null ? List.of() : List.copyOf(errorArguments);
    }

    public boolean failing() {
        return errorKey != null;
    }

    /** Due when never tried or when the interval has passed since the last try. */
    public boolean dueAt(Instant now) {
        return attemptedAt == null || !attemptedAt.plus(refreshInterval).isAfter(now);
    }

    /** After an answer (a new calendar or 304): the validators to send next time, no error. */
    OverlaySubscription reached(Instant now, String newEtag, String newLastModified) {
        return new OverlaySubscription(url, refreshInterval, now, now, newEtag, newLastModified, null, List.of());
    }

    /** After a failure: the validators and last success stay, so the next try is still conditional. */
    OverlaySubscription failed(Instant now, String key, List<String> arguments) {
        return new OverlaySubscription(url, refreshInterval, fetchedAt, now, etag, lastModified, key, arguments);
    }
}

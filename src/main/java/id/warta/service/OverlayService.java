package id.warta.service;

import id.warta.domain.Ids;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Read-only overlay calendars: .ics files imported whole (parsed completely before one write, so
 * a bad file leaves nothing behind), calendars subscribed to by URL and fetched again on a
 * schedule (a failed or malformed fetch leaves the previous events as they were), and the
 * national holidays bundled with Warta. Synchronous: the caller decides which thread waits for
 * the network.
 */
public final class OverlayService {
    public static final String BUILTIN_PREFIX = "builtin:";
    /** Holiday files are a few kilobytes; a client's whole calendar rarely passes one megabyte. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String HOLIDAYS_RESOURCE = "/holidays/id-holidays-2026.ics";

    private final Transactor tx;
    private final OverlayRepository overlays;
    private final OverlayParser parser;
    private final OverlayFetcher fetcher;
    private final Clock clock;

    public OverlayService(Transactor tx, OverlayRepository overlays, OverlayParser parser, OverlayFetcher fetcher,
                          Clock clock) {
        this.tx = tx;
        this.overlays = overlays;
        this.parser = parser;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** The same overlays fetched by another fetcher (tests use short timeouts). */
    public OverlayService withFetcher(OverlayFetcher other) {
        return new OverlayService(tx, overlays, parser, other, clock);
    }

    public Overlay importFile(Path file) {
        ParsedCalendar parsed;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new OverlayImportException("overlay.error.tooLarge", null, size / (1024 * 1024),
                        MAX_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                parsed = parser.parse(in);
            }
        } catch (NoSuchFileException e) {
            throw new OverlayImportException("overlay.error.read", e, file.getFileName());
        } catch (IOException e) {
            throw new OverlayImportException("overlay.error.read", e, file.getFileName());
        }
        String fallback = file.getFileName().toString().replaceFirst("(?i)\\.ics$", "");
        return store(parsed, fallback, "file:" + file.getFileName());
    }

    /** Loads the bundled holidays once; later calls find them and do nothing. */
    public void installHolidays() {
        String source = BUILTIN_PREFIX + HOLIDAYS_RESOURCE;
        if (tx.read(() -> overlays.existsWithSource(source))) {
            return;
        }
        try (InputStream in = OverlayService.class.getResourceAsStream(HOLIDAYS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + HOLIDAYS_RESOURCE);
            }
            store(parser.parse(in), "Libur nasional", source);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + HOLIDAYS_RESOURCE, e);
        }
    }

    /**
     * Checks a subscription address without touching the network: http and https are fetched as they
     * are, webcal:// and webcals:// (how calendar links are usually published) become https://.
     */
    public static URI subscriptionUrl(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new OverlayFetchException(OverlayFetchException.Reason.EMPTY_URL);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new OverlayFetchException(OverlayFetchException.Reason.MALFORMED_URL, e, text);
        }
        if (uri.getScheme() == null) {
            throw new OverlayFetchException(OverlayFetchException.Reason.MALFORMED_URL, text);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String target = switch (scheme) {
            case "http", "https" -> scheme;
            case "webcal", "webcals" -> "https";
            default -> throw new OverlayFetchException(OverlayFetchException.Reason.UNSUPPORTED_SCHEME, uri.getScheme());
        };
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank()) {
            throw new OverlayFetchException(OverlayFetchException.Reason.MALFORMED_URL, text);
        }
        String rest = text.substring(uri.getScheme().length());
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        try {
            return new URI(target + rest);
        } catch (URISyntaxException e) {
            throw new OverlayFetchException(OverlayFetchException.Reason.MALFORMED_URL, e, text);
        }
    }

    /**
     * Fetches the calendar at {@code rawUrl} and stores it as a subscribed overlay, refreshed every six
     * hours by default. Nothing is stored when the address is refused or the fetch fails.
     */
    public Overlay subscribe(String rawUrl) {
        URI url = subscriptionUrl(rawUrl);
        String source = Overlay.URL_PREFIX + url;
        if (tx.read(() -> overlays.existsWithSource(source))) {
            throw new OverlayFetchException(OverlayFetchException.Reason.ALREADY_SUBSCRIBED, url.toString());
        }
        OverlayFetcher.Response response = fetcher.fetch(url, null, null, MAX_BYTES);
        if (response.isNotModified()) {
            throw new OverlayFetchException(OverlayFetchException.Reason.HTTP_ERROR, url.getHost(), "304");
        }
        ParsedCalendar parsed = parser.parse(new ByteArrayInputStream(response.body()));
        Instant now = clock.instant();
        String name = parsed.name() == null || parsed.name().isBlank() ? url.getHost() : parsed.name().strip();
        OverlaySubscription subscription = new OverlaySubscription(url, OverlaySubscription.DEFAULT_INTERVAL, now, now,
                response.etag(), response.lastModified(), null, List.of());
        Overlay overlay = new Overlay(Ids.newId(), name, source, now, parsed.events().size(), subscription);
        tx.writeRun(() -> {
            if (overlays.existsWithSource(source)) {
                throw new OverlayFetchException(OverlayFetchException.Reason.ALREADY_SUBSCRIBED, url.toString());
            }
            overlays.insert(overlay, parsed.events());
        });
        return overlay;
    }

    /**
     * Fetches a subscribed overlay again, conditionally. A 304 keeps the events; a new calendar
     * replaces them in one transaction; any failure (network, HTTP status, size, not a calendar) is
     * recorded on the overlay, leaves its events untouched and is thrown again.
     *
     * @return true when the events were replaced, false when unchanged or the overlay is gone
     */
    public boolean refresh(String overlayId) {
        Optional<Overlay> found = tx.read(() -> overlays.find(overlayId));
        if (found.isEmpty() || !found.get().subscribed()) {
            return false;
        }
        OverlaySubscription s = found.get().subscription();
        Instant started = clock.instant();
        try {
            OverlayFetcher.Response response = fetcher.fetch(s.url(), s.etag(), s.lastModified(), MAX_BYTES);
            if (response.isNotModified()) {
                String etag = response.etag() != null ? response.etag() : s.etag();
                String modified = response.lastModified() != null ? response.lastModified() : s.lastModified();
                tx.writeRun(() -> overlays.updateSubscription(overlayId, s.reached(started, etag, modified)));
                return false;
            }
            ParsedCalendar parsed = parser.parse(new ByteArrayInputStream(response.body()));
            return tx.write(() -> {
                if (overlays.find(overlayId).isEmpty()) {
                    return false;
                }
                overlays.replaceEvents(overlayId, started, parsed.events());
                overlays.updateSubscription(overlayId, s.reached(started, response.etag(), response.lastModified()));
                return true;
            });
        } catch (RuntimeException e) {
            String key = e instanceof UserFacingException u ? u.messageKey() : "overlay.fetch.unexpected";
            List<String> args = e instanceof UserFacingException u ? u.arguments()
                    : List.of(String.valueOf(e.getMessage()));
            try {
                tx.writeRun(() -> overlays.updateSubscription(overlayId, s.failed(started, key, args)));
            } catch (RuntimeException recording) {
                e.addSuppressed(recording);
            }
            throw e;
        }
    }

    /** The subscribed overlays, for the background refresh. */
    public List<Overlay> subscriptions() {
        return all().stream().filter(Overlay::subscribed).toList();
    }

    private Overlay store(ParsedCalendar parsed, String fallbackName, String source) {
        if (parsed.events().isEmpty()) {
            throw new OverlayImportException("overlay.error.empty", null);
        }
        String name = parsed.name() == null || parsed.name().isBlank() ? fallbackName : parsed.name().strip();
        Overlay overlay = new Overlay(Ids.newId(), name, source, clock.instant(), parsed.events().size());
        tx.writeRun(() -> {
            if (source.startsWith(BUILTIN_PREFIX) && overlays.existsWithSource(source)) {
                return;
            }
            overlays.insert(overlay, parsed.events());
        });
        return overlay;
    }

    public List<Overlay> all() {
        return tx.read(overlays::findAll);
    }

    public boolean remove(String id) {
        return tx.write(() -> overlays.delete(id));
    }

    public List<OverlayEvent> eventsBetween(LocalDate from, LocalDate to) {
        return tx.read(() -> overlays.eventsBetween(from, to));
    }
}

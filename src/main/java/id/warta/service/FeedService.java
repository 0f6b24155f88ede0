package id.warta.service;

import id.warta.domain.Ids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Subscription feeds: saved filters with a secret, revocable token. Rendering goes through
 * {@link ExportService}, so a feed and a file export of the same filter carry the same UIDs and
 * sequences.
 */
public final class FeedService {
    private static final int TOKEN_BYTES = 24;
    /** Settings changes are not audited; a cached rendering is redone at least this often. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");

    /**
     * A rendering and what it depended on. Every change to posts goes through the audit trail, so
     * an unchanged audit count (and the same day, for the 30-day window of cancelled posts) means
     * an unchanged calendar: calendar clients polling every few minutes then cost one count query.
     */
    private record Cached(long auditCount, LocalDate day, Instant renderedAt, FeedDocument document) {
    }

    private final Transactor tx;
    private final FeedRepository feeds;
    private final AuditRepository audit;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final ExportService export;
    private final CalendarEncoder encoder;
    private final SecureRandom random;
    private final Clock clock;

    public FeedService(Transactor tx, FeedRepository feeds, AuditRepository audit, ExportService export,
                       CalendarEncoder encoder, SecureRandom random, Clock clock) {
        this.tx = tx;
        this.feeds = feeds;
        this.audit = audit;
        this.export = export;
        this.encoder = encoder;
        this.random = random;
        this.clock = clock;
    }

    /** Saves a feed after checking its filter (an unknown name is refused now, not at every refresh). */
    public Feed create(String name, ExportFilter filter) {
        export.count(filter);
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Feed feed = new Feed(Ids.newId(), name == null || name.isBlank() ? "Warta" : name.strip(), token, filter,
                clock.instant(), null);
        tx.writeRun(() -> feeds.insert(feed));
        return feed;
    }

    public boolean revoke(String id) {
        return tx.write(() -> feeds.revoke(id, clock.instant()));
    }

    public List<Feed> all() {
        return tx.read(feeds::findAll);
    }

    /** The calendar behind a token; empty for an unknown or revoked token (the caller answers 404). */
    public Optional<FeedDocument> render(String token, Messages messages) {
        record Lookup(Optional<Feed> feed, long auditCount) {
        }
        Lookup lookup = tx.read(() -> new Lookup(feeds.findByToken(token).filter(Feed::active), audit.count()));
        Optional<Feed> feed = lookup.feed();
        if (feed.isEmpty()) {
            cache.remove(token);
            return Optional.empty();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, OFFICE_ZONE);
        Cached cached = cache.get(token);
        if (cached != null && cached.auditCount() == lookup.auditCount() && cached.day().equals(today)
                && now.isBefore(cached.renderedAt().plus(MAX_AGE))) {
            return Optional.of(cached.document());
        }
        FeedDocument document = renderNow(feed.get(), messages);
        cache.put(token, new Cached(lookup.auditCount(), today, now, document));
        return Optional.of(document);
    }

    private FeedDocument renderNow(Feed feed, Messages messages) {
        ExportCalendar calendar = export.calendar(feed.filter(), messages);
        ExportCalendar named = new ExportCalendar(feed.name(), calendar.refreshInterval(), calendar.events());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            encoder.write(named, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = out.toByteArray();
        return new FeedDocument(body, etagOf(body), named.events().size());
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

package id.warta.service;

import id.warta.domain.Ids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Subscription feeds: saved filters with a secret, revocable token. Rendering goes through
 * {@link ExportService}, so a feed and a file export of the same filter carry the same UIDs and
 * sequences.
 */
public final class FeedService {
    private static final int TOKEN_BYTES = 24;

    private final Transactor tx;
    private final FeedRepository feeds;
    private final ExportService export;
    private final CalendarEncoder encoder;
    private final SecureRandom random;
    private final Clock clock;

    public FeedService(Transactor tx, FeedRepository feeds, ExportService export, CalendarEncoder encoder,
                       SecureRandom random, Clock clock) {
        this.tx = tx;
        this.feeds = feeds;
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
        Optional<Feed> feed = tx.read(() -> feeds.findByToken(token)).filter(Feed::active);
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        ExportCalendar calendar = export.calendar(feed.get().filter(), messages);
        ExportCalendar named = new ExportCalendar(feed.get().name(), calendar.refreshInterval(), calendar.events());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            encoder.write(named, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = out.toByteArray();
        return Optional.of(new FeedDocument(body, etagOf(body), named.events().size()));
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

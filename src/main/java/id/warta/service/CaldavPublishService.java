package id.warta.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import id.warta.service.CaldavClient.Reply;

/**
 * Publishes a saved filter to a CalDAV collection: one resource {@code <uid>.ics} per publication,
 * each a VCALENDAR with one VEVENT and its VTIMEZONE. Only what changed since the last push is
 * sent; the ledger remembers per resource the bytes' hash and the server's ETag, so updates and
 * deletions are conditional and never silently overwrite a copy we have not seen.
 *
 * <p>Cancelled publications are deleted from the collection rather than pushed as CANCELLED: a
 * CalDAV collection is the current plan, and every CalDAV client removes a deleted resource on its
 * next sync, whereas a CANCELLED event lingers struck-through in some clients and hidden in others.
 */
public final class CaldavPublishService {
    /** Organisation setting: the last collection address used (never the user name or password). */
    public static final String URL_SETTING = "ical.caldavUrl";

    /** Told after each resource sent, so a window can show progress. */
    @FunctionalInterface
    public interface Progress {
        void sent(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private record Work(ExportEvent event, byte[] body, String hash, CaldavResource previous) {
    }

    private final Transactor tx;
    private final ExportService export;
    private final CalendarEncoder encoder;
    private final CaldavResourceRepository ledger;
    private final SettingRepository settings;
    private final CaldavClient client;
    private final Clock clock;

    public CaldavPublishService(Transactor tx, ExportService export, CalendarEncoder encoder,
                                CaldavResourceRepository ledger, SettingRepository settings, CaldavClient client,
                                Clock clock) {
        this.tx = tx;
        this.export = export;
        this.encoder = encoder;
        this.ledger = ledger;
        this.settings = settings;
        this.client = client;
        this.clock = clock;
    }

    public Optional<String> savedUrl() {
        return tx.read(() -> settings.get(URL_SETTING));
    }

    public void saveUrl(String url) {
        tx.writeRun(() -> settings.put(URL_SETTING, url == null ? "" : url.strip()));
    }

    /**
     * Pushes the calendar of {@code filter} to the target. Throws {@link CaldavException} for a
     * refusal (wrong password, no access, no such collection, a conflict that a fresh ETag did not
     * resolve) or an unreachable server; what was sent before the failure stays in the ledger, so
     * the next push continues from there.
     */
    public PublishResult publish(ExportFilter filter, String calendarName, CaldavTarget target, Messages messages,
                                 Progress progress) {
        Reply check = client.checkCollection(target);
        if (!check.ok()) {
            throw refusal(check.status(), target, null);
        }
        ExportCalendar calendar = export.calendar(filter, messages);
        String key = target.collectionKey();
        Map<String, CaldavResource> pushed = new HashMap<>(tx.read(() -> ledger.findAll(key)));
        List<Work> sends = new ArrayList<>();
        int unchanged = 0;
        for (ExportEvent event : calendar.events()) {
            if (event.status() == EventStatus.CANCELLED) {
                continue; // stays in "pushed" when it was published before: deleted below
            }
            CaldavResource previous = pushed.remove(event.uid());
            byte[] body = encode(new ExportCalendar(calendarName, calendar.refreshInterval(), List.of(event)));
            String hash = hash(body);
            if (previous != null && previous.hash().equals(hash)) {
                unchanged++;
            } else {
                sends.add(new Work(event, body, hash, previous));
            }
        }
        List<CaldavResource> deletions = List.copyOf(pushed.values());
        int total = sends.size() + deletions.size();
        int created = 0;
        int updated = 0;
        int deleted = 0;
        for (Work w : sends) {
            if (send(target, w)) {
                created++;
            } else {
                updated++;
            }
            progress.sent(created + updated, total);
        }
        for (CaldavResource r : deletions) {
            remove(target, r);
            deleted++;
            progress.sent(created + updated + deleted, total);
        }
        return new PublishResult(created, updated, deleted, unchanged);
    }

    /** Sends one resource; true when it was created, false when an existing one was replaced. */
    private boolean send(CaldavTarget target, Work w) {
        String name = nameOf(w.event().uid());
        boolean created = false;
        Reply reply;
        if (w.previous() == null) {
            reply = client.put(target, name, w.body(), null);
            created = reply.ok();
            if (reply.status() == 412) {
                // Already on the server (a ledger from another computer, or a push cut short after
                // the server stored it): take its ETag and replace it.
                reply = replaceWithFreshEtag(target, name, w.body());
            }
        } else {
            String etag = w.previous().etag();
            reply = etag == null ? replaceWithFreshEtag(target, name, w.body())
                    : client.put(target, name, w.body(), etag);
            if (reply.status() == 412) {
                // Someone changed it on the server: Warta's plan is the source, so retry once with
                // the server's current ETag; a second refusal means it keeps changing, so stop.
                reply = replaceWithFreshEtag(target, name, w.body());
            } else if (reply.status() == 404) {
                // Deleted on the server meanwhile: create it again.
                reply = client.put(target, name, w.body(), null);
                created = reply.ok();
            }
        }
        if (!reply.ok()) {
            throw refusal(reply.status(), target, name);
        }
        String etag = reply.etag();
        tx.writeRun(() -> ledger.save(new CaldavResource(target.collectionKey(), w.event().uid(), name, etag,
                w.event().sequence(), w.hash(), clock.instant())));
        return created;
    }

    private Reply replaceWithFreshEtag(CaldavTarget target, String name, byte[] body) {
        Reply head = client.head(target, name);
        if (head.status() == 404) {
            return client.put(target, name, body, null);
        }
        if (!head.ok() || head.etag() == null) {
            return head.ok() ? new Reply(412, null) : head;
        }
        return client.put(target, name, body, head.etag());
    }

    private void remove(CaldavTarget target, CaldavResource r) {
        Reply reply = client.delete(target, r.name(), r.etag());
        if (reply.status() == 412) {
            Reply head = client.head(target, r.name());
            reply = head.status() == 404 ? head : client.delete(target, r.name(), head.etag());
        }
        // 404: already gone, which is what we wanted.
        if (!reply.ok() && reply.status() != 404) {
            throw refusal(reply.status(), target, r.name());
        }
        tx.writeRun(() -> ledger.delete(r.collection(), r.uid()));
    }

    private static CaldavException refusal(int status, CaldavTarget target, String name) {
        String where = target.collection().toString();
        return switch (status) {
            case 401 -> new CaldavException(CaldavException.Reason.UNAUTHORIZED, target.username(), where);
            case 403 -> new CaldavException(CaldavException.Reason.FORBIDDEN, target.username(), where);
            // 409: the parent collection of a PUT does not exist (RFC 4918 9.7.1).
            case 404, 409 -> new CaldavException(CaldavException.Reason.NOT_FOUND, where);
            case 412 -> new CaldavException(CaldavException.Reason.CONFLICT, name == null ? where : name);
            default -> new CaldavException(CaldavException.Reason.UNEXPECTED, String.valueOf(status), where);
        };
    }

    /** The resource name: the UID is stable and unique, so it names the file for good. */
    static String nameOf(String uid) {
        return uid.replaceAll("[^A-Za-z0-9@._-]", "_") + ".ics";
    }

    private byte[] encode(ExportCalendar calendar) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            encoder.write(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

package id.warta.service;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.service.ExportException.Reason;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns publications into calendar events (one per post target) and writes them as a file.
 * Each publication keeps one UID forever; its SEQUENCE rises whenever what a subscriber sees
 * changes, so moved and cancelled posts update in calendar clients instead of duplicating.
 * The file format itself is the {@link CalendarEncoder}'s business.
 */
public final class ExportService {
    /** Cancelled publications stay in the default export this long, so subscribers remove them. */
    public static final int CANCELLED_KEPT_DAYS = 30;
    public static final Duration DEFAULT_EVENT_LENGTH = Duration.ofMinutes(15);
    /** Organisation settings: event length and reminder in minutes (no reminder when absent or 0). */
    public static final String EVENT_MINUTES_SETTING = "ical.eventMinutes";
    public static final String ALARM_MINUTES_SETTING = "ical.alarmMinutes";
    static final Duration REFRESH_INTERVAL = Duration.ofHours(1);
    static final int EXCERPT_LENGTH = 280;
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");
    private static final String UID_DOMAIN = "@warta.id";

    private final Transactor tx;
    private final ExportRepository repository;
    private final ClientRepository clients;
    private final AccountRepository accounts;
    private final CampaignRepository campaigns;
    private final SettingRepository settings;
    private final CalendarEncoder encoder;
    private final Clock clock;

    public ExportService(Transactor tx, ExportRepository repository, ClientRepository clients,
                         AccountRepository accounts, CampaignRepository campaigns, SettingRepository settings,
                         CalendarEncoder encoder, Clock clock) {
        this.tx = tx;
        this.repository = repository;
        this.clients = clients;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.settings = settings;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The names a filter can use, sorted. */
    public ExportChoices choices() {
        return tx.read(() -> new ExportChoices(
                sorted(clients.findAll().stream().map(Client::name)),
                sorted(accounts.findAll().stream().map(Account::handle)),
                Arrays.stream(Channel.values()).map(Channel::code).toList(),
                sorted(campaigns.findAll().stream().map(Campaign::name))));
    }

    /** How many events an export with this filter writes; reads only. */
    public int count(ExportFilter filter) {
        return tx.read(() -> select(resolve(filter)).size());
    }

    /**
     * The calendar for a filter. Assigns UIDs to publications exported for the first time and
     * raises the SEQUENCE of those that changed since their last export, so it writes.
     */
    public ExportCalendar calendar(ExportFilter filter, Messages messages) {
        return tx.write(() -> {
            Selection selection = resolve(filter);
            List<ExportRow> rows = select(selection);
            Map<String, PublicationStamp> stamps = repository.stamps();
            Duration length = minutesSetting(EVENT_MINUTES_SETTING).filter(d -> !d.isZero()).orElse(DEFAULT_EVENT_LENGTH);
            Duration alarm = minutesSetting(ALARM_MINUTES_SETTING).filter(d -> !d.isZero()).orElse(null);
            Map<String, List<ExportRow>> byPost = rows.stream()
                    .collect(Collectors.groupingBy(ExportRow::postId, LinkedHashMap::new, Collectors.toList()));
            Instant now = clock.instant();
            Labels labels = new Labels(messages);
            List<ExportEvent> events = new ArrayList<>(rows.size());
            for (ExportRow row : rows) {
                PublicationStamp stamp = stampFor(row, stamps.get(row.targetId()), length, alarm, now);
                events.add(event(row, stamp, byPost.get(row.postId()), length, alarm, labels));
            }
            return new ExportCalendar(calendarName(selection), REFRESH_INTERVAL, events);
        });
    }

    /**
     * Writes the calendar to {@code out} through a temporary file in the same folder and a rename,
     * so readers never see a half-written file and a failure leaves no file behind.
     *
     * @return the number of events written
     */
    public int writeTo(ExportFilter filter, Path out, Messages messages) {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || Files.isDirectory(target)) {
            throw new ExportException(Reason.CANNOT_WRITE, out.toString());
        }
        ExportCalendar calendar = calendar(filter, messages);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                encoder.write(calendar, stream);
            }
            moveIntoPlace(temp, target);
            return calendar.events().size();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof ExportException export) {
                throw export;
            }
            throw new ExportException(Reason.CANNOT_WRITE, e, out.toString());
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temporary file has a dot name; a leftover is harmless and the user already sees the error.
            }
        }
    }

    // ---- filters -----------------------------------------------------------------------------

    /** A filter with its names turned into ids; a name that matches nothing is refused here. */
    private record Selection(Instant from, Instant to, Client client, Set<String> accountIds, Channel channel,
                             Set<String> campaignIds, Set<WorkflowState> states, boolean defaultStates,
                             Instant cancelledSince) {
    }

    private Selection resolve(ExportFilter f) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new ExportException(Reason.BAD_RANGE, f.from().toString(), f.to().toString());
        }
        Set<WorkflowState> states = EnumSet.noneOf(WorkflowState.class);
        for (String code : f.statuses()) {
            states.add(WorkflowState.fromCode(code).orElseThrow(() -> new ExportException(Reason.UNKNOWN_STATUS, code,
                    Arrays.stream(WorkflowState.values()).map(WorkflowState::code).collect(Collectors.joining(", ")))));
        }
        boolean defaults = states.isEmpty();
        if (defaults) {
            states.addAll(ExportFilter.DEFAULT_STATES);
        }
        Channel channel = f.channel() == null ? null : channelNamed(f.channel());
        Instant from = f.from() == null ? PostTarget.EARLIEST : f.from().atStartOfDay(OFFICE_ZONE).toInstant();
        Instant to = f.to() == null ? PostTarget.LATEST : f.to().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant();
        Instant cancelledSince = clock.instant().minus(Duration.ofDays(CANCELLED_KEPT_DAYS));
        return tx.read(() -> {
            Client client = f.client() == null ? null : clients.findByName(f.client())
                    .orElseThrow(() -> new ExportException(Reason.UNKNOWN_CLIENT, f.client()));
            Set<String> accountIds = f.account() == null ? null : accountsNamed(f.account(), client);
            Set<String> campaignIds = f.campaign() == null ? null : campaignsNamed(f.campaign(), client);
            return new Selection(from, to, client, accountIds, channel, campaignIds, states, defaults, cancelledSince);
        });
    }

    private static Channel channelNamed(String name) {
        return Channel.fromCode(name).or(() -> Arrays.stream(Channel.values())
                        .filter(c -> c.displayName().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new ExportException(Reason.UNKNOWN_CHANNEL, name,
                        Arrays.stream(Channel.values()).map(Channel::code).collect(Collectors.joining(", "))));
    }

    private Set<String> accountsNamed(String handle, Client client) {
        String wanted = withoutAt(handle);
        Set<String> ids = accounts.findAll().stream()
                .filter(a -> client == null || a.clientId().equals(client.id()))
                .filter(a -> withoutAt(a.handle()).equalsIgnoreCase(wanted))
                .map(Account::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            throw new ExportException(Reason.UNKNOWN_ACCOUNT, handle);
        }
        return ids;
    }

    private Set<String> campaignsNamed(String name, Client client) {
        Set<String> ids = campaigns.findAll().stream()
                .filter(c -> client == null || c.clientId().equals(client.id()))
                .filter(c -> c.name().equalsIgnoreCase(name))
                .map(Campaign::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            throw new ExportException(Reason.UNKNOWN_CAMPAIGN, name);
        }
        return ids;
    }

    /** A handle typed with or without its leading {@code @} means the same account. */
    private static String withoutAt(String handle) {
        String h = handle.strip();
        return h.startsWith("@") ? h.substring(1) : h;
    }

    private List<ExportRow> select(Selection s) {
        Predicate<ExportRow> keep = row -> (s.client() == null || row.clientId().equals(s.client().id()))
                && (s.accountIds() == null || s.accountIds().contains(row.accountId()))
                && (s.channel() == null || row.channel() == s.channel())
                && (s.campaignIds() == null || (row.campaignId() != null && s.campaignIds().contains(row.campaignId())))
                && s.states().contains(row.state())
                && !(s.defaultStates() && row.state() == WorkflowState.CANCELLED
                        && row.postUpdated().isBefore(s.cancelledSince()));
        return repository.rows(s.from(), s.to()).stream().filter(keep).toList();
    }

    // ---- events ------------------------------------------------------------------------------

    private PublicationStamp stampFor(ExportRow row, PublicationStamp known, Duration length, Duration alarm,
                                      Instant now) {
        String fingerprint = fingerprint(row, length, alarm);
        if (known == null) {
            PublicationStamp fresh = new PublicationStamp(row.targetId(), row.targetId() + UID_DOMAIN, 0, fingerprint,
                    row.postUpdated());
            repository.saveStamp(fresh);
            return fresh;
        }
        if (known.fingerprint().equals(fingerprint)) {
            return known;
        }
        Instant modified = now.isAfter(known.lastModified()) ? now : known.lastModified().plusSeconds(1);
        PublicationStamp changed = new PublicationStamp(row.targetId(), known.uid(), known.sequence() + 1, fingerprint,
                modified);
        repository.saveStamp(changed);
        return changed;
    }

    /** Everything a subscriber can see of the event, condensed; the language of the labels is left out on purpose. */
    static String fingerprint(ExportRow row, Duration length, Duration alarm) {
        String facts = String.join("\u0000", row.scheduledAt().toString(), row.zone().name(), row.accountId(),
                row.handle(), row.channel().code(), row.title(), row.text(), row.state().code(),
                Objects.toString(row.approver(), ""), Objects.toString(row.liveUrl(), ""), row.contentType().code(),
                row.clientName(), row.clientShortName(), Objects.toString(row.campaignName(), ""), length.toString(),
                Objects.toString(alarm, ""));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static ExportEvent event(ExportRow row, PublicationStamp stamp, List<ExportRow> samePost, Duration length,
                                     Duration alarm, Labels labels) {
        String summary = "[" + row.channel().displayName() + "] " + row.title();
        List<String> categories = List.of(row.clientShortName(), row.channel().displayName(), row.contentType().code());
        return new ExportEvent(stamp.uid(), stamp.sequence(), stamp.lastModified(), stamp.lastModified(),
                row.scheduledAt(), row.zone().zoneId(), length, summary, description(row, samePost, labels),
                categories, statusOf(row.state()), row.liveUrl(), alarm);
    }

    static EventStatus statusOf(WorkflowState state) {
        return switch (state) {
            case APPROVED, SCHEDULED, PUBLISHED -> EventStatus.CONFIRMED;
            case CANCELLED, REJECTED -> EventStatus.CANCELLED;
            case IDEA, DRAFT, IN_REVIEW, CHANGES_REQUESTED -> EventStatus.TENTATIVE;
        };
    }

    /**
     * The description's labels, each parsed once per export: building a MessageFormat per line
     * per event was a fifth of the time of a 5,000-event export.
     */
    private static final class Labels {
        private final Messages messages;
        private final Map<String, java.text.MessageFormat> formats = new HashMap<>();
        private final Map<WorkflowState, String> states = new java.util.EnumMap<>(WorkflowState.class);

        Labels(Messages messages) {
            this.messages = messages;
        }

        String format(String key, String value) {
            return formats.computeIfAbsent(key, k -> new java.text.MessageFormat(messages.get(k), messages.locale()))
                    .format(new Object[] {value});
        }

        String state(WorkflowState s) {
            return states.computeIfAbsent(s, x -> messages.get("state." + x.code()));
        }
    }

    private static String description(ExportRow row, List<ExportRow> samePost, Labels labels) {
        StringBuilder d = new StringBuilder(excerpt(row.text())).append("\n\n");
        d.append(labels.format("export.description.account", account(row))).append('\n');
        if (samePost.size() > 1) {
            String others = samePost.stream().filter(o -> !o.targetId().equals(row.targetId()))
                    .map(ExportService::account).distinct().collect(Collectors.joining(", "));
            d.append(labels.format("export.description.alsoOn", others)).append('\n');
        }
        d.append(labels.format("export.description.client", row.clientName())).append('\n');
        if (row.campaignName() != null) {
            d.append(labels.format("export.description.campaign", row.campaignName())).append('\n');
        }
        d.append(labels.format("export.description.state", labels.state(row.state()))).append('\n');
        if (row.approver() != null) {
            d.append(labels.format("export.description.approver", row.approver())).append('\n');
        }
        if (row.liveUrl() != null) {
            d.append(labels.format("export.description.link", row.liveUrl())).append('\n');
        }
        return d.toString().strip();
    }

    private static String account(ExportRow row) {
        return row.handle() + " (" + row.channel().displayName() + ")";
    }

    /** The start of the text, cut at a word and never inside a surrogate pair (emoji stay whole). */
    static String excerpt(String text) {
        String t = text.strip();
        if (t.length() <= EXCERPT_LENGTH) {
            return t;
        }
        int end = EXCERPT_LENGTH;
        int space = t.lastIndexOf(' ', end);
        if (space > EXCERPT_LENGTH / 2) {
            end = space;
        } else if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end).strip() + "\u2026";
    }

    private String calendarName(Selection s) {
        return s.client() == null ? "Warta" : "Warta \u00b7 " + s.client().shortName();
    }

    private java.util.Optional<Duration> minutesSetting(String key) {
        return settings.get(key).flatMap(v -> {
            try {
                long minutes = Long.parseLong(v.strip());
                return minutes < 0 || minutes > 24 * 60 ? java.util.Optional.empty()
                        : java.util.Optional.of(Duration.ofMinutes(minutes));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private static List<String> sorted(java.util.stream.Stream<String> names) {
        return names.collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)))
                .stream().toList();
    }
}

package id.warta.ui.editor;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.ContentType;
import id.warta.domain.Finding;
import id.warta.domain.Post;
import id.warta.domain.Severity;
import id.warta.ethics.CheckContext;
import id.warta.ethics.WatchList;
import id.warta.service.EthicsService;
import id.warta.service.HashtagGroupService;
import id.warta.service.MediaLibrary;
import id.warta.service.Messages;
import id.warta.service.PostDraft;
import id.warta.service.PostEditingService;
import id.warta.service.SaveOutcome;
import id.warta.service.WorkflowService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The post editor without its window: the fields, which accounts it goes to and when, whether it
 * changed since the last save, and the ethics findings of the text as typed. Database work runs on
 * {@code tasks}; checks run on {@code checks} so typing never waits for the database.
 */
public final class EditorViewModel {
    private final PostEditingService editing;
    private final EthicsService ethics;
    private final WorkflowService workflow;
    private final BackgroundTasks tasks;
    private final BackgroundTasks checks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;

    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObjectProperty<Client> client = new SimpleObjectProperty<>();
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<ContentType> contentType = new SimpleObjectProperty<>(ContentType.ANNOUNCEMENT);
    private final StringProperty hashtags = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<TargetRow> targets = FXCollections.observableArrayList(
            r -> new Observable[] {r.timeProperty(), r.variantProperty()});

    private final RepeatViewModel repeat;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty blocking = new SimpleIntegerProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    private String postId;
    private long version;
    private PostDraft baseline;
    private volatile WatchList watchList = WatchList.EMPTY;
    /** Each check request gets the next number; a result whose number is not the latest is dropped. */
    private long checkGeneration;
    private boolean loading;
    private Consumer<Post> onSaved = p -> { };
    private Consumer<MergeViewModel> onConflict;
    private final MediaViewModel media;
    private final UtmViewModel utm;
    private final HashtagGroupsViewModel hashtagGroups;
    /** The day of the overlay event a new post was made from; new accounts default to it. */
    private LocalDate suggestedDay;

    public EditorViewModel(PostEditingService editing, EthicsService ethics, WorkflowService workflow,
                           BackgroundTasks tasks, BackgroundTasks checks, Messages messages, Clock clock, ZoneId zone,
                           HashtagGroupService groups, MediaLibrary library, BackgroundTasks files) {
        this.editing = editing;
        this.ethics = ethics;
        this.workflow = workflow;
        this.tasks = tasks;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.repeat = new RepeatViewModel(messages);
        this.media = new MediaViewModel(library, files, messages);
        this.utm = new UtmViewModel(targets, campaign, messages);
        this.hashtagGroups = new HashtagGroupsViewModel(groups, tasks, messages, client, hashtags);
        baseline = draft();
        repeat.dirtyProperty().addListener(x -> updateDirty());
        // A refused save's message follows the rule as it is corrected.
        repeat.problemProperty().addListener((o, a, b) -> {
            if (!a.isEmpty() && a.equals(problem.get())) {
                problem.set(b);
            }
        });
        // The repeat rule starts on the earliest publication typed.
        targets.addListener((Observable x) -> repeat.startProperty().set(targets.stream()
                .map(t -> t.timeProperty().get()).filter(Objects::nonNull).min(LocalDateTime::compareTo)
                .map(LocalDateTime::toLocalDate).orElse(null)));
        for (Observable o : new Observable[] {client, campaign, title, body, contentType, hashtags, notes, targets,
                media.items()}) {
            o.addListener(x -> updateDirty());
        }
        for (Observable o : utm.observables()) {
            o.addListener(x -> updateDirty());
        }
        media.items().addListener((ListChangeListener<MediaItem>) c -> check());
        hashtagGroups.problemProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                problem.set(b);
            }
        });
        client.addListener((o, a, b) -> {
            if (!loading) {
                targets.clear();
                campaign.set(null);
            }
            loadClientParts(b);
        });
        contentType.addListener(x -> check());
        targets.addListener((ListChangeListener<TargetRow>) c -> check());
    }

    /** Called with the stored post after each successful save (the calendar reloads). */
    public void setOnSaved(Consumer<Post> onSaved) {
        this.onSaved = onSaved;
    }

    // ---- opening ---------------------------------------------------------------------------------

    /** A new post: the clients this user may write for, the first one chosen. */
    public void startNew() {
        startNew(() -> { });
    }

    /**
     * "Jadikan postingan": a new post from an overlay event (a holiday, a client's agenda item), its
     * title taken over and its accounts suggested on the event's day. Nothing is stored until the
     * user saves, so an imported event never becomes a post on its own.
     */
    public void startFrom(String eventTitle, LocalDate day) {
        suggestedDay = day;
        startNew(() -> title.set(eventTitle == null ? "" : eventTitle.strip()));
    }

    private void startNew(Runnable then) {
        postId = null;
        version = 0;
        tasks.submit(editing::writableClients, list -> {
            loading = true;
            clients.setAll(list);
            client.set(list.isEmpty() ? null : list.get(0));
            loading = false;
            baseline = draft();
            updateDirty();
            loadClientParts(client.get());
            then.run();
        }, this::fail);
    }

    /** An existing post, as stored. */
    public void open(String id) {
        record Opened(PostDraft draft, List<Client> clients, List<Account> accounts, List<Campaign> campaigns,
                      java.util.Optional<id.warta.domain.RecurrenceRule> repeat) { }
        tasks.submit(() -> {
            PostDraft d = editing.open(id);
            return new Opened(d, editing.writableClients(), editing.accountsOf(d.clientId()),
                    editing.campaignsOf(d.clientId()), editing.repeatOf(id));
        }, o -> {
            repeat.load(o.repeat());
            loading = true;
            postId = o.draft().postId();
            version = o.draft().version();
            clients.setAll(o.clients());
            client.set(o.clients().stream().filter(c -> c.id().equals(o.draft().clientId())).findFirst().orElse(null));
            accounts.setAll(o.accounts());
            campaigns.setAll(o.campaigns());
            campaign.set(o.campaigns().stream().filter(c -> c.id().equals(o.draft().campaignId())).findFirst()
                    .orElse(null));
            show(o.draft(), o.accounts());
            loading = false;
            baseline = draft();
            updateDirty();
            // The client's watch list, so the first check already knows its terms.
            loadClientParts(client.get());
        }, this::fail);
    }

    /** Puts a stored draft's text, media, link and publications into the fields. */
    private void show(PostDraft d, List<Account> known) {
        title.set(d.title());
        body.set(d.body());
        contentType.set(d.contentType());
        hashtags.set(String.join(" ", d.hashtags()));
        notes.set(d.notes());
        media.load(d.media());
        utm.set(d.link());
        targets.setAll(d.targets().stream().map(t -> known.stream()
                .filter(a -> a.id().equals(t.accountId())).findFirst()
                .map(a -> new TargetRow(a, LocalDateTime.ofInstant(t.scheduledAt(), zone), t.variantText(), body))
                .orElse(null)).filter(Objects::nonNull).toList());
    }

    private void loadClientParts(Client c) {
        if (c == null || loading) {
            if (c == null) {
                accounts.clear();
                campaigns.clear();
            }
            return;
        }
        record Parts(List<Account> accounts, List<Campaign> campaigns, WatchList list) { }
        tasks.submit(() -> new Parts(editing.accountsOf(c.id()), editing.campaignsOf(c.id()),
                ethics.watchListOf(c.id())), p -> {
                    if (c.equals(client.get())) {
                        accounts.setAll(p.accounts());
                        campaigns.setAll(p.campaigns());
                        watchList = p.list();
                        check();
                    }
                }, this::fail);
    }

    // ---- publications ----------------------------------------------------------------------------

    /** Adds the account with a default time: tomorrow at nine, the office's usual morning slot. */
    public TargetRow addTarget(Account account) {
        var existing = targets.stream().filter(t -> t.account().id().equals(account.id())).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDateTime time = suggestedDay != null ? suggestedDay.atTime(9, 0)
                : LocalDateTime.now(clock.withZone(zone)).plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(9);
        TargetRow row = new TargetRow(account, time, "", body);
        targets.add(row);
        return row;
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    // ---- checking --------------------------------------------------------------------------------

    /**
     * Checks the current text off the FX thread. The view calls this after typing pauses; results
     * of older requests that arrive late are discarded so the highlights never go backwards.
     */
    public void check() {
        long generation = ++checkGeneration;
        String text = body.get();
        CheckContext context = context();
        checks.submit(() -> ethics.checkDraft(text, context), result -> {
            if (generation == checkGeneration) {
                findings.setAll(result);
                blocking.set((int) result.stream().filter(f -> f.severity() == Severity.BLOCK).count());
            }
        }, e -> { });
    }

    private CheckContext context() {
        Set<Channel> channels = targets.stream().map(t -> t.account().channel()).collect(Collectors.toSet());
        Channel channel = channels.size() == 1 ? channels.iterator().next() : null;
        return CheckContext.of(channel, contentType.get()).withWatchList(watchList).withMedia(media.refs());
    }

    // ---- saving ----------------------------------------------------------------------------------

    public PostDraft draft() {
        List<String> tags = Arrays.stream(hashtags.get().split("[\\s,]+")).filter(s -> !s.isBlank())
                .map(s -> s.startsWith("#") ? s : "#" + s).toList();
        List<PostDraft.TargetLine> lines = targets.stream().map(t -> new PostDraft.TargetLine(t.account().id(),
                t.timeProperty().get() == null ? null : t.timeProperty().get().atZone(zone).toInstant(),
                t.variantProperty().get())).toList();
        return new PostDraft(postId, version, client.get() == null ? null : client.get().id(),
                campaign.get() == null ? null : campaign.get().id(), title.get(), body.get(), contentType.get(), tags,
                lines, media.refs(), utm.link(), notes.get());
    }

    /**
     * Saves in the background; {@code then} runs after a successful save. When someone else saved
     * the post since it was opened, their changes are merged in: silently when they touched other
     * fields (the status says whose changes were merged), through the merge dialog when both changed
     * the same field ({@link #setOnConflict}); {@code then} runs once the dialog saved.
     */
    public void save(Runnable then) {
        save(then, false);
    }

    private void save(Runnable then, boolean automatic) {
        if (busy.get()) {
            return;
        }
        if (!repeat.isValid()) {
            // Nothing is sent: the message says what to fix, and everything typed stays as it is.
            problem.set(repeat.problemProperty().get());
            return;
        }
        PostDraft base = baseline;
        PostDraft toSave = draft();
        // An untouched rule is left as stored, so a merge keeps a rule someone else changed.
        var rule = isNew() || repeat.dirtyProperty().get() ? repeat.typed() : null;
        busy.set(true);
        problem.set("");
        tasks.submit(() -> editing.saveMerging(base, toSave, rule), outcome -> {
            busy.set(false);
            if (outcome instanceof SaveOutcome.Conflicted conflict) {
                resolve(conflict, rule, then, automatic);
                return;
            }
            saved(outcome, then, false);
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /**
     * After a save: a merged or chosen result is put into the fields (it holds someone else's
     * changes) and becomes the base of the next merge; a plain save keeps the fields as typed.
     */
    private void saved(SaveOutcome outcome, Runnable then, boolean chosenInDialog) {
        repeat.markSaved();
        Post saved;
        PostDraft stored;
        if (outcome instanceof SaveOutcome.Merged merged) {
            saved = merged.post();
            stored = merged.stored();
            status.set(messages.format("editor.merge.merged", merged.other().savedBy(),
                    new id.warta.ui.common.Formats(messages.locale()).dateTime(merged.other().savedAt(), zone)));
        } else {
            saved = ((SaveOutcome.Saved) outcome).post();
            stored = ((SaveOutcome.Saved) outcome).stored();
            status.set(messages.format("editor.saved", saved.title()));
        }
        postId = saved.id();
        version = saved.version();
        if (chosenInDialog || outcome instanceof SaveOutcome.Merged) {
            boolean known = stored.targets().stream()
                    .allMatch(t -> accounts.stream().anyMatch(a -> a.id().equals(t.accountId())));
            if (known) {
                showStored(stored);
            } else {
                // The other person used an account added after this editor loaded the client's list.
                String clientId = stored.clientId();
                tasks.submit(() -> editing.accountsOf(clientId), list -> {
                    accounts.setAll(list);
                    showStored(stored);
                }, this::fail);
            }
        } else {
            // What was sent, not what the fields hold now: typing during the save stays unsaved.
            baseline = stored;
        }
        updateDirty();
        onSaved.accept(saved);
        then.run();
    }

    /** The stored post into the fields, as the new base: it holds someone else's changes too. */
    private void showStored(PostDraft stored) {
        loading = true;
        show(stored, accounts);
        loading = false;
        baseline = draft();
        updateDirty();
        check();
    }

    private void resolve(SaveOutcome.Conflicted conflict, java.util.Optional<id.warta.domain.RecurrenceRule> rule,
                         Runnable then, boolean automatic) {
        if (automatic || onConflict == null) {
            // Autosave never opens a dialog under the user's typing; the next manual save does.
            problem.set(messages.format("editor.merge.pending", conflict.other().savedBy()));
            return;
        }
        busy.set(true);
        MergeViewModel merge = new MergeViewModel(editing, tasks, messages, zone,
                new MergeLabels(messages, zone, accounts, campaigns), conflict, rule, outcome -> {
                    busy.set(false);
                    saved(outcome, then, true);
                });
        merge.finishedProperty().addListener((o, was, done) -> {
            if (done && busy.get()) {
                busy.set(false);
                problem.set(messages.get("editor.merge.cancelled"));
            }
        });
        onConflict.accept(merge);
    }

    /** Opens the merge dialog for a save whose fields conflict with what someone else saved. */
    public void setOnConflict(Consumer<MergeViewModel> onConflict) {
        this.onConflict = onConflict;
    }

    public void save() {
        save(() -> { });
    }

    /** Autosave: only a changed draft that could be saved, and never over a save in progress. */
    public void autosave() {
        if (dirty.get() && !busy.get() && !title.get().isBlank() && client.get() != null && repeat.isValid()) {
            save(() -> { }, true);
        }
    }

    /** Saves if needed, then submits the post for review. */
    public void submitForReview() {
        Runnable submit = () -> {
            busy.set(true);
            String id = postId;
            long v = version;
            tasks.submit(() -> workflow.submit(id, v), submitted -> {
                busy.set(false);
                version = submitted.version();
                baseline = withVersion(baseline, version);
                updateDirty();
                status.set(messages.format("editor.submitted", submitted.title()));
                onSaved.accept(submitted);
            }, e -> {
                busy.set(false);
                fail(e);
            });
        };
        if (dirty.get() || isNew()) {
            save(submit);
        } else {
            // Nothing to save: a save would only add an empty "post.edit" to the audit trail.
            submit.run();
        }
    }

    private static PostDraft withVersion(PostDraft d, long newVersion) {
        return d.saved(d.postId(), newVersion);
    }

    private void updateDirty() {
        if (!loading) {
            dirty.set(!draft().equals(baseline) || repeat.dirtyProperty().get());
        }
    }

    private void fail(Throwable e) {
        problem.set(ErrorText.of(e, messages));
    }

    // ---- properties ------------------------------------------------------------------------------

    /** The attached media. */
    public MediaViewModel media() {
        return media;
    }

    /** The link and its UTM parameters. */
    public UtmViewModel utm() {
        return utm;
    }

    /** The client's saved hashtag groups. */
    public HashtagGroupsViewModel hashtagGroups() {
        return hashtagGroups;
    }

    public ObservableList<Client> clients() {
        return clients;
    }

    public ObjectProperty<Client> clientProperty() {
        return client;
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<ContentType> contentTypeProperty() {
        return contentType;
    }

    /** The team's internal notes on the post: stored with it, never published or checked. */
    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty hashtagsProperty() {
        return hashtags;
    }

    public ObservableList<TargetRow> targets() {
        return targets;
    }

    /** The "Ulangi" (repeat) part of the editor. */
    public RepeatViewModel repeat() {
        return repeat;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public IntegerProperty blockingProperty() {
        return blocking;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public boolean isNew() {
        return postId == null;
    }

    public String postId() {
        return postId;
    }

    public Messages messages() {
        return messages;
    }

    // ---- planning advice (issue 7) ---------------------------------------------------------------

    private java.util.function.BiFunction<String, java.time.Instant, List<id.warta.domain.ScheduleIssue>> scheduleCheck;

    /** Blackouts and posting hours to check each publication time against; none by default. */
    public void setScheduleCheck(
            java.util.function.BiFunction<String, java.time.Instant, List<id.warta.domain.ScheduleIssue>> check) {
        this.scheduleCheck = check;
    }

    /**
     * What a publication's time means for its account, handed to {@code show} on the FX thread: the
     * account's own clock when its zone differs from the user's, and any blackout or posting-hours
     * issue. {@code problem} says whether the save will be refused.
     */
    public void adviseOn(TargetRow row, java.util.function.BiConsumer<String, Boolean> show) {
        LocalDateTime time = row.timeProperty().get();
        if (time == null) {
            show.accept("", false);
            return;
        }
        java.time.Instant at = time.atZone(zone).toInstant();
        var account = row.account();
        String clock = account.zone().zoneId().getRules().getOffset(at).equals(zone.getRules().getOffset(at)) ? ""
                : new id.warta.ui.common.Formats(messages.locale()).timeIn(at, account.zone());
        var check = scheduleCheck;
        if (check == null) {
            show.accept(clock, false);
            return;
        }
        tasks.submit(() -> check.apply(account.id(), at), issues -> {
            if (!time.equals(row.timeProperty().get())) {
                return; // the user changed the time meanwhile; the newer answer follows
            }
            String advice = id.warta.ui.common.ScheduleAdvice.text(issues, messages);
            show.accept(clock.isEmpty() ? advice : advice.isEmpty() ? clock : clock + " \u00b7 " + advice,
                    id.warta.ui.common.ScheduleAdvice.refusal(issues).isPresent());
        }, e -> show.accept(clock, false));
    }
}

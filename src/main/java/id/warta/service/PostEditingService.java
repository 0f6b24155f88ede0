package id.warta.service;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.Client;
import id.warta.domain.Ids;
import id.warta.domain.PermissionDenied;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.RecurrenceException;
import id.warta.domain.RecurrenceRule;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.UtmLink;
import id.warta.domain.WorkflowState;
import id.warta.service.PostDraftException.Problem;
import id.warta.service.WorkflowException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creating and saving posts from the editor: the post, its publications and per-account wording
 * in one transaction, with the same assignment rules as {@link WorkflowService} and one audit
 * entry per save ({@code post.create} or {@code post.edit}).
 *
 * <p>A recurring post keeps its rule in {@link SeriesRepository}; each occurrence is an ordinary
 * publication, one per date per account (docs/decisions/recurring-posts-as-publications.md).
 * Saving a changed rule or start adds and removes future, unpublished occurrences only; past and published ones stay, moved ones
 * (exceptions) stay where they were put, and occurrences on dates the new rule still has keep their
 * row, so their iCalendar UID does not change.
 */
public final class PostEditingService {
    private final Transactor tx;
    private final PostRepository posts;
    private final SeriesRepository series;
    private final AccountRepository accounts;
    private final ClientRepository clients;
    private final CampaignRepository campaigns;
    private final UserRepository users;
    private final AuditLog audit;
    private final CurrentUser current;
    private final Clock clock;
    private final PostLinkRepository links;
    private final PostNoteRepository notes;
    private final ScheduleGuard guard;

    /** With {@code guard}, a new or changed publication time in a refusing blackout is refused. */
    public PostEditingService(Transactor tx, PostRepository posts, SeriesRepository series, AccountRepository accounts,
                              ClientRepository clients, CampaignRepository campaigns, UserRepository users,
                              AuditLog audit, CurrentUser current, Clock clock, PostLinkRepository links,
                              PostNoteRepository notes, ScheduleGuard guard) {
        this.notes = notes;
        this.guard = guard;
        this.tx = tx;
        this.posts = posts;
        this.series = series;
        this.accounts = accounts;
        this.clients = clients;
        this.campaigns = campaigns;
        this.users = users;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
        this.links = links;
    }

    /** The clients the signed-in user may write for (all of them for an administrator). */
    public List<Client> writableClients() {
        User user = requireUser();
        return tx.read(() -> {
            User fresh = refresh(user);
            Set<String> assigned = users.assignedClients(fresh.id());
            return clients.findAll().stream()
                    .filter(c -> fresh.hasRole(Role.ADMIN) || assigned.contains(c.id())).toList();
        });
    }

    public List<Account> accountsOf(String clientId) {
        return tx.read(() -> accounts.findByClient(clientId));
    }

    public List<Campaign> campaignsOf(String clientId) {
        return tx.read(() -> campaigns.findByClient(clientId));
    }

    /** A saved post as the editor shows it. */
    public PostDraft open(String postId) {
        User user = requireUser();
        return tx.read(() -> {
            Post post = posts.findById(postId).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
            User fresh = refresh(user);
            if (!isAssigned(fresh, post.clientId())) {
                throw WorkflowException.denied(PermissionDenied.NOT_ASSIGNED);
            }
            Map<String, String> variants = new HashMap<>();
            posts.variantsOf(postId).forEach(v -> variants.put(v.accountId(), v.body()));
            Map<String, Instant> starts = series.ruleOf(postId).isPresent() ? series.startsOf(postId) : Map.of();
            List<PostDraft.TargetLine> lines = starts.isEmpty()
                    ? posts.targetsOf(postId).stream().map(t -> new PostDraft.TargetLine(t.accountId(),
                            t.scheduledAt(), variants.getOrDefault(t.accountId(), ""))).toList()
                    // A recurring post opens on its first publication per account, not on every occurrence.
                    : starts.entrySet().stream().sorted(Map.Entry.comparingByValue())
                            .map(e -> new PostDraft.TargetLine(e.getKey(), e.getValue(),
                                    variants.getOrDefault(e.getKey(), ""))).toList();
            return new PostDraft(post.id(), post.version(), post.clientId(), post.campaignId(), post.title(),
                    post.body(), post.contentType(), post.hashtags(), lines, post.media(),
                    links.of(post.id()).orElse(UtmLink.NONE), notes.of(post.id()));
        });
    }

    /** The repeat rule of a saved post, if it repeats. */
    public Optional<RecurrenceRule> repeatOf(String postId) {
        return tx.read(() -> series.ruleOf(postId));
    }

    /**
     * Saves the draft and returns the post as stored. A new post starts as a draft written by the
     * signed-in user; an approved or scheduled post whose text changes goes back to review. A
     * recurring post keeps its rule.
     *
     * @throws StaleVersionException when someone else saved the post since it was opened
     */
    public Post save(PostDraft draft) {
        return save(draft, null);
    }

    /**
     * Saves the draft with a repeat rule: {@code repeat} empty makes it a one-off post, null keeps
     * what is stored. The rule is checked for every account before anything is written.
     *
     * @throws RepeatRuleException when the rule has no end, ends before a start or has too many dates
     */
    public Post save(PostDraft draft, Optional<RecurrenceRule> repeat) {
        User user = requireUser();
        validate(draft);
        return tx.write(() -> {
            User fresh = refresh(user);
            requireWriter(fresh, draft.clientId());
            requireOwnAccounts(draft);
            guardTimes(draft);
            Optional<RecurrenceRule> rule = repeat != null ? repeat
                    : draft.isNew() ? Optional.empty() : series.ruleOf(draft.postId());
            Map<String, Map<LocalDate, Instant>> planned = rule.isPresent() ? expand(draft, rule.get()) : null;
            if (draft.isNew()) {
                return create(draft, fresh, rule.orElse(null), planned);
            }
            boolean wasSeries = series.ruleOf(draft.postId()).isPresent();
            return update(draft, fresh, () -> {
                if (planned != null) {
                    return syncSeries(draft, rule.get(), planned);
                }
                if (wasSeries) {
                    return endSeries(draft);
                }
                return syncTargets(draft.postId(), draft.targets());
            });
        });
    }

    /** How often a merged save is retried when the post keeps moving underneath it. */
    private static final int MERGE_ATTEMPTS = 5;

    /**
     * Saves from the editor, merging when someone else saved first. {@code base} is the draft as the
     * editor loaded it (or last saved it), {@code mine} the draft now. On a stale version the stored
     * post is read again and merged field by field ({@link DraftMerge}): without conflicts the merged
     * draft is saved on the new version; with conflicts nothing is saved and the merge is returned
     * for a person to decide. A post that moves again while merging is merged again.
     *
     * @param repeat as in {@link #save(PostDraft, Optional)}; null keeps the stored rule, which is what a
     *               merge wants when the user did not touch the rule
     * @throws PostGoneException when the post was deleted or is no longer visible to this user
     */
    public SaveOutcome saveMerging(PostDraft base, PostDraft mine, Optional<RecurrenceRule> repeat) {
        PostDraft attemptBase = base;
        PostDraft attempt = mine;
        StoredPost other = null;
        for (int i = 0; i < MERGE_ATTEMPTS; i++) {
            try {
                Post saved = save(attempt, repeat);
                PostDraft stored = attempt.saved(saved.id(), saved.version());
                return other == null ? new SaveOutcome.Saved(saved, stored)
                        : new SaveOutcome.Merged(saved, stored, other);
            } catch (WorkflowException e) {
                if (!attempt.isNew() && e.reason() == Reason.NO_SUCH_POST) {
                    throw new PostGoneException();
                }
                throw e;
            } catch (StaleVersionException e) {
                if (attempt.isNew()) {
                    throw e;
                }
                other = stored(attempt.postId());
                DraftMerge merge = DraftMerge.of(attemptBase, attempt, other.draft());
                if (merge.hasConflicts()) {
                    return new SaveOutcome.Conflicted(merge, other);
                }
                attemptBase = other.draft();
                attempt = merge.merged();
            }
        }
        throw new StaleVersionException("post", mine.postId(), attempt.version());
    }

    /** The post as stored now and who saved it last; {@link PostGoneException} when deleted or hidden. */
    public StoredPost stored(String postId) {
        PostDraft now;
        try {
            now = open(postId);
        } catch (WorkflowException e) {
            if (e.reason() == Reason.NO_SUCH_POST
                    || e.messageKey().equals(PermissionDenied.NOT_ASSIGNED.messageKey())) {
                throw new PostGoneException();
            }
            throw e;
        }
        Post post = tx.read(() -> posts.findById(postId)).orElseThrow(PostGoneException::new);
        String actor = audit.lastAbout("post", postId).map(id.warta.domain.AuditEntry::actor).orElse("");
        String name = actor.isEmpty() ? "?" : tx.read(() -> users.findByUsername(actor))
                .map(User::displayName).orElse(actor);
        return new StoredPost(now, name, post.updatedAt());
    }

    /** Only new or moved times are checked: a blackout set later does not block editing the text. */
    private void guardTimes(PostDraft draft) {
        Map<String, java.time.Instant> stored = new HashMap<>();
        if (!draft.isNew()) {
            posts.targetsOf(draft.postId()).forEach(t -> stored.put(t.accountId(), t.scheduledAt()));
        }
        for (PostDraft.TargetLine line : draft.targets()) {
            if (line.scheduledAt() != null && !line.scheduledAt().equals(stored.get(line.accountId()))) {
                guard.requireAllowed(line.accountId(), line.scheduledAt());
            }
        }
    }

    /** Every account's occurrences (rule date to time), the dates taken in that account's zone. */
    private Map<String, Map<LocalDate, Instant>> expand(PostDraft draft, RecurrenceRule rule) {
        Map<String, Map<LocalDate, Instant>> planned = new HashMap<>();
        for (PostDraft.TargetLine line : draft.targets()) {
            Account account = accounts.findById(line.accountId())
                    .orElseThrow(() -> new PostDraftException(Problem.FOREIGN_ACCOUNT));
            try {
                Map<LocalDate, Instant> times = rule.occurrences(line.scheduledAt(), account.zone().zoneId());
                if (times.values().stream().anyMatch(t -> !t.isBefore(PostTarget.LATEST))) {
                    throw new PostDraftException(Problem.BAD_TIME);
                }
                planned.put(line.accountId(), times);
            } catch (RecurrenceException e) {
                throw new RepeatRuleException(e);
            }
        }
        return planned;
    }

    private Post create(PostDraft draft, User author, RecurrenceRule rule, Map<String, Map<LocalDate, Instant>> planned) {
        var now = clock.instant();
        Post post = new Post(Ids.newId(), draft.clientId(), draft.campaignId(), draft.title(), draft.body(),
                draft.contentType(), WorkflowState.DRAFT, draft.hashtags(), draft.media(), author.id(), now, now, 0);
        Post saved = posts.save(post);
        links.save(saved.id(), draft.link());
        notes.save(saved.id(), draft.notes());
        for (PostDraft.TargetLine line : draft.targets()) {
            if (planned == null) {
                posts.saveTarget(PostTarget.create(saved.id(), line.accountId(), line.scheduledAt()));
            } else {
                planned.get(line.accountId()).forEach((date, at) -> {
                    PostTarget t = posts.saveTarget(PostTarget.create(saved.id(), line.accountId(), at));
                    series.setSlot(t.id(), date);
                });
            }
            if (!line.variantText().isBlank()) {
                posts.saveVariant(PostVariant.create(saved.id(), line.accountId(), line.variantText()));
            }
        }
        if (rule != null) {
            series.save(saved.id(), rule, starts(draft));
        }
        audit.record("post.create", "post", saved.id(), null, rule == null
                ? Map.of("post", saved, "targets", draft.targets(), "link", draft.link())
                : Map.of("post", saved, "targets", draft.targets(), "link", draft.link(), "repeat", rule.encode()));
        return saved;
    }

    /**
     * A new draft copied from a post: the same text, content type, campaign, hashtags, media and
     * per-account wording, written by the signed-in user, with {@code title} as its title (the caller
     * words it in the user's language). Its publications keep their accounts and times of day and
     * shift by whole days so that the first one falls on {@code firstDay} in {@code zone}. Recorded as
     * {@code post.create} with the original's id.
     */
    public Post duplicate(String postId, String title, java.time.LocalDate firstDay, java.time.ZoneId zone) {
        User user = requireUser();
        return tx.write(() -> {
            Post original = posts.findById(postId).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
            User fresh = refresh(user);
            requireWriter(fresh, original.clientId());
            List<PostTarget> targets = posts.targetsOf(postId);
            long days = targets.isEmpty() ? 0 : java.time.temporal.ChronoUnit.DAYS.between(
                    targets.get(0).scheduledAt().atZone(zone).toLocalDate(), firstDay);
            Map<String, String> variants = new HashMap<>();
            posts.variantsOf(postId).forEach(v -> variants.put(v.accountId(), v.body()));
            List<PostDraft.TargetLine> lines = targets.stream()
                    .map(t -> new PostDraft.TargetLine(t.accountId(),
                            t.scheduledAt().atZone(zone).plusDays(days).toInstant(),
                            variants.getOrDefault(t.accountId(), "")))
                    .toList();
            String copyTitle = title == null || title.isBlank() ? original.title() : title.strip();
            if (copyTitle.length() > Post.MAX_TITLE_LENGTH) {
                copyTitle = copyTitle.substring(0, Post.MAX_TITLE_LENGTH).strip();
            }
            PostDraft draft = new PostDraft(null, 0, original.clientId(), original.campaignId(), copyTitle,
                    original.body(), original.contentType(), original.hashtags(), lines);
            validate(draft);
            var now = clock.instant();
            Post saved = posts.save(new Post(Ids.newId(), original.clientId(), original.campaignId(), copyTitle,
                    original.body(), original.contentType(), WorkflowState.DRAFT, original.hashtags(),
                    original.media(), fresh.id(), now, now, 0));
            for (PostDraft.TargetLine line : lines) {
                posts.saveTarget(PostTarget.create(saved.id(), line.accountId(), line.scheduledAt()));
                if (!line.variantText().isBlank()) {
                    posts.saveVariant(PostVariant.create(saved.id(), line.accountId(), line.variantText()));
                }
            }
            audit.record("post.create", "post", saved.id(), null,
                    Map.of("post", saved, "targets", lines, "duplicateOf", original.id()));
            return saved;
        });
    }

    private static Map<String, Instant> starts(PostDraft draft) {
        Map<String, Instant> starts = new HashMap<>();
        draft.targets().forEach(l -> starts.put(l.accountId(), l.scheduledAt()));
        return starts;
    }

    /** Brings the stored publications in line with the draft; true when times or accounts changed. */
    private interface ScheduleSync {
        boolean sync();
    }

    private Post update(PostDraft draft, User editor, ScheduleSync schedule) {
        Post before = posts.findById(draft.postId()).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
        if (before.version() != draft.version()) {
            throw new StaleVersionException("post", before.id(), draft.version());
        }
        if (before.state() == WorkflowState.PUBLISHED || before.state() == WorkflowState.CANCELLED) {
            throw WorkflowException.denied(PermissionDenied.TRANSITION_NOT_ALLOWED);
        }
        if (!before.clientId().equals(draft.clientId())) {
            // Moving a post to another client would bypass that client's reviewers and lists.
            throw WorkflowException.denied(PermissionDenied.NOT_ASSIGNED);
        }
        boolean textChanged = !before.title().equals(draft.title().strip()) || !before.body().equals(draft.body())
                || !before.hashtags().equals(draft.hashtags()) || !before.media().equals(draft.media())
                || !links.of(before.id()).orElse(UtmLink.NONE).equals(draft.link());
        boolean scheduleChanged = schedule.sync();
        boolean backToReview = (textChanged || scheduleChanged) && (before.state() == WorkflowState.APPROVED
                || before.state() == WorkflowState.SCHEDULED);
        Post saved = posts.save(new Post(before.id(), before.clientId(), draft.campaignId(), draft.title(), draft.body(),
                draft.contentType(), backToReview ? WorkflowState.IN_REVIEW : before.state(), draft.hashtags(),
                draft.media(), before.authorId(), before.createdAt(), clock.instant(), before.version()));
        links.save(saved.id(), draft.link());
        // Notes are the team's own: changing them never sends an approved post back to review.
        notes.save(saved.id(), draft.notes());
        audit.record("post.edit", "post", saved.id(), before, Map.of("post", saved, "targets", draft.targets(), "link", draft.link()));
        if (backToReview) {
            audit.record("post.backToReview", "post", saved.id(), Map.of("state", before.state().code()),
                    Map.of("state", saved.state().code()));
        }
        return saved;
    }

    /**
     * Makes a recurring post's publications match its rule. Per account: a row on a date the rule
     * still has keeps its id (and so its iCalendar UID), its time follows the typed time unless it
     * is past or published; a moved row (an exception) stays; rows on dates the rule dropped go
     * unless past or published; missing future dates are added.
     */
    private boolean syncSeries(PostDraft draft, RecurrenceRule rule, Map<String, Map<LocalDate, Instant>> planned) {
        String postId = draft.postId();
        Instant now = clock.instant();
        Map<String, SeriesRepository.Slot> slots = series.slotsOf(postId);
        Map<String, Set<LocalDate>> taken = new HashMap<>();
        boolean changed = false;
        for (PostTarget t : posts.targetsOf(postId)) {
            Map<LocalDate, Instant> wanted = planned.get(t.accountId());
            boolean frozen = t.liveUrl() != null || t.scheduledAt().isBefore(now);
            SeriesRepository.Slot slot = slots.get(t.id());
            Set<LocalDate> done = taken.computeIfAbsent(t.accountId(), k -> new HashSet<>());
            if (wanted == null) {
                if (!frozen) {
                    posts.deleteTarget(t.id());
                    changed = true;
                }
            } else if (slot == null) {
                // A one-off publication (the post did not repeat before): it becomes the occurrence at its time.
                LocalDate match = wanted.entrySet().stream().filter(e -> e.getValue().equals(t.scheduledAt())
                        && !done.contains(e.getKey())).map(Map.Entry::getKey).findFirst().orElse(null);
                if (match != null) {
                    series.setSlot(t.id(), match);
                    done.add(match);
                } else if (!frozen) {
                    posts.deleteTarget(t.id());
                    changed = true;
                }
            } else if (slot.detached()) {
                done.add(slot.date());
            } else if (wanted.containsKey(slot.date()) && done.add(slot.date())) {
                Instant at = wanted.get(slot.date());
                if (!frozen && !at.equals(t.scheduledAt())) {
                    posts.saveTarget(new PostTarget(t.id(), postId, t.accountId(), at, t.liveUrl(), t.version()));
                    changed = true;
                }
            } else if (frozen) {
                done.add(slot.date());
            } else {
                posts.deleteTarget(t.id());
                changed = true;
            }
        }
        for (PostDraft.TargetLine line : draft.targets()) {
            Set<LocalDate> done = taken.getOrDefault(line.accountId(), Set.of());
            for (var e : planned.get(line.accountId()).entrySet()) {
                if (!done.contains(e.getKey()) && !e.getValue().isBefore(now)) {
                    PostTarget t = posts.saveTarget(PostTarget.create(postId, line.accountId(), e.getValue()));
                    series.setSlot(t.id(), e.getKey());
                    changed = true;
                }
            }
        }
        changed |= !rule.equals(series.ruleOf(postId).orElse(null));
        series.save(postId, rule, starts(draft));
        syncVariants(postId, draft.targets());
        return changed;
    }

    /**
     * The post stops repeating: per account the publication at the typed time stays (or is made),
     * published ones stay, every other occurrence goes.
     */
    private boolean endSeries(PostDraft draft) {
        String postId = draft.postId();
        Map<String, PostDraft.TargetLine> wanted = new HashMap<>();
        draft.targets().forEach(l -> wanted.put(l.accountId(), l));
        Set<String> kept = new HashSet<>();
        for (PostTarget t : posts.targetsOf(postId)) {
            PostDraft.TargetLine line = wanted.get(t.accountId());
            if (line != null && line.scheduledAt().equals(t.scheduledAt()) && kept.add(t.accountId())) {
                continue;
            }
            if (t.liveUrl() == null) {
                posts.deleteTarget(t.id());
            }
        }
        for (PostDraft.TargetLine line : draft.targets()) {
            if (kept.add(line.accountId())) {
                posts.saveTarget(PostTarget.create(postId, line.accountId(), line.scheduledAt()));
            }
        }
        series.delete(postId);
        syncVariants(postId, draft.targets());
        return true;
    }

    /** Makes the stored publications and wordings match the draft; true when times or accounts changed. */
    private boolean syncTargets(String postId, List<PostDraft.TargetLine> lines) {
        Map<String, PostDraft.TargetLine> wanted = new HashMap<>();
        lines.forEach(l -> wanted.put(l.accountId(), l));
        boolean changed = false;
        Set<String> kept = new HashSet<>();
        for (PostTarget t : posts.targetsOf(postId)) {
            PostDraft.TargetLine line = wanted.get(t.accountId());
            if (line == null || !kept.add(t.accountId())) {
                posts.deleteTarget(t.id());
                changed = true;
            } else if (!line.scheduledAt().equals(t.scheduledAt())) {
                posts.saveTarget(new PostTarget(t.id(), postId, t.accountId(), line.scheduledAt(), t.liveUrl(),
                        t.version()));
                changed = true;
            }
        }
        for (PostDraft.TargetLine line : lines) {
            if (kept.add(line.accountId())) {
                posts.saveTarget(PostTarget.create(postId, line.accountId(), line.scheduledAt()));
                changed = true;
            }
        }
        syncVariants(postId, lines);
        return changed;
    }

    private void syncVariants(String postId, List<PostDraft.TargetLine> lines) {
        Map<String, PostDraft.TargetLine> wanted = new HashMap<>();
        lines.forEach(l -> wanted.put(l.accountId(), l));
        Map<String, PostVariant> variants = new HashMap<>();
        posts.variantsOf(postId).forEach(v -> variants.put(v.accountId(), v));
        for (PostVariant v : variants.values()) {
            PostDraft.TargetLine line = wanted.get(v.accountId());
            if (line == null || line.variantText().isBlank()) {
                posts.deleteVariant(v.id());
            } else if (!line.variantText().equals(v.body())) {
                posts.saveVariant(new PostVariant(v.id(), postId, v.accountId(), line.variantText(), v.version()));
            }
        }
        for (PostDraft.TargetLine line : lines) {
            if (!variants.containsKey(line.accountId()) && !line.variantText().isBlank()) {
                posts.saveVariant(PostVariant.create(postId, line.accountId(), line.variantText()));
            }
        }
    }

    private static void validate(PostDraft draft) {
        if (draft.clientId() == null || draft.clientId().isBlank()) {
            throw new PostDraftException(Problem.NO_CLIENT);
        }
        if (draft.title().isBlank()) {
            throw new PostDraftException(Problem.NO_TITLE);
        }
        if (!draft.link().isValid()) {
            throw new PostDraftException(Problem.BAD_LINK);
        }
        if (draft.title().strip().length() > Post.MAX_TITLE_LENGTH || draft.body().length() > Post.MAX_BODY_LENGTH) {
            throw new PostDraftException(Problem.TOO_LONG);
        }
        if (draft.notes().length() > PostDraft.MAX_NOTES_LENGTH) {
            throw new PostDraftException(Problem.NOTES_TOO_LONG);
        }
        Set<String> seen = new HashSet<>();
        for (PostDraft.TargetLine line : draft.targets()) {
            if (line.scheduledAt() == null || line.scheduledAt().isBefore(PostTarget.EARLIEST)
                    || !line.scheduledAt().isBefore(PostTarget.LATEST)) {
                throw new PostDraftException(Problem.BAD_TIME);
            }
            if (!seen.add(line.accountId())) {
                throw new PostDraftException(Problem.DUPLICATE_ACCOUNT);
            }
        }
    }

    private void requireOwnAccounts(PostDraft draft) {
        for (PostDraft.TargetLine line : draft.targets()) {
            boolean own = accounts.findById(line.accountId()).map(a -> a.clientId().equals(draft.clientId()))
                    .orElse(false);
            if (!own) {
                throw new PostDraftException(Problem.FOREIGN_ACCOUNT);
            }
        }
    }

    private void requireWriter(User user, String clientId) {
        if (!user.hasRole(Role.STAFF) && !user.hasRole(Role.SUPERVISOR) && !user.hasRole(Role.ADMIN)) {
            throw WorkflowException.denied(PermissionDenied.ROLE_MISSING);
        }
        if (!isAssigned(user, clientId)) {
            throw WorkflowException.denied(PermissionDenied.NOT_ASSIGNED);
        }
    }

    private boolean isAssigned(User user, String clientId) {
        return user.hasRole(Role.ADMIN) || users.assignedClients(user.id()).contains(clientId);
    }

    private User requireUser() {
        return current.user().orElseThrow(() -> new WorkflowException(Reason.NOT_SIGNED_IN));
    }

    private User refresh(User user) {
        User fresh = users.findById(user.id())
                .orElseThrow(() -> WorkflowException.denied(PermissionDenied.INACTIVE_USER));
        if (!fresh.active()) {
            throw WorkflowException.denied(PermissionDenied.INACTIVE_USER);
        }
        return fresh;
    }
}

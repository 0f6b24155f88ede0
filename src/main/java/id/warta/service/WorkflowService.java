package id.warta.service;

import id.warta.domain.Account;
import id.warta.domain.ApprovalGate;
import id.warta.domain.Checklist;
import id.warta.domain.Client;
import id.warta.domain.Finding;
import id.warta.domain.FindingOverride;
import id.warta.domain.Ids;
import id.warta.domain.PermissionDenied;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.ReviewDecision;
import id.warta.domain.ReviewOutcome;
import id.warta.domain.Role;
import id.warta.domain.Severity;
import id.warta.domain.User;
import id.warta.domain.WordDiff;
import id.warta.domain.WorkflowPermissions;
import id.warta.domain.WorkflowState;
import id.warta.service.WorkflowException.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every workflow move goes through here: the service checks the signed-in user's role, client
 * assignment and delegations ({@link WorkflowPermissions}), the rules of the move (checklist,
 * blocking findings, reasons, live URLs) and the row version, then saves the post and its audit
 * entry in one transaction. Screens only mirror these checks.
 */
public final class WorkflowService {
    /** Organisation setting: "true" lets authors approve their own posts (one-person offices). */
    public static final String SELF_APPROVAL_SETTING = "workflow.selfApproval";
    public static final int MIN_REASON_LENGTH = 10;
    public static final int MAX_URL_LENGTH = 2_000;

    private final Repositories repos;
    private final EthicsService ethics;
    private final AuditLog audit;
    private final CurrentUser current;
    private final WorkflowPermissions permissions;
    private final Clock clock;
    private final ZoneId officeZone;
    private final ScheduleGuard guard;

    /** The stores this service works on, grouped so the constructor stays readable. */
    public record Repositories(Transactor tx, PostRepository posts, AccountRepository accounts, ClientRepository clients,
                               UserRepository users, DelegationRepository delegations,
                               ReviewDecisionRepository decisions, FindingOverrideRepository overrides,
                               CommentRepository comments, SettingRepository settings) {
    }

    public WorkflowService(Repositories repos, EthicsService ethics, AuditLog audit, CurrentUser current,
                           WorkflowPermissions permissions, Clock clock, ZoneId officeZone) {
        this(repos, ethics, audit, current, permissions, clock, officeZone, ScheduleGuard.NONE);
    }

    /** With {@code guard}, submitting, scheduling and moving refuse times in a refusing blackout. */
    public WorkflowService(Repositories repos, EthicsService ethics, AuditLog audit, CurrentUser current,
                           WorkflowPermissions permissions, Clock clock, ZoneId officeZone, ScheduleGuard guard) {
        this.guard = guard;
        this.repos = repos;
        this.ethics = ethics;
        this.audit = audit;
        this.current = current;
        this.permissions = permissions;
        this.clock = clock;
        this.officeZone = officeZone;
    }

    // ---- moves -------------------------------------------------------------------------------

    public Post startDraft(String postId, long version) {
        return move(postId, version, WorkflowState.DRAFT, "post.startDraft", (post, decision) -> { });
    }

    /** Submits a draft for review; the text is checked first so the reviewer sees current findings. */
    public Post submit(String postId, long version) {
        precheck(postId, version, WorkflowState.IN_REVIEW);
        ethics.checkPost(postId);
        return move(postId, version, WorkflowState.IN_REVIEW, "post.submit", (post, decision) -> {
            if (repos.posts().targetsOf(postId).isEmpty()) {
                throw new WorkflowException(Reason.NO_TARGETS);
            }
            guardTargets(postId);
        });
    }

    /**
     * Approves a post. The checklist must be complete (concerns explained) and every blocking
     * finding of a fresh check overridden.
     */
    public Post approve(String postId, long version, Checklist checklist, String comment) {
        precheck(postId, version, WorkflowState.APPROVED);
        if (!checklist.unanswered().isEmpty()) {
            throw new WorkflowException(Reason.CHECKLIST_INCOMPLETE, joined(checklist.unanswered()));
        }
        if (!checklist.unexplainedConcerns().isEmpty()) {
            throw new WorkflowException(Reason.CHECKLIST_UNEXPLAINED, joined(checklist.unexplainedConcerns()));
        }
        CheckRecord check = ethics.checkPost(postId);
        return move(postId, version, WorkflowState.APPROVED, "post.approve", (post, decision) -> {
            List<Finding> open = ApprovalGate.openBlocks(check.findings(), repos.overrides().of(postId));
            if (!open.isEmpty()) {
                throw new WorkflowException(Reason.OPEN_BLOCKS, Integer.toString(open.size()));
            }
            record(post, ReviewOutcome.APPROVED, comment, checklist, decision, check.rulePack());
        });
    }

    public Post requestChanges(String postId, long version, String comment) {
        String why = requireReason(comment);
        return move(postId, version, WorkflowState.CHANGES_REQUESTED, "post.requestChanges", (post, decision) ->
                record(post, ReviewOutcome.CHANGES_REQUESTED, why, Checklist.empty(), decision, ""));
    }

    public Post reject(String postId, long version, String reason) {
        String why = requireReason(reason);
        return move(postId, version, WorkflowState.REJECTED, "post.reject", (post, decision) ->
                record(post, ReviewOutcome.REJECTED, why, Checklist.empty(), decision, ""));
    }

    /** Staff mark an approved post as queued on the platform. */
    public Post markScheduled(String postId, long version) {
        return move(postId, version, WorkflowState.SCHEDULED, "post.schedule", (post, decision) -> guardTargets(postId));
    }

    /** Marks a post published; every publication needs its live URL (http or https). */
    public Post markPublished(String postId, long version, Map<String, String> liveUrlByTarget) {
        return move(postId, version, WorkflowState.PUBLISHED, "post.publish", (post, decision) -> {
            List<PostTarget> targets = repos.posts().targetsOf(postId);
            for (PostTarget t : targets) {
                String url = liveUrlByTarget.getOrDefault(t.id(), "").strip();
                if (url.isEmpty()) {
                    throw new WorkflowException(Reason.LIVE_URL_REQUIRED);
                }
                requireWebAddress(url);
                PostTarget saved = repos.posts().saveTarget(new PostTarget(t.id(), t.postId(), t.accountId(),
                        t.scheduledAt(), url, t.version()));
                audit.record("target.publish", "post_target", t.id(), t, saved);
            }
        });
    }

    public Post cancel(String postId, long version, String reason) {
        String why = requireReason(reason);
        return move(postId, version, WorkflowState.CANCELLED, "post.cancel", (post, decision) ->
                addCommentInside(post, why, false));
    }

    /** An administrator reopens a rejected post as a draft. */
    public Post reopen(String postId, long version) {
        return move(postId, version, WorkflowState.DRAFT, "post.reopen", (post, decision) -> { });
    }

    // ---- edits that send an approved post back -------------------------------------------------

    /**
     * Saves new title, body, hashtags or media. An approved or scheduled post whose text or media
     * changes goes back to review; the next reviewer sees the word diff against the approved text.
     */
    public Post editContent(Post edited) {
        User user = requireUser();
        return repos.tx().write(() -> {
            Post before = loadFresh(edited.id(), edited.version());
            requireEditor(refresh(user), before);
            boolean contentChanged = !before.title().equals(edited.title()) || !before.body().equals(edited.body())
                    || !before.media().equals(edited.media()) || !before.hashtags().equals(edited.hashtags());
            WorkflowState state = contentChanged && needsReviewAgain(before.state()) ? WorkflowState.IN_REVIEW
                    : before.state();
            Post toSave = new Post(before.id(), before.clientId(), edited.campaignId(), edited.title(), edited.body(),
                    edited.contentType(), state, edited.hashtags(), edited.media(), before.authorId(), before.createdAt(),
                    clock.instant(), before.version());
            Post saved = repos.posts().save(toSave);
            audit.record("post.edit", "post", saved.id(), before, saved);
            if (state != before.state()) {
                audit.record("post.backToReview", "post", saved.id(), stateOf(before), stateOf(saved));
            }
            return saved;
        });
    }

    /** Moves one publication; moving an approved or scheduled post sends it back to review. */
    public PostTarget reschedule(String targetId, String postId, long targetVersion, Instant newTime) {
        User user = requireUser();
        if (newTime.isBefore(clock.instant())) {
            // A publication cannot be planned into the past; moving it there would only make it overdue.
            throw new WorkflowException(Reason.PAST_TIME);
        }
        return repos.tx().write(() -> {
            Post post = repos.posts().findById(postId).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
            requireEditor(refresh(user), post);
            PostTarget before = repos.posts().targetsOf(postId).stream().filter(t -> t.id().equals(targetId))
                    .findFirst().orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
            if (before.version() != targetVersion) {
                throw new StaleVersionException("post_target", targetId, targetVersion);
            }
            guard.requireAllowed(before.accountId(), newTime);
            PostTarget saved = repos.posts().saveTarget(new PostTarget(before.id(), postId, before.accountId(), newTime,
                    before.liveUrl(), before.version()));
            // A moved occurrence of a recurring post becomes an exception the rule no longer moves.
            repos.posts().detachFromSeries(targetId);
            audit.record("target.move", "post_target", targetId, before, saved);
            if (needsReviewAgain(post.state())) {
                Post back = repos.posts().save(post.withState(WorkflowState.IN_REVIEW, clock.instant()));
                audit.record("post.backToReview", "post", postId, stateOf(post), stateOf(back));
            }
            return saved;
        });
    }

    // ---- findings, comments, settings --------------------------------------------------------

    /** A reviewer overrides one blocking finding of the latest check, with a written reason. */
    public FindingOverride overrideFinding(String postId, String ruleId, String excerpt, String reason) {
        User user = requireUser();
        String why = requireReason(reason);
        return repos.tx().write(() -> {
            Post post = repos.posts().findById(postId).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
            var decision = checkMove(refresh(user), post, WorkflowState.APPROVED);
            CheckRecord check = ethics.latestCheckOf(postId)
                    .orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_FINDING));
            boolean exists = check.findings().stream().anyMatch(f -> f.severity() == Severity.BLOCK
                    && f.ruleId().equals(ruleId) && f.excerpt().equals(excerpt));
            if (!exists) {
                throw new WorkflowException(Reason.NO_SUCH_FINDING);
            }
            FindingOverride override = new FindingOverride(Ids.newId(), postId, ruleId, excerpt, why, user.id(),
                    check.rulePack(), clock.instant());
            repos.overrides().add(override);
            audit.record("finding.override", "post", postId, null, Map.of("override", override,
                    "onBehalfOf", decision.onBehalfOf().orElse("")));
            return override;
        });
    }

    /** Adds a comment; private reviewer notes only from those who may review the post. */
    public Comment addComment(String postId, String body, boolean reviewerOnly) {
        User user = requireUser();
        return repos.tx().write(() -> {
            Post post = repos.posts().findById(postId).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
            User fresh = refresh(user);
            if (reviewerOnly) {
                requireReviewerOf(fresh, post);
            } else if (!isAssigned(fresh, post)) {
                throw WorkflowException.denied(PermissionDenied.NOT_ASSIGNED);
            }
            return addCommentInside(post, body, reviewerOnly);
        });
    }

    /** The comments this user may read: staff do not see reviewer notes. */
    public List<Comment> comments(String postId) {
        User user = requireUser();
        return repos.tx().read(() -> {
            Post post = repos.posts().findById(postId).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
            return repos.comments().of(postId, mayReview(refresh(user), post));
        });
    }

    public boolean selfApprovalAllowed() {
        return repos.tx().read(() -> repos.settings().get(SELF_APPROVAL_SETTING).map("true"::equals).orElse(false));
    }

    public void setSelfApprovalAllowed(boolean allowed) {
        User user = requireUser();
        repos.tx().writeRun(() -> {
            if (!refresh(user).hasRole(Role.ADMIN)) {
                throw new WorkflowException(Reason.NOT_ADMIN);
            }
            boolean before = repos.settings().get(SELF_APPROVAL_SETTING).map("true"::equals).orElse(false);
            repos.settings().put(SELF_APPROVAL_SETTING, Boolean.toString(allowed));
            audit.record("setting.change", "setting", SELF_APPROVAL_SETTING, Boolean.toString(before),
                    Boolean.toString(allowed));
        });
    }

    // ---- reading -----------------------------------------------------------------------------

    /** Posts awaiting review that this user may decide on, soonest publication first. */
    public List<ReviewItem> queue() {
        User user = requireUser();
        return repos.tx().read(() -> {
            User fresh = refresh(user);
            Map<String, String> names = userNames();
            Map<String, Client> clients = new HashMap<>();
            repos.clients().findAll().forEach(c -> clients.put(c.id(), c));
            List<ReviewItem> items = new ArrayList<>();
            for (String id : repos.posts().idsInState(WorkflowState.IN_REVIEW)) {
                Post post = repos.posts().findById(id).orElseThrow();
                var decision = permissions.check(fresh, post, WorkflowState.APPROVED,
                        repos.users().assignedClients(fresh.id()), repos.delegations().toUser(fresh.id()),
                        selfApprovalAllowed(), today());
                if (!decision.allowed()) {
                    continue;
                }
                List<PostTarget> targets = repos.posts().targetsOf(id);
                List<Account> accounts = targets.stream()
                        .map(t -> repos.accounts().findById(t.accountId()).orElse(null))
                        .filter(java.util.Objects::nonNull).distinct().toList();
                Optional<CheckRecord> check = ethics.latestCheckOf(id);
                int blocks = check.map(c -> ApprovalGate.openBlocks(c.findings(), repos.overrides().of(id)).size())
                        .orElse(0);
                Client client = clients.get(post.clientId());
                items.add(new ReviewItem(post, client == null ? "" : client.shortName(),
                        targets.stream().map(PostTarget::scheduledAt).min(Comparator.naturalOrder()), accounts,
                        names.getOrDefault(post.authorId(), ""), check.map(CheckRecord::verdict), blocks,
                        decision.onBehalfOf().map(u -> names.getOrDefault(u, u))));
            }
            items.sort(Comparator.comparing((ReviewItem i) -> i.firstPublication().orElse(Instant.MAX))
                    .thenComparing(i -> i.post().title()));
            return items;
        });
    }

    /**
     * One post for the review desk: a post that was never checked (imported, or written before the
     * checker existed) is checked first, so the reviewer never decides without the findings.
     */
    public ReviewDetail reviewDetail(String postId) {
        ReviewDetail detail = detail(postId);
        if (detail.check().isPresent()) {
            return detail;
        }
        ethics.checkPost(postId);
        return detail(postId);
    }

    /** One post with what a reviewer (or its author) needs to see; reviewer notes only for reviewers. */
    public ReviewDetail detail(String postId) {
        User user = requireUser();
        return repos.tx().read(() -> {
            Post post = repos.posts().findById(postId).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
            User fresh = refresh(user);
            if (!isAssigned(fresh, post) && !mayReview(fresh, post)) {
                throw WorkflowException.denied(PermissionDenied.NOT_ASSIGNED);
            }
            List<PostTarget> targets = repos.posts().targetsOf(postId);
            Map<String, Account> accounts = new LinkedHashMap<>();
            targets.forEach(t -> repos.accounts().findById(t.accountId()).ifPresent(a -> accounts.put(a.id(), a)));
            List<ReviewDecision> decisions = repos.decisions().of(postId);
            List<WordDiff.Segment> diff = repos.decisions().lastApprovalOf(postId)
                    .map(a -> WordDiff.between(a.title() + "\n\n" + a.body(), post.title() + "\n\n" + post.body()))
                    .filter(WordDiff::changed)
                    .orElse(List.of());
            return new ReviewDetail(post, targets, repos.posts().variantsOf(postId), accounts,
                    ethics.latestCheckOf(postId), repos.overrides().of(postId),
                    repos.comments().of(postId, mayReview(fresh, post)), decisions, diff, userNames());
        });
    }

    // ---- internals ---------------------------------------------------------------------------

    /** Every publication of the post must lie outside refusing blackouts of its account. */
    private void guardTargets(String postId) {
        for (PostTarget t : repos.posts().targetsOf(postId)) {
            guard.requireAllowed(t.accountId(), t.scheduledAt());
        }
    }

    @FunctionalInterface
    private interface MoveRules {
        /** Runs inside the move's transaction, before the post is saved; throws to refuse the move. */
        void apply(Post post, WorkflowPermissions.Decision decision);
    }

    private Post move(String postId, long version, WorkflowState target, String action, MoveRules rules) {
        User user = requireUser();
        return repos.tx().write(() -> {
            Post post = loadFresh(postId, version);
            var decision = checkMove(refresh(user), post, target);
            rules.apply(post, decision);
            Post saved = repos.posts().save(post.withState(target, clock.instant()));
            audit.record(action, "post", postId, stateOf(post), stateOf(saved));
            return saved;
        });
    }

    /** Refuses early, before a check is run and recorded for a move that cannot happen. */
    private void precheck(String postId, long version, WorkflowState target) {
        User user = requireUser();
        repos.tx().read(() -> checkMove(refresh(user), loadFresh(postId, version), target));
    }

    private WorkflowPermissions.Decision checkMove(User user, Post post, WorkflowState target) {
        var decision = permissions.check(user, post, target, repos.users().assignedClients(user.id()),
                repos.delegations().toUser(user.id()), selfApprovalAllowed(), today());
        if (!decision.allowed()) {
            throw WorkflowException.denied(decision.denied().orElseThrow());
        }
        return decision;
    }

    private void record(Post post, ReviewOutcome outcome, String comment, Checklist checklist,
                        WorkflowPermissions.Decision decision, String rulePack) {
        ReviewDecision d = new ReviewDecision(Ids.newId(), post.id(), current.user().orElseThrow().id(), outcome,
                comment, checklist.answers(), decision.onBehalfOf().orElse(null), decision.selfApproval(), rulePack,
                post.title(), post.body(), clock.instant());
        repos.decisions().add(d);
        audit.record("review." + outcome.code(), "post", post.id(), null, d);
    }

    private Comment addCommentInside(Post post, String body, boolean reviewerOnly) {
        Comment comment = new Comment(Ids.newId(), post.id(), current.user().orElseThrow().id(), body, reviewerOnly,
                clock.instant());
        repos.comments().add(comment);
        audit.record(reviewerOnly ? "comment.reviewerNote" : "comment.add", "post", post.id(), null, comment);
        return comment;
    }

    private Post loadFresh(String postId, long version) {
        Post post = repos.posts().findById(postId).orElseThrow(() -> new WorkflowException(Reason.NO_SUCH_POST));
        if (post.version() != version) {
            throw new StaleVersionException("post", postId, version);
        }
        return post;
    }

    private User requireUser() {
        return current.user().orElseThrow(() -> new WorkflowException(Reason.NOT_SIGNED_IN));
    }

    /** The stored user, so a deactivated or deleted account loses its rights at once. */
    private User refresh(User user) {
        User fresh = repos.users().findById(user.id())
                .orElseThrow(() -> WorkflowException.denied(PermissionDenied.INACTIVE_USER));
        if (!fresh.active()) {
            throw WorkflowException.denied(PermissionDenied.INACTIVE_USER);
        }
        return fresh;
    }

    private boolean isAssigned(User user, Post post) {
        return user.hasRole(Role.ADMIN) || repos.users().assignedClients(user.id()).contains(post.clientId());
    }

    private boolean mayReview(User user, Post post) {
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        boolean supervisor = user.hasRole(Role.SUPERVISOR) && isAssigned(user, post);
        return supervisor || repos.delegations().toUser(user.id()).stream()
                .anyMatch(d -> d.clientId().equals(post.clientId()) && d.isActiveOn(today()));
    }

    private void requireReviewerOf(User user, Post post) {
        if (!mayReview(user, post)) {
            throw WorkflowException.denied(user.hasRole(Role.SUPERVISOR) ? PermissionDenied.NOT_ASSIGNED
                    : PermissionDenied.ROLE_MISSING);
        }
    }

    private void requireEditor(User user, Post post) {
        if (post.state() == WorkflowState.PUBLISHED || post.state() == WorkflowState.CANCELLED) {
            throw WorkflowException.denied(PermissionDenied.TRANSITION_NOT_ALLOWED);
        }
        if (!user.hasRole(Role.STAFF) && !user.hasRole(Role.SUPERVISOR) && !user.hasRole(Role.ADMIN)) {
            throw WorkflowException.denied(PermissionDenied.ROLE_MISSING);
        }
        if (!isAssigned(user, post)) {
            throw WorkflowException.denied(PermissionDenied.NOT_ASSIGNED);
        }
    }

    private static boolean needsReviewAgain(WorkflowState state) {
        return state == WorkflowState.APPROVED || state == WorkflowState.SCHEDULED;
    }

    private Map<String, String> userNames() {
        Map<String, String> names = new HashMap<>();
        repos.users().findAll().forEach(u -> names.put(u.id(), u.displayName()));
        return names;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(officeZone));
    }

    private static String requireReason(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() < MIN_REASON_LENGTH) {
            throw new WorkflowException(Reason.REASON_REQUIRED, Integer.toString(MIN_REASON_LENGTH));
        }
        return stripped;
    }

    private static void requireWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (url.length() > MAX_URL_LENGTH || !(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null) {
                throw new WorkflowException(Reason.LIVE_URL_INVALID, url);
            }
        } catch (URISyntaxException e) {
            throw new WorkflowException(Reason.LIVE_URL_INVALID, url);
        }
    }

    private static Map<String, Object> stateOf(Post post) {
        return Map.of("state", post.state().code(), "version", post.version());
    }

    private static String joined(List<Integer> principles) {
        return String.join(", ", principles.stream().map(String::valueOf).toList());
    }
}

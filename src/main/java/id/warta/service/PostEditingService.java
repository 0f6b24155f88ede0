package id.warta.service;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.Client;
import id.warta.domain.Ids;
import id.warta.domain.PermissionDenied;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.WorkflowState;
import id.warta.service.PostDraftException.Problem;
import id.warta.service.WorkflowException.Reason;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creating and saving posts from the editor: the post, its publications and per-account wording
 * in one transaction, with the same assignment rules as {@link WorkflowService} and one audit
 * entry per save ({@code post.create} or {@code post.edit}).
 */
public final class PostEditingService {
    private final Transactor tx;
    private final PostRepository posts;
    private final AccountRepository accounts;
    private final ClientRepository clients;
    private final CampaignRepository campaigns;
    private final UserRepository users;
    private final AuditLog audit;
    private final CurrentUser current;
    private final Clock clock;
    private final ScheduleGuard guard;

    public PostEditingService(Transactor tx, PostRepository posts, AccountRepository accounts, ClientRepository clients,
                              CampaignRepository campaigns, UserRepository users, AuditLog audit, CurrentUser current,
                              Clock clock) {
        this(tx, posts, accounts, clients, campaigns, users, audit, current, clock, ScheduleGuard.NONE);
    }

    /** With {@code guard}, a new or changed publication time in a refusing blackout is refused. */
    public PostEditingService(Transactor tx, PostRepository posts, AccountRepository accounts, ClientRepository clients,
                              CampaignRepository campaigns, UserRepository users, AuditLog audit, CurrentUser current,
                              Clock clock, ScheduleGuard guard) {
        this.guard = guard;
        this.tx = tx;
        this.posts = posts;
        this.accounts = accounts;
        this.clients = clients;
        this.campaigns = campaigns;
        this.users = users;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
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
            List<PostDraft.TargetLine> lines = posts.targetsOf(postId).stream()
                    .map(t -> new PostDraft.TargetLine(t.accountId(), t.scheduledAt(),
                            variants.getOrDefault(t.accountId(), "")))
                    .toList();
            return new PostDraft(post.id(), post.version(), post.clientId(), post.campaignId(), post.title(),
                    post.body(), post.contentType(), post.hashtags(), lines);
        });
    }

    /**
     * Saves the draft and returns the post as stored. A new post starts as a draft written by the
     * signed-in user; an approved or scheduled post whose text changes goes back to review.
     *
     * @throws StaleVersionException when someone else saved the post since it was opened
     */
    public Post save(PostDraft draft) {
        User user = requireUser();
        validate(draft);
        return tx.write(() -> {
            User fresh = refresh(user);
            requireWriter(fresh, draft.clientId());
            requireOwnAccounts(draft);
            guardTimes(draft);
            return draft.isNew() ? create(draft, fresh) : update(draft, fresh);
        });
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

    private Post create(PostDraft draft, User author) {
        var now = clock.instant();
        Post post = new Post(Ids.newId(), draft.clientId(), draft.campaignId(), draft.title(), draft.body(),
                draft.contentType(), WorkflowState.DRAFT, draft.hashtags(), List.of(), author.id(), now, now, 0);
        Post saved = posts.save(post);
        for (PostDraft.TargetLine line : draft.targets()) {
            posts.saveTarget(PostTarget.create(saved.id(), line.accountId(), line.scheduledAt()));
            if (!line.variantText().isBlank()) {
                posts.saveVariant(PostVariant.create(saved.id(), line.accountId(), line.variantText()));
            }
        }
        audit.record("post.create", "post", saved.id(), null, Map.of("post", saved, "targets", draft.targets()));
        return saved;
    }

    private Post update(PostDraft draft, User editor) {
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
                || !before.hashtags().equals(draft.hashtags());
        boolean scheduleChanged = syncTargets(before.id(), draft.targets());
        boolean backToReview = (textChanged || scheduleChanged) && (before.state() == WorkflowState.APPROVED
                || before.state() == WorkflowState.SCHEDULED);
        Post saved = posts.save(new Post(before.id(), before.clientId(), draft.campaignId(), draft.title(), draft.body(),
                draft.contentType(), backToReview ? WorkflowState.IN_REVIEW : before.state(), draft.hashtags(),
                before.media(), before.authorId(), before.createdAt(), clock.instant(), before.version()));
        audit.record("post.edit", "post", saved.id(), before, Map.of("post", saved, "targets", draft.targets()));
        if (backToReview) {
            audit.record("post.backToReview", "post", saved.id(), Map.of("state", before.state().code()),
                    Map.of("state", saved.state().code()));
        }
        return saved;
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
        return changed;
    }

    private static void validate(PostDraft draft) {
        if (draft.clientId() == null || draft.clientId().isBlank()) {
            throw new PostDraftException(Problem.NO_CLIENT);
        }
        if (draft.title().isBlank()) {
            throw new PostDraftException(Problem.NO_TITLE);
        }
        if (draft.title().strip().length() > Post.MAX_TITLE_LENGTH || draft.body().length() > Post.MAX_BODY_LENGTH) {
            throw new PostDraftException(Problem.TOO_LONG);
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

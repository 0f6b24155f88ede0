package id.warta.service;

import id.warta.domain.Account;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.Finding;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.Verdict;
import id.warta.ethics.CheckContext;
import id.warta.ethics.EthicsChecker;
import id.warta.ethics.WatchList;
import id.warta.ethics.WatchTerm;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Checks posts with their client's lists and keeps each result with its rule-pack version. */
public final class EthicsService {
    private final Transactor tx;
    private final ClientRepository clients;
    private final AccountRepository accounts;
    private final PostRepository posts;
    private final WatchListRepository lists;
    private final CheckRecordRepository records;
    private final AuditLog audit;
    private final Supplier<EthicsChecker> checker;
    private final Clock clock;

    public EthicsService(Transactor tx, ClientRepository clients, AccountRepository accounts, PostRepository posts,
                         WatchListRepository lists, CheckRecordRepository records, AuditLog audit, Supplier<EthicsChecker> checker,
                         Clock clock) {
        this.tx = tx;
        this.clients = clients;
        this.accounts = accounts;
        this.posts = posts;
        this.lists = lists;
        this.records = records;
        this.audit = audit;
        this.checker = checker;
        this.clock = clock;
    }

    public List<Client> clients() {
        return tx.read(clients::findAll);
    }

    public List<WatchEntry> entriesOf(String clientId) {
        return tx.read(() -> lists.entriesOf(clientId));
    }

    /** @throws InvalidWatchTermException when the term is empty, too long, only punctuation or a broken pattern */
    public WatchEntry addEntry(String clientId, String term, WatchEntry.Kind kind) {
        var problem = id.warta.ethics.WatchTermCheck.problemOf(term, kind != null && kind.isAllow());
        if (problem.isPresent()) {
            throw new InvalidWatchTermException(problem.get(), term);
        }
        WatchEntry entry = WatchEntry.create(clientId, term, kind);
        return tx.write(() -> {
            WatchEntry added = lists.add(entry);
            audit.record("watchlist.add", "watch_term", added.id(), null, added);
            return added;
        });
    }

    public void removeEntry(String entryId) {
        tx.writeRun(() -> {
            WatchEntry before = lists.findById(entryId).orElse(null);
            lists.remove(entryId);
            if (before != null) {
                audit.record("watchlist.remove", "watch_term", entryId, before, null);
            }
        });
    }

    /** The client's lists in the checker's terms. */
    public WatchList watchListOf(String clientId) {
        return toWatchList(entriesOf(clientId));
    }

    /** For the command line: the lists of the client with this full or short name (case-insensitive). */
    public Optional<WatchList> watchListOfClientNamed(String name) {
        return tx.read(() -> clients.findByName(name)).map(c -> watchListOf(c.id()));
    }

    static WatchList toWatchList(List<WatchEntry> entries) {
        List<WatchTerm> terms = entries.stream().filter(e -> !e.kind().isAllow())
                .map(e -> new WatchTerm(e.term(), WatchTerm.Kind.valueOf(e.kind().name())))
                .toList();
        Set<String> allow = entries.stream().filter(e -> e.kind().isAllow()).map(WatchEntry::term)
                .collect(Collectors.toSet());
        return new WatchList(terms, allow);
    }

    /**
     * Checks a saved post (its body, channel when it goes to one channel only, and content type)
     * with its client's lists, and records the result.
     */
    public CheckRecord checkPost(String postId) {
        Post post = tx.read(() -> posts.findById(postId)).orElseThrow(() ->
                new IllegalArgumentException("No such post: " + postId));
        Set<Channel> channels = tx.read(() -> posts.targetsOf(postId).stream()
                .map(t -> accounts.findById(t.accountId()).map(Account::channel).orElse(null))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Channel channel = channels.size() == 1 ? channels.iterator().next() : null;
        EthicsChecker engine = checker.get();
        CheckContext context = CheckContext.of(channel, post.contentType()).withMedia(post.media())
                .withWatchList(watchListOf(post.clientId()));
        List<Finding> findings = requireAltTextOnImages(engine.check(post.body(), context), post.media());
        CheckRecord record = new CheckRecord(Ids.newId(), postId, engine.rulePackVersion(), clock.instant(),
                Verdict.of(findings), findings);
        tx.writeRun(() -> records.save(record));
        return record;
    }

    /**
     * Checks unsaved text, as the editor does while the user types: nothing is read or recorded, so
     * it is cheap and may run on any thread. Build the context once with {@link #watchListOf(String)}.
     */
    public List<Finding> checkDraft(String text, CheckContext context) {
        return requireAltTextOnImages(checker.get().check(text == null ? "" : text, context), context.media());
    }

    public Optional<CheckRecord> latestCheckOf(String postId) {
        return tx.read(() -> records.latestOf(postId));
    }

    /** The rule pack's rule on media without alt text. */
    public static final String ALT_TEXT_RULE = "a11y.alt_text";

    /**
     * Alt text is required for images: the rule pack's finding on media without alt text (a
     * warning, because a video's captions may carry its description) blocks when an image lacks it.
     */
    static List<Finding> requireAltTextOnImages(List<Finding> findings, List<id.warta.domain.MediaRef> media) {
        boolean imageWithout = media.stream().anyMatch(m -> !m.hasAltText() && id.warta.domain.MediaKind.isImage(m));
        if (!imageWithout) {
            return findings;
        }
        return findings.stream().map(f -> f.ruleId().equals(ALT_TEXT_RULE)
                ? f.withSeverity(id.warta.domain.Severity.BLOCK) : f).toList();
    }
}

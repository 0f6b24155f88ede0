package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.ContentType;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.WorkflowPermissions;
import id.warta.domain.WorkflowState;
import id.warta.domain.WorkflowTransitions;
import id.warta.persistence.Database;
import id.warta.persistence.EmbeddedPostgresSupport;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcAuditRepository;
import id.warta.persistence.JdbcCheckRecordRepository;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcCommentRepository;
import id.warta.persistence.JdbcDelegationRepository;
import id.warta.persistence.JdbcFindingOverrideRepository;
import id.warta.persistence.JdbcPostRepository;
import id.warta.persistence.JdbcReviewDecisionRepository;
import id.warta.persistence.JdbcSettingRepository;
import id.warta.persistence.JdbcUserRepository;
import id.warta.persistence.JdbcWatchListRepository;
import id.warta.service.AuditLog;
import id.warta.service.CurrentUser;
import id.warta.service.EthicsService;
import id.warta.service.StaleVersionException;
import id.warta.service.Transactor;
import id.warta.service.WorkflowService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review workflow wired on a team database (PostgreSQL) exactly as on a single-user file: a
 * move on a version someone else has moved on is refused, the post and the audit trail untouched.
 */
class PostgresWorkflowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    Database db;
    Transactor tx;
    JdbcPostRepository posts;
    JdbcAuditRepository auditEntries;
    CurrentUser current;
    WorkflowService workflow;
    Client client;
    Account account;
    User staff;
    User supervisor;

    @BeforeEach
    void open() {
        db = EmbeddedPostgresSupport.openFresh();
        tx = db.newTransactor();
        var clients = new JdbcClientRepository(db);
        var accounts = new JdbcAccountRepository(db);
        var users = new JdbcUserRepository(db);
        posts = new JdbcPostRepository(db);
        auditEntries = new JdbcAuditRepository(db);
        current = new CurrentUser("test");
        AuditLog audit = new AuditLog(tx, auditEntries, current, CLOCK);
        EthicsService ethics = new EthicsService(tx, clients, accounts, posts, new JdbcWatchListRepository(db),
                new JdbcCheckRecordRepository(db), audit, new LazyChecker(), CLOCK);
        workflow = new WorkflowService(new WorkflowService.Repositories(tx, posts, accounts, clients, users,
                new JdbcDelegationRepository(db), new JdbcReviewDecisionRepository(db),
                new JdbcFindingOverrideRepository(db), new JdbcCommentRepository(db), new JdbcSettingRepository(db)),
                ethics, audit, current, new WorkflowPermissions(WorkflowTransitions.standard()), CLOCK,
                AccountZone.WIB.zoneId());
        client = tx.write(() -> clients.save(Client.create("Dinas Kominfo Kota Contoh", "Kominfo")));
        account = tx.write(() -> accounts.save(Account.create(client.id(), Channel.INSTAGRAM, "@kominfo.contoh",
                "Kominfo Kota Contoh", AccountZone.WIB)));
        staff = user("sari", "Sari Wulandari", Role.STAFF);
        supervisor = user("ratna", "Ratna Dewi", Role.SUPERVISOR);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private User user(String username, String name, Role role) {
        var users = new JdbcUserRepository(db);
        return tx.write(() -> {
            User u = users.save(new User(Ids.newId(), username, name, EnumSet.of(role), true, 0));
            users.assign(u.id(), client.id());
            return u;
        });
    }

    private Post post(WorkflowState state) {
        Instant now = CLOCK.instant();
        return tx.write(() -> {
            Post p = posts.save(new Post(Ids.newId(), client.id(), null, "Layanan KTP keliling", WorkflowServiceTest.CLEAN,
                    ContentType.ANNOUNCEMENT, state, List.of("#LayananPublik"), List.of(), staff.id(), now, now, 0));
            posts.saveTarget(PostTarget.create(p.id(), account.id(), now.plusSeconds(86_400 * 3)));
            return p;
        });
    }

    /** Someone else saves the post meanwhile (a new title), so {@code seen} is now stale. */
    private Post editedBehindTheBack(Post seen) {
        return tx.write(() -> posts.save(new Post(seen.id(), seen.clientId(), null, "Layanan KTP keliling (revisi)",
                seen.body(), seen.contentType(), seen.state(), seen.hashtags(), seen.media(), seen.authorId(),
                seen.createdAt(), CLOCK.instant(), seen.version())));
    }

    private long auditCount() {
        return tx.read(auditEntries::all).size();
    }

    private Post reload(Post p) {
        return tx.read(() -> posts.findById(p.id())).orElseThrow();
    }

    @Test
    void submitOnAStaleVersionIsRefusedAndTheCurrentVersionGoesThrough() {
        Post seen = post(WorkflowState.DRAFT);
        Post now = editedBehindTheBack(seen);
        current.signIn(staff);
        long entries = auditCount();
        assertThatThrownBy(() -> workflow.submit(seen.id(), seen.version())).isInstanceOf(StaleVersionException.class);
        assertThat(reload(seen)).isEqualTo(now);
        assertThat(auditCount()).isEqualTo(entries);

        Post submitted = workflow.submit(now.id(), now.version());
        assertThat(submitted.state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(reload(seen).version()).isEqualTo(now.version() + 1);
    }

    @Test
    void approveAndRejectOnAStaleVersionAreRefused() {
        Post seen = post(WorkflowState.IN_REVIEW);
        Post now = editedBehindTheBack(seen);
        current.signIn(supervisor);
        long entries = auditCount();
        assertThatThrownBy(() -> workflow.approve(seen.id(), seen.version(), WorkflowServiceTest.allReassuring(),
                "Siap tayang.")).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> workflow.reject(seen.id(), seen.version(), "Tidak sesuai arahan pimpinan."))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> workflow.requestChanges(seen.id(), seen.version(), "Tambahkan sumber datanya."))
                .isInstanceOf(StaleVersionException.class);
        assertThat(reload(seen)).isEqualTo(now);
        assertThat(auditCount()).isEqualTo(entries);
        assertThat(workflow.detail(seen.id()).decisions()).isEmpty();

        Post approved = workflow.approve(now.id(), now.version(), WorkflowServiceTest.allReassuring(), "Siap tayang.");
        assertThat(approved.state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(workflow.detail(seen.id()).decisions()).hasSize(1);
        assertThat(id.warta.domain.AuditChain.verify(tx.read(auditEntries::all), Optional.empty()).intact()).isTrue();
    }
}

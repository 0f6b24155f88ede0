package id.warta.app;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.ContentType;
import id.warta.domain.Delegation;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.WorkflowState;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcDelegationRepository;
import id.warta.persistence.JdbcPostRepository;
import id.warta.persistence.JdbcUserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A small office for workflow tests: one client with an account, and one user of each kind. */
public final class WorkflowFixture {
    public final SqliteWorkspace ws;
    public final Clock clock;
    public final Client client;
    public final Client otherClient;
    public final Account account;
    public final User staff;
    public final User otherStaff;
    public final User supervisor;
    public final User otherSupervisor;
    public final User deputy;
    public final User admin;
    private final JdbcPostRepository posts;
    private final JdbcUserRepository users;

    public WorkflowFixture(SqliteWorkspace ws, Clock clock) {
        this.ws = ws;
        this.clock = clock;
        var db = ws.database();
        this.posts = new JdbcPostRepository(db);
        this.users = new JdbcUserRepository(db);
        var clients = new JdbcClientRepository(db);
        var accounts = new JdbcAccountRepository(db);
        this.client = ws.transactor().write(() -> clients.save(Client.create("Dinas Kominfo Kota Contoh", "Kominfo")));
        this.otherClient = ws.transactor().write(() -> clients.save(Client.create("Dinas Kesehatan Kota Contoh",
                "Dinkes")));
        this.account = ws.transactor().write(() -> accounts.save(Account.create(client.id(), Channel.INSTAGRAM,
                "@kominfo.contoh", "Kominfo Kota Contoh", AccountZone.WIB)));
        this.staff = user("sari", "Sari Wulandari", EnumSet.of(Role.STAFF), client);
        this.otherStaff = user("budi", "Budi Santoso", EnumSet.of(Role.STAFF), client);
        this.supervisor = user("ratna", "Ratna Dewi", EnumSet.of(Role.SUPERVISOR), client);
        this.otherSupervisor = user("yusuf", "Yusuf Hidayat", EnumSet.of(Role.SUPERVISOR), otherClient);
        this.deputy = user("agus", "Agus Pratama", EnumSet.of(Role.STAFF), otherClient);
        this.admin = user("admin", "Admin Humas", EnumSet.of(Role.ADMIN), null);
    }

    private User user(String username, String name, Set<Role> roles, Client assignedTo) {
        return ws.transactor().write(() -> {
            User u = users.save(new User(Ids.newId(), username, name, roles, true, 0));
            if (assignedTo != null) {
                users.assign(u.id(), assignedTo.id());
            }
            return u;
        });
    }

    public void signIn(User user) {
        ws.auth().current().signIn(user);
    }

    public Post post(WorkflowState state, String body) {
        return post(state, body, staff);
    }

    public Post post(WorkflowState state, String body, User author) {
        Instant now = clock.instant();
        return ws.transactor().write(() -> {
            Post p = posts.save(new Post(Ids.newId(), client.id(), null, "Layanan KTP keliling", body,
                    ContentType.ANNOUNCEMENT, state, List.of("#LayananPublik"), List.of(), author.id(), now, now, 0));
            posts.saveTarget(PostTarget.create(p.id(), account.id(), now.plusSeconds(86_400 * 3)));
            return p;
        });
    }

    public Post reload(String postId) {
        return ws.transactor().read(() -> posts.findById(postId)).orElseThrow();
    }

    public List<PostTarget> targets(String postId) {
        return ws.transactor().read(() -> posts.targetsOf(postId));
    }

    public void delegate(User from, User to, LocalDate starts, LocalDate ends, boolean revoked) {
        ws.transactor().writeRun(() -> new JdbcDelegationRepository(ws.database())
                .save(new Delegation(Ids.newId(), from.id(), to.id(), client.id(), starts, ends, revoked)));
    }

    public void deactivate(User user) {
        ws.transactor().writeRun(() -> users.save(new User(user.id(), user.username(), user.displayName(), user.roles(),
                false, users.findById(user.id()).orElseThrow().version())));
    }

    public long auditCount() {
        return ws.audit().verify(java.util.Optional.empty()).entries();
    }
}

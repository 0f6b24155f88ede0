package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Client;
import id.warta.domain.Delegation;
import id.warta.domain.Post;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.WorkflowState;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcDelegationRepository;
import id.warta.persistence.JdbcPostRepository;
import id.warta.persistence.JdbcUserRepository;
import id.warta.service.AuthException;
import id.warta.service.PasswordHasher;
import id.warta.service.demo.DemoUsers;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's people, their posts and delegation, "try as", and the last administrator. */
class DemoPeopleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("demo.db"), new DataPaths(dir), "test", CLOCK,
                new PasswordHasher(1_000, new SecureRandom()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theDemoHasOnePersonPerRoleAssignedToEveryClientWithTheDocumentedPassword() {
        ws.demo().load();
        var users = new JdbcUserRepository(ws.database());
        List<User> people = ws.auth().users();
        assertThat(people).extracting(User::username).containsExactlyInAnyOrder("demo.staf", "demo.staf2",
                "demo.penyelia", "demo.plh", "demo.admin");
        assertThat(people).filteredOn(u -> u.username().equals("demo.plh")).singleElement()
                .satisfies(u -> assertThat(u.roles()).isEqualTo(EnumSet.of(Role.SUPERVISOR, Role.STAFF)));
        Set<String> clientIds = ws.transactor().read(() -> new JdbcClientRepository(ws.database()).findAll())
                .stream().map(Client::id).collect(Collectors.toSet());
        for (User u : people) {
            assertThat(ws.transactor().read(() -> users.assignedClients(u.id()))).isEqualTo(clientIds);
        }
        for (DemoUsers.Person p : DemoUsers.ALL) {
            assertThat(ws.auth().signIn(p.username(), DemoUsers.PASSWORD.toCharArray()).username())
                    .isEqualTo(p.username());
        }
        assertThat(ws.demo().isDemo()).isTrue();
    }

    @Test
    void postsAreWrittenByTheStaffSoTheSupervisorCanReviewTheQueue() {
        ws.demo().load();
        Map<String, String> names = ws.auth().users().stream().collect(Collectors.toMap(User::id, User::username));
        var repo = new JdbcPostRepository(ws.database());
        List<Post> posts = ws.transactor().read(() -> java.util.Arrays.stream(WorkflowState.values())
                .flatMap(s -> repo.idsInState(s).stream()).map(id -> repo.findById(id).orElseThrow()).toList());
        assertThat(posts).isNotEmpty().allSatisfy(p ->
                assertThat(names.get(p.authorId())).isIn("demo.staf", "demo.staf2"));
        assertThat(posts).extracting(p -> names.get(p.authorId())).contains("demo.staf", "demo.staf2");
        ws.demo().enterAsSupervisor();
        assertThat(ws.auth().current().get()).isEqualTo("demo.penyelia");
        assertThat(ws.workflow().queue()).isNotEmpty();
        assertThat(posts.stream().filter(p -> p.state() == WorkflowState.IN_REVIEW).count())
                .isEqualTo(ws.workflow().queue().size());
    }

    @Test
    void theSupervisorHasHandedOneClientToThePlhForTheComingTwoWeeks() {
        ws.demo().load();
        User plh = ws.auth().users().stream().filter(u -> u.username().equals("demo.plh")).findFirst().orElseThrow();
        List<Delegation> given = ws.transactor().read(() -> new JdbcDelegationRepository(ws.database())
                .toUser(plh.id()));
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(given).singleElement().satisfies(d -> {
            assertThat(d.isActiveOn(today)).isTrue();
            assertThat(d.isActiveOn(today.plusDays(13))).isTrue();
            assertThat(d.isActiveOn(today.plusDays(14))).isFalse();
        });
        ws.demo().tryAs("demo.plh");
        assertThat(ws.delegations().list()).singleElement()
                .satisfies(r -> assertThat(r.fromName()).isEqualTo("Sri Wahyuningsih"));
    }

    @Test
    void tryAsSwitchesWithoutAPasswordOnADemoAndIsAudited() {
        ws.demo().load();
        long before = ws.audit().verify(java.util.Optional.empty()).entries();
        assertThat(ws.demo().tryAs("demo.staf").displayName()).isEqualTo("Rina Kusumawati");
        assertThat(ws.auth().current().get()).isEqualTo("demo.staf");
        assertThat(ws.audit().verify(java.util.Optional.empty()).entries()).isEqualTo(before + 1);
        assertThat(ws.demo().demoUsers()).hasSize(5);
    }

    @Test
    void tryAsIsRefusedOnARealDatabaseEvenForADemoName() {
        ws.auth().createFirstAdmin("admin", "Admin Humas", "kata-sandi-panjang".toCharArray());
        ws.auth().createUser("demo.staf", "Bukan Demo", EnumSet.of(Role.STAFF), "kata-sandi-panjang".toCharArray());
        assertThatThrownBy(() -> ws.demo().tryAs("demo.staf")).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.NOT_DEMO));
        assertThat(ws.auth().current().get()).isEqualTo("admin");
        assertThat(ws.demo().demoUsers()).isEmpty();
    }

    @Test
    void theDemoIsRefusedOnADatabaseWithRealUsers() {
        ws.auth().createFirstAdmin("admin", "Admin Humas", "kata-sandi-panjang".toCharArray());
        assertThatThrownBy(() -> ws.demo().load()).isInstanceOf(id.warta.service.DemoHasUsersException.class);
        assertThat(ws.auth().users()).hasSize(1);
        assertThat(ws.demo().isDemo()).isFalse();
    }

    @Test
    void theLastActiveAdministratorCannotBeDeactivatedOrLoseTheRole() {
        User admin = ws.auth().createFirstAdmin("admin", "Admin Humas", "kata-sandi-panjang".toCharArray());
        assertThatThrownBy(() -> ws.auth().setActive(admin.id(), false)).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.LAST_ADMIN));
        assertThatThrownBy(() -> ws.auth().setRoles(admin.id(), EnumSet.of(Role.STAFF)))
                .isInstanceOf(AuthException.class);
        User second = ws.auth().createUser("kepala", "Kepala Bagian", EnumSet.of(Role.ADMIN),
                "kata-sandi-panjang".toCharArray());
        assertThat(ws.auth().setRoles(admin.id(), EnumSet.of(Role.STAFF)).roles()).containsExactly(Role.STAFF);
        // The session follows at once: the former administrator may no longer manage users.
        assertThat(ws.auth().current().user().orElseThrow().hasRole(Role.ADMIN)).isFalse();
        assertThatThrownBy(() -> ws.auth().setActive(second.id(), false)).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.NOT_PERMITTED));
    }
}

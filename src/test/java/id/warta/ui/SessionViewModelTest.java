package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.service.DelegationRow;
import id.warta.service.Messages;
import id.warta.service.PasswordHasher;
import id.warta.service.demo.DemoUsers;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.settings.DelegationsViewModel;
import id.warta.ui.settings.UsersViewModel;
import id.warta.ui.signin.FirstAdminViewModel;
import id.warta.ui.signin.SessionViewModel;
import id.warta.ui.signin.SignInViewModel;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, first start, the session menu, and the users and delegation settings, without a toolkit. */
class SessionViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String PASSWORD = "kata-sandi-rahasia";

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    final SameThreadTasks tasks = new SameThreadTasks();
    final Messages messages = new Messages(Messages.INDONESIAN);

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("sesi.db"), new DataPaths(dir), "test", CLOCK,
                new PasswordHasher(1_000, new SecureRandom()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private User admin() {
        return ws.auth().createFirstAdmin("admin", "Admin Humas", PASSWORD.toCharArray());
    }

    @Test
    void signInExplainsAWrongPasswordThenSignsInAndNeverKeepsThePassword() {
        admin();
        ws.auth().signOut();
        SignInViewModel model = new SignInViewModel(ws.auth(), tasks, messages);
        model.usernameProperty().set("admin");
        model.passwordProperty().set("salah-sekali");
        model.signIn();
        assertThat(model.errorProperty().get()).isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.signedInProperty().get()).isNull();
        model.passwordProperty().set(PASSWORD);
        model.signIn();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.signedInProperty().get().username()).isEqualTo("admin");
    }

    @Test
    void repeatedFailuresAreThrottledAndAnInactiveAccountIsNamedAsSuch() {
        admin();
        ws.auth().createUser("sari", "Sari", EnumSet.of(Role.STAFF), PASSWORD.toCharArray());
        User sari = ws.auth().users().stream().filter(u -> u.username().equals("sari")).findFirst().orElseThrow();
        ws.auth().createUser("kepala", "Kepala", EnumSet.of(Role.ADMIN), PASSWORD.toCharArray());
        ws.auth().setActive(sari.id(), false);
        ws.auth().signOut();
        SignInViewModel model = new SignInViewModel(ws.auth(), tasks, messages);
        model.usernameProperty().set("sari");
        model.passwordProperty().set(PASSWORD);
        model.signIn();
        assertThat(model.errorProperty().get()).isEqualTo("Akun ini sudah dinonaktifkan. Hubungi administrator.");
        model.usernameProperty().set("kepala");
        for (int i = 0; i < 3; i++) {
            model.passwordProperty().set("salah-sekali");
            model.signIn();
        }
        assertThat(model.errorProperty().get()).startsWith("Nama pengguna atau kata sandi salah");
        model.passwordProperty().set(PASSWORD);
        model.signIn();
        assertThat(model.errorProperty().get()).contains("Terlalu banyak percobaan gagal").contains("detik");
        assertThat(model.signedInProperty().get()).isNull();
    }

    @Test
    void firstStartChecksTheRepeatedPasswordThenCreatesTheAdministrator() {
        FirstAdminViewModel model = new FirstAdminViewModel(ws.auth(), ws.demo(), tasks, messages);
        model.usernameProperty().set("admin");
        model.fullNameProperty().set("Admin Humas");
        model.passwordProperty().set(PASSWORD);
        model.repeatProperty().set(PASSWORD + "x");
        model.create();
        assertThat(model.errorProperty().get()).isEqualTo("Kedua kata sandi tidak sama.");
        assertThat(ws.auth().needsFirstAdmin()).isTrue();
        model.passwordProperty().set("pendek");
        model.repeatProperty().set("pendek");
        model.create();
        assertThat(model.errorProperty().get()).isEqualTo("Kata sandi minimal 10 karakter.");
        model.passwordProperty().set(PASSWORD);
        model.repeatProperty().set(PASSWORD);
        model.create();
        assertThat(model.signedInProperty().get().roles()).contains(Role.ADMIN);
        assertThat(ws.auth().current().get()).isEqualTo("admin");
    }

    @Test
    void firstStartCanLoadTheDemoInsteadAndOpensAsTheDemoSupervisor() {
        FirstAdminViewModel model = new FirstAdminViewModel(ws.auth(), ws.demo(), tasks, messages);
        model.loadDemo();
        assertThat(model.signedInProperty().get().username()).isEqualTo(DemoUsers.SUPERVISOR);
        SessionViewModel session = new SessionViewModel(ws.auth(), ws.demo(), tasks, messages);
        session.load();
        assertThat(session.demoModeProperty().get()).isTrue();
        assertThat(session.userLabelProperty().get()).isEqualTo("Sri Wahyuningsih (penyelia)");
        User staff = session.demoUsers().get(0);
        boolean[] switched = {false};
        session.tryAs(staff, () -> switched[0] = true);
        assertThat(switched[0]).isTrue();
        assertThat(session.userLabelProperty().get()).isEqualTo("Rina Kusumawati (staf)");
        session.signOut(() -> { });
        assertThat(ws.auth().current().user()).isEmpty();
        assertThat(session.signedInProperty().get()).isFalse();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndTwoEqualNewOnes() {
        admin();
        SessionViewModel session = new SessionViewModel(ws.auth(), ws.demo(), tasks, messages);
        session.load();
        assertThat(session.demoModeProperty().get()).isFalse();
        session.changePassword(PASSWORD, "kata-sandi-baru-1", "kata-sandi-baru-2");
        assertThat(session.passwordMessageProperty().get()).isEqualTo("Kedua kata sandi tidak sama.");
        session.changePassword("bukan-ini-sandinya", "kata-sandi-baru-1", "kata-sandi-baru-1");
        assertThat(session.passwordChangedProperty().get()).isFalse();
        session.changePassword(PASSWORD, "kata-sandi-baru-1", "kata-sandi-baru-1");
        assertThat(session.passwordChangedProperty().get()).isTrue();
        ws.auth().signOut();
        assertThat(ws.auth().signIn("admin", "kata-sandi-baru-1".toCharArray()).username()).isEqualTo("admin");
    }

    @Test
    void anAdministratorAddsAUserSetsRolesAndClientsResetsAndDeactivates() {
        ws.demo().load();
        // The demo has people already, so a "first" administrator is refused and nobody is signed in.
        org.assertj.core.api.Assertions.assertThatThrownBy(this::admin)
                .isInstanceOf(id.warta.service.AuthException.class);
        assertThat(ws.auth().current().user()).isEmpty();
        ws.demo().tryAs("demo.admin");
        UsersViewModel users = new UsersViewModel(ws.auth(), ws.ethics()::clients, tasks, messages);
        users.load();
        assertThat(users.canManageProperty().get()).isTrue();
        assertThat(users.users()).hasSize(5);

        users.newUsernameProperty().set("wulan");
        users.newFullNameProperty().set("Wulan Sari");
        users.newPasswordProperty().set(PASSWORD);
        users.newRepeatProperty().set(PASSWORD);
        users.addUser();
        assertThat(users.messageProperty().get()).isEqualTo("Wulan Sari ditambahkan. Pilih namanya untuk menugaskan klien.");
        User wulan = users.users().stream().filter(u -> u.username().equals("wulan")).findFirst().orElseThrow();
        assertThat(wulan.roles()).containsExactly(Role.STAFF);

        users.selectedProperty().set(wulan);
        assertThat(users.assignments()).hasSize(3).noneMatch(c -> c.chosen().get());
        users.assignments().get(0).chosen().set(true);
        users.roleProperty(Role.SUPERVISOR).set(true);
        users.saveSelected();
        assertThat(users.messageIsProblemProperty().get()).isFalse();
        assertThat(ws.auth().assignedClients(wulan.id())).containsExactly(users.assignments().get(0).client().id());
        assertThat(ws.auth().users().stream().filter(u -> u.id().equals(wulan.id())).findFirst().orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.STAFF, Role.SUPERVISOR);

        users.resetPasswordProperty().set("sandi-baru-untuk-wulan");
        users.resetRepeatProperty().set("sandi-baru-untuk-wulan");
        users.resetSelectedPassword();
        assertThat(users.messageProperty().get()).isEqualTo("Kata sandi Wulan Sari sudah diatur ulang.");

        users.toggleActive();
        assertThat(users.messageProperty().get()).isEqualTo("Wulan Sari dinonaktifkan.");
        assertThat(users.selectedProperty().get().active()).isFalse();
    }

    @Test
    void theLastAdministratorStaysAndOthersOnlySeeANotice() {
        User admin = admin();
        UsersViewModel users = new UsersViewModel(ws.auth(), ws.ethics()::clients, tasks, messages);
        users.load();
        users.selectedProperty().set(users.users().get(0));
        users.toggleActive();
        assertThat(users.messageIsProblemProperty().get()).isTrue();
        assertThat(users.messageProperty().get()).startsWith("Ini administrator aktif terakhir");
        assertThat(ws.auth().users()).singleElement().satisfies(u -> assertThat(u.active()).isTrue());

        ws.auth().createUser("sari", "Sari", EnumSet.of(Role.STAFF), PASSWORD.toCharArray());
        ws.auth().signOut();
        ws.auth().signIn("sari", PASSWORD.toCharArray());
        UsersViewModel asStaff = new UsersViewModel(ws.auth(), ws.ethics()::clients, tasks, messages);
        asStaff.load();
        assertThat(asStaff.canManageProperty().get()).isFalse();
        assertThat(asStaff.users()).isEmpty();
        assertThat(admin.hasRole(Role.ADMIN)).isTrue();
    }

    @Test
    void aSupervisorDelegatesAClientAndRevokesIt() {
        ws.demo().load();
        User supervisor = ws.demo().tryAs(DemoUsers.SUPERVISOR);
        DelegationsViewModel model = new DelegationsViewModel(ws.delegations(), tasks, messages,
                Optional.of(supervisor), TODAY);
        model.load();
        assertThat(model.canDelegateProperty().get()).isTrue();
        assertThat(model.rows()).hasSize(1).allMatch(DelegationRow::current);
        assertThat(model.giverProperty().get().username()).isEqualTo(DemoUsers.SUPERVISOR);
        assertThat(model.clients()).hasSize(3);

        model.create();
        assertThat(model.messageProperty().get()).isEqualTo("Pilih pemberi dan penerima delegasi.");
        model.receiverProperty().set(model.receivers().stream().filter(u -> u.username().equals("demo.staf"))
                .findFirst().orElseThrow());
        model.create();
        assertThat(model.messageProperty().get()).isEqualTo("Pilih minimal satu klien.");
        model.clients().get(1).chosen().set(true);
        model.endsOnProperty().set(TODAY.minusDays(1));
        model.create();
        assertThat(model.messageProperty().get()).isEqualTo("Tanggal selesai tidak boleh sebelum tanggal mulai.");
        model.endsOnProperty().set(TODAY.plusDays(3));
        model.create();
        assertThat(model.messageProperty().get()).isEqualTo("1 delegasi dibuat untuk Rina Kusumawati.");
        assertThat(model.rows()).hasSize(2);

        DelegationRow toStaff = model.rows().stream().filter(r -> r.toName().equals("Rina Kusumawati"))
                .findFirst().orElseThrow();
        model.revoke(toStaff);
        assertThat(model.rows()).filteredOn(r -> r.toName().equals("Rina Kusumawati")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(DelegationRow.Status.REVOKED));
    }

    @Test
    void staffSeeWhatWasGivenToThemButCannotDelegate() {
        ws.demo().load();
        User staff = ws.demo().tryAs("demo.staf");
        DelegationsViewModel model = new DelegationsViewModel(ws.delegations(), tasks, messages, Optional.of(staff),
                TODAY);
        model.load();
        assertThat(model.canDelegateProperty().get()).isFalse();
        assertThat(model.rows()).isEmpty();
        assertThat(model.givers()).isEmpty();
    }
}

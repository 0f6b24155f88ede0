package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Delegation;
import id.warta.service.DelegationException;
import id.warta.service.DelegationRow;
import id.warta.service.DelegationService;
import id.warta.service.PasswordHasher;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelegationServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    DelegationService delegations;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("plh.db"), new DataPaths(dir), "test", CLOCK,
                new PasswordHasher(1_000, new SecureRandom()));
        office = new WorkflowFixture(ws, CLOCK);
        delegations = ws.delegations();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aSupervisorDelegatesTheirClientAndTheDeputyMayThenApprove() {
        office.signIn(office.supervisor);
        long before = office.auditCount();
        List<Delegation> made = delegations.create(office.deputy.id(), List.of(office.client.id()), TODAY,
                TODAY.plusDays(6));
        assertThat(made).singleElement().satisfies(d -> {
            assertThat(d.fromUserId()).isEqualTo(office.supervisor.id());
            assertThat(d.toUserId()).isEqualTo(office.deputy.id());
        });
        assertThat(office.auditCount()).isEqualTo(before + 1);
        assertThat(delegations.list()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(DelegationRow.Status.ACTIVE);
            assertThat(r.toName()).isEqualTo("Agus Pratama");
            assertThat(r.clientName()).isEqualTo("Kominfo");
        });
        office.signIn(office.deputy);
        assertThat(delegations.list()).hasSize(1);
        office.signIn(office.otherSupervisor);
        assertThat(delegations.list()).isEmpty();
    }

    @Test
    void staffMayNotDelegateAndNothingIsWritten() {
        office.signIn(office.staff);
        long before = office.auditCount();
        refused(() -> delegations.create(office.deputy.id(), List.of(office.client.id()), TODAY, TODAY),
                DelegationException.Reason.NOT_PERMITTED);
        assertThat(office.auditCount()).isEqualTo(before);
        office.signIn(office.admin);
        assertThat(delegations.list()).isEmpty();
    }

    @Test
    void aSupervisorCannotHandOverAClientTheyDoNotHoldNorSpeakForAnother() {
        office.signIn(office.supervisor);
        refused(() -> delegations.create(office.deputy.id(), List.of(office.otherClient.id()), TODAY, TODAY),
                DelegationException.Reason.NOT_ASSIGNED);
        refused(() -> delegations.create(office.otherSupervisor.id(), office.deputy.id(),
                List.of(office.otherClient.id()), TODAY, TODAY), DelegationException.Reason.NOT_PERMITTED);
    }

    @Test
    void badDatesEmptyClientsAndSelfAreRefused() {
        office.signIn(office.supervisor);
        List<String> client = List.of(office.client.id());
        refused(() -> delegations.create(office.deputy.id(), client, TODAY, TODAY.minusDays(1)),
                DelegationException.Reason.DATES_REVERSED);
        refused(() -> delegations.create(office.deputy.id(), client, TODAY.minusDays(5), TODAY.minusDays(1)),
                DelegationException.Reason.ALREADY_ENDED);
        refused(() -> delegations.create(office.deputy.id(), client, TODAY, TODAY.plusYears(2)),
                DelegationException.Reason.TOO_LONG);
        refused(() -> delegations.create(office.deputy.id(), List.of(), TODAY, TODAY),
                DelegationException.Reason.NO_CLIENTS);
        refused(() -> delegations.create(office.supervisor.id(), client, TODAY, TODAY),
                DelegationException.Reason.SAME_USER);
        office.deactivate(office.deputy);
        refused(() -> delegations.create(office.deputy.id(), client, TODAY, TODAY),
                DelegationException.Reason.TARGET_INACTIVE);
    }

    @Test
    void anAdministratorRecordsADelegationForASupervisorAndSeesEveryOne() {
        office.signIn(office.admin);
        delegations.create(office.supervisor.id(), office.deputy.id(), List.of(office.client.id()),
                TODAY.plusDays(3), TODAY.plusDays(5));
        assertThat(delegations.list()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(DelegationRow.Status.UPCOMING));
        assertThat(delegations.possibleGivers()).extracting(u -> u.username()).containsExactlyInAnyOrder("ratna",
                "yusuf");
        office.signIn(office.supervisor);
        assertThat(delegations.possibleGivers()).extracting(u -> u.username()).containsExactly("ratna");
        assertThat(delegations.clientsOf(office.supervisor.id())).extracting(c -> c.shortName())
                .containsExactly("Kominfo");
    }

    @Test
    void onlyTheGiverOrAnAdministratorRevokesAndRevokingIsAudited() {
        office.signIn(office.supervisor);
        String id = delegations.create(office.deputy.id(), List.of(office.client.id()), TODAY, TODAY.plusDays(2))
                .get(0).id();
        office.signIn(office.otherSupervisor);
        refused(() -> delegations.revoke(id), DelegationException.Reason.NOT_PERMITTED);
        office.signIn(office.supervisor);
        long before = office.auditCount();
        delegations.revoke(id);
        assertThat(office.auditCount()).isEqualTo(before + 1);
        assertThat(delegations.list()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(DelegationRow.Status.REVOKED);
            assertThat(r.current()).isFalse();
        });
        refused(() -> delegations.revoke(id), DelegationException.Reason.ALREADY_REVOKED);
        refused(() -> delegations.revoke("no-such-id"), DelegationException.Reason.NO_SUCH_DELEGATION);
    }

    @Test
    void aDelegationPastItsLastDayHasEnded() {
        office.delegate(office.supervisor, office.deputy, TODAY.minusDays(10), TODAY.minusDays(1), false);
        office.signIn(office.deputy);
        assertThat(delegations.list()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(DelegationRow.Status.ENDED));
    }

    @Test
    void nobodySignedInIsRefused() {
        refused(() -> delegations.list(), DelegationException.Reason.NOT_SIGNED_IN);
    }

    private static void refused(ThrowingCallable call, DelegationException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DelegationException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}

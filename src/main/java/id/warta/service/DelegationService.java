package id.warta.service;

import id.warta.domain.Client;
import id.warta.domain.Delegation;
import id.warta.domain.Role;
import id.warta.domain.User;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plt/Plh: a supervisor hands approval for chosen clients and days to someone else while away. A
 * supervisor delegates their own clients; an administrator may record it for any supervisor. Every
 * creation and revocation is audited; a delegation ends by itself after its last day.
 */
public final class DelegationService {
    private final Transactor tx;
    private final DelegationRepository delegations;
    private final UserRepository users;
    private final ClientRepository clients;
    private final CurrentUser current;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId officeZone;

    public DelegationService(Transactor tx, DelegationRepository delegations, UserRepository users,
                             ClientRepository clients, CurrentUser current, AuditLog audit, Clock clock,
                             ZoneId officeZone) {
        this.tx = tx;
        this.delegations = delegations;
        this.users = users;
        this.clients = clients;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
        this.officeZone = officeZone;
    }

    /** Delegates from the signed-in supervisor. */
    public List<Delegation> create(String toUserId, Collection<String> clientIds, LocalDate startsOn, LocalDate endsOn) {
        return create(me().id(), toUserId, clientIds, startsOn, endsOn);
    }

    /**
     * Creates one delegation per client, all or none.
     *
     * @param fromUserId the supervisor whose approval is handed over; only an administrator may name someone else
     */
    public List<Delegation> create(String fromUserId, String toUserId, Collection<String> clientIds,
                                   LocalDate startsOn, LocalDate endsOn) {
        User me = me();
        boolean admin = me.hasRole(Role.ADMIN);
        if (!admin && !(me.hasRole(Role.SUPERVISOR) && me.id().equals(fromUserId))) {
            throw new DelegationException(DelegationException.Reason.NOT_PERMITTED);
        }
        if (clientIds == null || clientIds.isEmpty()) {
            throw new DelegationException(DelegationException.Reason.NO_CLIENTS);
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new DelegationException(DelegationException.Reason.DATES_REVERSED);
        }
        if (endsOn.isBefore(today())) {
            throw new DelegationException(DelegationException.Reason.ALREADY_ENDED);
        }
        if (startsOn.plusYears(1).isBefore(endsOn)) {
            throw new DelegationException(DelegationException.Reason.TOO_LONG);
        }
        if (fromUserId.equals(toUserId)) {
            throw new DelegationException(DelegationException.Reason.SAME_USER);
        }
        return tx.write(() -> {
            User from = users.findById(fromUserId)
                    .orElseThrow(() -> new DelegationException(DelegationException.Reason.NO_SUCH_USER));
            User to = users.findById(toUserId)
                    .orElseThrow(() -> new DelegationException(DelegationException.Reason.NO_SUCH_USER));
            if (!from.hasRole(Role.SUPERVISOR)) {
                throw new DelegationException(DelegationException.Reason.NOT_A_SUPERVISOR, from.displayName());
            }
            if (!to.active()) {
                throw new DelegationException(DelegationException.Reason.TARGET_INACTIVE, to.displayName());
            }
            Set<String> assigned = users.assignedClients(from.id());
            List<Delegation> made = new ArrayList<>();
            for (String clientId : Set.copyOf(clientIds)) {
                Client client = clients.findById(clientId)
                        .orElseThrow(() -> new DelegationException(DelegationException.Reason.NO_CLIENTS));
                if (!assigned.contains(clientId)) {
                    throw new DelegationException(DelegationException.Reason.NOT_ASSIGNED, from.displayName(),
                            client.shortName());
                }
                Delegation d = Delegation.create(from.id(), to.id(), clientId, startsOn, endsOn);
                delegations.save(d);
                audit.record("delegation.create", "delegation", d.id(), null, d);
                made.add(d);
            }
            return made;
        });
    }

    /** Ends a delegation now; its giver or an administrator may. */
    public void revoke(String delegationId) {
        User me = me();
        tx.writeRun(() -> {
            Delegation d = delegations.findById(delegationId)
                    .orElseThrow(() -> new DelegationException(DelegationException.Reason.NO_SUCH_DELEGATION));
            if (!me.hasRole(Role.ADMIN) && !me.id().equals(d.fromUserId())) {
                throw new DelegationException(DelegationException.Reason.NOT_PERMITTED);
            }
            if (d.revoked()) {
                throw new DelegationException(DelegationException.Reason.ALREADY_REVOKED);
            }
            delegations.revoke(d.id());
            audit.record("delegation.revoke", "delegation", d.id(), d,
                    new Delegation(d.id(), d.fromUserId(), d.toUserId(), d.clientId(), d.startsOn(), d.endsOn(), true));
        });
    }

    /**
     * What the signed-in user may see: an administrator every delegation, anyone else those given by or to
     * them. Current ones first, then by first day, newest first.
     */
    public List<DelegationRow> list() {
        User me = me();
        LocalDate today = today();
        return tx.read(() -> {
            Map<String, String> names = users.findAll().stream().collect(Collectors.toMap(User::id, User::displayName));
            Map<String, String> clientNames = clients.findAll().stream()
                    .collect(Collectors.toMap(Client::id, Client::shortName));
            List<Delegation> visible = me.hasRole(Role.ADMIN) ? delegations.findAll()
                    : delegations.findAll().stream()
                    .filter(d -> d.fromUserId().equals(me.id()) || d.toUserId().equals(me.id())).toList();
            Function<String, String> name = id -> names.getOrDefault(id, id);
            return visible.stream()
                    .map(d -> new DelegationRow(d, name.apply(d.fromUserId()), name.apply(d.toUserId()),
                            clientNames.getOrDefault(d.clientId(), d.clientId()), status(d, today)))
                    .sorted(Comparator.comparing((DelegationRow r) -> !r.current())
                            .thenComparing(r -> r.delegation().startsOn(), Comparator.reverseOrder()))
                    .toList();
        });
    }

    /** Supervisors who could hand over approval (for an administrator: all; for a supervisor: themselves). */
    public List<User> possibleGivers() {
        User me = me();
        return tx.read(() -> users.findAll().stream()
                .filter(u -> u.active() && u.hasRole(Role.SUPERVISOR))
                .filter(u -> me.hasRole(Role.ADMIN) || u.id().equals(me.id()))
                .toList());
    }

    /** Active people who could receive a delegation. */
    public List<User> possibleReceivers() {
        return tx.read(() -> users.findAll().stream().filter(User::active).toList());
    }

    /** The clients a giver may delegate: those assigned to them. */
    public List<Client> clientsOf(String userId) {
        return tx.read(() -> {
            Set<String> assigned = users.assignedClients(userId);
            return clients.findAll().stream().filter(c -> assigned.contains(c.id())).toList();
        });
    }

    static DelegationRow.Status status(Delegation d, LocalDate today) {
        if (d.revoked()) {
            return DelegationRow.Status.REVOKED;
        }
        if (today.isAfter(d.endsOn())) {
            return DelegationRow.Status.ENDED;
        }
        return today.isBefore(d.startsOn()) ? DelegationRow.Status.UPCOMING : DelegationRow.Status.ACTIVE;
    }

    private User me() {
        User signedIn = current.user()
                .orElseThrow(() -> new DelegationException(DelegationException.Reason.NOT_SIGNED_IN));
        // The session may be older than a deactivation or role change: decide on the stored user.
        User fresh = tx.read(() -> users.findById(signedIn.id())).orElse(signedIn);
        if (!fresh.active()) {
            throw new DelegationException(DelegationException.Reason.NOT_PERMITTED);
        }
        return fresh;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(officeZone));
    }
}

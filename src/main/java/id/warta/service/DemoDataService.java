package id.warta.service;

import id.warta.domain.Client;
import id.warta.domain.Delegation;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.User;
import id.warta.service.demo.DemoData;
import id.warta.service.demo.DemoDataGenerator;
import id.warta.service.demo.DemoUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Fills an empty database with the demo organisation and marks it as demo data. */
public final class DemoDataService {
    public static final String DEMO_SETTING = "demo";

    private final Transactor tx;
    private final ClientRepository clients;
    private final AccountRepository accounts;
    private final CampaignRepository campaigns;
    private final PostRepository posts;
    private final SettingRepository settings;
    private final WatchListRepository lists;
    private final AuditLog audit;
    private final DemoDataGenerator generator;
    private final Clock clock;
    private final DemoPeople people;
    private final PlanningStores planning;

    /** Where the demo's blackout and account plans go (issue 7); null leaves them out. */
    public record PlanningStores(BlackoutRepository blackouts, AccountPlanRepository plans) {
    }

    /** What the demo needs to create its people and let a visitor switch between them. */
    public record DemoPeople(UserRepository users, DelegationRepository delegations, PasswordHasher hasher,
                             CurrentUser current) {
    }

    public DemoDataService(Transactor tx, ClientRepository clients, AccountRepository accounts,
                           CampaignRepository campaigns, PostRepository posts, SettingRepository settings,
                           WatchListRepository lists, AuditLog audit, DemoDataGenerator generator, Clock clock,
                           DemoPeople people) {
        this(tx, clients, accounts, campaigns, posts, settings, lists, audit, generator, clock, people, null);
    }

    public DemoDataService(Transactor tx, ClientRepository clients, AccountRepository accounts,
                           CampaignRepository campaigns, PostRepository posts, SettingRepository settings,
                           WatchListRepository lists, AuditLog audit, DemoDataGenerator generator, Clock clock,
                           DemoPeople people, PlanningStores planning) {
        this.planning = planning;
        this.tx = tx;
        this.clients = clients;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.posts = posts;
        this.settings = settings;
        this.lists = lists;
        this.audit = audit;
        this.generator = generator;
        this.clock = clock;
        this.people = people;
    }

    /**
     * Loads the demo in one transaction: either all of it lands or nothing does.
     *
     * @throws DemoRefusedException when the database already holds posts
     * @throws DemoHasUsersException when it already has users (the demo's shared password must not reach them)
     */
    public DemoSummary load() {
        DemoData data = generator.generate(LocalDate.now(clock), LocalDate.now(clock).toEpochDay());
        // One hash for all demo people: they share a published password, so separate salts would hide nothing,
        // and five 600,000-iteration hashes would make loading the demo seconds slower.
        String sharedHash = people.hasher().hash(DemoUsers.PASSWORD.toCharArray());
        return tx.write(() -> {
            long existing = posts.count();
            if (existing > 0) {
                throw new DemoRefusedException(existing);
            }
            long people = this.people.users().count();
            if (people > 0) {
                throw new DemoHasUsersException(people);
            }
            data.clients().forEach(c -> audit.record("client.create", "client", c.id(), null, clients.save(c)));
            data.accounts().forEach(a -> audit.record("account.create", "account", a.id(), null, accounts.save(a)));
            data.campaigns().forEach(c -> audit.record("campaign.create", "campaign", c.id(), null, campaigns.save(c)));
            List<User> staff = createPeople(data.clients(), sharedHash);
            List<Post> authored = authoredBy(data.posts(), staff);
            authored.forEach(p -> audit.record("post.create", "post", p.id(), null, posts.save(p)));
            data.targets().forEach(posts::saveTarget);
            data.variants().forEach(posts::saveVariant);
            addDemoLists(data);
            addDemoPlanning(data);
            settings.put(DEMO_SETTING, "true");
            return new DemoSummary(data.clients().size(), data.accounts().size(), data.campaigns().size(),
                    data.posts().size(), data.targets().size());
        });
    }

    /** A quiet period that warns, and posting hours and weekly targets for a few accounts. */
    private void addDemoPlanning(DemoData data) {
        if (planning == null) {
            return;
        }
        id.warta.service.demo.DemoPlanning.quietPeriod(data, LocalDate.now(clock)).ifPresent(b ->
                audit.record("planningRule.blackoutCreate", "blackout", b.id(), null, planning.blackouts().save(b)));
        for (var plan : id.warta.service.demo.DemoPlanning.plans(data)) {
            planning.plans().save(plan);
        }
    }

    /**
     * The disaster agency watches the (fictional) candidates of its regional election and allows
     * its own call-centre number, so the demo shows both lists at work.
     */
    private void addDemoLists(DemoData data) {
        data.clients().stream().filter(c -> c.shortName().startsWith("BPBD")).findFirst().ifPresent(c -> {
            for (WatchEntry e : List.of(
                    WatchEntry.create(c.id(), "Hendra Purnawangsa", WatchEntry.Kind.CANDIDATE),
                    WatchEntry.create(c.id(), "Partai Harapan Nusa Raya", WatchEntry.Kind.PARTY),
                    WatchEntry.create(c.id(), "relokasi paksa", WatchEntry.Kind.AVOIDED_WORD),
                    WatchEntry.create(c.id(), "0811-0000-7117", WatchEntry.Kind.ALLOW))) {
                audit.record("watchlist.add", "watch_term", e.id(), null, lists.add(e));
            }
        });
    }

    /** Creates the demo people, assigns them to every demo client and starts the Plh delegation; returns the writers. */
    private List<User> createPeople(List<Client> demoClients, String sharedHash) {
        List<User> writers = new ArrayList<>();
        for (DemoUsers.Person person : DemoUsers.ALL) {
            User saved = people.users().save(new User(Ids.newId(), person.username(), person.displayName(),
                    person.roles(), true, 0));
            people.users().saveCredentials(saved.id(), Credentials.fresh(sharedHash));
            audit.record("user.create", "app_user", saved.id(), null, saved);
            for (Client c : demoClients) {
                people.users().assign(saved.id(), c.id());
                audit.record("user.assign", "app_user", saved.id(), null, "{\"client\":\"" + c.id() + "\"}");
            }
            if (person.writes()) {
                writers.add(saved);
            }
        }
        String supervisor = people.users().findByUsername(DemoUsers.SUPERVISOR).orElseThrow().id();
        String deputy = people.users().findByUsername(DemoUsers.DEPUTY).orElseThrow().id();
        if (!demoClients.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            Client first = demoClients.stream().min(Comparator.comparing(Client::shortName)).orElseThrow();
            Delegation d = Delegation.create(supervisor, deputy, first.id(), today, today.plusDays(13));
            people.delegations().save(d);
            audit.record("delegation.create", "delegation", d.id(), null, d);
        }
        return writers;
    }

    /** The generator knows no people; the demo's writers take turns as authors so every post can be reviewed. */
    private static List<Post> authoredBy(List<Post> generated, List<User> writers) {
        List<Post> out = new ArrayList<>(generated.size());
        for (int i = 0; i < generated.size(); i++) {
            Post p = generated.get(i);
            String author = writers.get(i % writers.size()).id();
            out.add(new Post(p.id(), p.clientId(), p.campaignId(), p.title(), p.body(), p.contentType(), p.state(),
                    p.hashtags(), p.media(), author, p.createdAt(), p.updatedAt(), p.version()));
        }
        return out;
    }

    /** The demo people in the order of {@link DemoUsers#ALL}; empty on a database that is not a demo. */
    public List<User> demoUsers() {
        return tx.read(() -> {
            if (!settings.get(DEMO_SETTING).map(Boolean::parseBoolean).orElse(false)) {
                return List.<User>of();
            }
            List<User> found = new ArrayList<>();
            for (DemoUsers.Person person : DemoUsers.ALL) {
                people.users().findByUsername(person.username()).ifPresent(found::add);
            }
            return found;
        });
    }

    /**
     * "Try as": signs in as a demo person without a password. Only a demo database allows it, and only
     * for its demo people; every switch is audited.
     */
    public User tryAs(String username) {
        User user = tx.write(() -> {
            boolean demo = settings.get(DEMO_SETTING).map(Boolean::parseBoolean).orElse(false);
            boolean demoPerson = DemoUsers.ALL.stream().anyMatch(p -> p.username().equalsIgnoreCase(username));
            if (!demo || !demoPerson) {
                throw new AuthException(AuthException.Reason.NOT_DEMO);
            }
            Optional<User> found = people.users().findByUsername(username);
            User u = found.orElseThrow(() -> new AuthException(AuthException.Reason.NOT_DEMO));
            if (!u.active()) {
                throw new AuthException(AuthException.Reason.INACTIVE);
            }
            audit.record("auth.demoSwitch", "app_user", u.id(), people.current().get(), u.username());
            return u;
        });
        people.current().signIn(user);
        return user;
    }

    /**
     * Opens a demo database as its supervisor. A demo made before demo people existed gets them now,
     * so an older demo file still opens.
     */
    public User enterAsSupervisor() {
        if (demoUsers().isEmpty() && isDemo()) {
            String sharedHash = people.hasher().hash(DemoUsers.PASSWORD.toCharArray());
            tx.writeRun(() -> {
                if (people.users().findByUsername(DemoUsers.SUPERVISOR).isEmpty()) {
                    createPeople(clients.findAll(), sharedHash);
                }
            });
        }
        return tryAs(DemoUsers.SUPERVISOR);
    }

    public boolean isDemo() {
        return tx.read(() -> settings.get(DEMO_SETTING).map(Boolean::parseBoolean).orElse(false));
    }
}

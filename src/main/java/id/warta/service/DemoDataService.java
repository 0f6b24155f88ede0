package id.warta.service;

import id.warta.service.demo.DemoData;
import id.warta.service.demo.DemoDataGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

    public DemoDataService(Transactor tx, ClientRepository clients, AccountRepository accounts,
                           CampaignRepository campaigns, PostRepository posts, SettingRepository settings,
                           WatchListRepository lists, AuditLog audit, DemoDataGenerator generator, Clock clock) {
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
    }

    /**
     * Loads the demo in one transaction: either all of it lands or nothing does.
     *
     * @throws DemoRefusedException when the database already holds posts
     */
    public DemoSummary load() {
        DemoData data = generator.generate(LocalDate.now(clock), LocalDate.now(clock).toEpochDay());
        return tx.write(() -> {
            long existing = posts.count();
            if (existing > 0) {
                throw new DemoRefusedException(existing);
            }
            data.clients().forEach(c -> audit.record("client.create", "client", c.id(), null, clients.save(c)));
            data.accounts().forEach(a -> audit.record("account.create", "account", a.id(), null, accounts.save(a)));
            data.campaigns().forEach(c -> audit.record("campaign.create", "campaign", c.id(), null, campaigns.save(c)));
            data.posts().forEach(p -> audit.record("post.create", "post", p.id(), null, posts.save(p)));
            data.targets().forEach(posts::saveTarget);
            data.variants().forEach(posts::saveVariant);
            addDemoLists(data);
            settings.put(DEMO_SETTING, "true");
            return new DemoSummary(data.clients().size(), data.accounts().size(), data.campaigns().size(),
                    data.posts().size(), data.targets().size());
        });
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

    public boolean isDemo() {
        return tx.read(() -> settings.get(DEMO_SETTING).map(Boolean::parseBoolean).orElse(false));
    }
}

package id.warta.app;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.ContentType;
import id.warta.domain.Finding;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.persistence.JdbcCampaignRepository;
import id.warta.persistence.JdbcCheckRecordRepository;
import id.warta.persistence.JdbcPostRepository;
import id.warta.service.CheckRecord;
import java.time.Instant;
import java.util.List;

/** Campaigns, posts in them and stored check results, for the calendar's filter, badge and search tests. */
public final class CampaignPosts {
    private CampaignPosts() {
    }

    public static Campaign campaign(SqliteWorkspace ws, String clientId, String name) {
        return ws.transactor().write(() -> new JdbcCampaignRepository(ws.database())
                .save(Campaign.create(clientId, name, null, null)));
    }

    /** A post of the account's client, in a campaign (or none), by an author, with one publication. */
    public static Post post(SqliteWorkspace ws, Account account, String campaignId, String title, String body,
                            WorkflowState state, Instant at, String authorId, Instant now) {
        var posts = new JdbcPostRepository(ws.database());
        return ws.transactor().write(() -> {
            Post p = posts.save(new Post(Ids.newId(), account.clientId(), campaignId, title, body,
                    ContentType.EDUCATIONAL, state, List.of("#Info"), List.of(), authorId, now, now, 0));
            posts.saveTarget(PostTarget.create(p.id(), account.id(), at));
            return p;
        });
    }

    /** Stores a check result with these findings, as a submit or an editor save does. */
    public static void checked(SqliteWorkspace ws, String postId, Instant at, List<Finding> findings) {
        ws.transactor().writeRun(() -> new JdbcCheckRecordRepository(ws.database()).save(new CheckRecord(Ids.newId(),
                postId, "test", at, id.warta.domain.Verdict.of(findings), findings)));
    }
}

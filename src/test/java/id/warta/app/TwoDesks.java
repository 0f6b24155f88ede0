package id.warta.app;

import id.warta.domain.ContentType;
import id.warta.service.PostDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Two desktops on one SQLite file, as the merge tests need them: Sari (staff) and Budi (other staff)
 * each signed in on their own workspace, and one draft of Sari's due on a Friday that both open.
 * Test code only.
 */
public final class TwoDesks implements AutoCloseable {
    public static final Instant FRIDAY = Instant.parse("2026-12-04T02:00:00Z");

    public final SqliteWorkspace sari;
    public final SqliteWorkspace budi;
    public final WorkflowFixture office;
    public final String postId;

    public TwoDesks(Path file, Path folder, Clock clock, String body) {
        sari = SqliteWorkspace.open(file, new DataPaths(folder), "test", clock);
        office = new WorkflowFixture(sari, clock);
        budi = SqliteWorkspace.open(file, new DataPaths(folder), "test", clock);
        office.signIn(office.staff);
        budi.auth().current().signIn(office.otherStaff);
        postId = sari.editing().save(new PostDraft(null, 0, office.client.id(), null, "Layanan KTP keliling",
                body, ContentType.ANNOUNCEMENT, List.of("#KTP"),
                List.of(new PostDraft.TargetLine(office.account.id(), FRIDAY, "")))).id();
    }

    @Override
    public void close() {
        budi.close();
        sari.close();
    }
}

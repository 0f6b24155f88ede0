package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.service.CaldavException;
import id.warta.service.CaldavPublishService;
import id.warta.service.CaldavTarget;
import id.warta.service.ExportFilter;
import id.warta.service.Messages;
import id.warta.service.PublishResult;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CalDAV publishing against a real Radicale server on 127.0.0.1. */
class CaldavPublishTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path dir;
    RadicaleServer radicale;
    SqliteWorkspace ws;
    WorkflowFixture office;
    String collection;

    @BeforeEach
    void start() throws Exception {
        radicale = RadicaleServer.start(dir);
        collection = radicale.makeCalendar("warta");
        ws = SqliteWorkspace.open(dir.resolve("caldav.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
    }

    @AfterEach
    void stop() {
        if (ws != null) {
            ws.close();
        }
        if (radicale != null) {
            radicale.close();
        }
    }

    private PublishResult publish(CaldavTarget target) {
        return ws.caldav().publish(ExportFilter.everything(), "Tim Humas", target, ID, CaldavPublishService.Progress.NONE);
    }

    private CaldavTarget target() {
        return CaldavTarget.of(collection, RadicaleServer.USER, RadicaleServer.PASSWORD);
    }

    private VEvent storedEvent(String uid) throws Exception {
        Path file = radicale.storedNamed("warta", uid + ".ics").orElseThrow();
        ICalendar cal = IcalExportTest.parse(Files.readString(file));
        assertThat(cal.getEvents()).hasSize(1);
        assertThat(cal.getTimezoneInfo().getComponents()).hasSize(1);
        return cal.getEvents().get(0);
    }

    @Test
    void pushesOnlyWhatChangedAndDeletesCancelledPublications() throws Exception {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posts.add(office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN));
        }
        List<Integer> progress = new ArrayList<>();
        PublishResult first = ws.caldav().publish(ExportFilter.everything(), "Tim Humas", target(), ID,
                (done, total) -> progress.add(done * 100 + total));
        assertThat(first).isEqualTo(new PublishResult(3, 0, 0, 0));
        assertThat(progress).containsExactly(103, 203, 303);
        assertThat(radicale.stored("warta")).hasSize(3);
        String uid = "%s@warta.id".formatted(office.targets(posts.get(0).id()).get(0).id());
        VEvent created = storedEvent(uid);
        assertThat(created.getUid().getValue()).isEqualTo(uid);
        assertThat(created.getSequence().getValue()).isZero();
        String etag = radicale.get(collection + uid + ".ics").headers().firstValue("ETag").orElseThrow();

        // Nothing changed: nothing is sent, and the server's copy keeps its ETag.
        assertThat(publish(target())).isEqualTo(new PublishResult(0, 0, 0, 3));
        assertThat(radicale.get(collection + uid + ".ics").headers().firstValue("ETag")).hasValue(etag);

        // Moving one post updates exactly that resource: same UID and name, SEQUENCE raised.
        office.signIn(office.staff);
        PostTarget t = office.targets(posts.get(0).id()).get(0);
        Instant later = t.scheduledAt().plusSeconds(2 * 3600);
        ws.workflow().reschedule(t.id(), posts.get(0).id(), t.version(), later);
        assertThat(publish(target())).isEqualTo(new PublishResult(0, 1, 0, 2));
        VEvent moved = storedEvent(uid);
        assertThat(moved.getUid().getValue()).isEqualTo(uid);
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getDateStart().getValue().getTime()).isEqualTo(later.toEpochMilli());
        assertThat(radicale.stored("warta")).hasSize(3);

        // Cancelling removes the resource (DELETE with If-Match), see docs/ical.md.
        Post current = office.reload(posts.get(1).id());
        ws.workflow().cancel(current.id(), current.version(), "Acara ditunda oleh panitia.");
        String cancelledUid = office.targets(posts.get(1).id()).get(0).id() + "@warta.id";
        assertThat(publish(target())).isEqualTo(new PublishResult(0, 0, 1, 2));
        assertThat(radicale.storedNamed("warta", cancelledUid + ".ics")).isEmpty();
        assertThat(radicale.stored("warta")).hasSize(2);
        assertThat(radicale.get(collection + cancelledUid + ".ics").statusCode()).isEqualTo(404);
        assertThat(publish(target())).isEqualTo(new PublishResult(0, 0, 0, 2));
    }

    @Test
    void aResourceChangedOnTheServerIsReplacedWithItsFreshEtag() throws Exception {
        Post post = office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        assertThat(publish(target()).created()).isEqualTo(1);
        String uid = office.targets(post.id()).get(0).id() + "@warta.id";
        String url = collection + uid + ".ics";
        HttpResponse<String> original = radicale.get(url);
        // A colleague edits the event in their calendar app: the stored ETag is now stale.
        String edited = original.body().replace("SUMMARY:", "SUMMARY:Diubah ");
        assertThat(radicale.put(url, edited, original.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isIn(201, 204);

        office.signIn(office.staff);
        PostTarget t = office.targets(post.id()).get(0);
        ws.workflow().reschedule(t.id(), post.id(), t.version(), t.scheduledAt().plusSeconds(3600));
        assertThat(publish(target())).isEqualTo(new PublishResult(0, 1, 0, 0));
        VEvent event = storedEvent(uid);
        assertThat(event.getSummary().getValue()).doesNotStartWith("Diubah");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
    }

    @Test
    void aLostLedgerReplacesWhatIsAlreadyThereInsteadOfFailing() throws Exception {
        office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        publish(target());
        // A second computer (or a restored backup) has no ledger but publishes the same UIDs.
        Path db = dir.resolve("caldav.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM caldav_resource");
        }
        assertThat(publish(target())).isEqualTo(new PublishResult(0, 1, 0, 0));
        assertThat(radicale.stored("warta")).hasSize(1);
    }

    @Test
    void wrongPasswordMissingCollectionAndBadAddressAreExplained() throws Exception {
        office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        CaldavTarget wrong = CaldavTarget.of(collection, RadicaleServer.USER, "salah");
        assertThatThrownBy(() -> publish(wrong)).isInstanceOfSatisfying(CaldavException.class, e -> {
            assertThat(e.reason()).isEqualTo(CaldavException.Reason.UNAUTHORIZED);
            String text = ID.format(e.messageKey(), e.arguments().toArray());
            assertThat(text).contains("humas").contains("401").doesNotContain("salah");
        });
        assertThat(radicale.stored("warta")).isEmpty();

        CaldavTarget missing = CaldavTarget.of(radicale.url("/humas/tidak-ada/"), RadicaleServer.USER,
                RadicaleServer.PASSWORD);
        assertThatThrownBy(() -> publish(missing)).isInstanceOfSatisfying(CaldavException.class, e -> {
            assertThat(e.reason()).isEqualTo(CaldavException.Reason.NOT_FOUND);
            assertThat(ID.format(e.messageKey(), e.arguments().toArray())).contains("tidak ditemukan")
                    .contains("/humas/tidak-ada/");
        });

        CaldavTarget foreign = CaldavTarget.of(radicale.url("/orang-lain/kalender/"), RadicaleServer.USER,
                RadicaleServer.PASSWORD);
        assertThatThrownBy(() -> publish(foreign)).isInstanceOfSatisfying(CaldavException.class,
                e -> assertThat(e.reason()).isIn(CaldavException.Reason.FORBIDDEN, CaldavException.Reason.NOT_FOUND));

        assertThatThrownBy(() -> CaldavTarget.of("ftp://contoh", "u", "p")).isInstanceOfSatisfying(
                CaldavException.class, e -> assertThat(e.reason()).isEqualTo(CaldavException.Reason.BAD_URL));
        assertThat(target().toString()).doesNotContain(RadicaleServer.PASSWORD);
    }

    @Test
    void anUnreachableServerIsReportedAfterRetries() throws Exception {
        int port = radicale.port;
        radicale.close();
        radicale = null;
        CaldavTarget gone = CaldavTarget.of("http://127.0.0.1:" + port + "/humas/warta/", "humas", "x");
        assertThatThrownBy(() -> ws.caldav().publish(ExportFilter.everything(), "Warta", gone, ID,
                CaldavPublishService.Progress.NONE)).isInstanceOfSatisfying(CaldavException.class,
                e -> assertThat(e.reason()).isEqualTo(CaldavException.Reason.UNREACHABLE));
    }

    @Test
    void theCommandLinePublishesWithThePasswordFromTheEnvironmentAndRemembersTheAddress() throws Exception {
        office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        ws.feeds().create("Tim Humas", ExportFilter.everything());
        ws.close();
        ws = null;
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        id.warta.cli.CliContext context = new id.warta.cli.CliContext(
                file -> SqliteWorkspace.open(file, new DataPaths(dir), "test", CLOCK), ID,
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        String db = dir.resolve("caldav.db").toString();
        java.util.function.Function<java.util.Map<String, String>, picocli.CommandLine> cli = env ->
                new picocli.CommandLine(new id.warta.cli.PublishCommand(context, env::get));

        assertThat(cli.apply(java.util.Map.of()).execute("--db", db, "--url", collection, "--user", "humas"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("WARTA_CALDAV_PASSWORD");

        java.util.Map<String, String> env = java.util.Map.of("WARTA_CALDAV_PASSWORD", RadicaleServer.PASSWORD);
        assertThat(cli.apply(env).execute("--db", db, "--url", collection, "--user", "humas", "--feed", "tim humas"))
                .isZero();
        assertThat(out.toString()).contains("1 dibuat, 0 diperbarui, 0 dihapus, 0 tidak berubah.");
        assertThat(radicale.stored("warta")).hasSize(1);
        // The address is remembered; the password is nowhere in the database file.
        assertThat(cli.apply(env).execute("--db", db, "--user", "humas", "--feed", "Tim Humas")).isZero();
        assertThat(out.toString()).contains("0 dibuat, 0 diperbarui, 0 dihapus, 1 tidak berubah.");
        assertThat(new String(Files.readAllBytes(dir.resolve("caldav.db")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/humas/warta/").doesNotContain(RadicaleServer.PASSWORD);

        java.util.Map<String, String> wrong = java.util.Map.of("WARTA_CALDAV_PASSWORD", "salah");
        assertThat(cli.apply(wrong).execute("--db", db, "--user", "humas")).isEqualTo(2);
        assertThat(err.toString()).contains("(401)");
    }

    @Test
    void theSettingsSectionPublishesAndExplainsARefusal() throws Exception {
        office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        office.post(WorkflowState.SCHEDULED, WorkflowServiceTest.CLEAN);
        List<Double> progress = new ArrayList<>();
        id.warta.ui.settings.CaldavViewModel model = new id.warta.ui.settings.CaldavViewModel(ws.caldav(),
                new id.warta.ui.common.SameThreadTasks(), Runnable::run, ID);
        model.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        model.urlProperty().set(collection);
        model.usernameProperty().set(RadicaleServer.USER);
        model.passwordProperty().set("salah");
        model.publishNow();
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("(401)");
        assertThat(model.busyProperty().get()).isFalse();

        model.passwordProperty().set(RadicaleServer.PASSWORD);
        model.publishNow();
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("2 dibuat, 0 diperbarui, 0 dihapus, 0 tidak berubah.");
        assertThat(progress).contains(0.5, 1.0);
        assertThat(radicale.stored("warta")).hasSize(2);

        // A new window remembers the address but not the credentials.
        id.warta.ui.settings.CaldavViewModel later = new id.warta.ui.settings.CaldavViewModel(ws.caldav(),
                new id.warta.ui.common.SameThreadTasks(), Runnable::run, ID);
        later.load();
        assertThat(later.urlProperty().get()).isEqualTo(collection);
        assertThat(later.usernameProperty().get()).isEmpty();
        assertThat(later.passwordProperty().get()).isEmpty();
    }
}

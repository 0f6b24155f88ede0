package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.ICalendar;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.ical.FeedServer;
import id.warta.service.ExportException;
import id.warta.service.ExportFilter;
import id.warta.service.Feed;
import id.warta.service.Messages;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subscription feeds served over real HTTP on 127.0.0.1, read with the JDK's HTTP client. */
class FeedServerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    FeedServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void open() throws Exception {
        ws = SqliteWorkspace.open(dir.resolve("feed.db"), new DataPaths(dir), "test", CLOCK);
        server = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ws.feeds(),
                new Messages(Messages.INDONESIAN));
    }

    @AfterEach
    void close() {
        server.close();
        ws.close();
    }

    private HttpResponse<String> send(String method, String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheCalendarWithEtagsAndNotModified() throws Exception {
        ws.demo().load();
        Feed feed = ws.feeds().create("Tim Humas", ExportFilter.everything());
        String url = server.urlOf(feed.token());
        assertThat(url).startsWith("http://127.0.0.1:");

        HttpResponse<String> first = send("GET", url, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        ICalendar cal = IcalExportTest.parse(first.body());
        assertThat(cal.getEvents()).hasSize(ws.export().count(ExportFilter.everything()));
        assertThat(first.body()).contains("X-WR-CALNAME:Tim Humas\r\n");

        HttpResponse<String> again = send("GET", url, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> head = send("HEAD", url, null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertThat(head.headers().firstValueAsLong("Content-Length"))
                .hasValue((long) first.body().getBytes(StandardCharsets.UTF_8).length);

        assertThat(send("POST", url, null).statusCode()).isEqualTo(405);
    }

    @Test
    void aChangeGivesANewEtagAndTheUpdatedEvent() throws Exception {
        WorkflowFixture office = new WorkflowFixture(ws, CLOCK);
        Post post = office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        PostTarget target = office.targets(post.id()).get(0);
        Feed feed = ws.feeds().create("Kominfo", new ExportFilter(null, null, "Kominfo", null, null, null, null));
        String url = server.urlOf(feed.token());
        HttpResponse<String> before = send("GET", url, null);
        String etag = before.headers().firstValue("ETag").orElseThrow();

        office.signIn(office.staff);
        ws.workflow().cancel(post.id(), post.version(), "Acara ditunda oleh panitia.");
        HttpResponse<String> after = send("GET", url, etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        var event = IcalExportTest.parse(after.body()).getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo(target.id() + "@warta.id");
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
    }

    @Test
    void unknownRevokedAndMalformedAddressesAreBare404s() throws Exception {
        Feed feed = ws.feeds().create("Semua", ExportFilter.everything());
        String url = server.urlOf(feed.token());
        assertThat(send("GET", url, null).statusCode()).isEqualTo(200);
        String base = "http://127.0.0.1:" + server.address().getPort();
        for (String path : List.of("/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", "/feeds/x.ics", "/", "/feeds/",
                "/feeds/" + feed.token(), "/feeds/../" + feed.token() + ".ics")) {
            HttpResponse<String> r = send("GET", base + path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).isEmpty();
        }
        assertThat(ws.feeds().revoke(feed.id())).isTrue();
        assertThat(send("GET", url, null).statusCode()).isEqualTo(404);
        assertThat(ws.feeds().all()).singleElement().satisfies(f -> assertThat(f.active()).isFalse());
        assertThat(ws.feeds().revoke(feed.id())).isFalse();
    }

    @Test
    void tokensAreLongRandomAndFiltersAreCheckedWhenSaved() {
        Feed a = ws.feeds().create("A", ExportFilter.everything());
        Feed b = ws.feeds().create("B", ExportFilter.everything());
        assertThat(a.token()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(b.token()).matches("[A-Za-z0-9_-]+");
        assertThatThrownBy(() -> ws.feeds().create("C", new ExportFilter(null, null, "Tidak Ada", null, null, null,
                null))).isInstanceOf(ExportException.class);
        assertThat(ws.feeds().all()).hasSize(2);
    }
}

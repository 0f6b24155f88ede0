package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.ical.HttpOverlayFetcher;
import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.service.OverlayEvent;
import id.warta.service.OverlayFetchException;
import id.warta.service.OverlayFetchException.Reason;
import id.warta.service.OverlayImportException;
import id.warta.service.OverlayService;
import id.warta.service.OverlaySubscription;
import id.warta.service.UserFacingException;
import id.warta.ui.common.ErrorText;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subscribing to a calendar by URL, against a real HTTP server on 127.0.0.1 and a real database. */
class OverlaySubscriptionTest {
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dir;
    MovableClock clock = new MovableClock(T0, ZoneId.of("Asia/Jakarta"));
    SqliteWorkspace ws;
    CalendarHttpServer http;

    @BeforeEach
    void open() throws Exception {
        ws = SqliteWorkspace.open(dir.resolve("sub.db"), new DataPaths(dir), "test", clock);
        http = CalendarHttpServer.start();
    }

    @AfterEach
    void close() {
        http.close();
        ws.close();
    }

    /** A client's agenda: one event per (uid, day, title). */
    static String calendar(String name, String... events) {
        StringBuilder b = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test\r\n");
        if (name != null) {
            b.append("X-WR-CALNAME:").append(name).append("\r\n");
        }
        for (String e : events) {
            String[] p = e.split("\\|");
            b.append("BEGIN:VEVENT\r\nUID:").append(p[0]).append("\r\nDTSTAMP:20260101T000000Z\r\n")
                    .append("DTSTART;VALUE=DATE:").append(p[1]).append("\r\nSUMMARY:").append(p[2])
                    .append("\r\nEND:VEVENT\r\n");
        }
        return b.append("END:VCALENDAR\r\n").toString();
    }

    static final String V1 = calendar("Agenda Pemprov", "a@pemprov|20260305|Rapat pimpinan",
            "b@pemprov|20260310|Kunjungan kerja gubernur", "c@pemprov|20260320|Pelantikan pejabat");
    /** The meeting moved to the 6th, the visit removed, the inauguration kept, a new event added. */
    static final String V2 = calendar("Agenda Pemprov", "a@pemprov|20260306|Rapat pimpinan",
            "c@pemprov|20260320|Pelantikan pejabat", "d@pemprov|20260325|Festival budaya");

    private List<String> march() {
        return ws.overlays().eventsBetween(MARCH_1, MARCH_31).stream()
                .map(e -> e.firstDay().getDayOfMonth() + " " + e.title()).toList();
    }

    private Overlay only() {
        return ws.overlays().subscriptions().get(0);
    }

    @Test
    void aSubscribedCalendarShowsItsEventsAsAnOverlayAndRemembersItsValidators() {
        http.serve(V1, "\"v1\"");
        Overlay o = ws.overlays().subscribe(http.feed().toString());
        assertThat(o.name()).isEqualTo("Agenda Pemprov");
        assertThat(o.eventCount()).isEqualTo(3);
        assertThat(march()).containsExactly("5 Rapat pimpinan", "10 Kunjungan kerja gubernur", "20 Pelantikan pejabat");
        assertThat(ws.overlays().eventsBetween(MARCH_1, MARCH_31)).extracting(OverlayEvent::calendarName)
                .containsOnly("Agenda Pemprov");

        OverlaySubscription s = only().subscription();
        assertThat(s.url()).isEqualTo(http.feed());
        assertThat(s.refreshInterval()).isEqualTo(Duration.ofHours(6));
        assertThat(s.etag()).isEqualTo("\"v1\"");
        assertThat(s.fetchedAt()).isEqualTo(T0);
        assertThat(s.failing()).isFalse();
        assertThat(only().source()).isEqualTo("url:" + http.feed());
        assertThat(http.conditions()).containsExactly("");

        assertThatThrownBy(() -> ws.overlays().subscribe(" " + http.feed() + " "))
                .isInstanceOfSatisfying(OverlayFetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_SUBSCRIBED));
        assertThat(ws.overlays().all()).hasSize(1);
    }

    @Test
    void anUnchangedFeedAnswers304AndNothingChanges() {
        http.serve(V1, "\"v1\"");
        ws.overlays().subscribe(http.feed().toString());
        Overlay before = only();
        clock.set(T0.plus(Duration.ofHours(6)));

        assertThat(ws.overlays().refresh(before.id())).as("304: nothing replaced").isFalse();

        assertThat(http.conditions()).containsExactly("", "\"v1\"");
        Overlay after = only();
        assertThat(after.importedAt()).isEqualTo(before.importedAt());
        assertThat(after.eventCount()).isEqualTo(3);
        assertThat(after.subscription().etag()).isEqualTo("\"v1\"");
        assertThat(after.subscription().fetchedAt()).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(march()).containsExactly("5 Rapat pimpinan", "10 Kunjungan kerja gubernur", "20 Pelantikan pejabat");
    }

    @Test
    void aChangedFeedReplacesTheEventsWithoutDuplicates() {
        http.serve(V1, "\"v1\"");
        ws.overlays().subscribe(http.feed().toString());
        http.serve(V2, "\"v2\"");
        clock.set(T0.plus(Duration.ofHours(7)));

        assertThat(ws.overlays().refresh(only().id())).isTrue();

        assertThat(march()).containsExactly("6 Rapat pimpinan", "20 Pelantikan pejabat", "25 Festival budaya");
        assertThat(only().eventCount()).isEqualTo(3);
        assertThat(only().importedAt()).isEqualTo(T0.plus(Duration.ofHours(7)));
        assertThat(only().subscription().etag()).isEqualTo("\"v2\"");
        assertThat(http.conditions()).containsExactly("", "\"v1\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed|overlay.error.folding|Baris 21 bukan properti|Line 21 is not",
        "not a calendar|overlay.error.notCalendar|baris 1 harus BEGIN:VCALENDAR|line 1 must be BEGIN:VCALENDAR",
        "404|overlay.fetch.notFound|tidak ditemukan di 127.0.0.1 (HTTP 404)|No calendar found at 127.0.0.1 (HTTP 404)",
        "401|overlay.fetch.unauthorized|meminta login (HTTP 401)|asks for a sign-in (HTTP 401)",
        "403|overlay.fetch.forbidden|menolak akses|refuses access",
        "503|overlay.fetch.server|bermasalah (HTTP 503)|has a problem (HTTP 503)",
        "too large|overlay.fetch.tooLarge|lebih besar dari batas 5 MB|larger than the 5 MB limit",
        "too large, streamed|overlay.fetch.tooLarge|lebih besar dari batas 5 MB|larger than the 5 MB limit",
        "connection refused|overlay.fetch.unreachable|Server 127.0.0.1 tidak dapat dihubungi|The server 127.0.0.1 cannot be reached",
    })
    void aFailedRefreshKeepsThePreviousEventsAndRecordsAReadableError(String failure, String key, String indonesian,
                                                                        String english) {
        http.serve(V1, "\"v1\"");
        ws.overlays().subscribe(http.feed().toString());
        String id = only().id();
        switch (failure) {
            case "malformed" -> http.serve(V2.replace("SUMMARY:Festival budaya", "Festival budaya"), "\"v2\"");
            case "not a calendar" -> http.serve("<html><body>Halaman login</body></html>", "\"v2\"");
            case "too large" -> http.serve(oversized(), "\"big\"");
            case "too large, streamed" -> {
                http.serve(oversized(), "\"big\"");
                http.chunked(true);
            }
            case "connection refused" -> http.close();
            default -> http.failWith(Integer.parseInt(failure));
        }
        clock.set(T0.plus(Duration.ofHours(6)));

        assertThatThrownBy(() -> ws.overlays().refresh(id)).isInstanceOfSatisfying(RuntimeException.class, e -> {
            assertThat(e).isInstanceOfAny(OverlayFetchException.class, OverlayImportException.class);
            assertThat(((UserFacingException) e).messageKey()).isEqualTo(key);
            assertThat(ErrorText.of(e, new Messages(Messages.INDONESIAN))).contains(indonesian);
            assertThat(ErrorText.of(e, new Messages(Messages.ENGLISH))).contains(english);
        });

        assertThat(march()).as("nothing imported half-way")
                .containsExactly("5 Rapat pimpinan", "10 Kunjungan kerja gubernur", "20 Pelantikan pejabat");
        Overlay after = only();
        assertThat(after.importedAt()).isEqualTo(T0);
        OverlaySubscription s = after.subscription();
        assertThat(s.errorKey()).isEqualTo(key);
        assertThat(s.attemptedAt()).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(s.fetchedAt()).as("the last success stays").isEqualTo(T0);
        assertThat(s.etag()).as("the next try is still conditional").isEqualTo("\"v1\"");
        String line = new id.warta.ui.settings.OverlaysViewModel(ws.overlays(), new id.warta.ui.common.SameThreadTasks(),
                new Messages(Messages.INDONESIAN), () -> { }).describe(after);
        assertThat(line).contains("Agenda Pemprov").contains(indonesian).contains("Acara sebelumnya tetap ditampilkan");
    }

    @Test
    void aFailureIsClearedByTheNextSuccessfulRefresh() {
        http.serve(V1, "\"v1\"");
        ws.overlays().subscribe(http.feed().toString());
        http.failWith(500);
        assertThatThrownBy(() -> ws.overlays().refresh(only().id())).isInstanceOf(OverlayFetchException.class);
        assertThat(only().subscription().failing()).isTrue();
        http.serve(V2, "\"v2\"");
        assertThat(ws.overlays().refresh(only().id())).isTrue();
        assertThat(only().subscription().failing()).isFalse();
        assertThat(march()).contains("25 Festival budaya");
    }

    @Test
    void aFailedFirstFetchStoresNothing() {
        http.failWith(404);
        assertThatThrownBy(() -> ws.overlays().subscribe(http.feed().toString()))
                .isInstanceOfSatisfying(OverlayFetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        http.serve("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", null);
        assertThatThrownBy(() -> ws.overlays().subscribe(http.feed().toString()))
                .isInstanceOf(OverlayImportException.class);
        assertThat(ws.overlays().all()).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        http.serve(V1, "\"v1\"");
        http.delay(3_000);
        OverlayService quick = ws.overlays().withFetcher(new HttpOverlayFetcher(Duration.ofSeconds(2),
                Duration.ofMillis(300)));
        assertThatThrownBy(() -> quick.subscribe(http.feed().toString()))
                .isInstanceOfSatisfying(OverlayFetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                    assertThat(e.retryable()).isTrue();
                    assertThat(ErrorText.of(e, new Messages(Messages.ENGLISH)))
                            .isEqualTo("The server 127.0.0.1 did not answer within 0 seconds. Warta will try again.");
                });
    }

    @Test
    void aRedirectIsFollowed() {
        http.serve(V1, "\"v1\"");
        Overlay o = ws.overlays().subscribe(http.url("/moved.ics").toString());
        assertThat(o.eventCount()).isEqualTo(3);
    }

    @Test
    void webcalAddressesAreFetchedOverHttpsAndBadAddressesAreRefusedBeforeAnyRequest() {
        assertThat(OverlayService.subscriptionUrl("webcal://kalender.jatimprov.go.id/agenda.ics"))
                .isEqualTo(URI.create("https://kalender.jatimprov.go.id/agenda.ics"));
        assertThat(OverlayService.subscriptionUrl(" WEBCAL://host.example/a.ics?token=x#frag"))
                .isEqualTo(URI.create("https://host.example/a.ics?token=x"));
        assertThat(OverlayService.subscriptionUrl("webcals://host.example/a.ics"))
                .isEqualTo(URI.create("https://host.example/a.ics"));
        assertThat(OverlayService.subscriptionUrl("http://127.0.0.1:8080/feeds/x.ics"))
                .isEqualTo(URI.create("http://127.0.0.1:8080/feeds/x.ics"));

        List<String> reasons = new ArrayList<>();
        for (String bad : Arrays.asList(null, "  ", "kalender.go.id/agenda.ics", "https://", "http://exa mple.com/a",
                "ftp://example.com/a.ics", "file:///home/a.ics", "mailto:humas@example.go.id")) {
            try {
                OverlayService.subscriptionUrl(bad);
                reasons.add("accepted " + bad);
            } catch (OverlayFetchException e) {
                reasons.add(e.reason().name());
                assertThat(ErrorText.of(e, new Messages(Messages.INDONESIAN))).doesNotContain("{");
            }
        }
        assertThat(reasons).containsExactly("EMPTY_URL", "EMPTY_URL", "MALFORMED_URL", "MALFORMED_URL",
                "MALFORMED_URL", "UNSUPPORTED_SCHEME", "UNSUPPORTED_SCHEME", "UNSUPPORTED_SCHEME");
        assertThat(http.conditions()).isEmpty();
    }

    /** Just over the 5 MB limit of an imported calendar. */
    static byte[] oversized() {
        byte[] head = V1.getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[(int) OverlayService.MAX_BYTES + 1024];
        System.arraycopy(head, 0, big, 0, head.length);
        Arrays.fill(big, head.length, big.length, (byte) ' ');
        return big;
    }
}

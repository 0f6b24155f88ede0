package id.warta.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.FeedHost;
import id.warta.app.SqliteWorkspace;
import id.warta.app.TestUsers;
import id.warta.domain.Role;
import id.warta.service.ExportFilter;
import id.warta.service.FeedHosting;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscription section against a real demo database and a real feed server on a free loopback port. */
class FeedsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    FeedHost host;
    FeedsViewModel model;
    ExportFilter current = ExportFilter.everything();

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("feeds.db"), new DataPaths(dir), "test", CLOCK);
        ws.demo().load();
        ws.transactor().writeRun(() -> ws.settings().put(FeedHosting.PORT_SETTING, "0"));
        FeedHosting hosting = new FeedHosting(ws.transactor(), ws.settings(), () -> ws.auth().current().user());
        Messages messages = new Messages(Messages.INDONESIAN);
        host = new FeedHost(ws.feeds(), hosting, messages);
        model = new FeedsViewModel(ws.feeds(), hosting, host, () -> current, new SameThreadTasks(), messages);
        model.load();
    }

    @AfterEach
    void close() {
        host.close();
        ws.close();
    }

    @Test
    void aFeedCreatedFromTheFiltersIsServedAtItsCopiedLinkUntilRevoked() throws Exception {
        assertThat(model.baseProperty().get()).matches("http://127\\.0\\.0\\.1:\\d+/feeds/");
        assertThat(model.serverStatus()).contains(model.baseProperty().get());
        assertThat(model.feeds()).isEmpty();

        current = new ExportFilter(null, null, ws.export().choices().clients().get(0), null, null, null,
                java.util.List.of());
        model.nameProperty().set("Jadwal klien");
        model.create();
        assertThat(model.feeds()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("Jadwal klien"));
        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.summary(model.feeds().get(0).filter())).startsWith("klien ");

        var feed = model.feeds().get(0);
        String http = model.link(feed, false).orElseThrow();
        String webcal = model.link(feed, true).orElseThrow();
        assertThat(http).isEqualTo(model.baseProperty().get() + feed.token() + ".ics");
        assertThat(webcal).isEqualTo("webcal://" + http.substring("http://".length()));
        HttpResponse<String> ok = get(http);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).startsWith("BEGIN:VCALENDAR").contains("X-WR-CALNAME:Jadwal klien");

        model.selectedProperty().set(feed);
        model.revokeSelected();
        assertThat(model.feeds()).isEmpty();
        assertThat(model.messageProperty().get()).contains("dicabut");
        assertThat(get(http).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownClientInTheFiltersIsRefusedWithAMessage() {
        current = new ExportFilter(null, null, "Tidak Ada", null, null, null, java.util.List.of());
        model.create();
        assertThat(model.feeds()).isEmpty();
        assertThat(model.messageProperty().get()).contains("Tidak Ada");
    }

    @Test
    void onlyAnAdministratorOpensTheServerToTheLocalNetwork() throws Exception {
        assertThat(model.adminProperty().get()).isFalse();
        model.localNetworkProperty().set(true);
        assertThat(model.messageProperty().get()).contains("administrator");
        assertThat(model.localNetworkProperty().get()).as("reloaded from the unchanged setting").isFalse();

        ws.auth().current().signIn(TestUsers.ofAllClients(ws, "admin", "Admin", EnumSet.of(Role.ADMIN)));
        model.load();
        assertThat(model.adminProperty().get()).isTrue();
        model.localNetworkProperty().set(true);
        assertThat(ws.settings().get(FeedHosting.LOCAL_NETWORK_SETTING)).contains("true");
        assertThat(model.messageProperty().get()).contains("jaringan lokal");
        String base = model.baseProperty().get();
        assertThat(base).isNotNull();
        // Bound to every interface, so the loopback address still answers on the new port.
        String port = base.replaceAll("^http://[^:]+:(\\d+)/feeds/$", "$1");
        assertThat(get("http://127.0.0.1:" + port + "/feeds/unknown-token-aaaaaaaa.ics").statusCode()).isEqualTo(404);

        model.localNetworkProperty().set(false);
        assertThat(model.baseProperty().get()).startsWith("http://127.0.0.1:");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

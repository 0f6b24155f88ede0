package id.warta.bench;

import biweekly.Biweekly;
import biweekly.ICalendar;
import id.warta.ical.FeedServer;
import id.warta.ical.IcsEncoder;
import id.warta.persistence.JdbcAuditRepository;
import id.warta.persistence.JdbcFeedRepository;
import id.warta.service.FeedService;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcCampaignRepository;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcExportRepository;
import id.warta.persistence.JdbcSettingRepository;
import id.warta.persistence.SqliteDatabase;
import id.warta.persistence.SqliteTransactor;
import id.warta.service.EventStatus;
import id.warta.service.ExportCalendar;
import id.warta.service.ExportEvent;
import id.warta.service.ExportFilter;
import id.warta.service.ExportService;
import id.warta.service.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * iCalendar speed (issue 6): 5,000 events exported in under 1 s and parsed back in under 1 s.
 * Export is measured twice: the encoder alone on 5,000 ready events, and the whole
 * {@code warta export} path (query, UID ledger, encoding, temp file and rename) on a database
 * with 5,000 publications. Parsing is measured with ical4j and with biweekly.
 */
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IcalBenchmark {
    static final int EVENTS = 5_000;

    @State(Scope.Benchmark)
    public static class FiveThousandEvents {
        ExportCalendar calendar;
        byte[] encoded;
        IcsEncoder encoder = new IcsEncoder();

        @Setup(Level.Trial)
        public void build() {
            List<ExportEvent> events = new ArrayList<>(EVENTS);
            Instant start = Instant.parse("2026-01-01T01:00:00Z");
            ZoneId[] zones = {ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura")};
            String text = "Layanan perekaman KTP-el keliling hadir di Kelurahan Sukamaju; bawa fotokopi KK, "
                    + "dan datang sebelum pukul 12.00. 🪪✅ Info lengkap di situs resmi Disdukcapil.\n\n"
                    + "Akun: @disdukcapil (Instagram)\nKlien: Dinas Kependudukan\nStatus: Disetujui";
            for (int i = 0; i < EVENTS; i++) {
                Instant at = start.plus(Duration.ofMinutes(97L * i));
                events.add(new ExportEvent("bench-" + i + "@warta.id", i % 3, at, at, at, zones[i % 3],
                        Duration.ofMinutes(15), "[Instagram] Layanan KTP keliling #" + i, text,
                        List.of("Disdukcapil", "Instagram", "announcement"),
                        EventStatus.values()[i % 3], "https://www.instagram.com/p/bench" + i + "/",
                        i % 2 == 0 ? Duration.ofMinutes(30) : null));
            }
            calendar = new ExportCalendar("Warta", Duration.ofHours(1), events);
            encoded = encoder.encode(calendar);
        }
    }

    @State(Scope.Benchmark)
    public static class FiveThousandPublications {
        Path folder;
        SqliteDatabase db;
        ExportService export;
        Path out;
        Messages messages = new Messages(Messages.INDONESIAN);
        FeedServer server;
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest notModified;

        @Setup(Level.Trial)
        public void fill() throws IOException {
            folder = Files.createTempDirectory("warta-bench-ical");
            db = SqliteDatabase.open(folder.resolve("bench.db"), "bench");
            BenchData.fill(db, EVENTS);
            export = new ExportService(new SqliteTransactor(db), new JdbcExportRepository(db),
                    new JdbcClientRepository(db), new JdbcAccountRepository(db), new JdbcCampaignRepository(db),
                    new JdbcSettingRepository(db), new IcsEncoder(), Clock.systemUTC());
            out = folder.resolve("bench.ics");
            SqliteTransactor tx = new SqliteTransactor(db);
            FeedService feeds = new FeedService(tx, new JdbcFeedRepository(db), new JdbcAuditRepository(db), export,
                    new IcsEncoder(), new SecureRandom(), Clock.systemUTC());
            String token = feeds.create("Bench", new ExportFilter(null, null, null, null, null, null, ALL_STATES))
                    .token();
            server = FeedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), feeds, messages);
            notModified = HttpRequest.newBuilder(URI.create(server.urlOf(token)))
                    .header("If-None-Match", feeds.render(token, messages).orElseThrow().etag()).build();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            server.close();
            db.close();
            Cleanup.delete(folder);
        }
    }

    private static final List<String> ALL_STATES = List.of("idea", "draft", "in_review", "changes_requested",
            "rejected", "approved", "scheduled", "published", "cancelled");

    @Benchmark
    public byte[] encode5000Events(FiveThousandEvents data) {
        return data.encoder.encode(data.calendar);
    }

    @Benchmark
    public int exportCommand5000Publications(FiveThousandPublications data) {
        return data.export.writeTo(new ExportFilter(null, null, null, null, null, null, ALL_STATES), data.out,
                data.messages);
    }

    /** A subscriber polling an unchanged 5,000-event feed: HTTP round trip answered 304 (target < 200 ms). */
    @Benchmark
    public int feedNotModified5000Publications(FiveThousandPublications data) throws IOException, InterruptedException {
        int status = data.http.send(data.notModified, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 304) {
            throw new IllegalStateException("Expected 304, got " + status);
        }
        return status;
    }

    @Benchmark
    public Calendar parse5000EventsWithIcal4j(FiveThousandEvents data) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(data.encoded));
    }

    @Benchmark
    public ICalendar parse5000EventsWithBiweekly(FiveThousandEvents data) {
        return Biweekly.parse(new String(data.encoded, StandardCharsets.UTF_8)).first();
    }
}

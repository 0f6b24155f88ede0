package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.ParseWarning;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.service.DemoSummary;
import id.warta.service.ExportException;
import id.warta.service.ExportFilter;
import id.warta.service.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * iCalendar export on real databases, read back with biweekly (a parser that shares no code with
 * ical4j, which writes the files).
 */
class IcalExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final List<String> ALL_STATES = List.of("idea", "draft", "in_review", "changes_requested",
            "rejected", "approved", "scheduled", "published", "cancelled");

    @TempDir
    Path dir;
    SqliteWorkspace ws;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("kalender.db"), new DataPaths(dir), "test", CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    // ---- the demo calendar ---------------------------------------------------------------------

    @Test
    void demoCalendarParsesBackWithEveryPublicationAndValidStructure() throws IOException {
        DemoSummary demo = ws.demo().load();
        Path out = dir.resolve("semua.ics");
        int written = ws.export().writeTo(filter(null, null, ALL_STATES), out, ID);
        assertThat(written).isEqualTo(demo.publications());

        byte[] bytes = Files.readAllBytes(out);
        assertLinesAreCrlfAndFoldedByOctets(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        ICalendar cal = parse(text);
        assertThat(cal.getEvents()).hasSize(demo.publications());
        Set<String> uids = cal.getEvents().stream().map(e -> e.getUid().getValue()).collect(Collectors.toSet());
        assertThat(uids).hasSize(demo.publications());
        assertThat(text).contains("DTSTART;TZID=Asia/Jakarta:").doesNotContain("TZID=Z").doesNotContain("TZID=UTC");

        // biweekly moves VTIMEZONE components and TZID parameters into its TimezoneInfo.
        Set<String> declared = cal.getTimezoneInfo().getComponents().stream().map(t -> t.getTimezoneId().getValue())
                .collect(Collectors.toSet());
        Set<String> referenced = new HashSet<>();
        for (VEvent e : cal.getEvents()) {
            var zone = cal.getTimezoneInfo().getTimezone(e.getDateStart());
            assertThat(zone).as("DTSTART has a TZID with its VTIMEZONE").isNotNull();
            String tzid = zone.getComponent().getTimezoneId().getValue();
            assertThat(tzid).isIn("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
            referenced.add(tzid);
            assertThat(e.getSequence().getValue()).isZero();
            assertThat(e.getDateTimeStamp()).isNotNull();
            assertThat(e.getLastModified()).isNotNull();
            assertThat(e.getSummary().getValue()).startsWith("[");
            assertThat(e.getStatus()).isNotNull();
            assertThat(e.getCategories().get(0).getValues()).hasSize(3);
            assertThat(e.getDateEnd().getValue().getTime() - e.getDateStart().getValue().getTime())
                    .isEqualTo(15 * 60_000L);
        }
        assertThat(declared).isEqualTo(referenced);
        // Trimmed: one observance per zone, not ical4j's eight historical blocks for Jakarta.
        for (VTimezone tz : cal.getTimezoneInfo().getComponents()) {
            assertThat(tz.getStandardTimes().size() + tz.getDaylightSavingsTime().size()).isEqualTo(1);
        }
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("X-WR-CALNAME:Warta\r\n")
                .contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void localTimesSurviveTheRoundTrip() {
        ws.demo().load();
        List<id.warta.domain.CalendarEntry> entries = ws.planning().between(LocalDate.of(2000, 1, 1),
                LocalDate.of(2199, 1, 1), ZoneId.of("Asia/Jakarta"));
        ICalendar cal = parse(exportText(filter(null, null, ALL_STATES)));
        var startByUid = cal.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(),
                e -> e.getDateStart().getValue().getTime()));
        for (var entry : entries) {
            assertThat(startByUid.get(entry.targetId() + "@warta.id")).as(entry.title())
                    .isEqualTo(entry.scheduledAt().toEpochMilli());
        }
    }

    @Test
    void defaultStatusesLeaveOutDraftsAndMapStatus() {
        ws.demo().load();
        ICalendar cal = parse(exportText(ExportFilter.everything()));
        assertThat(cal.getEvents()).isNotEmpty();
        Set<String> statuses = cal.getEvents().stream().map(e -> e.getStatus().getValue()).collect(Collectors.toSet());
        assertThat(statuses).contains("TENTATIVE", "CONFIRMED").isSubsetOf("TENTATIVE", "CONFIRMED", "CANCELLED");
        for (VEvent e : cal.getEvents()) {
            String description = e.getDescription().getValue();
            assertThat(description).containsAnyOf("Status: Ditinjau", "Status: Disetujui", "Status: Terjadwal",
                    "Status: Terbit", "Status: Dibatalkan");
        }
        int all = ws.export().count(filter(null, null, ALL_STATES));
        assertThat(cal.getEvents().size()).isLessThan(all).isEqualTo(ws.export().count(ExportFilter.everything()));
    }

    // ---- text that calendar clients break on ---------------------------------------------------

    @Test
    void escapesCommasSemicolonsNewlinesAndKeepsEmojiWhole() throws IOException {
        WorkflowFixture office = new WorkflowFixture(ws, CLOCK);
        String body = "Vaksinasi gratis; bawa KTP, KK & kartu vaksin.\nLokasi: Puskesmas \"Sehat\"\\Sukamaju 💉🩺🇮🇩 "
                + "😀".repeat(40) + " selesai.";
        Post post = office.post(WorkflowState.APPROVED, body);
        Path out = dir.resolve("teks.ics");
        ws.export().writeTo(ExportFilter.everything(), out, ID);
        byte[] bytes = Files.readAllBytes(out);
        assertLinesAreCrlfAndFoldedByOctets(bytes);
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(raw).contains("Vaksinasi gratis\\; bawa KTP\\, KK & kartu vaksin.\\nLokasi");
        VEvent e = parse(raw).getEvents().get(0);
        assertThat(e.getDescription().getValue()).startsWith(body.substring(0, 120));
        assertThat(e.getDescription().getValue()).contains("💉🩺🇮🇩").contains("Klien: Dinas Kominfo Kota Contoh");
        assertThat(e.getSummary().getValue()).isEqualTo("[Instagram] " + post.title());
        assertThat(e.getCategories().get(0).getValues()).containsExactly("Kominfo", "Instagram", "announcement");
    }

    // ---- identity over time --------------------------------------------------------------------

    @Test
    void movingKeepsTheUidAndRaisesSequenceAndCancellingYieldsCancelled() {
        WorkflowFixture office = new WorkflowFixture(ws, CLOCK);
        Post post = office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        PostTarget target = office.targets(post.id()).get(0);

        VEvent first = single(exportText(ExportFilter.everything()));
        assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(first.getSequence().getValue()).isZero();
        // Exporting again without a change keeps the sequence: subscribers see nothing new.
        assertThat(single(exportText(ExportFilter.everything())).getSequence().getValue()).isZero();

        office.signIn(office.staff);
        Instant later = target.scheduledAt().plusSeconds(2 * 3600);
        ws.workflow().reschedule(target.id(), post.id(), target.version(), later);
        VEvent moved = single(exportText(ExportFilter.everything()));
        assertThat(moved.getUid().getValue()).isEqualTo(first.getUid().getValue());
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getDateStart().getValue().getTime()).isEqualTo(later.toEpochMilli());
        assertThat(moved.getStatus().getValue()).isEqualTo("TENTATIVE");

        Post current = office.reload(post.id());
        ws.workflow().cancel(post.id(), current.version(), "Acara ditunda oleh panitia.");
        VEvent cancelled = single(exportText(ExportFilter.everything()));
        assertThat(cancelled.getUid().getValue()).isEqualTo(first.getUid().getValue());
        assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void anApprovalNamesTheApproverAndConfirmsTheEvent() {
        WorkflowFixture office = new WorkflowFixture(ws, CLOCK);
        Post draft = office.post(WorkflowState.DRAFT, WorkflowServiceTest.CLEAN);
        office.signIn(office.staff);
        Post submitted = ws.workflow().submit(draft.id(), draft.version());
        VEvent tentative = single(exportText(ExportFilter.everything()));
        assertThat(tentative.getStatus().getValue()).isEqualTo("TENTATIVE");
        assertThat(tentative.getDescription().getValue()).doesNotContain("Disetujui oleh");

        office.signIn(office.supervisor);
        ws.workflow().approve(submitted.id(), submitted.version(), WorkflowServiceTest.allReassuring(), "Siap tayang.");
        VEvent approved = single(exportText(ExportFilter.everything()));
        assertThat(approved.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(approved.getSequence().getValue()).isEqualTo(1);
        assertThat(approved.getDescription().getValue()).contains("Disetujui oleh: " + office.supervisor.displayName())
                .contains("Status: Disetujui");
    }

    // ---- filters and refusals --------------------------------------------------------------------

    @Test
    void filtersNarrowTheCalendar() {
        ws.demo().load();
        var choices = ws.export().choices();
        int all = ws.export().count(filter(null, null, ALL_STATES));
        String client = choices.clients().get(0);
        int ofClient = ws.export().count(new ExportFilter(null, null, client.toUpperCase(java.util.Locale.ROOT), null,
                null, null, ALL_STATES));
        assertThat(ofClient).isPositive().isLessThan(all);
        ICalendar byChannel = parse(exportText(new ExportFilter(null, null, null, null, "instagram", null, ALL_STATES)));
        assertThat(byChannel.getEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getSummary().getValue()).startsWith("[Instagram]"));
        ICalendar approved = parse(exportText(filter(null, null, List.of("approved"))));
        assertThat(approved.getEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getStatus().getValue()).isEqualTo("CONFIRMED"));
        LocalDate day = LocalDate.of(2026, 12, 1);
        ICalendar oneWeek = parse(exportText(filter(day, day.plusDays(6), ALL_STATES)));
        long from = day.atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant().toEpochMilli();
        long to = day.plusDays(7).atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant().toEpochMilli();
        assertThat(oneWeek.getEvents()).isNotEmpty().allSatisfy(e -> assertThat(e.getDateStart().getValue().getTime())
                .isGreaterThanOrEqualTo(from).isLessThan(to));
        String campaign = choices.campaigns().get(0);
        assertThat(ws.export().count(new ExportFilter(null, null, null, null, null, campaign, ALL_STATES)))
                .isPositive().isLessThan(all);
        String handle = choices.accounts().get(0);
        assertThat(ws.export().count(new ExportFilter(null, null, null, handle, null, null, ALL_STATES)))
                .isPositive().isLessThan(all);
    }

    @Test
    void unknownNamesAndBadRangesAreRefusedByName() {
        ws.demo().load();
        assertThatThrownBy(() -> ws.export().count(new ExportFilter(null, null, "Tidak Ada", null, null, null, null)))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.UNKNOWN_CLIENT));
        assertThatThrownBy(() -> ws.export().count(filter(null, null, List.of("approved", "terbit"))))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.arguments()).startsWith("terbit"));
        assertThatThrownBy(() -> ws.export().count(new ExportFilter(null, null, null, null, "myspace", null, null)))
                .isInstanceOf(ExportException.class);
        assertThatThrownBy(() -> ws.export().count(filter(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), null)))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.BAD_RANGE));
    }

    @Test
    void aFailedWriteLeavesNoFileAndKeepsTheOldOne() throws IOException {
        ws.demo().load();
        Path missingFolder = dir.resolve("tidak-ada").resolve("x.ics");
        assertThatThrownBy(() -> ws.export().writeTo(ExportFilter.everything(), missingFolder, ID))
                .isInstanceOf(ExportException.class);
        assertThat(missingFolder.getParent()).doesNotExist();

        Path existing = dir.resolve("lama.ics");
        Files.writeString(existing, "old");
        Path readOnly = dir.resolve("ro");
        Files.createDirectory(readOnly);
        Path inReadOnly = readOnly.resolve("x.ics");
        readOnly.toFile().setWritable(false);
        try {
            if (!Files.isWritable(readOnly)) { // root ignores permissions; the check below then has no subject
                assertThatThrownBy(() -> ws.export().writeTo(ExportFilter.everything(), inReadOnly, ID))
                        .isInstanceOf(ExportException.class);
                try (var files = Files.list(readOnly)) {
                    assertThat(files).isEmpty();
                }
            }
        } finally {
            readOnly.toFile().setWritable(true);
        }
        assertThatThrownBy(() -> ws.export().writeTo(ExportFilter.everything(), dir, ID))
                .isInstanceOf(ExportException.class);
        assertThat(Files.readString(existing)).isEqualTo("old");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static ExportFilter filter(LocalDate from, LocalDate to, List<String> states) {
        return new ExportFilter(from, to, null, null, null, null, states);
    }

    private String exportText(ExportFilter filter) {
        try {
            Path out = Files.createTempFile(dir, "export", ".ics");
            ws.export().writeTo(filter, out, ID);
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static VEvent single(String text) {
        List<VEvent> events = parse(text).getEvents();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static ICalendar parse(String text) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar cal = Biweekly.parse(text).warnings(warnings).first();
        assertThat(cal).as("biweekly found a calendar").isNotNull();
        assertThat(warnings.stream().flatMap(List::stream).map(ParseWarning::toString).toList())
                .as("biweekly parse warnings").isEmpty();
        return cal;
    }

    /** Every line ends in CRLF, none is over 75 octets, and no fold splits a UTF-8 sequence. */
    static void assertLinesAreCrlfAndFoldedByOctets(byte[] bytes) {
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i).as("LF without CR at byte " + i).isPositive();
                assertThat(bytes[i - 1]).as("LF without CR at byte " + i).isEqualTo((byte) '\r');
                int octets = i - 1 - lineStart;
                assertThat(octets).as("line at byte " + lineStart).isLessThanOrEqualTo(75);
                if (i + 1 < bytes.length && bytes[i + 1] == ' ') {
                    assertThat(bytes[i + 2] & 0xC0).as("fold inside a UTF-8 sequence at byte " + i).isNotEqualTo(0x80);
                }
                lineStart = i + 1;
            } else if (bytes[i] == '\r') {
                assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR without LF at byte " + i).isTrue();
            }
        }
        assertThat(lineStart).as("file ends with CRLF").isEqualTo(bytes.length);
    }
}

package id.warta.ical;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.EventStatus;
import id.warta.service.ExportCalendar;
import id.warta.service.ExportEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The encoder against a golden file, and read back with ical4j's own parser. */
class IcsEncoderTest {
    static ExportCalendar sample() {
        Instant stamp = Instant.parse("2026-11-20T03:04:05Z");
        return new ExportCalendar("Warta \u00b7 Dinkes", Duration.ofHours(1), List.of(
                new ExportEvent("t-1@warta.id", 0, stamp, stamp, Instant.parse("2026-12-03T02:00:00Z"),
                        ZoneId.of("Asia/Jakarta"), Duration.ofMinutes(15), "[Instagram] Vaksinasi; gratis, ayo!",
                        "Bawa KTP, KK; dan kartu vaksin.\nLokasi: Puskesmas \\ Sukamaju \ud83d\udc89\ud83c\uddee\ud83c\udde9 "
                                + "sampai selesai \u2014 semua warga dipersilakan hadir tepat waktu ya \ud83d\ude00",
                        List.of("Dinkes", "Instagram", "announcement"), EventStatus.CONFIRMED,
                        "https://www.instagram.com/p/abc/", Duration.ofMinutes(30)),
                new ExportEvent("t-2@warta.id", 3, stamp, stamp.plusSeconds(60), Instant.parse("2026-12-04T01:30:00Z"),
                        ZoneId.of("Asia/Jayapura"), Duration.ofMinutes(15), "[X] Dibatalkan",
                        "Teks", List.of("Dinkes, Papua", "X", "announcement"), EventStatus.CANCELLED, null,
                        Duration.ofMinutes(30))));
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        byte[] actual = new IcsEncoder().encode(sample());
        try (InputStream golden = getClass().getResourceAsStream("/ical/golden.ics")) {
            assertThat(new String(actual, StandardCharsets.UTF_8))
                    .isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void ical4jReadsBackTimesTextsAndStatus() throws Exception {
        Calendar cal = new CalendarBuilder().build(new ByteArrayInputStream(new IcsEncoder().encode(sample())));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        DtStart<?> start = first.getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
        assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(Instant.parse("2026-12-03T02:00:00Z"));
        assertThat(first.getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo(sample().events().get(0).description());
        assertThat(first.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("[Instagram] Vaksinasi; gratis, ayo!");
        assertThat(first.getAlarms()).hasSize(1);
        VEvent second = events.get(1);
        assertThat(second.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(second.getAlarms()).as("no reminder for a cancelled post").isEmpty();
        assertThat(second.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
        assertThat(cal.getComponents("VTIMEZONE")).hasSize(2);
    }
}

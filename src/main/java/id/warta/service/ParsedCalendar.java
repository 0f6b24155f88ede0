package id.warta.service;

import java.util.List;

/** What a parser read from one iCalendar file: its name ({@code X-WR-CALNAME}, may be null) and events. */
public record ParsedCalendar(String name, List<OverlayEvent> events) {
}

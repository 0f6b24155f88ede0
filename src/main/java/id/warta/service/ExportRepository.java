package id.warta.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads publications for calendar export and keeps their iCalendar identities. */
public interface ExportRepository {
    /** Publications scheduled in {@code [from, to)}, ordered by time. */
    List<ExportRow> rows(Instant from, Instant to);

    /** Every stored identity, by publication id. */
    Map<String, PublicationStamp> stamps();

    /** Inserts or replaces the identity of one publication. */
    void saveStamp(PublicationStamp stamp);
}

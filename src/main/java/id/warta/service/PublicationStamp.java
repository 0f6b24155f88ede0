package id.warta.service;

import java.time.Instant;

/**
 * The iCalendar identity of one publication: a UID fixed at its first export, and a SEQUENCE that
 * rises each time the exported facts (summarised by {@code fingerprint}) change.
 */
public record PublicationStamp(String targetId, String uid, int sequence, String fingerprint, Instant lastModified) {
}

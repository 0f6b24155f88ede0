package id.warta.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface OverlayRepository {
    /** Stores the overlay, its subscription when it has one, and its events. */
    void insert(Overlay overlay, List<OverlayEvent> events);

    List<Overlay> findAll();

    Optional<Overlay> find(String id);

    boolean existsWithSource(String source);

    boolean delete(String id);

    /** Drops the overlay's events and stores these instead; the caller holds one transaction around it. */
    void replaceEvents(String id, Instant importedAt, List<OverlayEvent> events);

    /** Writes the subscription's state (validators, times, last error) of a subscribed overlay. */
    void updateSubscription(String id, OverlaySubscription subscription);

    /** Events touching the days {@code from}..{@code to} (inclusive), of every overlay. */
    List<OverlayEvent> eventsBetween(LocalDate from, LocalDate to);
}

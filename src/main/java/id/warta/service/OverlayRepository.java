package id.warta.service;

import java.time.LocalDate;
import java.util.List;

public interface OverlayRepository {
    void insert(Overlay overlay, List<OverlayEvent> events);

    List<Overlay> findAll();

    boolean existsWithSource(String source);

    boolean delete(String id);

    /** Events touching the days {@code from}..{@code to} (inclusive), of every overlay. */
    List<OverlayEvent> eventsBetween(LocalDate from, LocalDate to);
}

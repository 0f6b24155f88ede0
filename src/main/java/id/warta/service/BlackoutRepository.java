package id.warta.service;

import id.warta.domain.Blackout;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface BlackoutRepository {
    /** Inserts (version 0) or updates (matching version) and returns the row as stored. */
    Blackout save(Blackout blackout);

    Optional<Blackout> findById(String id);

    List<Blackout> findAll();

    /** Periods overlapping {@code from} (inclusive) to {@code to} (exclusive). */
    List<Blackout> overlapping(Instant from, Instant to);

    boolean delete(String id);
}

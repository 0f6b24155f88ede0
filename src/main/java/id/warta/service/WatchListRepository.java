package id.warta.service;

import java.util.List;

/** A client's watch and allow lists. */
public interface WatchListRepository {
    /** Adds a term; a term already on the client's list (ignoring case) is refused. */
    WatchEntry add(WatchEntry entry);

    void remove(String entryId);

    java.util.Optional<WatchEntry> findById(String entryId);

    /** Both lists of one client, watch terms first, each alphabetical. */
    List<WatchEntry> entriesOf(String clientId);
}

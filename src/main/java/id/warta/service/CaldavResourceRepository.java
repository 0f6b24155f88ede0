package id.warta.service;

import java.util.Map;

/** The CalDAV publishing ledger. */
public interface CaldavResourceRepository {
    /** Every resource pushed to a collection, by UID. */
    Map<String, CaldavResource> findAll(String collection);

    void save(CaldavResource resource);

    void delete(String collection, String uid);
}

package id.warta.service;

import id.warta.domain.FindingOverride;
import java.util.List;

public interface FindingOverrideRepository {
    void add(FindingOverride override);

    /** Oldest first. */
    List<FindingOverride> of(String postId);
}

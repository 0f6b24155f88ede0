package id.warta.domain;

import java.util.Collection;
import java.util.List;

/** What still stands between a post and its approval: blocking findings nobody has overridden. */
public final class ApprovalGate {
    private ApprovalGate() {
    }

    public static List<Finding> openBlocks(Collection<Finding> findings, Collection<FindingOverride> overrides) {
        return findings.stream()
                .filter(f -> f.severity() == Severity.BLOCK)
                .filter(f -> overrides.stream().noneMatch(o -> o.covers(f)))
                .toList();
    }
}

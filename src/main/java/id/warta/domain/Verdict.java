package id.warta.domain;

import java.util.Collection;

/** The overall result of a check: BLOCK if any BLOCK, else WARN if any WARN, else PASS. */
public enum Verdict {
    PASS,
    WARN,
    BLOCK;

    /** INFO findings alone give PASS. */
    public static Verdict of(Collection<Finding> findings) {
        Verdict verdict = PASS;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.BLOCK) {
                return BLOCK;
            }
            if (finding.severity() == Severity.WARN) {
                verdict = WARN;
            }
        }
        return verdict;
    }
}

package id.warta.ethics;

/**
 * A span a detector reports, before the checker turns it into a finding.
 *
 * @param variant null for the rule's default, else a key of {@link Rule#variants()}
 * @param viaStem found only after stemming, so at most WARN
 */
record Hit(int start, int end, String variant, boolean viaStem) {
    static Hit of(int start, int end) {
        return new Hit(start, end, null, false);
    }

    static Hit of(int start, int end, String variant) {
        return new Hit(start, end, variant, false);
    }
}

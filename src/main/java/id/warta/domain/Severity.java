package id.warta.domain;

/** How strongly a finding stops a draft. Declared from strongest to weakest. */
public enum Severity {
    /** Stops approval unless a supervisor overrides it with a written reason. */
    BLOCK,
    /** The author acknowledges it before submitting; never stops approval. */
    WARN,
    /** Only informs. */
    INFO;

    public boolean isStrongerThan(Severity other) {
        return ordinal() < other.ordinal();
    }

    /** The weaker of the two: used to cap a severity, e.g. a hit found only after stemming. */
    public Severity atMost(Severity cap) {
        return isStrongerThan(cap) ? cap : this;
    }

    public static Severity strongest(Severity a, Severity b) {
        return a.isStrongerThan(b) ? a : b;
    }
}

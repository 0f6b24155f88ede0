package id.warta.ethics;

/** A rule pack that cannot be loaded: missing or broken file, unknown detector, bad parameter. */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}

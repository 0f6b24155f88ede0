package id.warta.cli;

/** Exit codes shared by every command (DESIGN.md, "Command line"). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Reserved for findings that block (the check command). */
    public static final int BLOCKED = 1;
    /** Bad usage, or a file that cannot be used; nothing was changed. */
    public static final int USAGE_OR_INPUT = 2;
    /** Something unexpected; the log has the details. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}

package id.warta.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * Phase timings of one start, printed to stderr when {@code -Dwarta.startup.trace=true}: one line per phase,
 * {@code TRACE <phase> <ms since JVM start> +<ms since the previous phase> cpu <process CPU ms>}. Off, it costs one boolean test
 * per phase (it never loads the management classes it needs for the JVM's start time).
 */
final class StartupTrace {
    static final String PROPERTY = "warta.startup.trace";

    private final boolean on;
    private final PrintStream err;
    private long jvmStart;
    private long last;

    StartupTrace(boolean on, PrintStream err) {
        this.on = on;
        this.err = err;
    }

    static StartupTrace fromSystemProperty(PrintStream err) {
        return new StartupTrace(Boolean.getBoolean(PROPERTY), err);
    }

    boolean enabled() {
        return on;
    }

    /** Records that a phase has just ended. Any thread. */
    synchronized void mark(String phase) {
        if (!on) {
            return;
        }
        long now = System.currentTimeMillis();
        if (jvmStart == 0) {
            jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            last = jvmStart;
        }
        err.println("TRACE " + phase + " " + (now - jvmStart) + " +" + (now - last)
                + " cpu " + processCpuMillis() + " [" + Thread.currentThread().getName() + "]");
        err.flush();
        last = now;
    }

    /** CPU time of the whole process so far (all threads), which machine load does not inflate as it does wall time. */
    private static long processCpuMillis() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime() / 1_000_000;
            }
        } catch (LinkageError e) {
            // A runtime without jdk.management (the packaged one): wall time only.
        }
        return -1;
    }
}

package id.warta.bench;

import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.ethics.CheckContext;
import id.warta.ethics.EthicsChecker;
import id.warta.ethics.RulePackLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The {@link EthicsBenchmark} cases timed by the CPU time of the measuring thread instead of the
 * wall clock. On the shared 2-core build machine other builds keep the load average near 12, so
 * JMH's wall-clock scores mostly measure waiting for a core; thread CPU time is close to what one
 * idle core would take. The first line is the cold load of this JVM, so run it as a fresh process.
 */
public final class EthicsCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EthicsCpuTime() {
    }

    public static void main(String[] args) {
        long before = THREADS.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        EthicsChecker checker = new EthicsChecker(new RulePackLoader().loadCurrent());
        print("load rule pack cold (first in this JVM)", THREADS.getCurrentThreadCpuTime() - before,
                System.nanoTime() - wallBefore, 1);
        if (args.length > 0 && args[0].equals("--cold-only")) {
            return;
        }
        CheckContext plain = CheckContext.of(Channel.FACEBOOK, ContentType.EDUCATIONAL);
        CheckContext watched = plain.withWatchList(EthicsBenchmark.fiftyTerms());
        String draft = EthicsBenchmark.text(2_200);
        String big = EthicsBenchmark.text(200_000);
        time("check 2,200 chars", 4_000, () -> checker.check(draft, plain));
        time("check 2,200 chars, 50 watch terms", 4_000, () -> checker.check(draft, watched));
        time("check 200,000 chars", 30, () -> checker.check(big, plain));
        time("check 200,000 chars, 50 watch terms", 30, () -> checker.check(big, watched));
        time("load rule pack warm", 60, () -> new RulePackLoader().loadCurrent());
    }

    private static void time(String what, int rounds, Runnable work) {
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        print(what, THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall, rounds);
    }

    private static void print(String what, long cpuNanos, long wallNanos, int rounds) {
        System.out.printf(Locale.ROOT, "%-40s cpu %9.3f ms/op   wall %9.3f ms/op%n", what,
                cpuNanos / 1e6 / rounds, wallNanos / 1e6 / rounds);
    }
}

package id.warta.app;

import id.warta.ethics.EthicsChecker;
import id.warta.ethics.RulePackLoader;
import java.util.function.Supplier;

/** Compiles the rule pack on first use, once per process, so start-up does not pay for it. */
final class LazyChecker implements Supplier<EthicsChecker> {
    private EthicsChecker checker;

    @Override
    public synchronized EthicsChecker get() {
        if (checker == null) {
            checker = new EthicsChecker(new RulePackLoader().loadCurrent());
        }
        return checker;
    }
}

package id.warta.app;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX toolkit, started on its own thread so the caller can open the database meanwhile. */
final class FxToolkit {
    private static final Logger LOG = LoggerFactory.getLogger(FxToolkit.class);

    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean up;

    private FxToolkit() {
    }

    static FxToolkit startInBackground(StartupTrace trace) {
        FxToolkit toolkit = new FxToolkit();
        Thread t = new Thread(() -> {
            try {
                Platform.startup(() -> { });
                toolkit.up = true;
                trace.mark("JavaFX toolkit started");
            } catch (RuntimeException e) {
                LOG.warn("JavaFX cannot start: {}", e.getMessage());
            } finally {
                toolkit.done.countDown();
            }
        }, "warta-fx-start");
        t.setDaemon(true);
        t.start();
        return toolkit;
    }

    /** Waits for the start; {@code true} when the toolkit is running (there is a display). */
    boolean await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return up;
    }

    /** {@code true} once started, without waiting. */
    boolean isUp() {
        return done.getCount() == 0 && up;
    }
}

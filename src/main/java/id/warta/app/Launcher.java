package id.warta.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Entry point. Not a JavaFX {@code Application}, so the plain classpath jar starts without the
 * module-path checks of the JavaFX launcher.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        StartupTrace trace = StartupTrace.fromSystemProperty(err);
        trace.mark("main");
        int code = Warta.fromEnvironment(out, err, trace).run(args);
        System.exit(code);
    }
}

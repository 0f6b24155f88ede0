package id.warta.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs an export's own verify.py with the machine's python3, as an inspector would. */
final class PythonVerifier {
    record Outcome(int exit, String output) {
    }

    private PythonVerifier() {
    }

    static Outcome run(Path exportFolder) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", exportFolder.resolve("verify.py").toString())
                    .redirectErrorStream(true).start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not installed: the evidence script cannot be run here (" + noPython.getMessage()
                    + ")");
            throw noPython;
        }
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("verify.py hung");
        }
        return new Outcome(p.exitValue(), output);
    }
}

package id.warta.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This computer's preferences (theme, language, window geometry) in {@code settings.properties}. */
public final class LocalPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPreferences.class);
    private final Path file;
    private final Properties values = new Properties();

    private LocalPreferences(Path file) {
        this.file = file;
    }

    /** Reads the file; a missing or unreadable file gives defaults rather than stopping the app. */
    public static LocalPreferences load(Path file) {
        LocalPreferences prefs = new LocalPreferences(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                prefs.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable preferences {}: {}", file, e.getMessage());
            }
        }
        return prefs;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble).filter(d -> !d.isNaN() && !d.isInfinite());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    public synchronized void remove(String key) {
        values.remove(key);
    }

    /** Writes a temporary file and renames it, so a crash never leaves half a file. */
    public synchronized void save() {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "Warta preferences for this computer");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Cannot save preferences {}: {}", file, e.getMessage());
        }
    }
}

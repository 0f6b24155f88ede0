package id.warta.service;

import id.warta.domain.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only overlay calendars: .ics files imported whole (parsed completely before one write, so
 * a bad file leaves nothing behind) and the national holidays bundled with Warta.
 */
public final class OverlayService {
    public static final String BUILTIN_PREFIX = "builtin:";
    /** Holiday files are a few kilobytes; a client's whole calendar rarely passes one megabyte. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String HOLIDAYS_RESOURCE = "/holidays/id-holidays-2026.ics";

    private final Transactor tx;
    private final OverlayRepository overlays;
    private final OverlayParser parser;
    private final Clock clock;

    public OverlayService(Transactor tx, OverlayRepository overlays, OverlayParser parser, Clock clock) {
        this.tx = tx;
        this.overlays = overlays;
        this.parser = parser;
        this.clock = clock;
    }

    public Overlay importFile(Path file) {
        ParsedCalendar parsed;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new OverlayImportException("overlay.error.tooLarge", null, size / (1024 * 1024),
                        MAX_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                parsed = parser.parse(in);
            }
        } catch (NoSuchFileException e) {
            throw new OverlayImportException("overlay.error.read", e, file.getFileName());
        } catch (IOException e) {
            throw new OverlayImportException("overlay.error.read", e, file.getFileName());
        }
        String fallback = file.getFileName().toString().replaceFirst("(?i)\\.ics$", "");
        return store(parsed, fallback, "file:" + file.getFileName());
    }

    /** Loads the bundled holidays once; later calls find them and do nothing. */
    public void installHolidays() {
        String source = BUILTIN_PREFIX + HOLIDAYS_RESOURCE;
        if (tx.read(() -> overlays.existsWithSource(source))) {
            return;
        }
        try (InputStream in = OverlayService.class.getResourceAsStream(HOLIDAYS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + HOLIDAYS_RESOURCE);
            }
            store(parser.parse(in), "Libur nasional", source);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + HOLIDAYS_RESOURCE, e);
        }
    }

    private Overlay store(ParsedCalendar parsed, String fallbackName, String source) {
        if (parsed.events().isEmpty()) {
            throw new OverlayImportException("overlay.error.empty", null);
        }
        String name = parsed.name() == null || parsed.name().isBlank() ? fallbackName : parsed.name().strip();
        Overlay overlay = new Overlay(Ids.newId(), name, source, clock.instant(), parsed.events().size());
        tx.writeRun(() -> {
            if (source.startsWith(BUILTIN_PREFIX) && overlays.existsWithSource(source)) {
                return;
            }
            overlays.insert(overlay, parsed.events());
        });
        return overlay;
    }

    public List<Overlay> all() {
        return tx.read(overlays::findAll);
    }

    public boolean remove(String id) {
        return tx.write(() -> overlays.delete(id));
    }

    public List<OverlayEvent> eventsBetween(LocalDate from, LocalDate to) {
        return tx.read(() -> overlays.eventsBetween(from, to));
    }
}

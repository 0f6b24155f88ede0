package id.warta.service;

import java.nio.file.Path;
import java.time.Instant;

/** One verified copy of the database in the backup folder. */
public record BackupInfo(Path file, Instant createdAt, long sizeBytes) {
}

package id.warta.service;

import id.warta.domain.AuditChain;
import id.warta.domain.AuditEntry;
import id.warta.service.evidence.EvidenceContent;
import id.warta.service.evidence.EvidenceDocument;
import id.warta.service.evidence.EvidenceDocuments;
import id.warta.service.evidence.EvidenceSelection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Audit evidence for an inspector: a folder or a .zip with a readable report, the entries as CSV
 * and JSON, the chain's head and a script that checks it all without Warta. The export is
 * written beside its destination under a hidden temporary name and moved into place at the end,
 * so a failed export leaves nothing behind and a finished one appears whole.
 */
public final class EvidenceExporter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Transactor tx;
    private final AuditRepository audit;
    private final Clock clock;
    private final String wartaVersion;
    private final String databaseName;
    private final ZoneId zone;
    private final List<EvidenceDocument> documents;
    private final EvidenceSelection selection = new EvidenceSelection();

    public EvidenceExporter(Transactor tx, AuditRepository audit, Clock clock, String wartaVersion, Path databaseFile,
                            ZoneId zone) {
        this(tx, audit, clock, wartaVersion, databaseFile, zone, EvidenceDocuments.standard());
    }

    /** With another set of files; tests use it to make an export fail halfway. */
    public EvidenceExporter(Transactor tx, AuditRepository audit, Clock clock, String wartaVersion, Path databaseFile,
                            ZoneId zone, List<EvidenceDocument> documents) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.wartaVersion = wartaVersion;
        this.databaseName = String.valueOf(databaseFile.getFileName());
        this.zone = zone;
        this.documents = List.copyOf(documents);
    }

    /** The whole chain: its length, head and whether it verifies. */
    public ChainStatus status() {
        return status(tx.read(audit::all));
    }

    private static ChainStatus status(List<AuditEntry> all) {
        String head = all.isEmpty() ? AuditChain.GENESIS : all.get(all.size() - 1).hash();
        return new ChainStatus(all.size(), head, AuditChain.verify(all, Optional.empty()));
    }

    /** A name for an export made now: {@code warta-audit-<scope>-<yyyyMMdd-HHmmss>[.zip]}. */
    public String suggestedName(EvidenceScope scope, boolean zip) {
        return "warta-audit-" + scope.tag() + "-" + STAMP.format(clock.instant().atZone(zone)) + (zip ? ".zip" : "");
    }

    /**
     * Writes the export. A broken chain is still exported (the report says where it breaks); the
     * result tells the caller so.
     *
     * @param progress receives the fraction done, 0 to 1, from the calling thread
     * @throws EvidenceException when the destination exists, its folder is missing, writing fails,
     *                           or no entry concerns the post
     */
    public EvidenceResult export(EvidenceRequest request, DoubleConsumer progress) {
        Path out = request.out().toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new EvidenceException(EvidenceException.Reason.MISSING_FOLDER, String.valueOf(parent));
        }
        if (Files.exists(out)) {
            throw new EvidenceException(EvidenceException.Reason.EXISTS, out.toString());
        }
        progress.accept(0);
        List<AuditEntry> all = tx.read(audit::all);
        List<AuditEntry> chosen = selection.select(all, request.scope(), zone);
        if (request.scope().isPost() && chosen.isEmpty()) {
            throw new EvidenceException(EvidenceException.Reason.NO_ENTRIES_FOR_POST, request.scope().postId());
        }
        EvidenceContent content = new EvidenceContent(request.scope(), chosen, status(all), clock.instant(), wartaVersion,
                databaseName, new Messages(request.language()), zone);
        progress.accept(0.2);
        try {
            if (request.zip()) {
                writeZip(content, out, progress);
            } else {
                writeFolder(content, out, progress);
            }
        } catch (FileAlreadyExistsException e) {
            throw new EvidenceException(EvidenceException.Reason.EXISTS, e, out.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(EvidenceException.Reason.WRITE_FAILED, e, out.toString(), String.valueOf(e.getMessage()));
        }
        progress.accept(1);
        return new EvidenceResult(out, chosen.size(), content.chain());
    }

    private void writeFolder(EvidenceContent content, Path out, DoubleConsumer progress) throws IOException {
        Path temp = Files.createTempDirectory(out.getParent(), ".warta-evidence-");
        try {
            for (int i = 0; i < documents.size(); i++) {
                EvidenceDocument d = documents.get(i);
                try (OutputStream o = Files.newOutputStream(temp.resolve(d.fileName()))) {
                    d.write(content, o);
                }
                progress.accept(0.2 + 0.7 * (i + 1) / documents.size());
            }
            moveIntoPlace(temp, out);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void writeZip(EvidenceContent content, Path out, DoubleConsumer progress) throws IOException {
        String folder = out.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        Path temp = Files.createTempFile(out.getParent(), ".warta-evidence-", ".zip.part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                for (int i = 0; i < documents.size(); i++) {
                    EvidenceDocument d = documents.get(i);
                    ZipEntry entry = new ZipEntry(folder + "/" + d.fileName());
                    entry.setTime(content.exportedAt().toEpochMilli());
                    zip.putNextEntry(entry);
                    d.write(content, zip);
                    zip.closeEntry();
                    progress.accept(0.2 + 0.7 * (i + 1) / documents.size());
                }
            }
            moveIntoPlace(temp, out);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A rename within one folder: the export appears whole or not at all, and never replaces anything. */
    private static void moveIntoPlace(Path temp, Path out) throws IOException {
        if (Files.exists(out)) {
            throw new FileAlreadyExistsException(out.toString());
        }
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: the temporary name is hidden and says what it is.
                }
            });
        } catch (IOException ignored) {
            // Nothing more can be done; the failure that brought us here is reported.
        }
    }
}

package id.warta.service;

import id.warta.domain.MediaKind;
import id.warta.domain.MediaRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The media files of one database. Attaching checks the file (there, not too big, really an image
 * or a video) and copies it into the database's media folder, so a post keeps its media when the
 * original is moved or deleted; the post stores the copy's file name. Locations that are absolute
 * paths (written by other tools) are used as they are.
 */
public final class MediaLibrary {
    /** The largest file attached: platforms refuse far smaller videos, and copies live beside the database. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final int HEAD = 16;

    private final Path folder;
    private final long maxBytes;

    public MediaLibrary(Path folder) {
        this(folder, MAX_BYTES);
    }

    public MediaLibrary(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Checks the file and copies it into the media folder; the copy is named by its content's hash
     * so attaching the same picture twice stores it once.
     *
     * @return the reference to store, without alt text
     * @throws MediaException when the file is missing, too big, not what its name says, or unreadable
     */
    public MediaRef attach(Path source) {
        inspect(source);
        String name = source.getFileName().toString();
        try {
            Files.createDirectories(folder);
            String hash = hashOf(source);
            String stored = hash.substring(0, 16) + "-" + safeName(name);
            Path target = folder.resolve(stored);
            if (!Files.exists(target)) {
                Path part = folder.resolve(stored + ".part");
                Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return new MediaRef(stored, "");
        } catch (IOException e) {
            throw new MediaException(MediaException.Reason.UNREADABLE, e, name);
        }
    }

    /**
     * What the file is, after checking it is there, within the size limit and, for an image, that
     * its content is an image (magic bytes, then the image reader's header), for a video that its
     * container's signature matches.
     */
    public MediaKind inspect(Path source) {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        if (!Files.isRegularFile(source)) {
            throw new MediaException(MediaException.Reason.MISSING, null, name);
        }
        MediaKind kind = MediaKind.of(name).orElseThrow(() ->
                new MediaException(MediaException.Reason.UNSUPPORTED, null, name));
        try {
            long size = Files.size(source);
            if (size > maxBytes) {
                throw new MediaException(MediaException.Reason.TOO_BIG, null, name, megabytes(size),
                        megabytes(maxBytes));
            }
            byte[] head = new byte[HEAD];
            int read;
            try (InputStream in = Files.newInputStream(source)) {
                read = in.readNBytes(head, 0, HEAD);
            }
            if (kind == MediaKind.IMAGE && (!imageSignature(head, read) || !readableImage(source))) {
                throw new MediaException(MediaException.Reason.NOT_AN_IMAGE, null, name);
            }
            if (kind == MediaKind.VIDEO && !videoSignature(head, read)) {
                throw new MediaException(MediaException.Reason.NOT_A_VIDEO, null, name);
            }
            return kind;
        } catch (IOException e) {
            throw new MediaException(MediaException.Reason.UNREADABLE, e, name);
        }
    }

    /** Where a stored location is on this computer. */
    public Path resolve(String location) {
        Path p = Path.of(location);
        return p.isAbsolute() ? p : folder.resolve(location);
    }

    /** True when the file of a stored location is there. */
    public boolean isPresent(String location) {
        return Files.isRegularFile(resolve(location));
    }

    /** The file name the user gave, without the hash prefix of the stored copy. */
    public static String displayName(String location) {
        String name = Path.of(location).getFileName().toString();
        return name.matches("[0-9a-f]{16}-.+") ? name.substring(17) : name;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static boolean imageSignature(byte[] h, int n) {
        return n >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G'   // PNG
                || n >= 3 && (h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xD8 && (h[2] & 0xff) == 0xFF // JPEG
                || n >= 4 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8'               // GIF
                || n >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F'              // WebP
                        && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P'
                || n >= 2 && h[0] == 'B' && h[1] == 'M';                                            // BMP
    }

    private static boolean videoSignature(byte[] h, int n) {
        return n >= 8 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p'                   // MP4, MOV
                || n >= 4 && (h[0] & 0xff) == 0x1A && (h[1] & 0xff) == 0x45 && (h[2] & 0xff) == 0xDF
                        && (h[3] & 0xff) == 0xA3                                                    // WebM, MKV
                || n >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F'
                        && h[8] == 'A' && h[9] == 'V' && h[10] == 'I'                               // AVI
                || n >= 8 && h[4] == 'm' && h[5] == 'o' && h[6] == 'o' && h[7] == 'v';              // old MOV
    }

    /**
     * The image reader can read the header and a size: catches a truncated or forged file whose
     * first bytes look right. Formats the JDK cannot read (WebP) pass on their signature.
     */
    private static boolean readableImage(Path source) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            if (in == null) {
                return false;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return true;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
            } catch (IOException | RuntimeException e) {
                return false;
            } finally {
                reader.dispose();
            }
        }
    }

    private static String hashOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safeName(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return s.length() > 80 ? s.substring(s.length() - 80) : s;
    }

    /** The media folder of a database file: {@code warta.db} keeps its media in {@code warta.media/} beside it. */
    public static Path folderFor(Path databaseFile) {
        Path db = databaseFile.toAbsolutePath().normalize();
        String name = db.getFileName().toString().replaceFirst("\\.db$", "");
        return db.resolveSibling(name + ".media");
    }
}

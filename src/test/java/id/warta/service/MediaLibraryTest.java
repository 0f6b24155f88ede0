package id.warta.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.MediaKind;
import id.warta.domain.MediaRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking and copying attachments with real files: a PNG written here, a sparse huge file, fakes. */
class MediaLibraryTest {
    @TempDir
    Path dir;

    private MediaLibrary library() {
        return new MediaLibrary(MediaLibrary.folderFor(dir.resolve("kantor.db")));
    }

    static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2266aa);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void anImageIsCopiedBesideTheDatabaseAndSurvivesTheOriginalMoving() throws IOException {
        Path original = png(dir.resolve("poster vaksin.png"), 40, 30);
        MediaLibrary library = library();

        MediaRef ref = library.attach(original);

        assertThat(library.folder()).isEqualTo(dir.resolve("kantor.media"));
        assertThat(ref.location()).endsWith("-poster_vaksin.png").doesNotContain("/");
        assertThat(ref.altText()).isEmpty();
        assertThat(MediaLibrary.displayName(ref.location())).isEqualTo("poster_vaksin.png");
        Files.delete(original);
        assertThat(library.isPresent(ref.location())).isTrue();
        assertThat(Files.size(library.resolve(ref.location()))).isPositive();
        try (var files = Files.list(library.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theSamePictureAttachedTwiceIsStoredOnce() throws IOException {
        MediaLibrary library = library();
        MediaRef first = library.attach(png(dir.resolve("a.png"), 10, 10));
        MediaRef second = library.attach(png(dir.resolve("a.png"), 10, 10));
        assertThat(second.location()).isEqualTo(first.location());
        try (var files = Files.list(library.folder())) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aMissingFileIsRefusedByName() {
        assertThatThrownBy(() -> library().attach(dir.resolve("hilang.jpg")))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MediaException.Reason.MISSING);
                    assertThat(e.arguments()).containsExactly("hilang.jpg");
                });
        assertThat(library().isPresent("0123456789abcdef-hilang.jpg")).isFalse();
    }

    @Test
    void aHugeFileIsRefusedWithItsSizeWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("rekaman.mp4");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(MediaLibrary.MAX_BYTES + 5L * 1024 * 1024); // sparse: no 200 MB written
        }
        assertThatThrownBy(() -> library().attach(huge))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MediaException.Reason.TOO_BIG);
                    assertThat(e.arguments()).containsExactly("rekaman.mp4", "205.0", "200.0");
                });
        assertThat(Files.exists(library().folder())).as("nothing copied").isFalse();
    }

    @Test
    void aTextFileNamedPngIsNotAnImage() throws IOException {
        Path fake = Files.writeString(dir.resolve("foto.png"), "bukan gambar, hanya teks");
        assertThatThrownBy(() -> library().attach(fake)).isInstanceOfSatisfying(MediaException.class, e ->
                assertThat(e.reason()).isEqualTo(MediaException.Reason.NOT_AN_IMAGE));
    }

    @Test
    void aPngHeaderWithNothingBehindItIsNotAnImage() throws IOException {
        byte[] real = Files.readAllBytes(png(dir.resolve("x.png"), 20, 20));
        Path truncated = Files.write(dir.resolve("potong.jpg"), java.util.Arrays.copyOf(real, 8));
        assertThatThrownBy(() -> library().inspect(truncated)).isInstanceOfSatisfying(MediaException.class, e ->
                assertThat(e.reason()).isEqualTo(MediaException.Reason.NOT_AN_IMAGE));
    }

    @Test
    void videosAreRecognisedByTheirContainerAndOtherFilesRefused() throws IOException {
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 0, 0};
        assertThat(library().inspect(Files.write(dir.resolve("klip.mp4"), mp4))).isEqualTo(MediaKind.VIDEO);
        Path fake = Files.writeString(dir.resolve("klip2.mov"), "teks biasa, bukan video");
        assertThatThrownBy(() -> library().inspect(fake)).isInstanceOfSatisfying(MediaException.class, e ->
                assertThat(e.reason()).isEqualTo(MediaException.Reason.NOT_A_VIDEO));
        Path doc = Files.writeString(dir.resolve("surat.pdf"), "%PDF-1.7");
        assertThatThrownBy(() -> library().inspect(doc)).isInstanceOfSatisfying(MediaException.class, e ->
                assertThat(e.reason()).isEqualTo(MediaException.Reason.UNSUPPORTED));
    }

    @Test
    void anAbsoluteLocationIsUsedAsItIs() throws IOException {
        Path elsewhere = png(dir.resolve("luar.png"), 5, 5);
        assertThat(library().resolve(elsewhere.toString())).isEqualTo(elsewhere);
        assertThat(library().isPresent(elsewhere.toString())).isTrue();
    }
}

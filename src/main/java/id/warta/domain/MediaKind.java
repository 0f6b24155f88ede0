package id.warta.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What an attached file is, judged by its name; the content is checked when it is attached. */
public enum MediaKind {
    IMAGE, VIDEO;

    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp");
    private static final Set<String> VIDEOS = Set.of("mp4", "m4v", "mov", "webm", "mkv", "avi");

    /** The kind of a file name or location, or empty for a file Warta does not attach. */
    public static Optional<MediaKind> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (IMAGES.contains(ext)) {
            return Optional.of(IMAGE);
        }
        return VIDEOS.contains(ext) ? Optional.of(VIDEO) : Optional.empty();
    }

    /** True when the media is an image: images need alt text. */
    public static boolean isImage(MediaRef media) {
        return of(media.location()).orElse(null) == IMAGE;
    }
}

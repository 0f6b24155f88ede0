package id.warta.domain;

/**
 * A media file attached to a post. Images need alt text for screen-reader users.
 *
 * @param location a file path or URL as the user gave it
 */
public record MediaRef(String location, String altText) {
    public MediaRef {
        Texts.requireNonBlank(location, "location");
        altText = altText == null ? "" : altText.strip();
    }

    public boolean hasAltText() {
        return !altText.isEmpty();
    }
}

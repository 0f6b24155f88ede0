package id.warta.domain;

/**
 * How much of a caption a channel's feed shows before "… more". The figures are what the apps
 * show in a feed on a phone (2026), rounded; the full text stays within {@link Channel#textLimit()}.
 */
public final class ChannelPreview {
    private ChannelPreview() {
    }

    /** Characters shown before the feed cuts the caption. */
    public static int visibleLength(Channel channel) {
        return switch (channel) {
            case INSTAGRAM -> 125;
            case FACEBOOK -> 240;
            case X -> 280;
            case TIKTOK -> 100;
            case LINKEDIN -> 210;
            case YOUTUBE -> 100;
            case THREADS -> 500;
            case WHATSAPP_CHANNEL -> 300;
            default -> Integer.MAX_VALUE;
        };
    }

    /**
     * The caption as the feed shows it: the text up to the visible length, cut at a word boundary
     * where one is near, followed by {@code more} (for example "… lainnya"); unchanged when it fits.
     */
    public static String cut(Channel channel, String text, String more) {
        String t = text == null ? "" : text.strip();
        int visible = visibleLength(channel);
        if (t.length() <= visible) {
            return t;
        }
        int end = visible;
        if (Character.isLowSurrogate(t.charAt(end))) {
            end--;
        }
        int space = t.lastIndexOf(' ', end);
        if (space > visible * 3 / 4) {
            end = space;
        }
        return t.substring(0, end).stripTrailing() + more;
    }
}

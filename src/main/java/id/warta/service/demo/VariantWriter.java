package id.warta.service.demo;

import id.warta.domain.Channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the per-account wording of a post: shorter where the platform demands it, a hook for TikTok, ... */
final class VariantWriter {
    private static final Pattern URL = Pattern.compile("https://\\S+");

    private VariantWriter() {
    }

    /** The adapted text for an account on this channel, or null when the master text is used as it is. */
    static String adapt(Channel channel, String title, String body, List<String> hashtags, Random random) {
        return switch (channel) {
            case X -> compact(title, body, hashtags, Channel.X.textLimit());
            case THREADS -> body.length() > Channel.THREADS.textLimit() || random.nextInt(3) == 0
                    ? compact(title, body, hashtags, Channel.THREADS.textLimit()) : null;
            case WHATSAPP_CHANNEL -> body.length() > Channel.WHATSAPP_CHANNEL.textLimit()
                    ? compact(title, body, List.of(), Channel.WHATSAPP_CHANNEL.textLimit())
                    : random.nextInt(3) == 0 ? fitOrNull("*" + title + "*\n\n" + body, channel) : null;
            case TIKTOK -> random.nextInt(5) < 2
                    ? fitOrNull(title + " 👇\n\n" + firstParagraph(body) + "\n\n" + String.join(" ", hashtags), channel)
                    : null;
            case LINKEDIN -> random.nextInt(3) == 0
                    ? fitOrNull(title + "\n\n" + body + "\n\n" + String.join(" ", hashtags), channel)
                    : null;
            case INSTAGRAM -> body.length() > Channel.INSTAGRAM.textLimit()
                    ? compact(title, body, hashtags, Channel.INSTAGRAM.textLimit()) : null;
            default -> null;
        };
    }

    private static String fitOrNull(String text, Channel channel) {
        return text.length() <= channel.textLimit() ? text : null;
    }

    /**
     * The title, as many opening paragraphs as fit, the first link and up to two hashtags, within the limit.
     * Headings such as "SIARAN PERS" are skipped; the title is left out when the text opens with its own label
     * or already says the title.
     */
    static String compact(String title, String body, List<String> hashtags, int limit) {
        Matcher url = URL.matcher(body);
        String link = url.find() ? url.group() : null;
        List<String> paragraphs = meaningfulParagraphs(body);
        String tags = String.join(" ", hashtags.subList(0, Math.min(2, hashtags.size())));
        String tail = (link == null ? "" : "\n" + link) + (tags.isEmpty() ? "" : "\n" + tags);
        String opening = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        boolean labelled = opening.startsWith("[") || opening.toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT));
        StringBuilder head = new StringBuilder(labelled ? "" : title);
        for (String p : paragraphs) {
            String withoutLink = link == null ? p : p.replace(link, "").strip();
            String next = (head.length() == 0 ? "" : head + "\n\n") + withoutLink;
            if (next.length() + tail.length() > limit) {
                if (head.length() == 0 || head.toString().equals(title)) {
                    return cut(next, limit - tail.length()) + tail;
                }
                break;
            }
            head.setLength(0);
            head.append(next);
        }
        String text = head + tail;
        return text.length() <= limit ? text : cut(text, limit);
    }

    private static List<String> meaningfulParagraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split("\n\\s*\n")) {
            String s = p.strip();
            String firstLine = s.lines().findFirst().orElse("");
            boolean shouting = firstLine.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            boolean heading = s.length() < 60 && s.chars().noneMatch(c -> c == '.' || c == '!' || c == '?' || c == ':');
            if (!s.isEmpty() && !shouting && !heading) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            out.add(body.strip());
        }
        return out;
    }

    private static String firstParagraph(String body) {
        return meaningfulParagraphs(body).get(0);
    }

    private static String cut(String text, int room) {
        if (text.length() <= room) {
            return text;
        }
        int end = text.lastIndexOf(' ', Math.max(0, room - 1));
        if (end <= 0) {
            end = Math.max(0, room - 1);
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }
}

package id.warta.service.demo;

import id.warta.domain.Account;

import java.util.Random;

/** Live URLs of published demo targets: the platform's real address shape with random, invented ids. */
final class LiveUrls {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private LiveUrls() {
    }

    static String of(Account account, String website, String slug, Random random) {
        String user = account.handle().replace("@", "");
        return switch (account.channel()) {
            case INSTAGRAM -> "https://www.instagram.com/p/" + code(11, random) + "/";
            case FACEBOOK -> "https://www.facebook.com/" + user + "/posts/" + digits(16, random);
            case X -> "https://x.com/" + user + "/status/" + digits(19, random);
            case TIKTOK -> "https://www.tiktok.com/@" + user + "/video/" + digits(19, random);
            case YOUTUBE -> "https://www.youtube.com/watch?v=" + code(11, random);
            case THREADS -> "https://www.threads.net/@" + user + "/post/" + code(11, random);
            case LINKEDIN -> "https://www.linkedin.com/feed/update/urn:li:activity:" + digits(19, random);
            case WHATSAPP_CHANNEL -> "https://whatsapp.com/channel/" + code(24, random);
            case WEBSITE -> "https://" + website + "/berita/" + slug;
            case PRESS_RELEASE -> "https://" + website + "/siaran-pers/" + slug;
        };
    }

    private static String code(int length, Random random) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String digits(int length, Random random) {
        StringBuilder b = new StringBuilder(length).append(1 + random.nextInt(9));
        for (int i = 1; i < length; i++) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }
}

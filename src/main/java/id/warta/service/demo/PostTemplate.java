package id.warta.service.demo;

import id.warta.domain.ContentType;

import java.util.List;

/**
 * A demo post before substitution. Placeholders in braces ({tempat}, {tanggal}, ...) are filled by
 * {@link TextFiller}.
 *
 * @param campaignKey the client campaign the text belongs to, or null for routine content
 * @param mediaAlt    alt text of the attached picture or video, or null when the post has no media
 */
record PostTemplate(String clientKey, ContentType type, String campaignKey, String title, String body,
                    List<String> hashtags, String mediaAlt) {

    static PostTemplate of(String clientKey, ContentType type, String campaignKey, String title, String body,
                           String mediaAlt, String... hashtags) {
        return new PostTemplate(clientKey, type, campaignKey, title, body, List.of(hashtags), mediaAlt);
    }
}

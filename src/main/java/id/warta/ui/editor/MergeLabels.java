package id.warta.ui.editor;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.ContentType;
import id.warta.domain.MediaRef;
import id.warta.domain.UtmLink;
import id.warta.service.DraftMerge;
import id.warta.service.Messages;
import id.warta.service.PostDraft;
import id.warta.ui.common.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the merge dialog names a conflicting field and shows its values: campaign and account names
 * rather than ids, times in the user's zone, and a visible word for "nothing".
 */
final class MergeLabels {
    private final Messages messages;
    private final ZoneId zone;
    private final List<Account> accounts;
    private final List<Campaign> campaigns;
    private final Formats formats;

    MergeLabels(Messages messages, ZoneId zone, List<Account> accounts, List<Campaign> campaigns) {
        this.messages = messages;
        this.zone = zone;
        this.accounts = List.copyOf(accounts);
        this.campaigns = List.copyOf(campaigns);
        this.formats = new Formats(messages.locale());
    }

    String field(DraftMerge.Key key) {
        String name = messages.get(switch (key.field()) {
            case TITLE -> "editor.merge.field.title";
            case BODY -> "editor.merge.field.body";
            case CONTENT_TYPE -> "editor.merge.field.contentType";
            case CAMPAIGN -> "editor.merge.field.campaign";
            case HASHTAGS -> "editor.merge.field.hashtags";
            case LINK -> "editor.merge.field.link";
            case NOTES -> "editor.merge.field.notes";
            case MEDIA -> "editor.merge.field.media";
            case ALT_TEXT -> "editor.merge.field.altText";
            case PUBLICATION -> "editor.merge.field.publication";
            case TIME -> "editor.merge.field.time";
            case VARIANT -> "editor.merge.field.variant";
        });
        return switch (key.field()) {
            case PUBLICATION, TIME, VARIANT -> name + " \u2014 " + account(key.subject());
            case ALT_TEXT -> name + " \u2014 " + fileName(key.subject());
            default -> name;
        };
    }

    String value(DraftMerge.Key key, Object value) {
        if (value == null) {
            return messages.get(key.field() == DraftMerge.Field.CAMPAIGN ? "editor.merge.value.noCampaign"
                    : "editor.merge.value.none");
        }
        String text;
        if (value instanceof String s) {
            text = key.field() == DraftMerge.Field.CAMPAIGN ? campaign(s) : s;
        } else if (value instanceof ContentType t) {
            text = messages.get("contentType." + t.code());
        } else if (value instanceof Instant at) {
            text = formats.dateTime(at, zone);
        } else if (value instanceof UtmLink link) {
            text = link(link);
        } else if (value instanceof PostDraft.TargetLine line) {
            text = formats.dateTime(line.scheduledAt(), zone)
                    + (line.variantText().isBlank() ? "" : "\n" + line.variantText());
        } else if (value instanceof List<?> list && key.field() == DraftMerge.Field.MEDIA) {
            text = list.stream().map(o -> media((MediaRef) o)).collect(Collectors.joining("\n"));
        } else if (value instanceof List<?> list) {
            text = list.stream().map(String::valueOf).collect(Collectors.joining(" "));
        } else {
            text = String.valueOf(value);
        }
        return text.isBlank() ? messages.get("editor.merge.value.empty") : text;
    }

    private String account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> a.channel().displayName() + " \u00b7 " + a.handle()).orElse(id);
    }

    private String campaign(String id) {
        return campaigns.stream().filter(c -> c.id().equals(id)).findFirst().map(Campaign::name).orElse(id);
    }

    private String link(UtmLink link) {
        if (link.isEmpty()) {
            return messages.get("editor.merge.value.noLink");
        }
        return messages.format("editor.merge.value.link", link.url(), link.source(), link.medium(), link.campaign());
    }

    private String media(MediaRef ref) {
        return fileName(ref.location()) + (ref.hasAltText() ? " \u2014 " + ref.altText()
                : " \u2014 " + messages.get("editor.merge.value.noAlt"));
    }

    private static String fileName(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return slash >= 0 && slash < location.length() - 1 ? location.substring(slash + 1) : location;
    }
}

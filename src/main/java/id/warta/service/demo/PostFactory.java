package id.warta.service.demo;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Campaign;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.MediaRef;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.WorkflowState;
import id.warta.service.demo.CatalogueFactory.ClientBundle;
import id.warta.service.demo.DemoCatalogue.ClientProfile;
import id.warta.service.demo.DemoSchedule.Slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Random;

/** Builds one demo post with its targets and variants from a slot, a state and a template. */
final class PostFactory {

    /** A post with the publications and wordings that belong to it. */
    record Built(Post post, List<PostTarget> targets, List<PostVariant> variants) {
    }

    private final Random random;
    private final DemoIds ids;
    private final PostValues values;
    private final Instant todayStart;
    private final Set<String> usedTitles = new HashSet<>();
    private int imageCount;

    PostFactory(Random random, DemoIds ids, LocalDate today) {
        this.random = random;
        this.ids = ids;
        this.values = new PostValues(random);
        this.todayStart = today.atStartOfDay(AccountZone.WIB.zoneId()).toInstant();
    }

    Built build(Slot slot, ClientBundle bundle, WorkflowState state, PostTemplate template,
                Observances.Observance observance) {
        ClientProfile profile = bundle.profile();
        LocalTime localTime = DemoSchedule.localTime(template.type(), random);
        Map<String, String> map = values.forPost(profile, slot.date(), localTime, observance);
        String postId = ids.next();
        String title = uniqueTitle(TextFiller.fill(template.title(), map), slot.date());
        String body = TextFiller.fill(template.body() + closing(profile, template.type()), map);
        Campaign campaign = campaignFor(template, bundle, slot.date());
        List<String> hashtags = hashtags(profile, campaign, template);
        List<MediaRef> media = media(template, profile, title, map);

        List<PostTarget> targets = new ArrayList<>();
        List<PostVariant> variants = new ArrayList<>();
        LocalTime time = localTime;
        for (Account account : chooseAccounts(bundle.accounts(), template.type())) {
            Instant at = ZonedDateTime.of(slot.date(), time, account.zone().zoneId()).toInstant();
            String liveUrl = state == WorkflowState.PUBLISHED
                    ? LiveUrls.of(account, profile.website(), slug(title), random) : null;
            targets.add(new PostTarget(ids.next(), postId, account.id(), at, liveUrl, 0));
            String variant = VariantWriter.adapt(account.channel(), title, body, hashtags, random);
            if (variant != null) {
                variants.add(new PostVariant(ids.next(), postId, account.id(), variant, 0));
            }
            time = DemoSchedule.stagger(time, random);
        }
        Instant first = targets.stream().map(PostTarget::scheduledAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant ceiling = first.isBefore(todayStart) ? first : todayStart;
        Instant created = ceiling.minus(Duration.ofMinutes(1440L * (1 + random.nextInt(14)) + random.nextInt(1440)))
                .plusSeconds(random.nextInt(60));
        Instant updated = updatedAt(state, created, ceiling);
        Post post = new Post(postId, bundle.client().id(), campaign == null ? null : campaign.id(), title, body,
                template.type(), state, hashtags, media, null, created, updated, 0);
        return new Built(post, List.copyOf(targets), List.copyOf(variants));
    }

    /** An optional sign-off; press releases and greetings have their own endings. */
    private String closing(ClientProfile profile, ContentType type) {
        String line = profile.closings().get(random.nextInt(profile.closings().size()));
        boolean own = type == ContentType.PRESS_RELEASE || type == ContentType.GREETING;
        return own || line.isEmpty() ? "" : "\n\n" + line;
    }

    private Instant updatedAt(WorkflowState state, Instant created, Instant ceiling) {
        long span = Duration.between(created, ceiling).toMinutes();
        if (state == WorkflowState.PUBLISHED || state == WorkflowState.SCHEDULED) {
            return ceiling.minus(Duration.ofMinutes(5 + random.nextInt(115)));
        }
        if (state == WorkflowState.IDEA && random.nextBoolean()) {
            return created;
        }
        return created.plus(Duration.ofMinutes(random.nextInt((int) Math.max(1, span - 1))));
    }

    private String uniqueTitle(String title, LocalDate date) {
        String candidate = title;
        if (usedTitles.contains(candidate)) {
            candidate = title + " (" + TextFiller.shortDate(date) + ")";
        }
        for (int n = 2; usedTitles.contains(candidate); n++) {
            candidate = title + " (" + TextFiller.shortDate(date) + ", " + n + ")";
        }
        usedTitles.add(candidate);
        return candidate;
    }

    private static Campaign campaignFor(PostTemplate template, ClientBundle bundle, LocalDate date) {
        if (template.campaignKey() == null) {
            return null;
        }
        Campaign c = bundle.campaigns().get(template.campaignKey());
        if (c == null || date.isBefore(c.startDate()) || date.isAfter(c.endDate())) {
            return null;
        }
        return c;
    }

    private List<String> hashtags(ClientProfile profile, Campaign campaign, PostTemplate template) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(profile.hashtags().get(random.nextInt(profile.hashtags().size())));
        if (campaign != null) {
            profile.campaigns().stream().filter(c -> c.key().equals(template.campaignKey()))
                    .findFirst().ifPresent(c -> tags.addAll(c.hashtags()));
        }
        tags.addAll(template.hashtags());
        return tags.stream().limit(4).toList();
    }

    private List<MediaRef> media(PostTemplate template, ClientProfile profile, String title,
                                 Map<String, String> values) {
        if (template.mediaAlt() == null) {
            return List.of();
        }
        boolean video = template.type() == ContentType.VIDEO || template.type() == ContentType.LIVE;
        String ext = video ? "mp4" : template.type() == ContentType.INFOGRAPHIC ? "png" : "jpg";
        String alt = TextFiller.fill(template.mediaAlt(), values);
        if (!video && imageCount++ % 8 == 5) {
            alt = "";   // a few images deliberately lack alt text, so the accessibility check has work to do
        }
        return List.of(new MediaRef("media/" + profile.key() + "/" + slug(title) + "." + ext, alt));
    }

    private List<Account> chooseAccounts(List<Account> accounts, ContentType type) {
        Set<Channel> preferred = preferredChannels(type);
        List<Account> eligible = new ArrayList<>(accounts.stream().filter(a -> preferred.contains(a.channel())).toList());
        if (eligible.isEmpty()) {
            eligible = new ArrayList<>(accounts);
        }
        Collections.shuffle(eligible, random);
        int count = Math.min(eligible.size(), 1 + random.nextInt(3));
        return eligible.subList(0, count);
    }

    private static Set<Channel> preferredChannels(ContentType type) {
        return switch (type) {
            case VIDEO, LIVE -> EnumSet.of(Channel.YOUTUBE, Channel.TIKTOK, Channel.INSTAGRAM, Channel.FACEBOOK,
                    Channel.X);
            case PRESS_RELEASE -> EnumSet.of(Channel.PRESS_RELEASE, Channel.WEBSITE, Channel.LINKEDIN, Channel.X,
                    Channel.FACEBOOK);
            case QA_WEBINAR -> EnumSet.of(Channel.INSTAGRAM, Channel.FACEBOOK, Channel.X, Channel.LINKEDIN,
                    Channel.WHATSAPP_CHANNEL, Channel.THREADS, Channel.WEBSITE);
            default -> EnumSet.complementOf(EnumSet.of(Channel.PRESS_RELEASE, Channel.YOUTUBE));
        };
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-$", "") : s;
    }
}

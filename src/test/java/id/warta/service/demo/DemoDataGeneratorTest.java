package id.warta.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.MediaRef;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.WorkflowState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{16})(?!\\d)");

    private final DemoDataGenerator generator = new DemoDataGenerator();
    private final DemoData data = generator.generate(TODAY, 42L);

    @Test
    void sameDateAndSeedGiveEqualOutput() {
        assertThat(new DemoDataGenerator().generate(TODAY, 42L)).isEqualTo(data);
    }

    @Test
    void anotherSeedGivesOtherData() {
        assertThat(generator.generate(TODAY, 43L).posts()).isNotEqualTo(data.posts());
    }

    @Test
    void clockVariantUsesTodayInWib() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T18:30:00Z"), ZoneOffset.UTC); // 16 March 01:30 WIB
        assertThat(new DemoDataGenerator(clock).generate(42L)).isEqualTo(data);
    }

    @Test
    void listsAreImmutable() {
        assertThat(data.posts().getClass().getName()).contains("Immutable");
        assertThat(data.targets().getClass().getName()).contains("Immutable");
    }

    @Test
    void countsMeetTheDemoContract() {
        assertThat(data.clients()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(data.accounts()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(data.campaigns()).hasSizeGreaterThanOrEqualTo(data.clients().size());
        assertThat(data.posts()).hasSizeGreaterThanOrEqualTo(165);
        assertThat(data.accounts()).extracting(Account::channel).containsAll(EnumSet.allOf(Channel.class));
        assertThat(data.accounts()).extracting(Account::zone).containsAll(EnumSet.allOf(AccountZone.class));
        assertThat(data.variants()).isNotEmpty();
    }

    @Test
    void idsAreUniqueAcrossAllRecords() {
        var all = new java.util.ArrayList<String>();
        data.clients().forEach(c -> all.add(c.id()));
        data.accounts().forEach(a -> all.add(a.id()));
        data.campaigns().forEach(c -> all.add(c.id()));
        data.posts().forEach(p -> all.add(p.id()));
        data.targets().forEach(t -> all.add(t.id()));
        data.variants().forEach(v -> all.add(v.id()));
        assertThat(all).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 7_777L, -5L, 123_456_789L})
    void everyStateAppearsAtLeastFiveTimes(long seed) {
        for (LocalDate day : new LocalDate[] {TODAY, LocalDate.of(2026, 8, 1), LocalDate.of(2027, 1, 3)}) {
            Map<WorkflowState, Long> counts = generator.generate(day, seed).posts().stream()
                    .collect(Collectors.groupingBy(Post::state, Collectors.counting()));
            for (WorkflowState s : WorkflowState.values()) {
                assertThat(counts.getOrDefault(s, 0L)).as("%s on %s seed %d", s, day, seed).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 7_777L})
    void everyContentTypeIsUsed(long seed) {
        assertThat(generator.generate(TODAY, seed).posts()).extracting(Post::contentType)
                .containsAll(EnumSet.allOf(ContentType.class));
    }

    @Test
    void statesFollowTime() {
        Map<String, Instant> firstTarget = data.targets().stream()
                .collect(Collectors.toMap(PostTarget::postId, PostTarget::scheduledAt, (a, b) -> a.isBefore(b) ? a : b));
        Instant start = TODAY.atStartOfDay(AccountZone.WIB.zoneId()).toInstant();
        for (Post p : data.posts()) {
            Instant at = firstTarget.get(p.id());
            if (p.state() == WorkflowState.PUBLISHED) {
                assertThat(at).as(p.title()).isBefore(start);
            }
            if (p.state() == WorkflowState.IDEA || p.state() == WorkflowState.DRAFT) {
                assertThat(at).as(p.title()).isAfter(start);
            }
        }
        long overdue = data.posts().stream()
                .filter(p -> p.state() == WorkflowState.SCHEDULED && firstTarget.get(p.id()).isBefore(start)).count();
        assertThat(overdue).isBetween(1L, 10L);
    }

    @Test
    void everyPostHasOneToThreeTargetsOnItsOwnClientsAccounts() {
        Map<String, Account> accounts = data.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));
        Map<String, Post> posts = data.posts().stream().collect(Collectors.toMap(Post::id, Function.identity()));
        Map<String, Long> perPost = data.targets().stream()
                .collect(Collectors.groupingBy(PostTarget::postId, Collectors.counting()));
        assertThat(perPost.keySet()).containsExactlyInAnyOrderElementsOf(posts.keySet());
        assertThat(perPost.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 3L));
        for (PostTarget t : data.targets()) {
            assertThat(accounts.get(t.accountId()).clientId()).isEqualTo(posts.get(t.postId()).clientId());
            assertThat(t.liveUrl() != null).isEqualTo(posts.get(t.postId()).state() == WorkflowState.PUBLISHED);
        }
        assertThat(data.targets().stream().map(t -> t.postId() + "/" + t.accountId())).doesNotHaveDuplicates();
    }

    @Test
    void targetsLieWithinTheWindowAtLocalDaytime() {
        Map<String, Account> accounts = data.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));
        Instant start = TODAY.minusDays(50).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = TODAY.plusDays(51).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (PostTarget t : data.targets()) {
            assertThat(t.scheduledAt()).isBetween(start, end);
            LocalTime local = t.scheduledAt().atZone(accounts.get(t.accountId()).zone().zoneId()).toLocalTime();
            assertThat(local).isBetween(LocalTime.of(7, 0), LocalTime.of(20, 0));
        }
    }

    @Test
    void createdAndUpdatedComeBeforeTheFirstPublication() {
        Map<String, Instant> firstTarget = data.targets().stream()
                .collect(Collectors.toMap(PostTarget::postId, PostTarget::scheduledAt, (a, b) -> a.isBefore(b) ? a : b));
        for (Post p : data.posts()) {
            assertThat(p.createdAt()).isBeforeOrEqualTo(p.updatedAt());
            assertThat(p.updatedAt()).isBeforeOrEqualTo(firstTarget.get(p.id()));
            assertThat(Duration.between(p.createdAt(), firstTarget.get(p.id()))).isLessThan(Duration.ofDays(60));
            assertThat(p.version()).isZero();
            assertThat(p.authorId()).isNull();
        }
    }

    @Test
    void variantsFitTheirChannel() {
        Map<String, Account> accounts = data.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));
        Set<String> targeted = data.targets().stream().map(t -> t.postId() + "/" + t.accountId()).collect(Collectors.toSet());
        for (PostVariant v : data.variants()) {
            Channel channel = accounts.get(v.accountId()).channel();
            assertThat(v.body()).isNotBlank();
            assertThat(v.body().length()).as(v.body()).isLessThanOrEqualTo(channel.textLimit());
            assertThat(targeted).contains(v.postId() + "/" + v.accountId());
        }
        assertThat(data.variants()).anyMatch(v -> accounts.get(v.accountId()).channel() == Channel.X);
        long xTargets = data.targets().stream().filter(t -> accounts.get(t.accountId()).channel() == Channel.X).count();
        long xVariants = data.variants().stream().filter(v -> accounts.get(v.accountId()).channel() == Channel.X).count();
        assertThat(xVariants).isEqualTo(xTargets);
    }

    @Test
    void textsAreFilledAndWithinLimits() {
        for (Post p : data.posts()) {
            assertThat(p.body()).isNotBlank().doesNotContain("{").doesNotContain("}");
            assertThat(p.title()).doesNotContain("{");
            assertThat(p.body().length()).isLessThanOrEqualTo(Post.MAX_BODY_LENGTH);
            assertThat(p.title().length()).isLessThanOrEqualTo(80);
            assertThat(p.hashtags()).isNotEmpty().allMatch(h -> h.startsWith("#") && !h.contains(" "));
        }
        assertThat(data.posts()).extracting(Post::title).doesNotHaveDuplicates();
        assertThat(data.posts().stream().map(Post::body).distinct().count()).isGreaterThan(150);
    }

    @Test
    void mediaMostlyHaveAltTextButAFewDoNot() {
        var media = data.posts().stream().flatMap(p -> p.media().stream()).toList();
        assertThat(media).hasSizeGreaterThan(30);
        long missing = media.stream().filter(m -> !m.hasAltText()).count();
        assertThat(missing).isBetween(3L, media.size() / 4L);
        assertThat(media).extracting(MediaRef::location).anyMatch(l -> l.endsWith(".mp4"));
    }

    @Test
    void someDraftsCarryEthicsProblems() {
        var flaggable = data.posts().stream()
                .filter(p -> p.state() == WorkflowState.DRAFT || p.state() == WorkflowState.IN_REVIEW).toList();
        assertThat(flaggable.stream().filter(p -> validNik(p.body()))).hasSizeGreaterThanOrEqualTo(1);
        assertThat(flaggable.stream().filter(p -> p.body().matches("(?s).*\\b08[1-9]\\d-0000-\\d{4}\\b.*"))).isNotEmpty();
        assertThat(flaggable.stream().filter(p -> p.body().contains("RT 0"))).isNotEmpty();
        long flagged = flaggable.stream().filter(p -> Arrays.stream(MARKERS).anyMatch(p.body()::contains)).count();
        assertThat(flagged).isBetween(10L, 15L);
        // published and scheduled posts stay clean
        assertThat(data.posts().stream().filter(p -> !flaggable.contains(p)))
                .noneMatch(p -> Arrays.stream(MARKERS).anyMatch(p.body()::contains));
    }

    private static final String[] MARKERS = {"NIK", "nomor pribadinya", "positif TBC", "dijamin sembuh",
            "300 persen", "sebarkan sebelum dihapus", "goblok", "paslon", "SANGAT RAHASIA", "Nomor HP:",
            "Koruptor", "naik 45%", "a.n. Rudolf"};

    /** The NIK structure of REFERENCE.md section (d). */
    private static boolean validNik(String text) {
        Matcher m = SIXTEEN_DIGITS.matcher(text);
        while (m.find()) {
            String nik = m.group(1);
            int pp = Integer.parseInt(nik.substring(0, 2));
            int day = Integer.parseInt(nik.substring(6, 8));
            int month = Integer.parseInt(nik.substring(8, 10));
            boolean region = Set.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
                    61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96).contains(pp);
            boolean dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
            if (region && !nik.startsWith("00", 2) && !nik.startsWith("00", 4) && dayOk && month >= 1 && month <= 12
                    && !nik.endsWith("0000")) {
                return true;
            }
        }
        return false;
    }
}

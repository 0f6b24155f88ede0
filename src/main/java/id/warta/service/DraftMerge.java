package id.warta.service;

import id.warta.domain.MediaRef;
import id.warta.domain.ThreeWay;
import id.warta.domain.ThreeWay.Pick;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The three-way merge of a post as the editor holds it: {@code base} is what the editor loaded,
 * {@code mine} what it holds now, {@code theirs} the post as stored after someone else saved it.
 * Each field follows {@link ThreeWay}; publications are merged per account (its time and its own
 * wording separately, so one person moving the time and another rewording the text both count),
 * and the media list as a list with each file's alt text merged on its own. An account one side
 * removed while the other changed it, or a media list both sides changed differently, is one
 * conflict for the whole line or list.
 *
 * <p>The merged draft carries the stored post's id, client and version, so saving it is an
 * ordinary save on the new version.
 */
public final class DraftMerge {

    /** Which part of the post a conflict is about. */
    public enum Field {
        TITLE, BODY, CONTENT_TYPE, CAMPAIGN, HASHTAGS, LINK, NOTES, MEDIA,
        /** The alt text of one media file; the key's subject is its location. */
        ALT_TEXT,
        /** A whole publication one side added or removed; the key's subject is its account id. */
        PUBLICATION,
        /** The time of one publication; the subject is its account id. */
        TIME,
        /** The account's own wording; the subject is its account id. */
        VARIANT
    }

    /** One mergeable field; {@code subject} names the account or media file ("" for post fields). */
    public record Key(Field field, String subject) {
        public Key {
            Objects.requireNonNull(field, "field");
            subject = subject == null ? "" : subject;
        }

        static Key of(Field field) {
            return new Key(field, "");
        }
    }

    /**
     * A field both sides changed differently. The values' types follow the field: text for title,
     * body, notes, alt text and wording; {@link id.warta.domain.ContentType}; a campaign id (null:
     * none); a hashtag list; a {@link id.warta.domain.UtmLink}; a media list; an
     * {@link java.time.Instant}; a {@link PostDraft.TargetLine} (null: no publication there).
     */
    public record FieldConflict(Key key, Object base, Object mine, Object theirs) { }

    private final PostDraft base;
    private final PostDraft mine;
    private final PostDraft theirs;
    private final List<FieldConflict> conflicts;

    private DraftMerge(PostDraft base, PostDraft mine, PostDraft theirs) {
        this.base = normal(base);
        this.mine = normal(mine);
        this.theirs = normal(theirs);
        List<FieldConflict> found = new ArrayList<>();
        build(k -> Pick.MINE, found);
        this.conflicts = List.copyOf(found);
    }

    public static DraftMerge of(PostDraft base, PostDraft mine, PostDraft theirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        return new DraftMerge(base, mine, theirs);
    }

    /** The conflicts in the order the editor shows the fields. */
    public List<FieldConflict> conflicts() {
        return conflicts;
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /** The post as stored now: the base of a further merge if it moves again. */
    public PostDraft theirs() {
        return theirs;
    }

    public PostDraft mine() {
        return mine;
    }

    /** The merged draft when nothing conflicts. */
    public PostDraft merged() {
        if (hasConflicts()) {
            throw new IllegalStateException(conflicts.size() + " conflicting fields need a choice");
        }
        return build(k -> Pick.MINE, new ArrayList<>());
    }

    /** The merged draft with every conflict decided by {@code picks}. */
    public PostDraft resolved(Map<Key, Pick> picks) {
        for (FieldConflict c : conflicts) {
            if (!picks.containsKey(c.key())) {
                throw new IllegalArgumentException("No choice for " + c.key());
            }
        }
        return build(picks::get, new ArrayList<>());
    }

    /** All conflicts decided the same way. */
    public PostDraft resolvedAll(Pick pick) {
        return build(k -> pick, new ArrayList<>());
    }

    private PostDraft build(Function<Key, Pick> picks, List<FieldConflict> found) {
        Merger m = new Merger(picks, found);
        String title = m.field(Key.of(Field.TITLE), base.title(), mine.title(), theirs.title());
        String body = m.field(Key.of(Field.BODY), base.body(), mine.body(), theirs.body());
        var type = m.field(Key.of(Field.CONTENT_TYPE), base.contentType(), mine.contentType(), theirs.contentType());
        String campaign = m.field(Key.of(Field.CAMPAIGN), base.campaignId(), mine.campaignId(), theirs.campaignId());
        List<String> tags = m.field(Key.of(Field.HASHTAGS), base.hashtags(), mine.hashtags(), theirs.hashtags());
        var link = m.field(Key.of(Field.LINK), base.link(), mine.link(), theirs.link());
        String notes = m.field(Key.of(Field.NOTES), base.notes(), mine.notes(), theirs.notes());
        List<MediaRef> media = media(m);
        List<PostDraft.TargetLine> targets = targets(m);
        return new PostDraft(theirs.postId(), theirs.version(), theirs.clientId(), campaign, title, body, type, tags,
                targets, media, link, notes);
    }

    private List<MediaRef> media(Merger m) {
        List<String> order = m.quiet(locations(base), locations(mine), locations(theirs));
        if (order == null) {
            return m.field(Key.of(Field.MEDIA), base.media(), mine.media(), theirs.media());
        }
        Map<String, String> b = alts(base);
        Map<String, String> mi = alts(mine);
        Map<String, String> th = alts(theirs);
        List<MediaRef> result = new ArrayList<>();
        for (String location : order) {
            String alt = m.field(new Key(Field.ALT_TEXT, location), b.get(location), mi.get(location),
                    th.get(location));
            result.add(new MediaRef(location, alt));
        }
        return result;
    }

    private List<PostDraft.TargetLine> targets(Merger m) {
        Map<String, PostDraft.TargetLine> b = lines(base);
        Map<String, PostDraft.TargetLine> mi = lines(mine);
        Map<String, PostDraft.TargetLine> th = lines(theirs);
        Set<String> accounts = new LinkedHashSet<>(mi.keySet());
        accounts.addAll(th.keySet());
        accounts.addAll(b.keySet());
        List<PostDraft.TargetLine> result = new ArrayList<>();
        for (String account : accounts) {
            PostDraft.TargetLine lb = b.get(account);
            PostDraft.TargetLine lm = mi.get(account);
            PostDraft.TargetLine lt = th.get(account);
            if (lb != null && lm != null && lt != null) {
                var at = m.field(new Key(Field.TIME, account), lb.scheduledAt(), lm.scheduledAt(), lt.scheduledAt());
                String variant = m.field(new Key(Field.VARIANT, account), lb.variantText(), lm.variantText(),
                        lt.variantText());
                result.add(new PostDraft.TargetLine(account, at, variant));
            } else {
                PostDraft.TargetLine line = m.field(new Key(Field.PUBLICATION, account), lb, lm, lt);
                if (line != null) {
                    result.add(line);
                }
            }
        }
        return result;
    }

    /** Applies {@link ThreeWay} field by field, noting conflicts and deciding them with {@code picks}. */
    private static final class Merger {
        private final Function<Key, Pick> picks;
        private final List<FieldConflict> found;

        Merger(Function<Key, Pick> picks, List<FieldConflict> found) {
            this.picks = picks;
            this.found = found;
        }

        <T> T field(Key key, T b, T m, T t) {
            ThreeWay<T> merged = ThreeWay.merge(b, m, t);
            if (merged instanceof ThreeWay.Conflict<T> c) {
                found.add(new FieldConflict(key, c.base(), c.mine(), c.theirs()));
                Pick pick = picks.apply(key);
                return c.picked(pick == null ? Pick.MINE : pick);
            }
            return merged.value(Pick.MINE);
        }

        /** The merged value, or null on a conflict (which the caller then reports at a coarser level). */
        <T> T quiet(T b, T m, T t) {
            ThreeWay<T> merged = ThreeWay.merge(b, m, t);
            return merged.isConflict() ? null : merged.value(Pick.MINE);
        }
    }

    private static List<String> locations(PostDraft d) {
        return d.media().stream().map(MediaRef::location).toList();
    }

    private static Map<String, String> alts(PostDraft d) {
        Map<String, String> alts = new LinkedHashMap<>();
        d.media().forEach(r -> alts.putIfAbsent(r.location(), r.altText()));
        return alts;
    }

    private static Map<String, PostDraft.TargetLine> lines(PostDraft d) {
        Map<String, PostDraft.TargetLine> lines = new LinkedHashMap<>();
        d.targets().forEach(l -> lines.putIfAbsent(l.accountId(), l));
        return lines;
    }

    /** The stored title is stripped; the editor's may still carry the space just typed. */
    private static PostDraft normal(PostDraft d) {
        return new PostDraft(d.postId(), d.version(), d.clientId(), d.campaignId(), d.title().strip(), d.body(),
                d.contentType(), d.hashtags(), d.targets(), d.media(), d.link(), d.notes());
    }
}

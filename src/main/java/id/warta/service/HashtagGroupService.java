package id.warta.service;

import id.warta.domain.HashtagGroup;
import id.warta.domain.Ids;
import id.warta.service.HashtagGroupException.Reason;
import java.util.List;
import java.util.Locale;

/** Adding, renaming and deleting a client's saved hashtag groups; each change is audited. */
public final class HashtagGroupService {
    public static final int MAX_NAME = 60;
    public static final int MAX_TAGS = 30;

    private final Transactor tx;
    private final HashtagGroupRepository groups;
    private final AuditLog audit;

    public HashtagGroupService(Transactor tx, HashtagGroupRepository groups, AuditLog audit) {
        this.tx = tx;
        this.groups = groups;
        this.audit = audit;
    }

    public List<HashtagGroup> groupsOf(String clientId) {
        return tx.read(() -> groups.ofClient(clientId));
    }

    /** @param tagsText hashtags as typed, separated by spaces or commas, with or without '#' */
    public HashtagGroup add(String clientId, String name, String tagsText) {
        List<String> tags = validTags(tagsText);
        String n = validName(name);
        return tx.write(() -> {
            requireUnique(clientId, n, null);
            HashtagGroup saved = groups.save(new HashtagGroup(Ids.newId(), clientId, n, tags, 0));
            audit.record("hashtags.groupAdd", "hashtag_group", saved.id(), null, saved);
            return saved;
        });
    }

    /** Renames a group and replaces its tags. */
    public HashtagGroup update(String groupId, String name, String tagsText) {
        List<String> tags = validTags(tagsText);
        String n = validName(name);
        return tx.write(() -> {
            HashtagGroup before = groups.findById(groupId).orElseThrow(() ->
                    new HashtagGroupException(Reason.NO_SUCH_GROUP));
            requireUnique(before.clientId(), n, groupId);
            HashtagGroup saved = groups.save(new HashtagGroup(before.id(), before.clientId(), n, tags,
                    before.version()));
            audit.record("hashtags.groupEdit", "hashtag_group", saved.id(), before, saved);
            return saved;
        });
    }

    public void delete(String groupId) {
        tx.writeRun(() -> {
            HashtagGroup before = groups.findById(groupId).orElse(null);
            if (before != null) {
                groups.delete(groupId);
                audit.record("hashtags.groupDelete", "hashtag_group", groupId, before, null);
            }
        });
    }

    private void requireUnique(String clientId, String name, String exceptId) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean taken = groups.ofClient(clientId).stream().anyMatch(g -> !g.id().equals(exceptId)
                && g.name().toLowerCase(Locale.ROOT).equals(lower));
        if (taken) {
            throw new HashtagGroupException(Reason.DUPLICATE_NAME, name);
        }
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new HashtagGroupException(Reason.NO_NAME);
        }
        if (n.length() > MAX_NAME) {
            throw new HashtagGroupException(Reason.NAME_TOO_LONG, Integer.toString(MAX_NAME));
        }
        return n;
    }

    private static List<String> validTags(String text) {
        List<String> tags = HashtagGroup.parseTags(text);
        if (tags.isEmpty()) {
            throw new HashtagGroupException(Reason.NO_TAGS);
        }
        if (tags.size() > MAX_TAGS) {
            throw new HashtagGroupException(Reason.TOO_MANY_TAGS, Integer.toString(MAX_TAGS));
        }
        return tags;
    }
}

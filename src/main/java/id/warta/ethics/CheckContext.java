package id.warta.ethics;

import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.MediaRef;

import java.util.List;
import java.util.Set;

/**
 * What the checker knows about a draft besides its text. The rule pack itself belongs to the
 * {@link EthicsChecker} because it is compiled once per pack, not per check.
 *
 * @param channel          where the text is published, or null when unknown
 * @param contentType      the kind of content, or null when unknown
 * @param media            attached media with their alt texts
 * @param watchList        the client's watch and allow lists
 * @param electionWindow   true during a campaign period or masa tenang: PARTISAN becomes BLOCK
 * @param mutedRuleIds     WARN or INFO rules an administrator muted for this client
 */
public record CheckContext(Channel channel, ContentType contentType, List<MediaRef> media,
                           WatchList watchList, boolean electionWindow, Set<String> mutedRuleIds) {

    public static final CheckContext EMPTY = new CheckContext(null, null, List.of(), WatchList.EMPTY, false, Set.of());

    public CheckContext {
        media = media == null ? List.of() : List.copyOf(media);
        watchList = watchList == null ? WatchList.EMPTY : watchList;
        mutedRuleIds = mutedRuleIds == null ? Set.of() : Set.copyOf(mutedRuleIds);
    }

    public static CheckContext of(Channel channel, ContentType contentType) {
        return new CheckContext(channel, contentType, List.of(), WatchList.EMPTY, false, Set.of());
    }

    public CheckContext withMedia(List<MediaRef> newMedia) {
        return new CheckContext(channel, contentType, newMedia, watchList, electionWindow, mutedRuleIds);
    }

    public CheckContext withWatchList(WatchList newWatchList) {
        return new CheckContext(channel, contentType, media, newWatchList, electionWindow, mutedRuleIds);
    }

    public CheckContext withElectionWindow(boolean inWindow) {
        return new CheckContext(channel, contentType, media, watchList, inWindow, mutedRuleIds);
    }

    public CheckContext withMutedRules(Set<String> ruleIds) {
        return new CheckContext(channel, contentType, media, watchList, electionWindow, ruleIds);
    }
}

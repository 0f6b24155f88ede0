package id.warta.service;

import java.util.List;

/** Someone other than an administrator tried to open the feed server to the local network. */
public final class FeedHostingException extends RuntimeException implements UserFacingException {
    public FeedHostingException() {
        super("Only an administrator may change where feeds are served");
    }

    @Override
    public String messageKey() {
        return "feeds.error.notAdmin";
    }

    @Override
    public List<String> arguments() {
        return List.of();
    }
}

package id.warta.service;

/**
 * One rendering of a feed: the calendar bytes and their entity tag (a hash of the bytes, so an
 * unchanged calendar keeps its tag and subscribers get 304 Not Modified).
 */
public record FeedDocument(byte[] body, String etag, int events) {
}

package id.warta.ui.review;

import id.warta.domain.Post;

/**
 * Someone changed the post while it was on screen: what the reviewer was looking at and what is
 * stored now. The decision was not saved; the reviewer reads both and decides again.
 */
public record ReviewConflict(Post reviewed, Post current) {
}

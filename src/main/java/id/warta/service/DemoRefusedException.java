package id.warta.service;

/** The demo is only loaded into a database without posts, so real work is never mixed with it. */
public final class DemoRefusedException extends RuntimeException {
    private final long existingPosts;

    public DemoRefusedException(long existingPosts) {
        super("Database already holds " + existingPosts + " posts");
        this.existingPosts = existingPosts;
    }

    public long existingPosts() {
        return existingPosts;
    }
}

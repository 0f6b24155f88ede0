package id.warta.service;

/** What one CalDAV push did: resources created, updated, deleted and left alone. */
public record PublishResult(int created, int updated, int deleted, int unchanged) {
    public int sent() {
        return created + updated + deleted;
    }
}

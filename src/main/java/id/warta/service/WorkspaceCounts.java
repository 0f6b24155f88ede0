package id.warta.service;

/** The figures the status bar shows. */
public record WorkspaceCounts(long clients, long accounts, long posts) {
}

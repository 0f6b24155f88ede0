package id.warta.service;

/** What a demo load wrote. */
public record DemoSummary(int clients, int accounts, int campaigns, int posts, int publications) {
}

package id.warta.ethics;

/** Where a rule comes from; the only part that changes when a regulation is revoked. */
public record LegalBasis(String instrument, String article, String note) {
}

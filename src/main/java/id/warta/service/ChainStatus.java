package id.warta.service;

import id.warta.domain.AuditChain;

/**
 * The audit chain as a whole: how many entries, its head, and whether it verifies.
 *
 * @param entries rows of the audit table (also when the chain is broken)
 * @param head    hash of the last stored entry ({@link AuditChain#GENESIS} when empty)
 */
public record ChainStatus(long entries, String head, AuditChain.Verification verification) {
    public boolean intact() {
        return verification.intact();
    }

    /**
     * The message key that says in the user's language why the chain broke; the verification
     * itself gives the reason in English, as {@code audit verify} prints it.
     */
    public String reasonKey() {
        String r = verification.reason();
        if (r.startsWith("content was altered")) {
            return "audit.reason.altered";
        }
        if (r.startsWith("entries are out of order")) {
            return "audit.reason.order";
        }
        if (r.startsWith("previous hash")) {
            return "audit.reason.link";
        }
        if (r.startsWith("head ")) {
            return "audit.reason.head";
        }
        if (r.endsWith("is missing")) {
            return "audit.reason.missing";
        }
        return "audit.reason.other";
    }
}

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
}

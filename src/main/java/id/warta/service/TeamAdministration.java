package id.warta.service;

import id.warta.domain.AuditChain;
import java.nio.file.Path;
import java.util.Optional;

/** The admin's team-mode commands (docs/team-mode.md); implemented on PostgreSQL by persistence. */
public interface TeamAdministration {

    /** Brings the team schema up to date with the owner's login; returns the schema version reached. */
    int migrate(TeamProfile profile, TeamLogin owner);

    /** Copies a single-user database into an empty team database, audit chain included. */
    TeamTransfer importFrom(TeamProfile profile, TeamLogin owner, Path sqliteFile);

    /** Writes the team database into a new single-user file. */
    TeamTransfer exportTo(TeamProfile profile, TeamLogin owner, Path sqliteFile);

    /** Verifies the team database's audit chain with any login that may read it ({@code warta audit verify --team}). */
    AuditChain.Verification verifyAudit(TeamProfile profile, TeamLogin login, Optional<String> expectedHead);

    /** What a transfer moved and the audit chain head afterwards. */
    record TeamTransfer(long clients, long posts, long auditEntries, String chainHead, String sourceSha256) {
    }
}

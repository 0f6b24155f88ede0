package id.warta.domain;

/**
 * What kind of problem a finding is. The core group is the contract of the quality tests
 * (REFERENCE.md section b); the extended group covers format and hygiene advice.
 */
public enum EthicsCategory {
    PERSONAL_DATA(true),
    PARTISAN(true),
    SARA_HATE(true),
    HOAX_UNVERIFIED(true),
    CLASSIFIED(true),
    INSULT_PROFANITY(true),
    DEFAMATION(true),
    MISSING_SOURCE(true),

    INDECENCY(false),
    GAMBLING_SCAM(false),
    VIOLENCE_RADICAL(false),
    ACCESSIBILITY(false),
    LINK_HYGIENE(false),
    TIMEZONE_MISSING(false),
    MINOR_MEDIA(false),
    EMERGENCY_WORDING(false),
    CLARIFICATION_FORMAT(false),
    /** Text longer than the channel accepts. */
    FORMAT(false),
    /** Terms from the client's own watch list (sensitive projects, words the client avoids). */
    CLIENT_WATCHLIST(false);

    private final boolean core;

    EthicsCategory(boolean core) {
        this.core = core;
    }

    public boolean isCore() {
        return core;
    }
}
